"""The difference between two journeys as one edit: ``diff(a, b).edit`` turns journey ``a`` into
``b``, matching entities by their stable ids; applied to ``a`` it gives ``b`` in every entity,
in every list's order and in the journey's own fields, and reverting it gives ``a`` back.

This is the one way to compare or merge two journeys (a previous version and the project, a
designed and a lived route, two facilitators' session files): what is only in ``a`` is removed,
what is only in ``b`` is inserted, what differs is updated, and the lists are put in ``b``'s
order.

The journey checks every step (references, unique keys), so the steps are put in an order that
works by trying them on a private copy of ``a``: a step that cannot go yet (it refers to
something not inserted yet, or a unique key is still taken by something to be removed or
renamed) waits for the others. Two respondents that swap codes, or two transitions that swap
ends, go through a temporary value. What still cannot be done is reported in ``unmatched``,
with the reason, and left out of the edit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from klantreis.model.edits import Edit, Insert, Move, Remove, Sequence, SetInfo, Update
from klantreis.model.errors import KlantreisError
from klantreis.model.journey import KINDS, Journey


@dataclass(frozen=True)
class Unmatched:
    kind: str
    item_id: str
    reason: str


@dataclass(frozen=True)
class Diff:
    edit: Sequence
    unmatched: tuple[Unmatched, ...]
    inserted: int
    updated: int
    removed: int

    @property
    def empty(self) -> bool:
        return not self.edit.edits


def copy_of(journey: Journey) -> Journey:
    """A journey with the same info and entities (entities are immutable: shared)."""
    copy = Journey(journey.info)
    for kind in KINDS:
        for item in journey.items(kind):
            copy.add(item)
    return copy


def diff(a: Journey, b: Journey, code: str = "edit_change") -> Diff:
    """The edit that turns ``a`` into ``b`` (see the module's description)."""
    work = copy_of(a)
    done: list[Edit] = []
    pending: list[Edit] = []
    counts = {"inserted": 0, "updated": 0, "removed": 0}
    for kind in KINDS:  # removals of what refers to nothing else first: leaves free keys early
        ids_b = {item.id for item in b.items(kind)}
        for item in reversed(a.items(kind)):
            if item.id not in ids_b:
                pending.append(Remove(kind, item.id))
                counts["removed"] += 1
    for kind in KINDS:
        for item in b.items(kind):
            old = a.find(kind, item.id)
            if old is None:
                pending.append(Insert(item))
                counts["inserted"] += 1
            elif old != item:
                pending.append(Update(item))
                counts["updated"] += 1
    unmatched = _schedule(work, pending, done)
    if work.info != b.info:
        _run(work, SetInfo(b.info), done)
    skipped = {(e.kind, e.item_id) for e in unmatched}
    for kind in KINDS:  # the lists in b's order
        for index, item in enumerate(b.items(kind)):
            if (kind, item.id) in skipped or work.find(kind, item.id) is None:
                continue
            if index < work.count(kind) and work.index_of(kind, item.id) != index:
                _run(work, Move(kind, item.id, index), done)
    return Diff(Sequence(done, code), tuple(unmatched), **counts)


def _run(work: Journey, edit: Edit, done: list[Edit]) -> bool:
    try:
        edit.apply(work)
    except KlantreisError:
        return False
    done.append(edit)
    return True


def _schedule(work: Journey, pending: list[Edit], done: list[Edit]) -> list[Unmatched]:
    """Apply the steps in an order the journey accepts; break the cycles a greedy order cannot
    (swapped unique keys) with a temporary value; return what is left."""
    while pending:
        left = [edit for edit in pending if not _run(work, edit, done)]
        if len(left) == len(pending):  # no progress: a cycle of unique keys, or a true conflict
            if not _break_cycle(work, left, done):
                break
            left = [edit for edit in left if edit not in done]
        pending = left
    reasons = []
    for edit in pending:
        try:
            edit.apply(copy_of(work))
        except KlantreisError as error:
            item_id = getattr(edit, "item_id", None) or edit.item.id
            reasons.append(Unmatched(edit.kind, item_id, str(error)))
    return reasons


def _break_cycle(work: Journey, left: list[Edit], done: list[Edit]) -> bool:
    """One stuck update of a respondent (its code) or of a transition (its ends) or a score
    (its owner) goes first through a value nobody has; True when that freed something."""
    for edit in left:
        if not isinstance(edit, Update) or edit.kind not in ("respondent", "transition", "score"):
            continue
        current = work.get(edit.kind, edit.item.id)
        if edit.kind == "respondent":
            step = Update(replace(current, code=f"~{current.id[:18]}"))
            if _run(work, step, done):
                return True
        else:  # (a transition or score has no free value: out and back in, with its id)
            index = work.index_of(edit.kind, current.id)
            if _run(work, Remove(edit.kind, current.id), done):
                left[left.index(edit)] = Insert(edit.item, index)
                return True
    return False
