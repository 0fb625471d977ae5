"""A layered layout of the journey for the canvas, computed with networkx (no Qt).

Phases are vertical bands from left to right. Inside a band, touchpoints are placed in columns
in route order (loops set aside), so each step is right of the step before it; where the route
forks, the branches are placed side by side (one row each). Positions are the top-left corners
of the cards, in scene units.
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis import graph as journey_graph
from klantreis.entities import TransitionKind
from klantreis.journey import Journey

CARD_W = 176.0
CARD_H = 112.0
COL_W = 224.0  # horizontal pitch of the columns
ROW_H = 150.0  # vertical pitch of the rows
BAND_HEADER = 56.0  # height of the phase header above the cards
TOP = BAND_HEADER + 32.0
CARD_INSET = (COL_W - CARD_W) / 2

_MAIN_FLOW = (TransitionKind.VOLGENDE, TransitionKind.OVERDRACHT)


@dataclass(frozen=True)
class Band:
    phase_id: str
    left: float
    right: float

    @property
    def width(self) -> float:
        return self.right - self.left


def layered_layout(journey: Journey) -> dict[str, tuple[float, float]]:
    """Positions for every touchpoint (ignores positions stored on the touchpoints)."""
    g = journey_graph.build_graph(journey)
    dag = journey_graph.route_dag(g)
    order = journey_graph.route_order(g)
    rank = {node: i for i, node in enumerate(order)}
    phase_of = {tp.id: tp.phase_id for tp in journey.touchpoints}

    column: dict[str, int] = {}
    row: dict[str, int] = {}
    taken: set[tuple[int, int]] = set()
    next_col = 0
    for phase in journey.phases:
        members = sorted((n for n in order if phase_of[n] == phase.id), key=rank.__getitem__)
        first = next_col
        last = first
        for node in members:
            same_phase_preds = [p for p in dag.predecessors(node) if p in column
                                and phase_of[p] == phase.id]
            col = max([first] + [column[p] + 1 for p in same_phase_preds])
            column[node] = col
            last = max(last, col)
            preds = sorted((p for p in dag.predecessors(node) if p in row), key=rank.__getitem__)
            main = [p for p in preds if dag.edges[p, node]["kind"] in _MAIN_FLOW]
            preferred = row[(main or preds)[0]] if preds else 0
            r = preferred
            while (col, r) in taken:
                r += 1
            row[node] = r
            taken.add((col, r))
        next_col = last + 1
    return {
        node: (column[node] * COL_W + CARD_INSET, TOP + row[node] * ROW_H) for node in column
    }


def positions_for(journey: Journey) -> dict[str, tuple[float, float]]:
    """Stored positions where touchpoints have one, the layered layout for the others."""
    stored = {tp.id: tp.position for tp in journey.touchpoints if tp.position is not None}
    if len(stored) == journey.count("touchpoint"):
        return stored
    return {**layered_layout(journey), **stored}


def phase_bands(journey: Journey, positions: dict[str, tuple[float, float]]) -> list[Band]:
    """Adjacent bands, one per phase in order, each wide enough for its touchpoints."""
    bands: list[Band] = []
    left = 0.0
    for phase in journey.phases:
        xs = [positions[tp.id][0] for tp in journey.touchpoints_in_phase(phase.id)
              if tp.id in positions]
        right = max([left + COL_W] + [x - CARD_INSET + COL_W for x in xs])
        bands.append(Band(phase.id, left, right))
        left = right
    return bands


def content_height(positions: dict[str, tuple[float, float]]) -> float:
    """The height the bands need to hold every card."""
    if not positions:
        return TOP + ROW_H
    return max(y for _, y in positions.values()) + CARD_H + (ROW_H - CARD_H)
