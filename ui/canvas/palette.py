"""Colours of the canvas. The sentiment scale is colour-blind safe (ColorBrewer PuOr) and the
smiley's mouth carries the same meaning, so colour is never the only cue."""

from __future__ import annotations

from PySide6.QtGui import QColor

from klantreis.evidence import scale

SENTIMENT_STOPS = [QColor(c) for c in scale.SENTIMENT_STOPS]  # -2 .. +2
INK = QColor("#1F2933")
MUTED = QColor("#52606D")
CARD = QColor("#FFFFFF")
BOTTLENECK = QColor("#C2410C")
ARROW = QColor("#3E4C59")
BRANCH = QColor("#1D4E89")
BADGE = QColor("#334E68")
DISAGREE = QColor("#B00020")  # the two-worlds marker
LIVED = QColor("#6A3D9A")  # the "praktijk" badge: a step or arrow only in practice
DESIGNED_FILL = QColor(255, 255, 255, 140)  # a step only in the design: pale, the band shows through
EXCEEDED = QColor("#B00020")  # a deadline exceeded
TRACK = QColor("#D9DEE4")  # the indicator bar's track


def pale(colour: QColor, alpha: int = 110) -> QColor:
    """``colour`` see-through: what only the design has."""
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


def sentiment_colour(mean: float) -> QColor:
    """The colour for a mean sentiment in -2..+2, interpolated between the stops."""
    return QColor(*scale.sentiment_rgb(mean))


def darker(colour: str | QColor, factor: int = 160) -> QColor:
    return QColor(colour).darker(factor)
