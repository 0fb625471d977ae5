"""The references of indicators and norms to the evidence (touchpoints, quotes, indicators):
which norms use an entity, and what the indicators and norms become when entities they refer
to are removed. Removal edits put these updates in the same undo step as the removal, so undo
brings the links back (klantreis/model/edits.py, klantreis/evidence/session.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from klantreis.model.journey import Journey
from klantreis.model.norms import Indicator, Norm

# per kind of evidence: the field that holds it, on indicators and on norms
_NORM_FIELD = {"touchpoint": "touchpoint_ids", "quote": "quote_ids", "indicator": "indicator_ids"}


def norms_using(journey: Journey, kind: str, item_ids: Iterable[str]) -> list[Norm]:
    """The norms whose evidence includes one of ``item_ids`` (of ``kind``), in list order."""
    field = _NORM_FIELD.get(kind)
    if field is None:
        return []
    ids = set(item_ids)
    return [n for n in journey.norms if ids & set(getattr(n, field))]


def unlinked(journey: Journey, kind: str, item_ids: Iterable[str]) -> list[Indicator | Norm]:
    """The indicators and norms that refer to one of ``item_ids`` (of ``kind``), as they are
    without those references (to be applied as updates before the removal)."""
    ids = set(item_ids)
    changed: list[Indicator | Norm] = []
    if kind == "touchpoint":
        for indicator in journey.indicators:
            if ids & set(indicator.touchpoint_ids):
                changed.append(replace(indicator, touchpoint_ids=tuple(
                    t for t in indicator.touchpoint_ids if t not in ids)))
    field = _NORM_FIELD.get(kind)
    if field is not None:
        for norm in norms_using(journey, kind, ids):
            changed.append(replace(norm, **{field: tuple(
                i for i in getattr(norm, field) if i not in ids)}))
    return changed
