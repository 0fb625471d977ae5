"""The transitions on the infographic, as geometry (points, y down; see
:mod:`exports.infographic_layout`): a leg of the route between stations next in number (along a
row, or a U-turn to the next row), an arc in the lane above its row for a branch or loop within
the row (arcs that overlap at different heights), or, to another row, a chip beside its station
with the numbers; and the styles of the chips and of the labels that
:func:`legend.place_labels <klantreis.exports.legend.place_labels>` puts on the lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis.exports.infographic_geometry import Metrics, Rect, Row, Station
from klantreis.exports.text_layout import Block, Style, layout

Point = tuple[float, float]
CROSSING = 200.0  # the cost of a label that another transition's line runs through


@dataclass(frozen=True)
class Leg:
    """The route between two stations next in number: straight along a row, or a U-turn at
    ``turn`` (an x beside the journey area) to the next row; solid when a transition joins them."""

    source_id: str
    target_id: str
    points: tuple[Point, ...]
    turn: float | None
    transition_ids: tuple[str, ...]


@dataclass(frozen=True)
class Arc:
    """A branch or loop within a row: a curve out of the top of one station, up to ``top`` and
    down into the top of the other (for a step that repeats itself, beside its own top)."""

    transition_id: str
    start: Point
    end: Point
    top: float
    loop: bool

    @property
    def points(self) -> tuple[Point, ...]:
        (x0, y0), (x1, y1) = self.start, self.end
        out = []
        for i in range(17):
            t = i / 16
            ease = 3 * t * t - 2 * t ** 3  # (the cubic's controls are above its two ends)
            out.append((x0 + (x1 - x0) * ease,
                        (1 - t) ** 3 * y0 + 3 * t * (1 - t) * self.top + t ** 3 * y1))
        return tuple(out)


@dataclass(frozen=True)
class Chip:
    """A jump to (``out``) or from another row: a chip beside the station with the numbers."""

    touchpoint_id: str
    out: bool
    block: Block
    rect: Rect
    transition_ids: tuple[str, ...]


@dataclass(frozen=True)
class ArrowLabel:
    """A transition's label on its own line; ``text`` is shortened (…) where there was no
    room; ``backed``: it lies across its line, on a white ground that interrupts it."""

    transition_id: str
    text: str
    block: Block
    rect: Rect
    backed: bool


def chip_style(scale: float) -> Style:
    return Style(size=5.8 * max(scale, 0.8), bold=True)


def label_style(scale: float, smaller: bool = False) -> Style:
    """A transition's label; ``smaller`` for one that does not fit its line otherwise."""
    size = 6 * max(scale, 0.8) * (0.85 if smaller else 1.0)
    return Style(size=size, italic=True, leading=round(size * 1.15, 2))


def links_of(links, stations: dict[str, Station], rows: list[Row], area: Rect, metrics: Metrics):
    """The legs of the route, the arcs and the chips of ``links`` [(transition id, source id,
    target id, label)]."""
    order = sorted(stations.values(), key=lambda s: s.number)
    joining: dict[tuple[str, str], list[str]] = {}
    arcs, out, into = [], {}, {}
    for tr_id, source_id, target_id, _label in links:
        a, b = stations[source_id], stations[target_id]
        if b.number == a.number + 1:
            joining.setdefault((a.touchpoint_id, b.touchpoint_id), []).append(tr_id)
        elif a.row == b.row:
            arcs.append((tr_id, a, b))
        else:
            out.setdefault(source_id, []).append((b.number, tr_id))
            into.setdefault(target_id, []).append((a.number, tr_id))
    legs = []
    for a, b in zip(order, order[1:], strict=False):
        turn = None
        points: tuple[Point, ...] = ((a.x, a.y), (b.x, b.y))
        if a.row != b.row:
            turn = area.right + 9 if rows[a.row].left_to_right else area.x - 9
            points = ((a.x, a.y), (turn, a.y), (turn, b.y), (b.x, b.y))
        legs.append(Leg(a.touchpoint_id, b.touchpoint_id, points, turn,
                        tuple(joining.get((a.touchpoint_id, b.touchpoint_id), ()))))
    chips = [_chip(stations[tp], sorted(numbers), metrics, True) for tp, numbers in out.items()]
    chips += [_chip(stations[tp], sorted(numbers), metrics, False) for tp, numbers in into.items()]
    return tuple(legs), _arcs(arcs, rows, metrics), tuple(chips)


def _arcs(arcs, rows: list[Row], metrics: Metrics) -> tuple[Arc, ...]:
    """Arcs that overlap along a row get different heights: shorter ones lower, so that no two
    run along the same line (and a label on one is not on another)."""
    radius, step = metrics.radius, metrics.lane_h * 0.25
    placed: list[tuple[float, float, int]] = []
    result = []
    for tr_id, a, b in sorted(arcs, key=lambda t: (abs(t[2].x - t[1].x), t[1].number, t[2].number, t[0])):
        ax, bx = (a.x, b.x) if a is not b else (a.x - radius * 0.7, a.x + radius * 0.7)
        low, high = min(ax, bx) - 1, max(ax, bx) + 1
        level = 1 + max((lv for lo, hi, lv in placed if lo < high and low < hi), default=-1)
        placed.append((low, high, level))
        top = rows[a.row].lane_top + max(-metrics.lane_h * 0.25, metrics.lane_h * 0.55 - level * step)
        start_y = a.y - radius
        result.append(Arc(tr_id, (ax, start_y), (bx, start_y - 1.5), top, b.number <= a.number))
    return tuple(sorted(result, key=lambda arc: arc.transition_id))


def _chip(station: Station, numbers: list[tuple[int, str]], metrics: Metrics, out: bool) -> Chip:
    """Right of the station (``out``) or left of its number badge, on the route line."""
    block = layout(" · ".join(str(n) for n, _ in numbers), 80, chip_style(metrics.scale), max_lines=1)
    width = block.width + 6.0 * max(metrics.scale, 0.8) + 8
    radius, badge = metrics.radius, 6.8 * metrics.scale
    x = station.x + radius + 2.5 if out else station.x - radius - 2 * badge - 1.5 - width
    rect = Rect(x, station.y - block.height / 2 - 0.5, width, block.height + 1)
    return Chip(station.touchpoint_id, out, block, rect, tuple(t for _, t in numbers))
