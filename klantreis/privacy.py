"""What may leave the app: internal notes and quotes marked internal never do.

Exports that go to other people (the JSON export, the PDF) take :func:`shareable` of the journey;
the project file itself keeps everything.
"""

from __future__ import annotations

from dataclasses import replace

from klantreis.journey import Journey


def shareable(journey: Journey) -> Journey:
    """A copy of ``journey`` without internal notes and without internal quotes."""
    copy = Journey(journey.info)
    for kind in ("phase", "actor", "touchpoint", "transition", "group", "respondent", "quote",
                 "score"):
        for item in journey.items(kind):
            if kind == "touchpoint" and item.internal_note:
                item = replace(item, internal_note="")
            elif kind == "quote" and item.internal:
                continue
            copy.add(item)
    return copy


def internal_content(journey: Journey) -> tuple[int, int]:
    """(touchpoints with an internal note, internal quotes): what :func:`shareable` leaves out."""
    return (sum(1 for tp in journey.touchpoints if tp.internal_note.strip()),
            sum(1 for q in journey.quotes if q.internal))
