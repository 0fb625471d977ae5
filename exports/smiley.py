"""A sentiment smiley for the PDF, as on the canvas: the face colour on the PuOr scale and the
mouth from a frown (-2) to a smile (+2); gemengd has a wavy mouth, no data a dashed empty face.

The face is worked out once as a few parts; :func:`smiley` makes reportlab shapes of them (for
the infographic drawing) and :class:`SmileyMark` draws them straight on the canvas, as a PDF
form made once per document and kind of face (the detail pages show thousands of them)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Group, Path
from reportlab.lib.colors import Color, HexColor

from klantreis.evidence.scale import MIXED_COLOUR, NO_DATA_COLOUR, sentiment_rgb
from klantreis.exports.palette import INK

EDGE = HexColor("#9AA5B1")
DASH = (1.6, 1.4)


def _colour(mean: float) -> Color:
    r, g, b = sentiment_rgb(mean)
    return Color(r / 255, g / 255, b / 255)


@dataclass(frozen=True)
class Disc:
    cx: float
    cy: float
    r: float
    fill: Color
    stroke: Color | None = None
    width: float = 0.0
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True)
class Mouth:
    start: tuple[float, float]
    curves: tuple[tuple[float, float, float, float, float, float], ...]  # (x1, y1, x2, y2, x, y)
    width: float


def smiley_parts(cx: float, cy: float, radius: float, mean: float | None, *,
                 mixed: bool = False) -> list[Disc | Mouth]:
    """The face centred on (cx, cy) in reportlab coordinates (y up)."""
    line = max(0.6, radius / 9)
    if mean is None and not mixed:
        return [Disc(cx, cy, radius, HexColor(NO_DATA_COLOUR), EDGE, line, DASH)]
    fill = HexColor(MIXED_COLOUR) if mean is None else _colour(mean)
    parts: list[Disc | Mouth] = [Disc(cx, cy, radius, fill, INK, line)]
    eye = radius * 0.12
    for fx in (-0.32, 0.32):
        parts.append(Disc(cx + fx * radius, cy + radius * 0.22, eye, INK))
    left, right, y = cx - radius * 0.45, cx + radius * 0.45, cy - radius * 0.36
    if mean is None:  # gemengd: a wave
        curves = ((cx - radius * 0.22, y + radius * 0.2, cx - radius * 0.08, y + radius * 0.2, cx, y),
                  (cx + radius * 0.08, y - radius * 0.2, cx + radius * 0.22, y - radius * 0.2, right, y))
    else:
        curve = max(-2.0, min(2.0, mean)) / 2.0
        y += radius * 0.1 * curve
        depth = radius * 0.42 * curve
        curves = ((left + radius * 0.3, y - depth, right - radius * 0.3, y - depth, right, y),)
    parts.append(Mouth((left, y), curves, max(0.8, radius / 7)))
    return parts


def smiley(cx: float, cy: float, radius: float, mean: float | None, *, mixed: bool = False) -> Group:
    """The smiley as reportlab shapes, for a Drawing."""
    group = Group()
    for part in smiley_parts(cx, cy, radius, mean, mixed=mixed):
        if isinstance(part, Disc):
            group.add(Circle(part.cx, part.cy, part.r, fillColor=part.fill, strokeColor=part.stroke,
                             strokeWidth=part.width,
                             strokeDashArray=list(part.dash) if part.dash else None))
        else:
            mouth = Path(strokeColor=INK, strokeWidth=part.width, fillColor=None, strokeLineCap=1)
            mouth.moveTo(*part.start)
            for curve in part.curves:
                mouth.curveTo(*curve)
            group.add(mouth)
    return group


def draw_parts(canvas, parts: list[Disc | Mouth]) -> None:
    """The parts straight on a reportlab canvas."""
    for part in parts:
        canvas.saveState()
        if isinstance(part, Disc):
            canvas.setFillColor(part.fill)
            if part.stroke is not None:
                canvas.setStrokeColor(part.stroke)
                canvas.setLineWidth(part.width)
                if part.dash:
                    canvas.setDash(list(part.dash))
            canvas.circle(part.cx, part.cy, part.r, stroke=int(part.stroke is not None), fill=1)
        else:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(part.width)
            canvas.setLineCap(1)
            path = canvas.beginPath()
            path.moveTo(*part.start)
            for curve in part.curves:
                path.curveTo(*curve)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


class SmileyMark:
    """A smiley of ``radius`` in a square of ``size`` points, to place with :meth:`draw_on`
    (at its lower-left corner)."""

    def __init__(self, size: float, radius: float, mean: float | None, *, mixed: bool = False) -> None:
        self.width = self.height = size
        self.radius, self.mean, self.mixed = radius, mean, mixed

    def draw_on(self, canvas, x: float, y: float) -> None:
        name = (f"smiley_{self.width:g}_{self.radius:g}_{self.mean}_{int(self.mixed)}"
                .replace(".", "_").replace("-", "m"))
        made = canvas.__dict__.setdefault("_klantreis_forms", set())
        if name not in made:
            size = self.width
            canvas.beginForm(name, 0, 0, size, size)
            draw_parts(canvas, smiley_parts(size / 2, size / 2, self.radius, self.mean,
                                            mixed=self.mixed))
            canvas.endForm()
            made.add(name)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(name)
        canvas.restoreState()
