"""Quotes from a table (a CSV file as Excel writes it, or a worksheet of an Excel workbook).

The user maps import fields to columns (:func:`guess_mapping` proposes a mapping), then
:func:`plan_quote_import` checks every row without touching the journey, and :func:`import_edit`
turns a plan without errors into one undoable step (the :class:`~klantreis.io.importer.Importer`
protocol, as :data:`QUOTES`).

Round trip rule with the export (exports/quote_csv.py, quote_xlsx.py): export then import into a
journey with the same touchpoints, respondents and groups gives the same quotes in every field
except ``id`` and ``captured_at``, provided that a quote whose respondent belongs to a group also
names that group, that a quote with a group has a perspective (an empty perspective cell takes
the group's), that touchpoint titles are unique and that tags contain no ``;`` or ``,``. Cells
are stripped of surrounding white space.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from functools import partial

from klantreis.graph.route import display_numbers
from klantreis.io.importer import GroupLookup, Plan, one_step
from klantreis.io.quote_columns import UNKNOWN_RESPONDENT
from klantreis.io.table import RowError, Table, header_key, read_table, uncomputed_cells, value_key
from klantreis.messages import MESSAGES, message
from klantreis.model.edits import Sequence
from klantreis.model.entities import Perspective, Provenance, Quote, Sentiment, Translator, new_id
from klantreis.model.errors import CsvError, InvalidValue
from klantreis.model.journey import Journey

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
        by_key.setdefault(header_key(header), header)
    used: set[str] = set()
    mapping: dict[str, str | None] = {}
    for field in QUOTE_FIELDS:
        labels = tuple(MESSAGES.get(f"csv_field_{field}", {}).values())
        keys = [header_key(name) for name in (*_SYNONYMS[field], *labels)]
        found = next((by_key[k] for k in keys if k in by_key and by_key[k] not in used), None)
        mapping[field] = found
        if found is not None:
            used.add(found)
    return mapping


# ----------------------------------------------------------------------------- planning an import


class _Problem(Exception):
    """One cell that cannot be imported: a message code and its parameters."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


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
            self.titles.setdefault(value_key(tp.title), []).append(tp.id)
        self.respondents = {r.code.strip().casefold(): r for r in journey.respondents}
        self.groups = GroupLookup(journey)
        self.group_ids = self.groups.by_id

    def touchpoint(self, value: str) -> str | None:
        """By title (case and accents ignored), by display number, or as '12. Title': the title
        decides, the number only picks one of several touchpoints with that title."""
        if not value:
            return None
        found = self.titles.get(value_key(value), [])
        if len(found) == 1:
            return found[0]
        if not found and value.isascii() and value.isdigit():
            if int(value) in self.by_number:
                return self.by_number[int(value)]
            raise _Problem("csv_unknown_touchpoint", value=value)
        match = _NUMBERED_TITLE.match(value)
        if not found and match:
            found = self.titles.get(value_key(match.group(2)), [])
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
        found = self.groups.find(value)
        if len(found) == 1:
            return found[0]
        raise _Problem("csv_ambiguous_group" if found else "csv_unknown_group", value=value)


def _choice(table: dict, code: str, value: str):
    try:
        return table[value_key(value)]
    except KeyError:
        raise _Problem(code, value=value) from None


def _tags(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in (part.strip() for part in re.split(r"[;,]", value)) if t))


def _language(value: str) -> str:
    if not value:
        return "nl"
    primary, _, rest = value.partition("-")
    return primary.lower() + (f"-{rest}" if rest else "")


def _columns(table: Table, mapping: Mapping[str, str | None]) -> dict[str, int]:
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


def plan_quote_import(journey: Journey, table: Table, mapping: Mapping[str, str | None], *,
                      captured_at: str = "") -> Plan[Quote]:
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
    formulas = uncomputed_cells(table, columns.values())  # (a worksheet's, without a value)
    quotes: list[Quote] = []
    errors: list[RowError] = []
    for row, line in zip(table.rows, table.lines, strict=True):
        cells = {field: row[index].strip() for field, index in columns.items()}
        missing = formulas.get(line, [])
        problems = [_Problem("xlsx_formula_without_value", column=table.headers[i]) for i in missing]
        if not cells["text"] and columns["text"] not in missing:
            problems.append(_Problem("csv_text_required"))
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
    return Plan(tuple(quotes), tuple(errors))


def import_edit(plan: Plan[Quote]) -> Sequence:
    """One undoable step that adds all quotes of ``plan`` at the end; all or nothing."""
    return one_step(plan, "edit_import_csv", "csv_no_quotes")


class _QuoteImporter:
    """The quote import as an :class:`~klantreis.io.importer.Importer`."""

    fields = QUOTE_FIELDS

    def parse(self, path: str | os.PathLike[str], sheet: str | None = None) -> Table:
        return read_table(path, sheet)

    def guess_mapping(self, headers: Iterable[str]) -> dict[str, str | None]:
        return guess_mapping(headers)

    def plan(self, journey: Journey, table: Table, mapping: Mapping[str, str | None]) -> Plan[Quote]:
        return plan_quote_import(journey, table, mapping)

    def edit(self, plan: Plan[Quote]) -> Sequence:
        return import_edit(plan)


QUOTES = _QuoteImporter()
