"""What Klantreis writes in the Description of a REFI-QDA ``TextSource`` (exports/qdpx_model.py)
and reads back from it (klantreis/io/qdpx_import.py): what the source is, and for a transcript
what the standard has no place for.

The lines are "Label: value" as in a selection's Description (klantreis/io/refi_qda.py)::

    Klantreis: transcript                     (or "citaten zonder transcript": a generated source)
    Bestandssoort: vtt
    Datum: 2021-06-01
    Taal: nl
    Controlegetal bestand: <SHA-256 of the original file>
    Controlegetal tekst: <SHA-256 of the source text as written>
    Sprekers: ["R1", "respondent", "R1"]      (label, role, respondent code; one a line)
        ["Interviewer", "interviewer", ""]
    Beurten: [0, 52, "R1", 1000, 4000]        (start, end, speaker, cue begin and end in ms)
        [53, 90, "Interviewer", null, null]

They are trusted only when they are consistent: the "Klantreis" line names a kind, the text's
checksum is the one written (so the positions count characters of exactly this text: no
program changed it on the way), and the speakers and turns make a valid transcript (positions
inside the text, in order, every turn's speaker among the speakers). Otherwise they are ignored
as a whole, and the import says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from klantreis.io.qdpx_project import QdpxSource
from klantreis.io.refi_qda import (
    KIND_LIVE,
    KIND_TRANSCRIPT,
    describe,
    parse_description,
    text_checksum,
)
from klantreis.messages import message
from klantreis.model.entities import Transcript, TranscriptFormat, new_id
from klantreis.model.enums import SpeakerRole
from klantreis.model.transcripts import Speaker, Turn

Moved = Callable[..., int]  # a position of the transcript -> the same place in the written text


def transcript_description(transcript: Transcript, text: str, moved: Moved,
                           code_of: Callable[[str | None], str]) -> str:
    """The Description of ``transcript`` written as ``text`` (its internal passages replaced;
    ``moved(position, end=...)`` says where a position went). A turn wholly inside a replaced
    passage is left out; one partly inside keeps the rest. A speaker's label goes only where the
    written text shows it: a label found nowhere in it (a name replaced in the text by the
    privacy check, a speaker of internal passages only) is left out, its turns without one."""
    shown = {s.label for s in transcript.speakers if s.label in text}
    turns = []
    for turn in transcript.turns:
        start, end = moved(turn.start), moved(turn.end, end=True)
        if start < end:
            speaker = turn.speaker if turn.speaker in shown else ""
            turns.append(json.dumps([start, end, speaker, turn.begin_ms, turn.end_ms], ensure_ascii=False))
    speakers = [json.dumps([s.label, s.role.value, code_of(s.respondent_id)], ensure_ascii=False)
                for s in transcript.speakers if s.label in shown]
    return describe([
        ("kind", KIND_TRANSCRIPT), ("format", transcript.file_format.value), ("date", transcript.date),
        ("language", transcript.language), ("checksum", transcript.checksum),
        ("text_checksum", text_checksum(text)), ("speakers", "\n".join(speakers)),
        ("turns", "\n".join(turns))])


def live_description(text: str) -> str:
    """The Description of a generated source of quotes captured live."""
    return describe([("kind", KIND_LIVE), ("text_checksum", text_checksum(text))])


@dataclass(frozen=True)
class SourceLines:
    """The Klantreis lines of a source, found consistent."""

    kind: str  # KIND_TRANSCRIPT or KIND_LIVE
    file_format: TranscriptFormat = TranscriptFormat.QDPX
    date: str = ""
    language: str = "nl"
    checksum: str = ""
    speakers: tuple[tuple[str, SpeakerRole, str], ...] = ()  # (label, role, respondent code)
    turns: tuple[Turn, ...] = ()


def read_lines(source: QdpxSource) -> tuple[SourceLines | None, str | None]:
    """The Klantreis lines of ``source`` (None when it has none, or they are not consistent),
    and a note for the report when there were lines that could not be trusted."""
    fields = parse_description(source.description)
    kind = fields.get("kind", "").strip()
    if not kind:
        return None, None
    if kind not in (KIND_TRANSCRIPT, KIND_LIVE) or fields.get("text_checksum", "").strip() != text_checksum(
            source.text):
        return None, message("qdpx_note_source_lines_changed", name=source.name)
    if kind == KIND_LIVE:
        return SourceLines(kind), None
    try:
        lines = SourceLines(
            kind, TranscriptFormat(fields.get("format", "").strip()), fields.get("date", ""),
            fields.get("language", "nl").strip(), fields.get("checksum", "").strip(),
            tuple(_speaker(line) for line in _rows(fields.get("speakers"))),
            tuple(_turn(line) for line in _rows(fields.get("turns"))))
        # the whole of it as a transcript: positions inside the text and in order, every
        # speaker of a turn known, language, checksum and date valid
        Transcript("check", "check", source.text, "2000-01-01T00:00:00", lines.file_format,
                   lines.checksum, lines.date, lines.language, None,
                   tuple(Speaker(label, role) for label, role, _ in lines.speakers), lines.turns)
    except (ValueError, TypeError, KeyError):  # (InvalidValue is a ValueError too)
        return None, message("qdpx_note_source_lines_broken", name=source.name)
    return lines, None


def _rows(value: str | None) -> list:
    return [json.loads(line) for line in (value or "").split("\n") if line.strip()]


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _number(value) -> int | None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise TypeError(value)
    return value


def _speaker(row) -> tuple[str, SpeakerRole, str]:
    label, role, code = row  # (a row of another length: ValueError)
    return _text(label), SpeakerRole(_text(role)), _text(code)


def _turn(row) -> Turn:
    start, end, speaker, begin_ms, end_ms = row
    if start is None or end is None:
        raise TypeError(row)
    return Turn(_number(start), _number(end), _text(speaker), _number(begin_ms), _number(end_ms))


def transcript_of(source: QdpxSource, lines: SourceLines | None, *, now: str, group_id: str | None,
                  respondent_of: Callable[[str], str | None]) -> tuple[Transcript, int]:
    """The transcript ``source`` becomes, with what its Klantreis ``lines`` keep (speakers,
    turns, date, language, format, checksum); ``respondent_of`` gives the respondent id of a
    respondent code. Also the number of speakers whose respondent is not in the import or the
    journey (kept as respondents without one)."""
    name = (source.name.strip() or source.guid)[:300]
    if lines is None:
        return Transcript(new_id(), name, source.text, now, TranscriptFormat.QDPX,
                          text_checksum(source.text), group_id=group_id), 0
    speakers, unlinked = [], 0
    for label, role, code in lines.speakers:
        respondent_id = respondent_of(code) if code and role is SpeakerRole.RESPONDENT else None
        unlinked += bool(code) and respondent_id is None
        speakers.append(Speaker(label, role, respondent_id))
    return Transcript(new_id(), name, source.text, now, lines.file_format, lines.checksum, lines.date,
                      lines.language, group_id, tuple(speakers), lines.turns), unlinked
