"""The route and the transitions on the infographic, drawn: the winding line through the
stations (solid where a transition joins two stations next in number, dotted where none does),
the arcs and chips of the transitions that skip along it, and their labels. The geometry comes
from :mod:`exports.infographic_transitions` (y down); ``y`` is the infographic's turn of a layout
y into reportlab's y up (see :mod:`exports.infographic`).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Group, Line, Path, Polygon, Rect
from reportlab.lib.colors import white

from klantreis.exports.infographic_layout import PageLayout
from klantreis.exports.infographic_marks_drawn import line_style
from klantreis.exports.palette import ROUTE
from klantreis.exports.text_layout import add_to_group


def draw_route(page: PageLayout, y: Callable[[float], float]) -> Group:
    """The winding line through the stations in number order: solid where a transition joins
    two consecutive stations, dotted where it does not; U-turns at the row ends."""
    group = Group()
    width = 2.6 * page.metrics.scale + 0.6
    for leg in page.legs:
        path = Path(strokeColor=ROUTE, strokeWidth=width, fillColor=None, strokeLineCap=1)
        if not leg.transition_ids:
            path.strokeDashArray = [1.5, 3]
            path.strokeWidth = width * 0.6
        elif page.marks is not None and page.marks.designed(leg.transition_ids):
            path.setProperties(line_style(True))
        (ax, ay), (bx, by) = leg.points[0], leg.points[-1]
        path.moveTo(ax, y(ay))
        if leg.turn is None:
            path.lineTo(bx, y(by))
        else:  # a U-turn beside the journey area
            turn = leg.turn
            bend = min(14.0, (by - ay) / 2)
            sign = 1 if turn > bx else -1
            path.lineTo(turn - sign * bend, y(ay))
            path.curveTo(turn, y(ay), turn, y(ay), turn, y(ay + bend))
            path.lineTo(turn, y(by - bend))
            path.curveTo(turn, y(by), turn, y(by), turn - sign * bend, y(by))
            path.lineTo(bx, y(by))
        group.add(path)
    return group


def _arrowhead(x: float, y: float, dx: float, dy: float, size: float, colour) -> Polygon:
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    return Polygon([x, y, x - ux * size - uy * size * 0.55, y - uy * size + ux * size * 0.55,
                    x - ux * size + uy * size * 0.55, y - uy * size - ux * size * 0.55],
                   fillColor=colour, strokeColor=None)


def draw_jumps(page: PageLayout, accent, y: Callable[[float], float]) -> Group:
    """Transitions that skip along the route: arcs in the row's lane (dashed back for a loop),
    or, to another row, a chip with the number it goes to or comes from."""
    group = Group()
    for arc in page.arcs:
        path = Path(strokeColor=accent, strokeWidth=1.1, fillColor=None)
        if arc.loop:
            path.strokeDashArray = [3, 2]
        designed = page.marks is not None and page.marks.designed((arc.transition_id,))
        path.setProperties(line_style(designed))
        (ax, ay), (bx, by) = arc.start, arc.end
        path.moveTo(ax, y(ay))
        path.curveTo(ax, y(arc.top), bx, y(arc.top), bx, y(by))
        group.add(path)
        group.add(_arrowhead(bx, y(by + 0.5), 0, -1, 4 * page.metrics.scale + 1,
                             path.strokeColor))
    for chip in page.chips:
        rect, block = chip.rect, chip.block
        group.add(Rect(rect.x, y(rect.bottom), rect.w, rect.h, rx=3, ry=3, fillColor=white,
                       strokeColor=accent, strokeWidth=0.6))
        if page.marks is not None and page.marks.designed(chip.transition_ids):
            group.contents[-1].setProperties({**line_style(True), "strokeDashArray": [2.4, 1.4]})
        arrow = 6.0 * max(page.metrics.scale, 0.8)
        mid = y(rect.y + 0.5 + block.height / 2)
        x = rect.x
        tip, tail = (x + 3 + arrow, x + 3) if chip.out else (x + 3, x + 3 + arrow)  # out: →, in: ←
        group.add(Line(tail, mid, tip, mid, strokeColor=accent, strokeWidth=0.9))
        group.add(_arrowhead(tip, mid, tip - tail, 0, 2.6, accent))
        add_to_group(group, block, x + arrow + 5, y(rect.y + 0.5), block.width + 1, "left", accent)
    return group


def draw_labels(page: PageLayout, accent, y: Callable[[float], float]) -> Group:
    """The transitions' labels, each on its own line; one that lies across its line on a white
    ground that interrupts the line."""
    group = Group()
    for label in page.labels:
        rect = label.rect
        if label.backed:
            group.add(Rect(rect.x, y(rect.bottom), rect.w, rect.h, rx=2, ry=2, fillColor=white,
                           strokeColor=None))
        add_to_group(group, label.block, rect.x + 1, y(rect.y), rect.w, "left", accent)
    return group
