"""What may leave the app: internal notes and quotes marked internal never do.

Exports that go to other people (the JSON export, the quote CSV, the PDF) leave out internal
notes, internal quotes and private attributes; the project file itself keeps everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from klantreis.journey import Journey


def shareable(journey: Journey, narrow: Callable[[str, Any], Any] | None = None) -> Journey:
    """A copy of ``journey`` without internal notes, internal quotes and the attributes the
    project marks private. ``narrow(kind, item)``, when given, sees each item that may leave
    and returns it (perhaps changed) or None to leave it out as well: one copy for an export
    that shows less (the PDF)."""
    private = private_attributes(journey)
    copy = Journey(journey.info)
    for kind in ("phase", "actor", "touchpoint", "transition", "group", "respondent", "quote",
                 "score"):
        for item in journey.items(kind):
            if kind == "touchpoint" and item.internal_note:
                item = replace(item, internal_note="")
            elif kind == "quote" and item.internal:
                continue
            elif kind == "respondent" and private:
                item = replace(item, attributes=tuple((n, v) for n, v in item.attributes
                                                      if n.casefold() not in private))
            if narrow is not None:
                item = narrow(kind, item)
                if item is None:
                    continue
            copy.add(item)
    return copy


def private_attributes(journey: Journey) -> frozenset[str]:
    """The attribute names (case-folded) that never leave the app."""
    return frozenset(name.casefold() for name in journey.info.privacy.private_attributes)


def internal_content(journey: Journey) -> tuple[int, int]:
    """(touchpoints with an internal note, internal quotes): what :func:`shareable` leaves out."""
    return (sum(1 for tp in journey.touchpoints if tp.internal_note.strip()),
            sum(1 for q in journey.quotes if q.internal))
