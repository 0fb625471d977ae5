"""Colours of the canvas. The sentiment scale is colour-blind safe (ColorBrewer PuOr) and the
smiley's mouth carries the same meaning, so colour is never the only cue."""

from __future__ import annotations

from PySide6.QtGui import QColor

SENTIMENT_STOPS = [  # -2 .. +2
    QColor("#B35806"),
    QColor("#F1A340"),
    QColor("#D9D9D9"),
    QColor("#998EC3"),
    QColor("#542788"),
]
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
    position = max(0.0, min(4.0, mean + 2.0))
    low = int(position)
    if low >= 4:
        return QColor(SENTIMENT_STOPS[4])
    t = position - low
    a, b = SENTIMENT_STOPS[low], SENTIMENT_STOPS[low + 1]
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def darker(colour: str | QColor, factor: int = 160) -> QColor:
    return QColor(colour).darker(factor)
