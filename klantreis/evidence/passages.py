"""Coding a passage of a transcript: the quote it becomes, where it came from, and the quotes
made from one transcript (for highlighting them in its text).

A passage is characters ``start``..``end`` of the transcript's text (Python string indices, as
a text widget's selection gives them after conversion). The quote holds the passage stripped
of white space around it, and where the selection began or ended on a speaker's label or time
stamp ("R3: ", "[00:12:31] "), the passage starts at the words said and ends with them. A
passage may span several turns: its text then holds them as the transcript shows them, labels
between included, and its respondent is the speaker of the turn where it starts.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from klantreis.messages import message
from klantreis.model.edits import Remove, Sequence, Update
from klantreis.model.entities import Provenance, Quote, Sentiment, new_id
from klantreis.model.enums import SpeakerRole, TranscriptFormat
from klantreis.model.errors import InvalidValue, TranscriptError
from klantreis.model.journey import Journey
from klantreis.model.transcripts import Transcript, Turn

_TIMED = (TranscriptFormat.VTT, TranscriptFormat.SRT)


def _clock(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _turns_in(transcript: Transcript, start: int, end: int) -> list[Turn]:
    """The turns that share at least one character with start..end, in order."""
    turns = transcript.turns
    first = max(0, bisect.bisect_right(turns, start, key=lambda t: t.start) - 1)
    found = []
    for turn in turns[first:]:
        if turn.start >= end:
            break
        if turn.end > start:
            found.append(turn)
    return found


def passage_source(transcript: Transcript, start: int, end: int) -> str:
    """Where a passage is, as a quote's source: "transcript interview R3.txt r. 120-124" (its
    lines; "r. 120" for one), or for a subtitle file with cue times the time range,
    "transcript interview R3.vtt 00:42:10-00:42:31"."""
    name = transcript.name
    if transcript.file_format in _TIMED:
        timed = [t for t in _turns_in(transcript, start, end) if t.begin_ms is not None]
        if timed:
            begin, finish = _clock(timed[0].begin_ms), _clock(timed[-1].end_ms)
            if begin == finish:
                return message("transcript_source_time", name=name, begin=begin)
            return message("transcript_source_times", name=name, begin=begin, end=finish)
    first = transcript.line_of(start)
    last = transcript.line_of(max(start, end - 1))
    if first == last:
        return message("transcript_source_line", name=name, first=first)
    return message("transcript_source_lines", name=name, first=first, last=last)


def passage_bounds(transcript: Transcript, start: int, end: int) -> tuple[int, int]:
    """The passage start..end as it is quoted: white space around it left out, and a start or
    end on a label or stamp between turns moved to the words said. Raises InvalidValue for
    positions outside the text, :class:`TranscriptError` when nothing said remains."""
    text = transcript.text
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise InvalidValue("passage_outside_transcript", start=start, end=end, size=len(text))
    if transcript.turns:
        inside = _turns_in(transcript, start, end)
        if not inside:
            raise TranscriptError("transcript_passage_blank")
        start = max(start, inside[0].start)
        end = min(end, inside[-1].end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise TranscriptError("transcript_passage_blank")
    return start, end


def passage_owner(journey: Journey, transcript: Transcript, start: int) -> tuple[str | None, str | None]:
    """Whose a passage starting at ``start`` (a quoted start, see :func:`passage_bounds`) is:
    (respondent id, group id). The respondent is the speaker of the turn holding ``start``
    when that speaker is a respondent; the group is that respondent's, else the transcript's."""
    respondent_id = None
    turn = transcript.turn_at(start)
    speaker = transcript.speaker(turn.speaker) if turn is not None and turn.speaker else None
    if speaker is not None and speaker.role is SpeakerRole.RESPONDENT:
        respondent_id = speaker.respondent_id
    group_id = transcript.group_id
    if respondent_id is not None:
        respondent = journey.find("respondent", respondent_id)
        if respondent is not None and respondent.group_id is not None:
            group_id = respondent.group_id
    return respondent_id, group_id


def quote_from_passage(journey: Journey, transcript: Transcript, start: int, end: int, *,
                       touchpoint_id: str | None = None, sentiment: Sentiment = Sentiment.UNKNOWN,
                       captured_at: str, quote_id: str | None = None) -> Quote:
    """The quote that passage start..end of ``transcript`` becomes (see the module for the
    bounds): verbatim, in the transcript's language, its source the lines or times of the
    passage. The respondent is the speaker of the turn where the passage starts, when that
    speaker is a respondent; the group is that respondent's, else the transcript's. The
    perspective is left to the group (None), as a quote captured in the room: it follows the
    group when the group is corrected later. The quote is not added: the caller adds it as
    one step (e.g. ``Insert(quote, code="edit_code_passage")``)."""
    start, end = passage_bounds(transcript, start, end)
    respondent_id, group_id = passage_owner(journey, transcript, start)
    return Quote(
        id=quote_id or new_id(), text=transcript.text[start:end], language=transcript.language,
        touchpoint_id=touchpoint_id, respondent_id=respondent_id, group_id=group_id,
        sentiment=sentiment, provenance=Provenance.LETTERLIJK, captured_at=captured_at,
        source=passage_source(transcript, start, end), transcript_id=transcript.id,
        passage_start=start, passage_end=end)


def passages_of(journey: Journey, transcript_id: str) -> list[Quote]:
    """The quotes made from passages of the transcript, by position (start, then end)."""
    return sorted((q for q in journey.quotes if q.transcript_id == transcript_id),
                  key=lambda q: (q.passage_start, q.passage_end, q.id))


def remove_transcript_edit(journey: Journey, transcript_id: str):
    """One undoable step that removes a transcript: the quotes made from it stay, with their
    text and source, but no longer point at a place in it (their passage is let go first)."""
    let_go = [Update(replace(q, transcript_id=None, passage_start=None, passage_end=None),
                     code="edit_remove_transcript") for q in passages_of(journey, transcript_id)]
    return Sequence([*let_go, Remove("transcript", transcript_id, code="edit_remove_transcript")],
                    "edit_remove_transcript")
