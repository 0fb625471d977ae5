"""Who speaks where in lines of text (a .txt file, the paragraphs of a Word document), in the
text as the file has it: nothing is moved, joined or left out, so that line N of the text is
line N of the file.

A line that starts with a speaker's label (see :mod:`klantreis.io.transcript_labels`: "R3:",
"Interviewer:", perhaps after a time stamp "[00:12:31]", "(12:31)", "00:12:31"; or a name and a
time alone on a line, the Teams layout) starts a turn; a line without one continues the turn
before it, blank lines between included. A turn covers the words said: from the first word after
its label to the end of its last line (it may hold line ends), never the label or the stamp. A
text without labels becomes speaker-less turns, one per paragraph (lines up to an empty line, or
a Word paragraph).

A time stamp gives the turn its begin, and the next stamp its end (the last stamped turn ends
where it begins: its end is not known). A stamp alone on a line belongs to the turn on the next
line; a stamp before words without a label starts a new turn of the same speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from klantreis.io.transcript_labels import (
    HEAD,
    MAX_LABEL_WORDS,
    TIME_ALONE,
    accepted_labels,
    clean_label,
    teams_name,
)
from klantreis.io.transcript_text import LabelSpan, Progress, stamp_ms
from klantreis.model.transcripts import Turn

_NOT_BLANK = re.compile(r"\S")


class Unit(NamedTuple):
    """A line of the text as the reader judges it: ``line`` is ``text[offset:offset +
    len(line)]``. ``paragraph`` marks the first line of a Word paragraph or table row (it ends
    a turn without a speaker); a line not ``said`` (a table's header row) is no part of a turn."""

    offset: int
    line: str
    paragraph: bool = False
    said: bool = True


def units_of(text: str) -> list[Unit]:
    """The lines of ``text`` (split at "\\n") as units."""
    units, offset = [], 0
    for line in text.split("\n"):
        units.append(Unit(offset, line))
        offset += len(line) + 1
    return units


class _Open:
    """A turn being read: where its words start and end, its speaker, its stamp's time."""

    __slots__ = ("begin_ms", "end", "end_ms", "label", "start", "waiting")

    def __init__(self, label: str, begin_ms: int | None, *, waiting: bool = False) -> None:
        self.label = label
        self.begin_ms = begin_ms
        self.end_ms: int | None = None
        self.start = self.end = -1  # (no words yet)
        self.waiting = waiting  # (a name in the Teams layout: the next line is its words)

    def take(self, unit: Unit, column: int) -> None:
        """The words of ``unit`` from ``column`` on belong to this turn."""
        found = _NOT_BLANK.search(unit.line, column)
        if found is None:
            return
        if self.start < 0:
            self.start = unit.offset + found.start()
        self.end = unit.offset + len(unit.line.rstrip())


def _candidate(match: re.Match) -> str | None:
    label = match.group("label")
    if label is None:
        return None
    label = clean_label(label)
    return label if len(label.split()) <= MAX_LABEL_WORDS else None


def _blank(unit: Unit) -> bool:
    return not unit.line or unit.line.isspace()


def _not_words(unit: Unit) -> bool:
    """A line that cannot be the first words after a name in the Teams layout."""
    named = teams_name(unit.line)
    return not unit.said or TIME_ALONE.fullmatch(unit.line) is not None or bool(named and named[3])


def _teams(units: Sequence[Unit]) -> dict[int, tuple[str, int, int, str, int]]:
    """The lines that are a speaker's name in the Teams layout, by index: (label, its start
    and end in the line, the time, the index of the line the words start after). Only those
    followed by a time (on the line or the next) and then by words."""
    found: dict[int, tuple[str, int, int, str, int]] = {}
    for index, unit in enumerate(units):
        if not unit.said or _blank(unit):
            continue
        named = teams_name(unit.line)
        if named is None:
            continue
        label, start, end, time = named
        last = index
        if not time and index + 1 < len(units) and units[index + 1].said:
            timed = TIME_ALONE.fullmatch(units[index + 1].line)
            time, last = (timed.group("time"), index + 1) if timed else ("", index)
        if not time:
            continue
        after = last + 1
        while after < len(units) and _blank(units[after]):
            after += 1
        if after == len(units) or _not_words(units[after]):
            continue
        found[index] = (label, start, end, time, last)
    return found


def turns_from_lines(units: Sequence[Unit], progress: Progress, sure: Iterable[str] = ()
                     ) -> tuple[list[Turn], list[LabelSpan]]:
    """The turns of the lines ``units`` (see the module) and where each turn's label stands
    in the text; ``sure`` are labels known to be speakers (a table's speaker column)."""
    sure = set(sure)
    matches = [HEAD.match(unit.line) for unit in units]
    teams = _teams(units)
    candidates = [c for m in matches if (c := _candidate(m)) is not None]
    accepted = accepted_labels(candidates, sure)
    named = accepted_labels([header[0] for header in teams.values()], sure)
    teams = {index: header for index, header in teams.items() if header[0] in named}
    progress.start(len(units))
    opened: list[_Open] = []
    spans: list[LabelSpan] = []
    current: _Open | None = None
    pending: int | None = None  # the time of a stamp alone on its line, for the next turn
    skip_to = -1  # (the lines of a Teams name and its time)
    for index, (unit, match) in enumerate(zip(units, matches, strict=True)):
        progress.step(index)
        if index <= skip_to:
            continue
        if not unit.said:
            current, pending = None, None
            continue
        if unit.paragraph and current is not None and not current.label:
            current = None  # (a new Word paragraph: the end of one without a speaker)
        if _blank(unit):
            if current is not None and not current.label:
                current = None  # (the end of a paragraph without a speaker)
            continue
        header = teams.get(index)
        if header is not None:
            label, start, end, time, skip_to = header
            spans.append((unit.offset + start, unit.offset + end, label))
            current = _Open(label, stamp_ms(time), waiting=True)
            opened.append(current)
            pending = None
            continue
        if current is not None and current.waiting:
            current.waiting = False
            current.take(unit, 0)
            continue
        stamp = match.group("stamp") or ""
        label = _candidate(match)
        if label is not None and label in accepted:
            column = match.end()
            spans.append((unit.offset + match.start("label"), unit.offset + match.end("label"),
                          label))
        else:
            label = None
            column = match.end("stamp") if stamp else 0
            if stamp and not unit.line[column:].strip():
                pending = stamp_ms(stamp)
                continue
        if label is None and not stamp and current is not None:
            current.take(unit, 0)
            continue
        if label is None:
            label = current.label if current is not None else ""
        begin = stamp_ms(stamp) if stamp else pending
        pending = None
        current = _Open(label, begin)
        current.take(unit, column)
        opened.append(current)
    progress.tell(len(units))
    said = [turn for turn in opened if turn.start >= 0]
    _time_ranges(said)
    kept = {turn.label for turn in said}
    return ([Turn(t.start, t.end, t.label, t.begin_ms, t.end_ms) for t in said],
            [span for span in spans if span[2] in kept])


def _time_ranges(turns: list[_Open]) -> None:
    """A stamped turn ends where the next stamped turn begins (the last: where it begins)."""
    stamped = [t for t in turns if t.begin_ms is not None]
    for turn, following in zip(stamped, stamped[1:], strict=False):
        turn.end_ms = max(following.begin_ms, turn.begin_ms)
    for turn in turns:
        if turn.begin_ms is not None and turn.end_ms is None:
            turn.end_ms = turn.begin_ms
