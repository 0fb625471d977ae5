"""Reading a transcript file: a .txt, a Word document (.docx), a WebVTT (.vtt) or SubRip (.srt)
subtitle file, chosen by the file name's extension.

:func:`parse_transcript` gives a :class:`ParsedTranscript`: the text as Klantreis keeps and
shows it, the turns (each covering exactly the words said, not the label or the stamp, as
Python string indices; a turn may span several lines), where the speakers' labels stand, the
labels in order of first appearance, the format, the SHA-256 of the original bytes and the
encoding found.

The text of a .txt is the file's own, line for line (line ends made "\\n", invisible control
characters left out, nothing joined or dropped), so that line N of the text, as a quote's source
"r. N" gives it, is line N of the file; a Word document's text has one line per paragraph and per
table row, as Word numbers them. A subtitle file's text has one line per cue, its time first,
"[00:12:31] R3: ..." (a quote's source gives the time there). How speakers are found in lines
of text is in :mod:`klantreis.io.transcript_lines` and :mod:`klantreis.io.transcript_labels`,
the Word and subtitle formats in :mod:`klantreis.io.transcript_formats`. The original file is
only read, never written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from klantreis.io.fileio import read_bytes
from klantreis.io.transcript_formats import docx_lines, subtitle_entries
from klantreis.io.transcript_lines import turns_from_lines, units_of
from klantreis.io.transcript_text import (
    LabelSpan,
    Progress,
    TranscriptCancelled,
    build,
    decode,
    finish,
)
from klantreis.model.enums import TranscriptFormat
from klantreis.model.errors import TranscriptError
from klantreis.model.transcripts import Turn

__all__ = ["EXTENSIONS", "ParsedTranscript", "TranscriptCancelled", "parse_transcript",
           "read_transcript", "transcript_format"]

EXTENSIONS: dict[str, TranscriptFormat] = {
    ".txt": TranscriptFormat.TXT, ".docx": TranscriptFormat.DOCX,
    ".vtt": TranscriptFormat.VTT, ".srt": TranscriptFormat.SRT,
}


@dataclass(frozen=True)
class ParsedTranscript:
    """A transcript as read from a file, before it is given its speakers' roles and added."""

    text: str
    turns: tuple[Turn, ...]
    speakers: tuple[str, ...]  # labels in order of first appearance
    file_format: TranscriptFormat
    checksum: str  # sha256 hex of the original bytes
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be"; "" for a Word document
    # where each speaker's label stands in the text (start, end, label), to replace it
    label_spans: tuple[LabelSpan, ...] = ()


def transcript_format(name: str) -> TranscriptFormat:
    """The format a file name's extension stands for; anything else raises
    :class:`TranscriptError`."""
    found = EXTENSIONS.get(Path(name).suffix.lower())
    if found is None:
        raise TranscriptError("transcript_unknown_extension", name=Path(name).name or name)
    return found


def parse_transcript(data: bytes, name: str, *,
                     progress: Callable[[int, int], bool] | None = None) -> ParsedTranscript:
    """The transcript in ``data``, read as the extension of ``name`` says. ``progress(done,
    total)`` is called now and then while the turns are found; returning False cancels
    (:class:`TranscriptCancelled`). A file that cannot be read raises :class:`TranscriptError`
    with a Dutch message naming it."""
    file_format = transcript_format(name)
    shown = Path(name).name or name
    steps = Progress(progress, shown)
    encoding = ""
    if file_format is TranscriptFormat.DOCX:
        text, units, sure = docx_lines(data, shown)
        found, spans = turns_from_lines(units, steps, sure)
    else:
        text, encoding = decode(data, shown)
        if not text.strip():
            raise TranscriptError("transcript_empty", name=shown)
        if file_format is not TranscriptFormat.TXT:
            entries = subtitle_entries(text, shown, file_format.value, steps)
            text, turns, speakers, labels = build(entries, shown)
            return ParsedTranscript(text, turns, speakers, file_format,
                                    hashlib.sha256(data).hexdigest(), encoding, labels)
        found, spans = turns_from_lines(units_of(text), steps)
    turns, speakers = finish(text, found, shown)
    return ParsedTranscript(text, turns, speakers, file_format, hashlib.sha256(data).hexdigest(),
                            encoding, tuple(spans))


def read_transcript(path: str | os.PathLike[str], *,
                    progress: Callable[[int, int], bool] | None = None) -> ParsedTranscript:
    """:func:`parse_transcript` of the file at ``path`` (read, never written): a missing or
    unreadable file raises :class:`TranscriptError` too."""
    path = Path(path)
    transcript_format(path.name)  # (an unknown kind of file is refused before it is read)
    return parse_transcript(read_bytes(path, TranscriptError), path.name, progress=progress)
