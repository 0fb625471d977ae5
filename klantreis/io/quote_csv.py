"""Quotes from and to CSV files, as Excel writes and reads them.

Reading gives a :class:`CsvTable` (UTF-8 with or without BOM, delimiter ``,`` ``;`` or tab). The
user maps import fields to columns (:func:`guess_mapping` proposes a mapping), then
:func:`plan_quote_import` checks every row without touching the journey, and :func:`import_edit`
turns a plan without errors into one undoable step.

:func:`export_quotes` writes what may be shared (never internal quotes or internal notes) as
UTF-8 with BOM and ``;``, so Dutch Excel opens it in columns. Its headers map themselves on
import. Round trip rule: export then import into a journey with the same touchpoints, respondents
and groups gives the same quotes in every field except ``id`` and ``captured_at``, provided that a
quote whose respondent belongs to a group also names that group, that a quote with a group has a
perspective (an empty perspective cell takes the group's), that touchpoint titles are unique and
that tags contain no ``;`` or ``,``. Cells are stripped of surrounding white space.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from klantreis.evidence.search import fold
from klantreis.graph.route import display_numbers
from klantreis.io.fileio import read_bytes
from klantreis.messages import MESSAGES, message
from klantreis.model.edits import Insert, Sequence
from klantreis.model.entities import Perspective, Provenance, Quote, Sentiment, Translator, new_id
from klantreis.model.errors import CsvError, InvalidValue
from klantreis.model.journey import Journey

DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class CsvTable:
    """A CSV file as text cells. Every row has exactly ``len(headers)`` cells; ``lines`` holds the
    1-based line in the file where each row starts. Completely empty rows are left out."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    delimiter: str


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    @property
    def text(self) -> str:
        return message("csv_row_error", line=self.line, message=self.message)


# ----------------------------------------------------------------------------- reading


def read_table(path: str | os.PathLike[str]) -> CsvTable:
    """Read a CSV file; raises :class:`CsvError` with a clear message."""
    path = Path(path)
    raw = read_bytes(path, CsvError)
    encoding = _encoding(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = 1 if encoding != "utf-8-sig" else raw[: error.start].count(b"\n") + 1
        raise CsvError("csv_not_utf8", path=str(path), line=line) from None
    return parse_table(text, source=str(path))


def _encoding(raw: bytes) -> str:
    """UTF-16 with a BOM (Excel's "Unicode text"), UTF-16 without one (recognised by its zero
    bytes: in text of mostly Latin letters every other byte is zero), else UTF-8."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = raw[:4096]
    if len(sample) >= 4 and len(sample) % 2 == 0 and b"\0" in sample:
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        half = len(sample) // 2
        if odd > half * 0.3 and even < half * 0.05:
            return "utf-16-le"
        if even > half * 0.3 and odd < half * 0.05:
            return "utf-16-be"
    return "utf-8-sig"


def parse_table(text: str, *, source: str = "CSV") -> CsvTable:
    """Parse CSV text (e.g. cells pasted from a spreadsheet); see :func:`read_table`."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise CsvError("csv_empty", path=source)
    if "\0" in text:
        raise CsvError("csv_nul", path=source, line=text[:text.index("\0")].count("\n") + 1)
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1  # the line where the next record starts
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = [cell.strip() for cell in cells]
            else:
                rows.append(cells)
                lines.append(line)
    except csv.Error as error:
        if "field limit" in str(error):  # (the csv module's own limit on one cell)
            raise CsvError("csv_cell_too_large", path=source, line=start,
                           limit=f"{csv.field_size_limit():,}".replace(",", ".")) from None
        raise CsvError("csv_malformed", path=source, line=start) from None
    if header is None:
        raise CsvError("csv_empty", path=source)
    while header and not header[-1] and all(
            len(r) < len(header) or not r[len(header) - 1].strip() for r in rows):
        header.pop()  # an unnamed, empty last column (Excel leaves these behind)
    keys: set[str] = set()
    for number, name in enumerate(header, start=1):
        if not name:
            raise CsvError("csv_empty_header", path=source, column=number)
        if _key(name) in keys:
            raise CsvError("csv_duplicate_header", path=source, name=name)
        keys.add(_key(name))
    width = len(header)
    for cells, line in zip(rows, lines, strict=True):
        if len(cells) > width:
            if any(cell.strip() for cell in cells[width:]):
                raise CsvError("csv_too_many_cells", path=source, line=line, found=len(cells),
                               expected=width)
            del cells[width:]
        cells.extend([""] * (width - len(cells)))
    return CsvTable(tuple(header), tuple(tuple(unguard_cell(c) for c in r) for r in rows),
                    tuple(lines), delimiter)


# A cell that starts like a formula is run by Excel ("=HYPERLINK(...)", "-2+3", "@SUM"): the
# export writes an apostrophe before it (Excel shows the text as it is) and the import takes the
# apostrophe off again. Plain numbers such as the sentiment "-1" stay numbers.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def guard_cell(cell: str) -> str:
    """``cell`` as it is safe to open in a spreadsheet."""
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def unguard_cell(cell: str) -> str:
    """The inverse of :func:`guard_cell`."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_START):
        return cell[1:]
    return cell


def _sniff(text: str) -> str:
    """The delimiter: the candidate that occurs most in the header line (outside quotes). A
    one-column file gets the candidate that occurs least in the text, so its cells stay whole."""
    counts = dict.fromkeys(DELIMITERS, 0)
    in_quotes = False
    blank_lines = re.match(r"(?:[ \t]*(?:\r\n|\r|\n))*", text)
    for char in text[blank_lines.end() if blank_lines else 0:]:
        if char == '"':
            in_quotes = not in_quotes
        elif not in_quotes and char in "\r\n":
            break
        elif not in_quotes and char in counts:
            counts[char] += 1
    best = max(counts.values())
    if best == 0:
        return min(DELIMITERS, key=text.count)
    tied = [d for d in DELIMITERS if counts[d] == best]
    return max(tied, key=text.count)  # a tie in the header: the one used most in the file


def _key(text: str) -> str:
    """A header or value for comparing: folded, '-' and '_' as spaces, white space collapsed."""
    return " ".join(re.sub(r"[-_]+", " ", fold(text)).split())


# ----------------------------------------------------------------------------- mapping

QUOTE_FIELDS: tuple[str, ...] = (
    "text", "touchpoint", "respondent", "group", "perspective", "sentiment", "language",
    "translation", "translated_by", "provenance", "source", "tags",
)

# header names per field, best first; the labels in both languages are recognised as well
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "text": ("tekst", "citaat", "citaattekst", "quote", "text", "quote text"),
    "touchpoint": ("contactmoment", "touchpoint", "nummer", "number", "nr", "contactmoment nummer"),
    "respondent": ("respondent", "respondentcode", "respondent code", "code"),
    "group": ("groep", "group", "focusgroep", "focus group", "groepsnaam", "group name"),
    "perspective": ("perspectief", "perspective"),
    "sentiment": ("sentiment", "beleving"),
    "language": ("taal", "language", "taalcode", "language code"),
    "translation": ("vertaling", "translation"),
    "translated_by": ("vertaald door", "translated by", "vertaler", "translator"),
    "provenance": ("herkomst", "provenance"),
    "source": ("bron", "source"),
    "tags": ("labels", "tags", "label", "tag"),
}


class _Labels(Mapping[str, str]):
    """Field -> label in the current language (looked up on every access)."""

    def __getitem__(self, field: str) -> str:
        if field not in QUOTE_FIELDS:
            raise KeyError(field)
        return message(f"csv_field_{field}")

    def __iter__(self) -> Iterator[str]:
        return iter(QUOTE_FIELDS)

    def __len__(self) -> int:
        return len(QUOTE_FIELDS)


FIELD_LABELS: Mapping[str, str] = _Labels()


def guess_mapping(headers: Iterable[str]) -> dict[str, str | None]:
    """Field -> header (or None) for every field, recognising Dutch and English names and the
    labels of :data:`FIELD_LABELS`; each header is used for one field at most."""
    by_key: dict[str, str] = {}
    for header in headers:
        by_key.setdefault(_key(header), header)
    used: set[str] = set()
    mapping: dict[str, str | None] = {}
    for field in QUOTE_FIELDS:
        labels = tuple(MESSAGES.get(f"csv_field_{field}", {}).values())
        keys = [_key(name) for name in (*_SYNONYMS[field], *labels)]
        found = next((by_key[k] for k in keys if k in by_key and by_key[k] not in used), None)
        mapping[field] = found
        if found is not None:
            used.add(found)
    return mapping


# ----------------------------------------------------------------------------- planning an import


@dataclass(frozen=True)
class ImportPlan:
    quotes: tuple[Quote, ...]
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.quotes)


class _Problem(Exception):
    """One cell that cannot be imported: a message code and its parameters."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def _words(value: str) -> str:
    return " ".join(fold(value.replace("\u2212", "-").replace("\u2013", "-")).split())


_S = Sentiment
_SENTIMENTS: dict[str, Sentiment] = {
    "-2": _S.VERY_NEGATIVE, "-1": _S.NEGATIVE, "0": _S.NEUTRAL, "+0": _S.NEUTRAL, "-0": _S.NEUTRAL,
    "1": _S.POSITIVE, "+1": _S.POSITIVE, "2": _S.VERY_POSITIVE, "+2": _S.VERY_POSITIVE,
    "zeer negatief": _S.VERY_NEGATIVE, "very negative": _S.VERY_NEGATIVE,
    "negatief": _S.NEGATIVE, "negative": _S.NEGATIVE, "neutraal": _S.NEUTRAL, "neutral": _S.NEUTRAL,
    "positief": _S.POSITIVE, "positive": _S.POSITIVE,
    "zeer positief": _S.VERY_POSITIVE, "very positive": _S.VERY_POSITIVE,
    "gemengd": _S.MIXED, "mixed": _S.MIXED, "onbekend": _S.UNKNOWN, "unknown": _S.UNKNOWN, "": _S.UNKNOWN,
}
_TRANSLATORS = {"": Translator.NONE, "tolk": Translator.TOLK, "interpreter": Translator.TOLK,
                "onderzoeker": Translator.ONDERZOEKER, "researcher": Translator.ONDERZOEKER}
_PROVENANCES = {"": Provenance.LETTERLIJK, "letterlijk": Provenance.LETTERLIJK,
                "verbatim": Provenance.LETTERLIJK, "parafrase": Provenance.PARAFRASE,
                "paraphrase": Provenance.PARAFRASE}
_PERSPECTIVES = {"": None, "client": Perspective.CLIENT, "klant": Perspective.CLIENT,
                 "uitvoerder": Perspective.UITVOERDER, "professional": Perspective.UITVOERDER,
                 "overig": Perspective.OVERIG, "other": Perspective.OVERIG}
_NUMBERED_TITLE = re.compile(r"^([0-9]+)\.?\s+(\S.*)$")


class _Lookup:
    """The journey's touchpoints, respondents and groups, indexed once for a whole file."""

    def __init__(self, journey: Journey) -> None:
        self.by_number = {n: tp_id for tp_id, n in display_numbers(journey).items()}
        self.numbers = {tp_id: n for n, tp_id in self.by_number.items()}
        self.titles: dict[str, list[str]] = {}
        for tp in journey.touchpoints:
            self.titles.setdefault(_words(tp.title), []).append(tp.id)
        self.respondents = {r.code.strip().casefold(): r for r in journey.respondents}
        self.group_ids = {g.id: g for g in journey.groups}
        self.group_keys: dict[str, list] = {}
        for g in journey.groups:
            self.group_keys.setdefault(g.id.casefold(), []).append(g)
            if _words(g.name) != g.id.casefold():
                self.group_keys.setdefault(_words(g.name), []).append(g)

    def touchpoint(self, value: str) -> str | None:
        """By title (case and accents ignored), by display number, or as '12. Title': the title
        decides, the number only picks one of several touchpoints with that title."""
        if not value:
            return None
        found = self.titles.get(_words(value), [])
        if len(found) == 1:
            return found[0]
        if not found and value.isascii() and value.isdigit():
            if int(value) in self.by_number:
                return self.by_number[int(value)]
            raise _Problem("csv_unknown_touchpoint", value=value)
        match = _NUMBERED_TITLE.match(value)
        if not found and match:
            found = self.titles.get(_words(match.group(2)), [])
            number = int(match.group(1))
            if len(found) == 1:
                return found[0]
            found = [tp_id for tp_id in found if self.numbers.get(tp_id) == number] or found
            if len(found) == 1:
                return found[0]
        if found:
            raise _Problem("csv_ambiguous_touchpoint", value=value, count=len(found))
        raise _Problem("csv_unknown_touchpoint", value=value)

    def respondent(self, value: str):
        if not value or value.strip().casefold() in UNKNOWN_RESPONDENT:
            return None  # (said by someone of the group; which respondent is not known)
        try:  # codes are unique regardless of case (the journey sees to that)
            return self.respondents[value.casefold()]
        except KeyError:
            raise _Problem("csv_unknown_respondent", value=value) from None

    def group(self, value: str):
        if not value:
            return None
        if value in self.group_ids:
            return self.group_ids[value]
        found = self.group_keys.get(_words(value), [])
        if len(found) == 1:
            return found[0]
        raise _Problem("csv_ambiguous_group" if found else "csv_unknown_group", value=value)


def _choice(table: dict, code: str, value: str):
    try:
        return table[_words(value)]
    except KeyError:
        raise _Problem(code, value=value) from None


def _tags(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in (part.strip() for part in re.split(r"[;,]", value)) if t))


def _language(value: str) -> str:
    if not value:
        return "nl"
    primary, _, rest = value.partition("-")
    return primary.lower() + (f"-{rest}" if rest else "")


def _columns(table: CsvTable, mapping: Mapping[str, str | None]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for field, header in mapping.items():
        if field not in QUOTE_FIELDS:
            raise CsvError("csv_mapping_unknown_field", field=field)
        if not header:
            continue
        if header not in table.headers:
            raise CsvError("csv_mapping_unknown_column", column=header, field=FIELD_LABELS[field])
        columns[field] = table.headers.index(header)
    if "text" not in columns:
        raise CsvError("csv_mapping_no_text", field=FIELD_LABELS["text"])
    return columns


def plan_quote_import(journey: Journey, table: CsvTable, mapping: Mapping[str, str | None], *,
                      captured_at: str = "") -> ImportPlan:
    """Check every row and build the quotes it gives; never changes the journey.

    The perspective is the row's own (column "perspectief") or else that of the row's group;
    an empty group cell takes the respondent's group. Import never creates respondents or groups.
    Raises :class:`CsvError` when ``mapping`` has no text column or names a missing column.
    """
    columns = _columns(table, mapping)
    if captured_at:
        try:
            datetime.fromisoformat(captured_at)
        except ValueError:
            raise InvalidValue("invalid_timestamp", what="vastgelegd op", value=captured_at) from None
    lookup = _Lookup(journey)
    parsers = (
        ("touchpoint", lookup.touchpoint), ("respondent", lookup.respondent), ("group", lookup.group),
        ("perspective", partial(_choice, _PERSPECTIVES, "csv_bad_perspective")),
        ("sentiment", partial(_choice, _SENTIMENTS, "csv_bad_sentiment")),
        ("translated_by", partial(_choice, _TRANSLATORS, "csv_bad_translator")),
        ("provenance", partial(_choice, _PROVENANCES, "csv_bad_provenance")),
    )
    quotes: list[Quote] = []
    errors: list[RowError] = []
    for row, line in zip(table.rows, table.lines, strict=True):
        cells = {field: row[index].strip() for field, index in columns.items()}
        problems = [] if cells["text"] else [_Problem("csv_text_required")]
        found: dict = {}
        for field, parse in parsers:
            try:
                found[field] = parse(cells.get(field, ""))
            except _Problem as problem:
                problems.append(problem)
        respondent, group = found.get("respondent"), found.get("group")
        if respondent is not None and respondent.group_id is not None and "group" in found:
            if group is None:
                group = lookup.group_ids[respondent.group_id]
            elif group.id != respondent.group_id:
                problems.append(_Problem("csv_group_mismatch", respondent=respondent.code,
                                         value=cells["group"],
                                         expected=lookup.group_ids[respondent.group_id].name))
        if problems:
            errors.extend(RowError(line, message(p.code, **p.params)) for p in problems)
            continue
        try:
            quotes.append(Quote(
                new_id(), cells["text"], language=_language(cells.get("language", "")),
                translation=cells.get("translation", ""), translated_by=found["translated_by"],
                touchpoint_id=found["touchpoint"],
                respondent_id=respondent.id if respondent is not None else None,
                group_id=group.id if group is not None else None,
                perspective=found["perspective"] or (group.perspective if group is not None else None),
                sentiment=found["sentiment"], provenance=found["provenance"],
                captured_at=captured_at, source=cells.get("source", ""),
                tags=_tags(cells.get("tags", "")),
            ))
        except InvalidValue as error:
            errors.append(RowError(line, str(error)))
    return ImportPlan(tuple(quotes), tuple(errors))


def import_edit(plan: ImportPlan) -> Sequence:
    """One undoable step that adds all quotes of ``plan`` at the end; all or nothing."""
    if not plan.ok:
        if plan.errors:
            raise CsvError("csv_plan_not_ok", count=len(plan.errors))
        raise CsvError("csv_no_quotes")
    return Sequence([Insert(q, code="edit_import_csv") for q in plan.quotes], "edit_import_csv")


# ----------------------------------------------------------------------------- export

# what the export writes for a quote of a group whose respondent is not known, and what the
# import reads as "no respondent" (a project whose respondent is really coded "onbekend" would
# have to rename it)
UNKNOWN_RESPONDENT_CELL = "(onbekend)"
UNKNOWN_RESPONDENT = frozenset({"(onbekend)", "onbekend", "(unknown)", "unknown", "?"})

EXPORT_COLUMNS: tuple[str, ...] = (
    "nummer", "contactmoment", "fase", "respondent", "groep", "perspectief", "sentiment", "taal",
    "tekst", "vertaling", "vertaald door", "herkomst", "bron", "labels", "vastgelegd op",
)
ATTRIBUTE_PREFIX = "kenmerk: "
