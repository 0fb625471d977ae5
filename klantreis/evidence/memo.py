"""The evidence per touchpoint and the owners of quotes and scores, worked out once and kept
beside the journey (:mod:`klantreis.model.derived`) until a change makes them out of date: a
new quote costs the work of one touchpoint.

:func:`touched` says which touchpoints' evidence a list of changes may have changed; the memo
forgets exactly those, and views use it to redraw only those touchpoints.
"""

from __future__ import annotations

from collections.abc import Iterable

from klantreis.model import derived
from klantreis.model.journey import Change, Journey

EVIDENCE_KINDS = frozenset({"quote", "score"})
OWNER_KINDS = frozenset({"group", "respondent"})  # whose change touches every touchpoint's evidence


def touched(changes: Iterable[Change]) -> frozenset[str | None] | None:
    """The touchpoints (None: the parking lot) whose quotes or scores these changes added,
    removed, changed or moved away; None when every touchpoint's evidence may have changed (a
    group or a respondent changed)."""
    found: set[str | None] = set()
    for change in changes:
        if change.kind in OWNER_KINDS:
            return None
        if change.kind in EVIDENCE_KINDS:
            for item in (change.old, change.new):
                if item is not None:
                    found.add(item.touchpoint_id)
    return frozenset(found)


def _forget_evidence(values: dict, change: Change) -> None:
    ids = touched((change,))
    if ids is None:
        values.clear()
    else:
        for touchpoint_id in ids:
            values.pop(touchpoint_id, None)


def _forget_owners(values: dict, change: Change) -> None:
    if change.kind in OWNER_KINDS:
        values.clear()


def evidence_table(journey: Journey) -> dict:
    """touchpoint id -> {include_internal: evidence}, kept up to date with the journey."""
    return derived.table(journey, "evidence", _forget_evidence)


def owner_table(journey: Journey) -> dict:
    """The owner index of the journey under the key ``"index"``, while groups and respondents
    stay as they are."""
    return derived.table(journey, "owners", _forget_owners)
