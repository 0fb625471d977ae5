"""A layered layout of the journey for the canvas, computed with networkx (no Qt).

Phases are horizontal bands stacked from top to bottom, like lines of text: the route runs left
to right through a phase and continues on the next band. Inside a band, touchpoints are placed
in columns in route order (loops set aside), so each step is right of the step before it in the
same phase; where the route forks, the branches are placed below each other (one row each).
Positions are the top-left corners of the cards: x in scene units, y measured from the top of
the card's phase band. So a card always lies in its own band, and bands grow and shrink with
their content without cards drifting into a neighbour. :func:`scene_layout` turns them into
scene coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis.graph import route as journey_graph
from klantreis.model.entities import TransitionKind
from klantreis.model.journey import Journey

CARD_W = 176.0
CARD_H = 112.0
COL_W = 216.0  # horizontal pitch of the columns
ROW_H = 148.0  # vertical pitch of the rows inside a band
LABEL_W = 184.0  # the phase header at the left of each band
BAND_PAD = 26.0  # space above the first and below the last row of a band
CARD_INSET = (COL_W - CARD_W) / 2
MIN_COLUMNS = 4  # bands are at least this many columns wide
LABEL_GAP = 88.0  # extra room before a column that a labelled step leads into

_MAIN_FLOW = (TransitionKind.VOLGENDE, TransitionKind.OVERDRACHT)


@dataclass(frozen=True)
class Band:
    phase_id: str
    top: float
    bottom: float
    left: float
    right: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


def layered_layout(journey: Journey) -> dict[str, tuple[float, float]]:
    """Positions for every touchpoint (ignores positions stored on the touchpoints)."""
    route = journey_graph.journey_route(journey)
    order, incoming = route.order, route.incoming
    rank = {node: i for i, node in enumerate(order)}
    phase_of = {tp.id: tp.phase_id for tp in journey.touchpoints}

    positions: dict[str, tuple[float, float]] = {}
    for phase in journey.phases:
        members = sorted((n for n in order if phase_of[n] == phase.id), key=rank.__getitem__)
        column: dict[str, int] = {}
        row: dict[str, int] = {}
        taken: set[tuple[int, int]] = set()
        # the main route first; side tracks (reached only through parallel steps) below it
        side = _side_tracks(incoming, members)
        first_side_row = 0
        for track in ([n for n in members if n not in side], [n for n in members if n in side]):
            for node in track:
                kind_from = {step.source: step.kind for step in incoming[node]}
                preds = sorted((p for p in kind_from if p in column), key=rank.__getitem__)
                col = max([0] + [column[p] + 1 for p in preds])
                main = [p for p in preds if kind_from[p] in _MAIN_FLOW]
                r = first_side_row if node in side else 0
                if preds:
                    pred = (main or preds)[0]
                    # a parallel track starts on its own row below the step it runs alongside
                    r = max(r, row[pred] + (kind_from[pred] == TransitionKind.PARALLEL))
                while (col, r) in taken:
                    r += 1
                column[node], row[node] = col, r
                taken.add((col, r))
            first_side_row = max(row.values(), default=-1) + 1
        labelled = {column[v] for v in members for step in incoming[v]
                    if step.source in column and step.label and column[v] > column[step.source]}
        for node in members:
            extra = LABEL_GAP * sum(1 for c in labelled if c <= column[node])
            positions[node] = (LABEL_W + column[node] * COL_W + extra + CARD_INSET,
                               BAND_PAD + row[node] * ROW_H)
    return positions


def _side_tracks(incoming, members: list[str]) -> set[str]:
    """Touchpoints of a phase that the route reaches only through parallel steps, directly or
    through other side-track touchpoints of the same phase."""
    member_set = set(members)
    side: set[str] = set()
    for node in members:  # route order, so predecessors are decided first
        steps = incoming[node]
        if steps and all(
            step.kind == TransitionKind.PARALLEL or (step.source in side and step.source in member_set)
            for step in steps
        ):
            side.add(node)
    return side


def _band_height(rows: int) -> float:
    return 2 * BAND_PAD + CARD_H + (rows - 1) * ROW_H


def positions_for(journey: Journey) -> dict[str, tuple[float, float]]:
    """Stored positions where touchpoints have one, the layered layout for the others."""
    stored = {tp.id: tp.position for tp in journey.touchpoints if tp.position is not None}
    if len(stored) == journey.count("touchpoint"):
        return stored
    return {**layered_layout(journey), **stored}


def free_spot(journey: Journey, phase_id: str, after: str | None = None,
              ignore: frozenset[str] = frozenset()) -> tuple[float, float]:
    """A place in the phase where a card covers no other card: right of ``after`` (or just below
    that, a new row) when it is in the phase, else the first free column of the first row.
    ``ignore``: cards that are not in the way (the one being moved there)."""
    positions = positions_for(journey)
    taken = [positions[t.id] for t in journey.touchpoints_in_phase(phase_id) if t.id not in ignore]
    if after is not None and journey.touchpoint(after).phase_id == phase_id:
        x, y = positions[after]
        x += COL_W
    else:
        x, y = LABEL_W + CARD_INSET, BAND_PAD

    def free(px: float, py: float) -> bool:
        return not any(abs(px - tx) < CARD_W and abs(py - ty) < CARD_H for tx, ty in taken)

    if after is not None:  # right of it, or else just below that spot (a new row)
        for row in range(len(taken) + 1):
            if free(x, y + row * ROW_H):
                return x, y + row * ROW_H
    while not free(x, y):
        x += COL_W
    return x, y


def phase_bands(journey: Journey, positions: dict[str, tuple[float, float]]) -> list[Band]:
    """Adjacent bands, one per phase in order, each high enough for its touchpoints; all bands
    share the width of the widest."""
    xs = [x for x, _ in positions.values()]
    right = max([LABEL_W + MIN_COLUMNS * COL_W] + [x - CARD_INSET + COL_W for x in xs])
    lowest: dict[str, float] = {}  # per phase, the lowest card's y (one pass over the cards)
    for tp in journey.touchpoints:
        if tp.id in positions:
            y = max(0.0, positions[tp.id][1])
            lowest[tp.phase_id] = max(y, lowest.get(tp.phase_id, y))
    bands: list[Band] = []
    top = 0.0
    for phase in journey.phases:
        height = _band_height(1)
        if phase.id in lowest:
            height = max(height, lowest[phase.id] + CARD_H + BAND_PAD)
        bands.append(Band(phase.id, top, top + height, 0.0, right))
        top += height
    return bands


def scene_layout(journey: Journey) -> tuple[list[Band], dict[str, tuple[float, float]]]:
    """The bands and every card's top-left corner in scene coordinates."""
    positions = positions_for(journey)
    bands = phase_bands(journey, positions)
    top = {band.phase_id: band.top for band in bands}
    scene = {
        tp.id: (positions[tp.id][0], top[tp.phase_id] + max(0.0, positions[tp.id][1]))
        for tp in journey.touchpoints
    }
    return bands, scene


def to_band(bands: list[Band], x: float, y: float) -> tuple[Band, tuple[float, float]] | None:
    """The band under scene point (x, y) of a card's top-left corner, judged by the card's
    middle, and the position relative to that band; None outside all bands."""
    band = band_at(bands, y + CARD_H / 2)
    if band is None:
        return None
    return band, (max(LABEL_W, x), max(0.0, y - band.top))


def band_at(bands: list[Band], y: float) -> Band | None:
    """The band that holds height ``y`` (scene units), or None outside all bands."""
    for band in bands:
        if band.top <= y < band.bottom:
            return band
    return None


def phase_letter(index: int) -> str:
    """A, B, ... Z, then AA, AB, ...: the letter shown for the phase at ``index``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
