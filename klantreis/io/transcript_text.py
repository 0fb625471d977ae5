"""The text of a transcript as Klantreis keeps it, whatever file it came from.

:func:`decode` turns the bytes of a text file into text (UTF-8 with or without BOM, UTF-16 with
a BOM, or without one, recognised by its zero bytes) with plain "\\n" line ends and without
invisible control characters; nothing else changes, so a .txt keeps its own lines. A Word
document or other zip file given a text file's name is refused with the advice to use .docx.

A subtitle file is written anew instead, one line per cue: :class:`Entry` is one turn as a
reader sees it (a time stamp, a speaker's label, the words said), and :func:`build` writes the
entries "[00:12:31] R3: what was said", recording for each turn the exact characters of the
words (Python string indices, i.e. code points, as REFI-QDA counts them) and where each label
stands (a :data:`LabelSpan`, so that a label can be replaced later).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable

from klantreis.io.fileio import detect_encoding
from klantreis.model.errors import TranscriptError
from klantreis.model.transcripts import MAX_TEXT, Turn

MAX_BYTES = 200_000_000  # a file larger than this is not a transcript (a few MB is a long day)
_LINE_ENDS = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# control characters a reader cannot see (tab and line end stay); NUL is refused before
_INVISIBLE = re.compile("[\x01-\x08\x0e-\x1f\x7f]")
_ZIP = b"PK\x03\x04"  # a .docx (or any zip file)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .doc, or a .docx locked with a password

# where a speaker's label stands in a transcript's text: (start, end, the label)
LabelSpan = tuple[int, int, str]


class TranscriptCancelled(TranscriptError):
    """The user cancelled reading a transcript (the progress callback returned False)."""


class Progress:
    """Calls ``callback(done, total)`` now and then; a callback that returns False (not merely
    something falsy such as None) cancels: :class:`TranscriptCancelled` is raised."""

    EVERY = 2000

    def __init__(self, callback: Callable[[int, int], bool] | None, name: str) -> None:
        self.callback = callback
        self.name = name
        self.total = 0
        self._next = 0

    def start(self, total: int) -> None:
        self.total = max(total, 1)
        self._next = 0
        self.tell(0)

    def step(self, done: int) -> None:
        if self.callback is not None and done >= self._next:
            self.tell(done)

    def tell(self, done: int) -> None:
        self._next = done + self.EVERY
        if self.callback is not None and self.callback(min(done, self.total), self.total) is False:
            raise TranscriptCancelled("transcript_cancelled", name=self.name)


def check_size(data: bytes, name: str) -> None:
    if len(data) > MAX_BYTES:
        raise TranscriptError("transcript_too_large", name=name, size=len(data) // 1_000_000,
                              limit=MAX_BYTES // 1_000_000)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(the text with "\\n" line ends, the encoding found) of the bytes of a text file. Bytes
    that are not UTF-8 or UTF-16 (or that hold NUL characters: not a text file; or that are a
    zip file or an old Word document) raise :class:`TranscriptError` naming the file and the
    line. Strict decoding lets no lone
    surrogate through, which the model would refuse."""
    check_size(data, name)
    if data.startswith(_ZIP):
        raise TranscriptError("transcript_zip_as_text", name=name)
    if data.startswith(OLE):
        raise TranscriptError("transcript_doc_as_text", name=name)
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].decode(encoding, "replace").count("\n") + 1
        raise TranscriptError("transcript_not_text", name=name, line=line) from None
    if encoding == "utf-16":
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
    text = text.removeprefix("\ufeff")
    if "\0" in text:
        raise TranscriptError("transcript_not_text", name=name,
                              line=text.count("\n", 0, text.index("\0")) + 1)
    return normalise(text), encoding


def normalise(text: str) -> str:
    """"\\n" for every kind of line end (CR LF, CR, the Unicode line and paragraph separators,
    vertical tab, form feed), so that line numbers count "\\n" only; invisible control
    characters left out."""
    if "\r" in text or not text.isascii() or "\x0b" in text or "\x0c" in text:
        text = _LINE_ENDS.sub("\n", text)
    return _INVISIBLE.sub("", text)


class Entry:
    """One turn as a reader sees it: a time stamp as written ("[00:12:31]"), a speaker's label
    ("" for none), the words (pieces joined by a space), the time range in ms."""

    __slots__ = ("begin_ms", "end_ms", "label", "pieces", "stamp")

    def __init__(self, label: str = "", words: str = "", stamp: str = "",
                 begin_ms: int | None = None, end_ms: int | None = None) -> None:
        self.label = label
        self.stamp = stamp
        self.begin_ms = begin_ms
        self.end_ms = end_ms
        self.pieces = [words] if words else []

    def add(self, words: str) -> None:
        if words:
            self.pieces.append(words)

    @property
    def words(self) -> str:
        return " ".join(self.pieces)


def build(entries: Iterable[Entry], name: str
          ) -> tuple[str, tuple[Turn, ...], tuple[str, ...], tuple[LabelSpan, ...]]:
    """(text, turns, speakers' labels in order of first appearance, where the labels stand)
    of ``entries``: one line per entry, "STAMP LABEL: words", each turn covering its words
    exactly. Entries without words are left out; nothing at all is :class:`TranscriptError`
    ("holds no text")."""
    parts: list[str] = []
    turns: list[Turn] = []
    spans: list[LabelSpan] = []
    position = 0
    for entry in entries:
        words = entry.words.strip()
        if not words:
            continue
        prefix = ""
        if entry.stamp:
            prefix = entry.stamp + " "
        if entry.label:
            spans.append((position + len(prefix), position + len(prefix) + len(entry.label),
                          entry.label))
            prefix += entry.label + ": "
        start = position + len(prefix)
        end = start + len(words)
        parts.append(prefix)
        parts.append(words)
        parts.append("\n")
        turns.append(Turn(start, end, entry.label, entry.begin_ms, entry.end_ms))
        position = end + 1
    text = "".join(parts)
    return (text, *finish(text, turns, name), tuple(spans))


def finish(text: str, turns: list[Turn], name: str) -> tuple[tuple[Turn, ...], tuple[str, ...]]:
    """(the turns, the speakers' labels in order of first appearance) of a transcript's text;
    a text without turns or too long raises :class:`TranscriptError`."""
    if not turns:
        raise TranscriptError("transcript_empty", name=name)
    if len(text) > MAX_TEXT:
        raise TranscriptError("transcript_too_large", name=name, size=len(text) // 1_000_000,
                              limit=MAX_TEXT // 1_000_000)
    return tuple(turns), tuple(dict.fromkeys(t.speaker for t in turns if t.speaker))


def clock(ms: int) -> str:
    """A time in ms as "hh:mm:ss" (the seconds rounded down), as transcripts write it."""
    seconds = ms // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def stamp_ms(stamp: str) -> int:
    """The time of a stamp such as "[00:12:31]", "(12:31)" or "00:12:31.5" in ms."""
    body = stamp.strip("[]() \t")
    whole, _, fraction = body.replace(",", ".").partition(".")
    parts = [int(p) for p in whole.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0)
    hours, minutes, seconds = parts
    ms = int(fraction.ljust(3, "0")[:3]) if fraction else 0
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms
