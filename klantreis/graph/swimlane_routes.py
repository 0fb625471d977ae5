"""Routes for the transitions of a swimlane layout, and where their labels go (no Qt).

Cards and markers only fill the columns, and only the middle of a lane, which leaves free space
of two kinds: the vertical *gaps* between columns and the horizontal *corridors* along the lane
boundaries (``LANE_PAD`` above and below the contents of every lane). A route is a list of
corner points whose segments run only through that free space, or along the middle of a lane
where that lane is empty between the two ends. So an arrow never runs under a card or a marker.

- Forward (the target is to the right): out of the source's right side, into the target's left
  side; along the source's lane and down (or up) in the gap before the target when the source's
  lane is empty on the way, else along the target's lane, else through a corridor.
- Back (a loop, the target is to the left or the source itself): out of the top or bottom of
  the source into the corridor on the target's side, up or down in the gap left of the source
  to the target's corridor, back along it and into the target's top or bottom.

Segments that share a gap or a corridor are spread over a few tracks, so they stay apart.
Labels are boxes centred on a corridor (never on a card) or on an empty stretch of lane.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from klantreis.graph.layout import CARD_H, CARD_INSET, CARD_W, LABEL_W
from klantreis.graph.swimlanes import LANE_PAD, CardPlacement, SwimlaneLayout
from klantreis.model.journey import Journey

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # x, y, width, height

LABEL_H = 18.0
GAP_TRACKS = (0.0, -8.0, 8.0, -15.0, 15.0)  # within half a gap (CARD_INSET) of its middle
CORRIDOR_TRACKS = (0.0, -6.0, 6.0, -11.0, 11.0)  # within LANE_PAD of the boundary
# where a route turns into its target, the tracks that leave room for the arrow head
INTO_LEFT = (0.0, -8.0, -15.0, 8.0)  # a gap, before the target's left side
INTO_TOP = (0.0, -6.0, -11.0)  # a corridor above the target
INTO_BOTTOM = (0.0, 6.0, 11.0)  # a corridor below the target
LOOP_SHIFT = 24.0  # a loop from a card to itself leaves and enters this far from the middle


@dataclass(frozen=True)
class Route:
    transition_id: str
    points: tuple[Point, ...]  # two or more; each segment is horizontal or vertical
    label: Box | None = None  # the label's box, None for a transition without a label


def default_label_width(text: str) -> float:
    """A rough width for a label when no font is at hand (the Qt layer measures instead)."""
    return min(180.0, 6.0 * len(text) + 12.0)


def route_transitions(journey: Journey, result: SwimlaneLayout,
                      label_width: Callable[[str], float] = default_label_width) -> dict[str, Route]:
    router = _Router(result)
    routes: dict[str, Route] = {}
    for tr in journey.transitions:
        points = router.route(result.cards[tr.source_id], result.cards[tr.target_id])
        label = router.place_label(points, label_width(tr.label)) if tr.label else None
        routes[tr.id] = Route(tr.id, tuple(points), label)
    return routes


class _Router:
    def __init__(self, result: SwimlaneLayout) -> None:
        self.result = result
        self.lanes = result.lanes
        self.columns: list[CardPlacement] = sorted(result.cards.values(), key=lambda c: c.column)
        self.occupied = {(lane, c.column) for c in self.columns for lane in c.lanes}
        self.boundaries = [lane.top for lane in self.lanes] + (
            [self.lanes[-1].bottom] if self.lanes else [])
        self.used: dict[tuple, list[tuple[float, float, float, object]]] = {}
        self.labels: list[Box] = []

    # ------------------------------------------------------------------ free space

    def gap_x(self, column: int) -> float:
        """The middle of the gap right of ``column`` (-1: the gap left of the first column)."""
        if column < 0:
            return self.columns[0].x - CARD_INSET
        left = self.columns[column].x + CARD_W
        if column + 1 < len(self.columns):
            return (left + self.columns[column + 1].x) / 2
        return left + CARD_INSET

    def _reserve(self, key: tuple, lo: float, hi: float, tracks: tuple[float, ...],
                 owner: object = None) -> float | None:
        """The first track of ``key`` that is free between lo and hi, now taken; None if none.
        Segments with the same (not None) owner may share a track: they leave the same card
        side by side, or arrive at it."""
        lo, hi = min(lo, hi), max(lo, hi)
        taken = self.used.setdefault(key, [])
        for offset in tracks:
            if all(offset != o or hi + 4 < a or b + 4 < lo or (owner is not None and owner == w)
                   for a, b, o, w in taken):
                taken.append((lo, hi, offset, owner))
                return offset
        return None

    def _gap(self, column: int, y1: float, y2: float,
             tracks: tuple[float, ...] = GAP_TRACKS) -> float:
        offset = self._reserve(("gap", column), y1, y2, tracks)
        return self.gap_x(column) + (offset or 0.0)

    def _corridor(self, boundary: float, x1: float, x2: float,
                  tracks: tuple[float, ...] = CORRIDOR_TRACKS) -> float:
        offset = self._reserve(("corridor", boundary), x1, x2, tracks)
        return boundary + (offset or 0.0)

    def _along_lane(self, lane: int, first: int, last: int, x1: float, x2: float,
                    owner: object) -> bool:
        """Whether a segment may run along the middle of ``lane`` over columns first..last
        (inclusive; none when first > last): no card or marker there, no other segment but those
        of the same owner. Reserves the stretch when it may."""
        if any((lane, c) in self.occupied for c in range(first, last + 1)):
            return False
        return self._reserve(("lane", lane), x1, x2, (0.0,), owner) is not None

    # ------------------------------------------------------------------ routes

    def route(self, source: CardPlacement, target: CardPlacement) -> list[Point]:
        if target.column > source.column:
            return self._forward(source, target)
        return self._back(source, target)

    def _forward(self, s: CardPlacement, t: CardPlacement) -> list[Point]:
        ys, yt = s.y + CARD_H / 2, t.y + CARD_H / 2
        start, end = (s.x + CARD_W, ys), (t.x, yt)
        before_t = self.gap_x(t.column - 1)
        between = (s.column + 1, t.column - 1)
        if s.lane == t.lane and self._along_lane(s.lane, *between, start[0], end[0], None):
            return [start, end]
        if s.lane != t.lane and self._along_lane(s.lane, *between, start[0], before_t,
                                                 ("out", s.touchpoint_id)):
            x = self._gap(t.column - 1, ys, yt, INTO_LEFT)
            return [start, (x, ys), (x, yt), end]
        if s.lane != t.lane and self._along_lane(t.lane, *between, self.gap_x(s.column), end[0],
                                                 ("in", t.touchpoint_id)):
            x = self._gap(s.column, ys, yt)
            return [start, (x, ys), (x, yt), end]
        lane = self.lanes[s.lane]
        boundary = lane.top if t.lane < s.lane else lane.bottom
        y = self._corridor(boundary, self.gap_x(s.column), before_t)
        x1 = self._gap(s.column, ys, y)
        x2 = self._gap(t.column - 1, y, yt, INTO_LEFT)
        return [start, (x1, ys), (x1, y), (x2, y), (x2, yt), end]

    def _back(self, s: CardPlacement, t: CardPlacement) -> list[Point]:
        sx, tx = s.x + CARD_W / 2, t.x + CARD_W / 2
        if s.column == t.column:  # a loop from a card to itself
            sx, tx = sx + LOOP_SHIFT, tx - LOOP_SHIFT
        up = t.lane <= s.lane  # leave the source at the top (towards the target), else the bottom
        out_y = s.y if up else s.y + CARD_H
        in_y = t.y + CARD_H if t.lane < s.lane else t.y
        s_boundary = self.lanes[s.lane].top if up else self.lanes[s.lane].bottom
        t_boundary = self.lanes[t.lane].top if t.lane >= s.lane else self.lanes[t.lane].bottom
        into = INTO_BOTTOM if t.lane < s.lane else INTO_TOP
        if s_boundary == t_boundary:
            y = self._corridor(s_boundary, sx, tx, into)
            return [(sx, out_y), (sx, y), (tx, y), (tx, in_y)]
        # up or down in the gap left of the source, then back along the target's corridor
        gap = self.gap_x(s.column - 1)
        y1 = self._corridor(s_boundary, gap, sx)
        y2 = self._corridor(t_boundary, gap, tx, into)
        x = self._gap(s.column - 1, y1, y2)
        return [(sx, out_y), (sx, y1), (x, y1), (x, y2), (tx, y2), (tx, in_y)]

    # ------------------------------------------------------------------ labels

    def _boundary_near(self, y: float) -> float | None:
        for boundary in self.boundaries:
            if abs(y - boundary) < LANE_PAD:
                return boundary
        return None

    def place_label(self, points: list[Point], width: float) -> Box:
        """A box for the label, clear of other labels where possible: on a straight route along
        an empty stretch of lane, else where the route runs along or crosses a corridor (not on
        a stretch that it may share with other routes from or to the same card). Each place
        may slide along its corridor within a range; the first free spot wins."""
        half = width / 2
        free = (LABEL_W + half, max(LABEL_W + width, self.result.width) - half)
        places: list[tuple[float, float, float, float]] = []  # centre x, y, lowest, highest x
        if len(points) == 2 and abs(points[1][0] - points[0][0]) >= width + 24:
            (x1, y), (x2, _) = points
            places.append(((x1 + x2) / 2, y, min(x1, x2) + half + 12, max(x1, x2) - half - 12))
        along = sorted((seg for seg in zip(points, points[1:], strict=False)
                        if seg[0][1] == seg[1][1] and self._boundary_near(seg[0][1]) is not None),
                       key=lambda seg: -abs(seg[1][0] - seg[0][0]))  # the longest first
        for (x1, y), (x2, _) in along:
            boundary = self._boundary_near(y)
            if abs(x2 - x1) >= width:
                places.append(((x1 + x2) / 2, boundary, min(x1, x2) + half, max(x1, x2) - half))
            else:  # a short bow: beside it, so it stays visible
                x = max(x1, x2) + half + 6
                places.append((x, boundary, x, x + width))
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            if x1 == x2:
                middle = (y1 + y2) / 2
                crossed = [b for b in self.boundaries if min(y1, y2) < b < max(y1, y2)]
                places += [(x1, b, x1 - width, x1 + width)
                           for b in sorted(crossed, key=lambda b: abs(b - middle))]
        if len(points) == 2 or not places:  # along one lane: also the corridor above it
            (x1, y), (x2, _) = points[0], points[-1]
            above = max((b for b in self.boundaries if b <= y), default=y)
            places.append(((x1 + x2) / 2, above, min(x1, x2), max(x1, x2)))
        shifts = [0.0] + [k * step for k in range(1, 8) for step in (half + 8, -half - 8)]
        for cx, cy, lo, hi in places:
            for shift in shifts:
                x = min(max(cx + shift, lo, free[0]), hi, free[1])
                box = _box((x, cy), width)
                if not any(_overlap(box, other) for other in self.labels):
                    self.labels.append(box)
                    return box
        cx, cy, _, _ = places[0]
        box = _box((min(max(cx, free[0]), free[1]), cy), width)
        self.labels.append(box)
        return box


def _box(centre: Point, width: float) -> Box:
    return (centre[0] - width / 2, centre[1] - LABEL_H / 2, width, LABEL_H)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
