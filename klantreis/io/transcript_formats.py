"""The file formats of transcripts besides plain text: Word documents (python-docx) and subtitle
files, WebVTT and SubRip (webvtt-py). A Word document gives its text, one line per paragraph
(as Word numbers them) and per table row, with the lines for
:mod:`klantreis.io.transcript_lines`; a subtitle file gives the entries of
:mod:`klantreis.io.transcript_text`, one per cue. A file that is not what its name says raises
:class:`TranscriptError` with a clear message.
"""

from __future__ import annotations

import html
import io
import re
import zipfile

from klantreis.io.transcript_labels import LABEL_AT_START, accepted_labels, clean_label, is_label
from klantreis.io.transcript_lines import Unit
from klantreis.io.transcript_text import OLE, Entry, Progress, check_size, clock, normalise
from klantreis.model.errors import TranscriptError

MAX_WORD_XML = 400_000_000  # bytes of word/document.xml unpacked (a zip bomb is refused)
# the first row of a two-column transcript table when it names the columns
_HEADER_WORDS = frozenset(("spreker", "speaker", "wie", "naam", "name", "persoon", "rol",
                           "tijd", "time", "tijdcode"))
_TABLE_STAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?")


# ----------------------------------------------------------------------------- Word


def docx_lines(data: bytes, name: str) -> tuple[str, list[Unit], set[str]]:
    """(the text, its lines, the labels the tables name as speakers) of a Word document: one
    line per paragraph, in order (a line break inside a paragraph is written as a space, but
    still starts a speaker's turn when a label follows it), and one line per table row; a row
    "speaker | text" (or "time | speaker | text") becomes the line "speaker: text" (or "[time]
    speaker: text"), a row naming the columns a line that is no part of a turn."""
    check_size(data, name)
    document = _open_docx(data, name)
    from docx.table import Table

    rows: list[tuple[list[str], bool]] = []  # (the pieces of a line, said)
    sure: set[str] = set()
    try:
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                rows.extend(_table_lines(block, sure))
            else:
                rows.append((normalise(block.text).split("\n"), True))
    except (KeyError, ValueError, AttributeError, IndexError) as error:  # (a malformed part)
        raise TranscriptError("transcript_not_word", name=name) from error
    units: list[Unit] = []
    lines: list[str] = []
    offset = 0
    for pieces, said in rows:
        for number, piece in enumerate(pieces):
            units.append(Unit(offset, piece, number == 0, said))
            offset += len(piece) + 1
        lines.append(" ".join(pieces))
    return "".join(line + "\n" for line in lines), units, sure


def _open_docx(data: bytes, name: str):
    if data.startswith(OLE):
        raise TranscriptError("transcript_old_word", name=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
    except zipfile.BadZipFile:
        raise TranscriptError("transcript_not_zip", name=name) from None
    except (KeyError, OSError, ValueError, EOFError, NotImplementedError):
        raise TranscriptError("transcript_not_word", name=name) from None
    if info.file_size > MAX_WORD_XML:
        raise TranscriptError("transcript_too_large", name=name, size=info.file_size // 1_000_000,
                              limit=MAX_WORD_XML // 1_000_000)
    import docx  # (python-docx: loaded when a Word document is read, not at start-up)

    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise TranscriptError("transcript_not_zip", name=name) from None
    except Exception:  # noqa: BLE001 (python-docx raises many kinds for a damaged package)
        raise TranscriptError("transcript_not_word", name=name) from None


def _table_lines(table, sure: set[str]) -> list[tuple[list[str], bool]]:
    lines = []
    for number, row in enumerate(table.rows):
        cells, seen = [], set()
        for cell in row.cells:  # (a merged cell comes once per column it spans)
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(" ".join(normalise(cell.text).split()))
        cells = [c for c in cells if c]
        stamp = ""
        if len(cells) >= 3 and _TABLE_STAMP.fullmatch(cells[0]):
            stamp = cells.pop(0)
            stamp = stamp if stamp.startswith(("[", "(")) else f"[{stamp}]"
        label = clean_label(cells[0].removesuffix(":")) if cells else ""
        if number == 0 and label.casefold() in _HEADER_WORDS:
            lines.append(([" ".join(cells)], False))
        elif len(cells) >= 2 and is_label(label):
            sure.add(label)
            lines.append(([f"{stamp} {label}: {' '.join(cells[1:])}".strip()], True))
        else:
            lines.append(([" ".join(([stamp] if stamp else []) + cells)], True))
    return lines


# ----------------------------------------------------------------------------- subtitles

_VOICE = re.compile(r"<v(?:\.[^\s>]*)*\s+([^>]*)>")
_TAG = re.compile(r"<[^<>]*>")
_ASS_TAG = re.compile(r"\{\\[^{}]*\}")  # {\an8}: a position some .srt files carry


def subtitle_entries(text: str, name: str, kind: str, progress: Progress) -> list[Entry]:
    """One entry per cue of a WebVTT (``kind`` "vtt") or SubRip ("srt") text, "[00:12:31]
    R3: ..." with the cue's time range; a cue in which another speaker starts (a voice tag, a
    "Label:" line) gives one entry per speaker, each with the cue's times. The speaker comes
    from a voice tag (<v R3>) or a label at the start of the cue's text, judged as in a .txt
    file (:func:`klantreis.io.transcript_labels.accepted_labels`). A WebVTT cue that cannot be
    read is refused rather than left out, so nothing said is lost unnoticed, and so is a cue
    that ends before it begins."""
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    code = "transcript_not_vtt" if kind == "vtt" else "transcript_not_srt"
    try:
        if kind == "vtt":
            captions = webvtt.from_string(text, strict=True).captions
        else:
            captions = webvtt.from_buffer(io.StringIO(text.lstrip()), format="srt").captions
    except (MalformedFileError, MalformedCaptionError, ValueError, IndexError):
        raise TranscriptError(code, name=name) from None
    cues = []
    for number, caption in enumerate(captions):
        if caption.end_time.in_milliseconds() < caption.start_time.in_milliseconds():
            _backwards(text, name, number, len(captions), kind)
        lines = []
        for raw in caption.lines:
            voice = _VOICE.search(raw)
            plain = html.unescape(_TAG.sub("", _ASS_TAG.sub("", raw))).strip()
            speaker = clean_label(voice.group(1))[:100] if voice else ""
            lines.append((speaker or None, plain))
        cues.append((caption.start_time.in_milliseconds(), caption.end_time.in_milliseconds(),
                     lines))
    voices = {v for _, _, lines in cues for v, _ in lines if v}
    found = (_label_of(plain) for _, _, lines in cues for v, plain in lines if not v)
    accepted = accepted_labels((label for label, _ in found if label), voices)
    progress.start(len(cues))
    entries: list[Entry] = []
    for number, (begin, end, lines) in enumerate(cues):
        progress.step(number)
        stamp = f"[{clock(begin)}]"
        current: Entry | None = None
        for voice, plain in lines:
            label, words = (voice, plain) if voice else _label_of(plain)
            if label is not None and label not in accepted:
                label, words = None, plain
            if current is not None and (label is None or label == current.label):
                current.add(words)
                continue
            current = Entry(label or "", words, stamp, begin, max(begin, end))
            entries.append(current)
    progress.tell(len(cues))
    return entries


def _label_of(line: str) -> tuple[str | None, str]:
    """(the label at the start of a line of a cue, the words after it), or (None, the line)."""
    match = LABEL_AT_START.match(line)
    if match is None:
        return None, line
    label = clean_label(match.group("label"))
    return (label, line[match.end():].strip()) if is_label(label) else (None, line)


_TIMING = re.compile(r"[ \t]*\d[\d:.,]*[ \t]*-->[ \t]*\d")


def _backwards(text: str, name: str, index: int, count: int, kind: str) -> None:
    """Refuse the cue ``index`` (of ``count``), which ends before it begins, naming it: the
    line of its times in the file and, in a SubRip file, its number."""
    lines = text.split("\n")
    timings = [number for number, line in enumerate(lines) if _TIMING.match(line)]
    if len(timings) != count:  # (a line of text that looks like times: the place is unsure)
        raise TranscriptError("transcript_cue_backwards", name=name, cue=index + 1)
    line = timings[index]
    cue = str(index + 1)
    if kind == "srt" and line > 0 and lines[line - 1].strip().isdigit():
        cue = lines[line - 1].strip()
    raise TranscriptError("transcript_cue_backwards_at", name=name, cue=cue, line=line + 1,
                          times=lines[line].strip())
