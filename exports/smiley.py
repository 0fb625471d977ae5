"""A sentiment smiley for the PDF, as on the canvas: the face colour on the PuOr scale and the
mouth from a frown (-2) to a smile (+2); gemengd has a wavy mouth, no data a dashed empty face."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Group, Path
from reportlab.lib.colors import Color, HexColor

from klantreis.scale import MIXED_COLOUR, NO_DATA_COLOUR, sentiment_rgb

INK = HexColor("#1F2933")


def _colour(mean: float) -> Color:
    r, g, b = sentiment_rgb(mean)
    return Color(r / 255, g / 255, b / 255)


def smiley(cx: float, cy: float, radius: float, mean: float | None, *, mixed: bool = False) -> Group:
    """A smiley centred on (cx, cy) in reportlab coordinates (y up)."""
    group = Group()
    line = max(0.6, radius / 9)
    if mean is None and not mixed:
        group.add(Circle(cx, cy, radius, fillColor=HexColor(NO_DATA_COLOUR), strokeColor=HexColor("#9AA5B1"),
                         strokeWidth=line, strokeDashArray=[1.6, 1.4]))
        return group
    fill = HexColor(MIXED_COLOUR) if mean is None else _colour(mean)
    group.add(Circle(cx, cy, radius, fillColor=fill, strokeColor=INK, strokeWidth=line))
    eye = radius * 0.12
    for fx in (-0.32, 0.32):
        group.add(Circle(cx + fx * radius, cy + radius * 0.22, eye, fillColor=INK, strokeColor=None))
    mouth = Path(strokeColor=INK, strokeWidth=max(0.8, radius / 7), fillColor=None, strokeLineCap=1)
    left, right, y = cx - radius * 0.45, cx + radius * 0.45, cy - radius * 0.36
    if mean is None:  # gemengd: a wave
        mouth.moveTo(left, y)
        mouth.curveTo(cx - radius * 0.22, y + radius * 0.2, cx - radius * 0.08, y + radius * 0.2, cx, y)
        mouth.curveTo(cx + radius * 0.08, y - radius * 0.2, cx + radius * 0.22, y - radius * 0.2, right, y)
    else:
        curve = max(-2.0, min(2.0, mean)) / 2.0
        y += radius * 0.1 * curve
        depth = radius * 0.42 * curve
        mouth.moveTo(left, y)
        mouth.curveTo(left + radius * 0.3, y - depth, right - radius * 0.3, y - depth, right, y)
    group.add(mouth)
    return group
