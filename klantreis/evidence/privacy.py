"""What may leave the app: internal notes and quotes marked internal never do.

Exports that go to other people (the JSON export, the quote CSV, the PDF) leave out internal
notes, internal quotes, private attributes (their values and their names), group notes, the
project's privacy settings (its word list holds the very names the check looks for) and the
transcripts (whole interviews: what the interviewer and others said, and the passages of
internal quotes; a quote keeps its text and source, not its place in the transcript). The REFI-QDA
export, made to carry sources, takes transcripts on its own terms. The project file itself keeps
everything, and so does ``convert`` (the lossless format).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from klantreis.messages import message
from klantreis.model.journey import KINDS, Journey
from klantreis.model.settings import PrivacySettings


def shareable(journey: Journey, narrow: Callable[[str, Any], Any] | None = None) -> Journey:
    """A copy of ``journey`` without internal notes, internal quotes, group notes, the
    attributes the project marks private (values and names) and the privacy settings.
    ``narrow(kind, item)``, when given, sees each item that may leave and returns it (perhaps
    changed) or None to leave it out as well: one copy for an export that shows less (the PDF)."""
    private = private_attributes(journey)
    info = journey.info
    copy = Journey(replace(info, privacy=PrivacySettings(), attribute_names=tuple(
        n for n in info.attribute_names if n.casefold() not in private)))
    for kind in KINDS:
        for item in journey.items(kind):
            if kind in ("indicator", "norm"):  # evidence that does not leave is not cited either
                item = _cited_in(copy, item)
            if kind == "touchpoint" and item.internal_note:
                item = replace(item, internal_note="")
            elif kind == "group" and item.note:
                item = replace(item, note="")
            elif kind == "quote" and item.internal or kind == "transcript":
                continue
            elif kind == "quote" and item.transcript_id is not None:
                item = replace(item, transcript_id=None, passage_start=None, passage_end=None)
            elif kind == "respondent" and private:
                item = replace(item, attributes=tuple((n, v) for n, v in item.attributes
                                                      if n.casefold() not in private))
            if narrow is not None:
                item = narrow(kind, item)
                if item is None:
                    continue
            copy.add(item)
    return copy


def _cited_in(copy: Journey, item):
    """An indicator or norm that refers only to the touchpoints, quotes and indicators ``copy``
    holds (an internal quote, a touchpoint outside the chosen phases: not cited)."""
    fields = {"touchpoint_ids": "touchpoint", "quote_ids": "quote", "indicator_ids": "indicator"}
    changes = {name: tuple(i for i in getattr(item, name) if copy.find(kind, i) is not None)
               for name, kind in fields.items() if hasattr(item, name)}
    return replace(item, **changes)


def private_attributes(journey: Journey) -> frozenset[str]:
    """The attribute names (case-folded) that never leave the app."""
    return frozenset(name.casefold() for name in journey.info.privacy.private_attributes)


def internal_content(journey: Journey) -> tuple[int, int]:
    """(touchpoints with an internal note, internal quotes): what :func:`shareable` leaves out."""
    return (sum(1 for tp in journey.touchpoints if tp.internal_note.strip()),
            sum(1 for q in journey.quotes if q.internal))


def withheld(journey: Journey) -> list[str]:
    """What a shareable export leaves out and a lossless copy keeps, in words (empty when there
    is nothing): for the warning of ``convert``."""
    notes, quotes = internal_content(journey)
    private = private_attributes(journey)
    counts = (
        ("withheld_notes", notes),
        ("withheld_quotes", quotes),
        ("withheld_group_notes", sum(1 for g in journey.groups if g.note.strip())),
        ("withheld_private", sum(1 for r in journey.respondents for n, _ in r.attributes
                                 if n.casefold() in private)),
        ("withheld_words", len(journey.info.privacy.words)),
        ("withheld_transcripts", len(journey.transcripts)),
    )
    return [message(code, count=count) for code, count in counts if count]
