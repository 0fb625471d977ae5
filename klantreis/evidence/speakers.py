"""Correcting who speaks in a transcript after its import: each speaker's role and respondent,
and the transcript's group, date and language; the labels (and so the text) stay as they are.

The quotes made from its passages can follow: a quote takes the respondent and group that
:func:`klantreis.evidence.passages.quote_from_passage` would now give it, when that decision
changes (its starting turn's speaker became another respondent, or stopped or started being
one; or, for a quote whose group comes from the transcript, the transcript's group changed).
Quotes whose decision stays the same keep what they have, also a respondent or group the
researcher set by hand. One undoable step for all of it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from klantreis.evidence.passages import passage_owner, passages_of
from klantreis.model.edits import Sequence, Update
from klantreis.model.entities import Quote
from klantreis.model.errors import InvalidValue
from klantreis.model.journey import Journey
from klantreis.model.transcripts import Speaker, Transcript

CODE = "edit_transcript_speakers"


def _corrected(transcript: Transcript, speakers: Iterable[Speaker], group_id: str | None,
               **fields: str) -> Transcript:
    """``transcript`` with ``speakers`` (one per label of the transcript, in any order; kept in
    the transcript's order), ``group_id`` and ``fields``. InvalidValue for a label the
    transcript does not have, one given twice, or one left out."""
    given: dict[str, Speaker] = {}
    for speaker in speakers:
        if transcript.speaker(speaker.label) is None:
            raise InvalidValue("transcript_label_unknown", label=speaker.label)
        if speaker.label in given:
            raise InvalidValue("duplicate_speaker", label=speaker.label)
        given[speaker.label] = speaker
    missing = [s.label for s in transcript.speakers if s.label not in given]
    if missing:
        raise InvalidValue("unknown_speaker", label=missing[0])
    ordered = tuple(given[s.label] for s in transcript.speakers)
    return replace(transcript, speakers=ordered, group_id=group_id, **fields)


def _following(journey: Journey, before: Transcript, after: Transcript) -> list[Quote]:
    moved = []
    for quote in passages_of(journey, before.id):
        old = passage_owner(journey, before, quote.passage_start)
        new = passage_owner(journey, after, quote.passage_start)
        if old != new and (quote.respondent_id, quote.group_id) != new:
            moved.append(replace(quote, respondent_id=new[0], group_id=new[1]))
    return moved


def quotes_following(journey: Journey, transcript_id: str, speakers: Iterable[Speaker],
                     group_id: str | None) -> list[Quote]:
    """The quotes made from passages of the transcript that would get another respondent or
    group with these ``speakers`` and ``group_id`` (see the module), as they would become
    (same ids), by position in the text. Raises NotFound for an unknown transcript and
    InvalidValue for speakers that do not match its labels."""
    transcript = journey.get("transcript", transcript_id)
    return _following(journey, transcript, _corrected(transcript, speakers, group_id))


def speakers_edit(journey: Journey, transcript_id: str, speakers: Iterable[Speaker], *,
                  group_id: str | None, date: str, language: str, update_quotes: bool):
    """One undoable step ("sprekers wijzigen") that gives the transcript these ``speakers``
    (the same labels: see :func:`quotes_following`), ``group_id``, ``date`` and ``language``
    and, with ``update_quotes``, lets the quotes that follow take their new respondent and
    group. None when nothing would change. The respondents and the group must exist (the
    journey checks them when the step is applied)."""
    transcript = journey.get("transcript", transcript_id)
    corrected = _corrected(transcript, speakers, group_id, date=date, language=language)
    if corrected == transcript:
        return None
    quotes = _following(journey, transcript, corrected) if update_quotes else []
    return Sequence([Update(corrected, code=CODE), *(Update(q, code=CODE) for q in quotes)], CODE)
