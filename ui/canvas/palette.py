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


def sentiment_colour(mean: float) -> QColor:
    """The colour for a mean sentiment in -2..+2, interpolated between the stops."""
    return QColor(*scale.sentiment_rgb(mean))


def darker(colour: str | QColor, factor: int = 160) -> QColor:
    return QColor(colour).darker(factor)
