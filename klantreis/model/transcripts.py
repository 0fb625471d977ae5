"""Source documents: an interview or focus-group transcript kept in the project, and the
passages of it that became quotes.

A transcript holds the text as Klantreis shows it (and exports it to REFI-QDA, whose positions
count characters of exactly this text), its turns (who speaks where, with the time stamps of a
.vtt or .srt), the speakers as the file names them with what each is (a respondent, the
interviewer, an interpreter), and where it came from (the file name, a checksum of the original
bytes, the date, the language). The original file is never changed or kept.

A quote made from a passage refers to its transcript and the passage's character positions
(``Quote.transcript_id``, ``passage_start``, ``passage_end``); the journey checks that the
transcript exists and the passage lies inside its text (klantreis/model/integrity.py).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from klantreis.model.checks import (
    _check_enum,
    _check_id,
    _check_language,
    _check_optional_id,
    _check_text,
    _check_timestamp,
)
from klantreis.model.enums import SpeakerRole, TranscriptFormat
from klantreis.model.errors import InvalidValue

MAX_TEXT = 50_000_000  # characters: a long day of focus groups is a few MB
_CHECKSUM_CHARS = frozenset("0123456789abcdef")


def _check_position(value, what: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidValue("invalid_position", what=what, value=str(value))


def check_passage(start, end, what: str = "passage") -> None:
    """A passage's positions: both or neither, whole numbers, start before end."""
    if start is None and end is None:
        return
    _check_position(start, f"begin van de {what}")
    _check_position(end, f"eind van de {what}")
    if end <= start:
        raise InvalidValue("empty_passage", what=what, start=start, end=end)


@dataclass(frozen=True)
class Speaker:
    """A speaker as the transcript names them ("R3", "Interviewer", a WebVTT voice) and who
    they are. A label that looks like a real name is replaced before import."""

    label: str
    role: SpeakerRole = SpeakerRole.UNKNOWN
    respondent_id: str | None = None

    def __post_init__(self) -> None:
        _check_text(self.label, "spreker", required=True, max_len=200)
        _check_enum(self.role, SpeakerRole, "rol van de spreker")
        _check_optional_id(self.respondent_id, "respondent van de spreker")
        if self.respondent_id is not None and self.role is not SpeakerRole.RESPONDENT:
            raise InvalidValue("speaker_not_respondent", label=self.label)


@dataclass(frozen=True)
class Turn:
    """A stretch of the text said by one speaker (a paragraph, a cue): characters
    ``start``..``end`` of the text, with the time range of a cue in milliseconds."""

    start: int
    end: int
    speaker: str = ""  # a Speaker's label; "" for a stretch without one
    begin_ms: int | None = None
    end_ms: int | None = None

    def __post_init__(self) -> None:
        check_passage(self.start, self.end, "beurt")
        _check_text(self.speaker, "spreker van de beurt", max_len=200)
        _check_position(self.begin_ms, "begintijd", optional=True)
        _check_position(self.end_ms, "eindtijd", optional=True)
        if (self.begin_ms is None) != (self.end_ms is None) or (
                self.begin_ms is not None and self.end_ms < self.begin_ms):
            raise InvalidValue("invalid_time_range", begin=str(self.begin_ms), end=str(self.end_ms))


@dataclass(frozen=True)
class Transcript:
    """A transcript kept in the project as a source document."""

    id: str
    name: str  # the file name it was read from, e.g. "interview R3.docx"
    text: str
    imported_at: str  # when it was read in (ISO time stamp)
    file_format: TranscriptFormat = TranscriptFormat.TXT
    checksum: str = ""  # SHA-256 of the original file's bytes, hex
    date: str = ""  # the date of the interview or session, as the researcher gives it
    language: str = "nl"
    group_id: str | None = None  # the focus group or session it records
    speakers: tuple[Speaker, ...] = ()
    turns: tuple[Turn, ...] = ()

    def __post_init__(self) -> None:
        _check_id(self.id, "transcript-id")
        _check_text(self.name, "naam van het transcript", required=True, max_len=300)
        _check_text(self.text, "tekst van het transcript", required=True, max_len=MAX_TEXT)
        _check_timestamp(self.imported_at, "geïmporteerd op")
        _check_enum(self.file_format, TranscriptFormat, "bestandssoort")
        if self.checksum and (len(self.checksum) != 64 or not set(self.checksum) <= _CHECKSUM_CHARS):
            raise InvalidValue("invalid_checksum", value=self.checksum[:80])
        _check_text(self.date, "datum van het transcript", max_len=100)
        _check_language(self.language, "taal van het transcript")
        _check_optional_id(self.group_id, "groep van het transcript")
        if not isinstance(self.speakers, tuple) or not all(isinstance(s, Speaker) for s in self.speakers):
            raise InvalidValue("not_text", what="sprekers")
        labels = [s.label for s in self.speakers]
        if len(set(labels)) != len(labels):
            raise InvalidValue("duplicate_speaker", label=next(x for x in labels if labels.count(x) > 1))
        if not isinstance(self.turns, tuple) or not all(isinstance(t, Turn) for t in self.turns):
            raise InvalidValue("not_text", what="beurten")
        known, size, previous = set(labels), len(self.text), 0
        for turn in self.turns:
            if turn.end > size or turn.start < previous:
                raise InvalidValue("turn_outside_text", start=turn.start, end=turn.end, size=size)
            if turn.speaker and turn.speaker not in known:
                raise InvalidValue("unknown_speaker", label=turn.speaker)
            previous = turn.end

    def speaker(self, label: str) -> Speaker | None:
        return next((s for s in self.speakers if s.label == label), None)

    def turn_at(self, position: int) -> Turn | None:
        """The turn that holds character ``position`` (None: between turns)."""
        index = bisect.bisect_right(self.turns, position, key=lambda t: t.start) - 1
        if index >= 0 and self.turns[index].start <= position < self.turns[index].end:
            return self.turns[index]
        return None

    def line_of(self, position: int) -> int:
        """The 1-based line number of character ``position`` (lines end at "\\n")."""
        return self.text.count("\n", 0, max(0, min(position, len(self.text)))) + 1
