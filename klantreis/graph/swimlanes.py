"""The swimlane layout of a journey: one row (lane) per actor, the route running left to right.

An alternative to :mod:`klantreis.graph.layout` for the same journey, computed without Qt. Every
touchpoint gets its own column, in route order (the order of the display numbers), so reading
left to right follows the route and no two cards can share a place. Consecutive touchpoints of
the same phase form a phase span: a column header across the top with a small gap between spans.
A phase that has no touchpoints still gets an empty span at its place in the phase order.

A touchpoint's card lies in the lane of its *first* actor. In the lanes of its other actors it
gets an "also involved" marker: a low box in the same column. Because a column holds one
touchpoint and a touchpoint has each actor once, a column has at most one item per lane, so
cards and markers never overlap. Lanes that hold only markers (or nothing) are lower than lanes
that hold cards. Touchpoints without an actor go to a last lane (actor id None), which only
exists when such touchpoints exist.

All coordinates are scene units; (x, y) is the top-left corner of a card or marker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from klantreis.graph import route as journey_graph
from klantreis.graph.layout import CARD_H, CARD_INSET, CARD_W, COL_W, LABEL_W
from klantreis.model.journey import Journey

PHASE_HEADER_H = 60.0  # the row of phase headers above the first lane (LANE_PAD of it free)
PHASE_GAP = 24.0  # horizontal space between two phase spans
LANE_PAD = 14.0  # space above and below the cards (or markers) of a lane
MARKER_W = CARD_W
MARKER_H = 36.0
CARD_LANE_H = CARD_H + 2 * LANE_PAD  # a lane that holds at least one card
LOW_LANE_H = MARKER_H + 2 * LANE_PAD  # a lane with only markers, or nothing at all
NO_ACTOR_LABEL = "Zonder actor"  # the Qt layer passes its translated text instead


@dataclass(frozen=True)
class Lane:
    index: int
    actor_id: str | None  # None: the lane of touchpoints without actors
    label: str
    top: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class PhaseSpan:
    """A phase's column header: the x range of a run of consecutive touchpoints of one phase."""

    phase_id: str
    name: str
    left: float
    right: float

    @property
    def width(self) -> float:
        return self.right - self.left


@dataclass(frozen=True)
class Marker:
    """An "also involved" box for a touchpoint in the lane of one of its other actors."""

    touchpoint_id: str
    number: int
    lane: int
    x: float
    y: float
    width: float = MARKER_W
    height: float = MARKER_H


@dataclass(frozen=True)
class CardPlacement:
    touchpoint_id: str
    number: int  # the display number (1, 2, ... in route order)
    column: int  # 0, 1, ... left to right: the route order
    lanes: tuple[int, ...]  # lane indices: the card's lane first, then the marker lanes
    x: float
    y: float

    @property
    def lane(self) -> int:
        return self.lanes[0]


@dataclass(frozen=True)
class SwimlaneLayout:
    lanes: tuple[Lane, ...]
    phases: tuple[PhaseSpan, ...]
    cards: Mapping[str, CardPlacement]  # read-only, in route order
    markers: tuple[Marker, ...]
    width: float  # from x = 0 (the lane headers) to the right end of the last phase span
    height: float  # from y = 0 (the phase headers) to the bottom of the last lane

    @property
    def order(self) -> list[str]:
        """Touchpoint ids in route order (left to right)."""
        return list(self.cards)

    def lane_of_actor(self, actor_id: str | None) -> Lane:
        for lane in self.lanes:
            if lane.actor_id == actor_id:
                return lane
        raise KeyError(actor_id)

    def markers_of(self, touchpoint_id: str) -> list[Marker]:
        return [m for m in self.markers if m.touchpoint_id == touchpoint_id]


def swimlane_layout(journey: Journey, no_actor_label: str = NO_ACTOR_LABEL) -> SwimlaneLayout:
    order = list(journey_graph.journey_route(journey).order)
    number = journey_graph.display_numbers(journey)
    actor_lane = {actor.id: i for i, actor in enumerate(journey.actors)}
    lanes_of: dict[str, tuple[int, ...]] = {}
    for tp in journey.touchpoints:
        known = tuple(actor_lane[a] for a in tp.actor_ids if a in actor_lane)
        lanes_of[tp.id] = known or (len(journey.actors),)

    lanes = _lanes(journey, lanes_of, no_actor_label)
    spans, column_x = _columns(journey, order)
    cards: dict[str, CardPlacement] = {}
    markers: list[Marker] = []
    for column, tp_id in enumerate(order):
        first, *others = lanes_of[tp_id]
        lane = lanes[first]
        cards[tp_id] = CardPlacement(tp_id, number[tp_id], column, lanes_of[tp_id],
                                     column_x[tp_id], lane.top + LANE_PAD)
        for index in others:
            other = lanes[index]
            markers.append(Marker(tp_id, number[tp_id], index, column_x[tp_id],
                                  other.top + (other.height - MARKER_H) / 2))
    width = max([LABEL_W + COL_W] + [span.right for span in spans])
    height = lanes[-1].bottom if lanes else PHASE_HEADER_H + LOW_LANE_H
    return SwimlaneLayout(tuple(lanes), tuple(spans), MappingProxyType(cards), tuple(markers),
                          width, height)


def _lanes(journey: Journey, lanes_of: dict[str, tuple[int, ...]],
           no_actor_label: str) -> list[Lane]:
    """One lane per actor in the journey's order, then the lane without actor when needed."""
    with_card = {tp_lanes[0] for tp_lanes in lanes_of.values()}
    rows: list[tuple[str | None, str]] = [(actor.id, actor.name) for actor in journey.actors]
    if any(tp_lanes == (len(journey.actors),) for tp_lanes in lanes_of.values()):
        rows.append((None, no_actor_label))
    lanes: list[Lane] = []
    top = PHASE_HEADER_H
    for index, (actor_id, label) in enumerate(rows):
        height = CARD_LANE_H if index in with_card else LOW_LANE_H
        lanes.append(Lane(index, actor_id, label, top, height))
        top += height
    return lanes


def _columns(journey: Journey, order: list[str]) -> tuple[list[PhaseSpan], dict[str, float]]:
    """Phase spans left to right and the x of every card: one column per touchpoint."""
    phase_index = {phase.id: i for i, phase in enumerate(journey.phases)}
    phase_of = {tp.id: tp.phase_id for tp in journey.touchpoints}
    runs: list[tuple[str, list[str]]] = []  # (phase id, touchpoints), route order kept
    for tp_id in order:
        if runs and runs[-1][0] == phase_of[tp_id]:
            runs[-1][1].append(tp_id)
        else:
            runs.append((phase_of[tp_id], [tp_id]))
    # phases without touchpoints: an empty run before the first run of a later phase
    used = set(phase_of.values())
    empty = [p.id for p in journey.phases if p.id not in used]
    with_empty: list[tuple[str, list[str]]] = []
    for run in runs:
        while empty and phase_index[empty[0]] < phase_index[run[0]]:
            with_empty.append((empty.pop(0), []))
        with_empty.append(run)
    with_empty += [(phase_id, []) for phase_id in empty]

    spans: list[PhaseSpan] = []
    column_x: dict[str, float] = {}
    left = LABEL_W
    for phase_id, members in with_empty:
        for i, tp_id in enumerate(members):
            column_x[tp_id] = left + i * COL_W + CARD_INSET
        right = left + max(1, len(members)) * COL_W
        spans.append(PhaseSpan(phase_id, journey.phase(phase_id).name, left, right))
        left = right + PHASE_GAP
    return spans, column_x
