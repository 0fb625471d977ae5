"""Reversible edits of a journey: what an undo command does, without Qt.

Every edit is applied and reverted through the Journey's symmetric operations, so the journey
emits one change per row touched and the store writes exactly those rows. ``revert`` after
``apply`` gives back the same journey, order included; ``apply`` again gives the same result.
"""

from __future__ import annotations

from dataclasses import replace

from klantreis.graph import layout
from klantreis.messages import message
from klantreis.model.journey import KIND_OF, Journey
from klantreis.model.links import unlinked


class Edit:
    """Base class. ``code`` names the edit for the undo menu (a message code)."""

    code = "edit_change"
    params: dict[str, object] = {}  # filled into the undo text, e.g. {"field": "kanaal"}

    def apply(self, journey: Journey) -> None:
        raise NotImplementedError

    def revert(self, journey: Journey) -> None:
        raise NotImplementedError

    @property
    def text(self) -> str:
        return message(self.code, **self.params)


class Insert(Edit):
    """Insert an entity at ``index`` (None: at the end)."""

    def __init__(self, item, index: int | None = None, code: str | None = None) -> None:
        self.item = item
        self.index = index
        self.kind = KIND_OF[type(item)]
        self.code = code or f"edit_add_{self.kind}"

    def apply(self, journey: Journey) -> None:
        index = journey.count(self.kind) if self.index is None else self.index
        journey.insert(index, self.item)
        self.index = index

    def revert(self, journey: Journey) -> None:
        journey.remove(self.kind, self.item.id)


class Update(Edit):
    """Replace an entity by a new version with the same id."""

    def __init__(self, item, code: str | None = None, **params: object) -> None:
        self.item = item
        self.kind = KIND_OF[type(item)]
        self.old = None
        self.code = code or f"edit_change_{self.kind}"
        self.params = params

    def apply(self, journey: Journey) -> None:
        self.old = journey.update(self.item)

    def revert(self, journey: Journey) -> None:
        journey.update(self.old)


class Remove(Edit):
    """Remove an entity that nothing refers to; revert puts it back at the same index."""

    def __init__(self, kind: str, item_id: str, code: str | None = None) -> None:
        self.kind = kind
        self.item_id = item_id
        self.item = None
        self.index = -1
        self.code = code or f"edit_remove_{kind}"

    def apply(self, journey: Journey) -> None:
        self.item = journey.get(self.kind, self.item_id)
        self.index = journey.remove(self.kind, self.item_id)

    def revert(self, journey: Journey) -> None:
        journey.insert(self.index, self.item)


class SetInfo(Edit):
    """Replace the journey's own fields (title, attribute names, ...)."""

    def __init__(self, info, code: str = "edit_change_info") -> None:
        self.info = info
        self.old = None
        self.code = code

    def apply(self, journey: Journey) -> None:
        self.old = journey.set_info(self.info)

    def revert(self, journey: Journey) -> None:
        journey.set_info(self.old)


class Sequence(Edit):
    """Several edits as one step (e.g. moving several cards, or a delete with its links)."""

    def __init__(self, edits: list[Edit], code: str, **params: object) -> None:
        self.edits = list(edits)
        self.code = code
        self.params = params
        self._done = 0

    def apply(self, journey: Journey) -> None:
        self._done = 0
        try:
            for edit in self.edits:
                edit.apply(journey)
                self._done += 1
        except BaseException:
            for edit in reversed(self.edits[: self._done]):  # leave the journey as it was
                edit.revert(journey)
            raise

    def revert(self, journey: Journey) -> None:
        for edit in reversed(self.edits):
            edit.revert(journey)

    def with_code(self, code: str, **params: object) -> Sequence:
        self.code, self.params = code, params
        return self


class RemoveTouchpoint(Edit):
    """Remove a touchpoint with its transitions and scores; its quotes go to the parking lot,
    never lost, and indicators and norms that name it as evidence let go of it. Revert restores
    the same order and links."""

    code = "edit_remove_touchpoint"

    def __init__(self, touchpoint_id: str) -> None:
        self.touchpoint_id = touchpoint_id
        self.inner: Sequence | None = None

    def apply(self, journey: Journey) -> None:
        tp_id = self.touchpoint_id
        journey.touchpoint(tp_id)  # raises NotFound with a clear message
        edits: list[Edit] = [Update(replace(q, touchpoint_id=None)) for q in journey.quotes_for(tp_id)]
        edits += [Update(item) for item in unlinked(journey, "touchpoint", {tp_id})]
        # remove from the back, so the recorded indexes are those to re-insert at, in reverse
        transitions = sorted(journey.transitions_of(tp_id),
                             key=lambda t: journey.index_of("transition", t.id), reverse=True)
        edits += [Remove("transition", t.id) for t in transitions]
        scores = sorted((s for s in journey.scores if s.touchpoint_id == tp_id),
                        key=lambda s: journey.index_of("score", s.id), reverse=True)
        edits += [Remove("score", s.id) for s in scores]
        edits.append(Remove("touchpoint", tp_id))
        self.inner = Sequence(edits, self.code)
        self.inner.apply(journey)

    def revert(self, journey: Journey) -> None:
        self.inner.revert(journey)


def remove_touchpoints(touchpoint_ids: list[str]) -> Sequence:
    return Sequence([RemoveTouchpoint(tp_id) for tp_id in touchpoint_ids],
                    "edit_remove_touchpoint" if len(touchpoint_ids) == 1 else "edit_remove_selection")


def move_touchpoints(journey: Journey, moves: dict[str, tuple[str, float, float]]) -> Sequence:
    """Move cards to (phase, x, y-in-band). Cards that had no stored position yet get their
    current one, so the rest of the layout stays where the user sees it."""
    current = layout.positions_for(journey)
    edits: list[Edit] = []
    for tp in journey.touchpoints:
        if tp.id in moves:
            phase_id, x, y = moves[tp.id]
            new = replace(tp, phase_id=phase_id, x=round(x, 1), y=round(y, 1))
        elif tp.position is None:
            x, y = current[tp.id]
            new = replace(tp, x=round(x, 1), y=round(y, 1))
        else:
            continue
        if new != tp:
            edits.append(Update(new))
    return Sequence(edits, "edit_move_touchpoint")


class Move(Edit):
    """Move an entity to another index of its list (e.g. a phase up or down)."""

    def __init__(self, kind: str, item_id: str, index: int, code: str | None = None) -> None:
        self.kind = kind
        self.item_id = item_id
        self.index = index
        self.old_index = -1
        self.code = code or f"edit_move_{kind}"

    def apply(self, journey: Journey) -> None:
        self.old_index = journey.move(self.kind, self.item_id, self.index)

    def revert(self, journey: Journey) -> None:
        journey.move(self.kind, self.item_id, self.old_index)


def remove_phase(journey: Journey, phase_id: str, *, move_to: str | None = None,
                 with_touchpoints: bool = False) -> Sequence:
    """Delete a phase. Its touchpoints move to phase ``move_to`` (placed below the cards there,
    keeping their order and spacing), or are deleted with it when ``with_touchpoints``; with
    neither, a phase that still has touchpoints is refused by the journey (InUse)."""
    members = journey.touchpoints_in_phase(phase_id)
    edits: list[Edit] = []
    if members and move_to is not None:
        journey.phase(move_to)  # raises NotFound with a clear message
        positions = layout.positions_for(journey)
        below = max((positions[t.id][1] for t in journey.touchpoints_in_phase(move_to)),
                    default=-layout.ROW_H)
        top = min(positions[t.id][1] for t in members)
        shift = below + layout.ROW_H - top
        edits.append(move_touchpoints(journey, {
            t.id: (move_to, positions[t.id][0], positions[t.id][1] + shift) for t in members}))
    elif members and with_touchpoints:
        edits.append(remove_touchpoints([t.id for t in members]))
    edits.append(Remove("phase", phase_id))
    return Sequence(edits, "edit_remove_phase")


def relayout(journey: Journey) -> Sequence:
    """'Opnieuw ordenen': every card to its place in the layered layout, as one step."""
    return move_touchpoints(journey, {
        tp_id: (journey.touchpoint(tp_id).phase_id, x, y)
        for tp_id, (x, y) in layout.layered_layout(journey).items()
    }).with_code("edit_relayout")
