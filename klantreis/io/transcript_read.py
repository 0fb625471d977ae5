"""Reading a transcript file: a .txt, a Word document (.docx), a WebVTT (.vtt) or SubRip (.srt)
subtitle file, chosen by the file name's extension.

:func:`parse_transcript` gives a :class:`ParsedTranscript`: the text as Klantreis keeps and
shows it, one line per turn ("R3: what was said"; a subtitle's cue with its time first,
"[00:12:31] R3: ..."), the turns (each covering exactly the words said, not the label or the
stamp, as Python string indices), the speakers' labels in order of first appearance, the
format, the SHA-256 of the original bytes and the encoding found. How speakers are found in
lines of text is in :mod:`klantreis.io.transcript_lines`, the Word and subtitle formats in
:mod:`klantreis.io.transcript_formats`. The original file is only read, never written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from klantreis.io.fileio import read_bytes
from klantreis.io.transcript_formats import docx_lines, subtitle_entries
from klantreis.io.transcript_lines import entries_from_lines
from klantreis.io.transcript_text import Progress, TranscriptCancelled, build, decode
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
        lines, sure = docx_lines(data, shown)
        entries = entries_from_lines(lines, steps, sure)
    else:
        text, encoding = decode(data, shown)
        if not text.strip():
            raise TranscriptError("transcript_empty", name=shown)
        if file_format is TranscriptFormat.TXT:
            entries = entries_from_lines(text.split("\n"), steps)
        else:
            entries = subtitle_entries(text, shown, file_format.value, steps)
    text, turns, speakers = build(entries, shown)
    return ParsedTranscript(text, turns, speakers, file_format, hashlib.sha256(data).hexdigest(),
                            encoding)


def read_transcript(path: str | os.PathLike[str], *,
                    progress: Callable[[int, int], bool] | None = None) -> ParsedTranscript:
    """:func:`parse_transcript` of the file at ``path`` (read, never written): a missing or
    unreadable file raises :class:`TranscriptError` too."""
    path = Path(path)
    transcript_format(path.name)  # (an unknown kind of file is refused before it is read)
    return parse_transcript(read_bytes(path, TranscriptError), path.name, progress=progress)
