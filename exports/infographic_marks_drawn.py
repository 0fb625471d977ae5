"""The marks of :mod:`exports.infographic_marks` drawn on page 1 (reportlab shapes; ``y`` is
the infographic's turn of a layout y into reportlab's y up), the look of a transition of the
design only, and the legend's lines for the marks a page has."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Group, Line, Polygon
from reportlab.graphics.shapes import Rect as Shape
from reportlab.lib.colors import white

from klantreis.exports.infographic_geometry import Rect
from klantreis.exports.infographic_marks import (
    DESIGNED,
    EXCEEDED,
    LIVED_LINE,
    LIVED_ONLY,
    PAD,
    Badge,
    Marks,
    badge_style,
    diamond_size,
)
from klantreis.exports.palette import DEADLINE, DEADLINE_FILL, DESIGNED_DASH, LIVED, MUTED, PALE_ROUTE
from klantreis.exports.text_layout import Style, add_text, add_to_group, layout

VEIL = 0.55  # how much white lies over a step of the design only
LISTED = 4  # the most lines of exceeded deadlines listed in the legend


def veil(page, station, ringed: bool, y: Callable[[float], float]) -> list:
    """Over a step of the design only: white over its smiley and number, and a dashed ring."""
    r = page.metrics.radius
    bx, by, badge_r = page.badge(station)
    cx, cy = station.x, y(station.y)
    return [Circle(cx, cy, r + 0.7, fillColor=white, fillOpacity=VEIL, strokeColor=None),
            Circle(bx, y(by), badge_r + 0.9, fillColor=white, fillOpacity=VEIL, strokeColor=None),
            Circle(cx, cy, r + (4.0 if ringed else 2.2), fillColor=None, strokeColor=MUTED,
                   strokeWidth=0.9, strokeDashArray=[2.2, 1.6])]


def line_style(designed: bool) -> dict:
    """How a transition of the design only is drawn (empty: as any other)."""
    return {"strokeColor": PALE_ROUTE, "strokeDashArray": DESIGNED_DASH} if designed else {}


def _arrow(group: Group, x0: float, x1: float, y: float, colour, size: float) -> None:
    group.add(Line(x0, y, x1 - size * 0.6, y, strokeColor=colour, strokeWidth=0.8))
    group.add(Polygon([x1, y, x1 - size, y + size * 0.55, x1 - size, y - size * 0.55],
                      fillColor=colour, strokeColor=None))


def draw_badge(group: Group, badge: Badge, y: Callable[[float], float]) -> None:
    rect = badge.rect
    if badge.kind == LIVED_LINE:  # a diamond on the line, ringed in white to stand out of it
        cx, cy, h = rect.x + rect.w / 2, y(rect.y + rect.h / 2), rect.w / 2
        group.add(Polygon([cx, cy + h, cx + h, cy, cx, cy - h, cx - h, cy], fillColor=LIVED,
                          strokeColor=white, strokeWidth=0.6))
        return
    if badge.kind == DESIGNED:
        fill, stroke, ink, dash = white, MUTED, MUTED, [1.4, 1.0]
    elif badge.kind == LIVED_ONLY:
        fill, stroke, ink, dash = LIVED, None, white, None
    else:
        fill, stroke, ink, dash = DEADLINE_FILL, DEADLINE, DEADLINE, None
    corner = rect.h / 2 if badge.kind != EXCEEDED else 1.6
    group.add(Shape(rect.x, y(rect.bottom), rect.w, rect.h, rx=corner, ry=corner, fillColor=fill,
                    strokeColor=stroke, strokeWidth=0.7, strokeDashArray=dash))
    x, top = rect.x + PAD, rect.y + 0.7
    for index, block in enumerate(badge.parts):
        if index:
            _arrow(group, x + 1.2, x + badge.arrow - 0.3, y(rect.y + rect.h / 2), ink, 2.4)
            x += badge.arrow + 1.5
        add_to_group(group, block, x, y(top), block.width + 1, "left", ink)
        x += block.width + 1.5


def draw_marks(marks: Marks, y: Callable[[float], float]) -> Group:
    group = Group()
    for badge in marks.badges:
        draw_badge(group, badge, y)
    return group


def legend_entries(group: Group, marks: Marks, x: float, top: float, width: float, words,
                   y: Callable[[float], float], heading: Style, small: Style) -> float:
    """The legend's lines for the marks the page has, under their own heading; returns the
    layout y below them."""
    style = badge_style(1.0)
    height = style.line_height + 1.4
    samples: list[tuple[Badge | dict, str]] = []

    def pill(kind: str) -> Badge:
        block = layout(words[f"route_{kind}"], 10_000, style, max_lines=1)
        return Badge(kind, 0, Rect(x + 2, 0, block.width + 2 * PAD, height), (block,))

    if marks.designed_steps:
        samples.append((pill(DESIGNED), words["route_designed_step"]))
    if marks.lived:
        samples.append((pill(LIVED_ONLY), words["route_lived_step"]))
    if marks.lived_lines:
        size = diamond_size(1.0)
        samples.append((Badge(LIVED_LINE, 0, Rect(x + 16 - size / 2, 0, size, size), ()),
                        words["route_lived_line"]))
    if marks.designed_lines:
        samples.append(({"strokeWidth": 2.2, **line_style(True)}, words["route_designed_line"]))
    if any(b.kind == EXCEEDED for b in marks.badges) or marks.listed:
        parts = tuple(layout(words[k], 10_000, style, max_lines=1)
                      for k in ("deadline_norm", "deadline_actual"))
        note_w = sum(p.width for p in parts) + 7 + 3 + 2 * PAD
        samples.append((Badge(EXCEEDED, 0, Rect(x + 2, 0, note_w, height), parts, 7.0),
                        words["deadline_exceeded"]))
    if not samples:
        return top
    only_deadlines = not (marks.designed_steps or marks.lived or marks.lived_lines or marks.designed_lines)
    top = add_text(group, words["deadlines_heading" if only_deadlines else "route_heading"], x, top, width,
                   heading, y)
    indent = max([38.0] + [s.rect.w + 8 for s, _ in samples if isinstance(s, Badge) and s.kind != LIVED_LINE])
    for sample, text in samples:
        if isinstance(sample, Badge):
            if sample.kind == LIVED_LINE:  # (on a piece of line, as on the map)
                group.add(Line(x + 2, y(top + 5), x + 30, y(top + 5), strokeColor=MUTED, strokeWidth=2.2))
                draw_badge(group, Badge(LIVED_LINE, 0, Rect(sample.rect.x, top + 5 - sample.rect.h / 2,
                                                           sample.rect.w, sample.rect.h), ()), y)
            else:
                draw_badge(group, Badge(sample.kind, 0, Rect(sample.rect.x, top, sample.rect.w, height),
                                        sample.parts, sample.arrow), y)
        else:
            group.add(Line(x + 2, y(top + 5), x + 30, y(top + 5), **sample))
        below = add_text(group, text, x + indent, top + 0.6, width - indent, small, y)
        top = max(below, top + height) + 2.0
    for n, entry in enumerate(marks.listed):  # (exceeded deadlines with no room on the map)
        if n == LISTED - 1 and len(marks.listed) > LISTED:
            top = add_text(group, words["more_deadlines"].format(n=len(marks.listed) - n), x + indent, top,
                           width - indent, small, y, colour=MUTED)
            break
        top = add_text(group, entry, x + indent, top, width - indent, small, y, colour=DEADLINE, max_lines=1)
    return top + 4.0
