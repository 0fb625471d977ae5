"""Respondents from a table (a CSV file or a worksheet): one row per respondent, a code and
attributes.

The code column is required, a group column is optional; every other column becomes an attribute
(its header is the attribute name; a "kenmerk: " prefix, as the quote export writes it, is
dropped). Respondents are codes, never people: a file with a column that looks like names or
contact details is refused as a whole, before anything is read from it.

:func:`plan_respondent_import` checks every row without touching the journey and
:func:`respondent_import_edit` turns a plan without errors into one undoable step (the
:class:`~klantreis.io.importer.Importer` protocol, as :data:`RESPONDENTS`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from klantreis.evidence.search import fold
from klantreis.io.importer import GroupLookup, Plan, one_step
from klantreis.io.quote_columns import ATTRIBUTE_PREFIX
from klantreis.io.table import (
    RowError,
    Table,
    find_column,
    guess_column,
    header_key,
    read_table,
    uncomputed_cells,
)
from klantreis.messages import message
from klantreis.model.edits import Sequence
from klantreis.model.entities import Respondent, new_id
from klantreis.model.errors import CsvError, InvalidValue
from klantreis.model.journey import Journey

CODE_HEADERS = ("respondentcode", "respondent code", "code", "respondent")
GROUP_HEADERS = ("groep", "group", "focusgroep", "focus group", "groepsnaam", "group name")
# the respondent's own fields (not attributes): consent, interview language, interpreter
CONSENT_HEADERS = ("toestemming", "toestemming vastgelegd", "consent", "consent recorded")
LANGUAGE_HEADERS = ("taal interview", "interviewtaal", "taal van het interview", "interview language")
INTERPRETER_HEADERS = ("tolk", "met tolk", "tolk gebruikt", "interpreter", "interpreter used")
_YES = frozenset({"ja", "j", "yes", "y", "1", "true", "waar", "x"})
_NO = frozenset({"nee", "n", "no", "0", "false", "onwaar"})

# header words and phrases that point at a person's name, identity or contact details
_PERSONAL_WORDS = frozenset({
    "naam", "namen", "voornaam", "voornamen", "achternaam", "familienaam", "roepnaam",
    "meisjesnaam", "tussenvoegsel", "name", "names", "firstname", "lastname", "surname",
    "fullname", "givenname", "bsn", "burgerservicenummer", "email", "emailadres", "mailadres",
    "telefoon", "telefoonnummer", "telnr", "phone", "telephone", "phonenumber", "mobiel",
    "mobile", "adres", "woonadres", "address", "geboortedatum", "birthdate", "dob", "username",
    "nickname",
})
_PERSONAL_PHRASES = ("first name", "last name", "full name", "given name", "family name",
                     "e mail", "date of birth", "geboorte datum")
_PERSONAL_PREFIXES = ("telefoon", "email", "bsn", "geboortedatum", "voornaam", "achternaam")
_PERSONAL_SUFFIXES = ("naam", "adres", "address")  # respondentnaam, woonadres, ...
# compounds of "naam" that name something other than a person
_OTHER_NAMES = ("groep", "focusgroep", "organisatie", "school", "functie", "bedrijf", "gemeente",
                "plaats", "wijk", "cursus", "land", "taal", "fase", "project")
_NOT_PERSONAL = re.compile(r"\b(group|groep|focusgroep|organisatie|organisation|organization) "
                           r"(name|naam)\b")


FIELDS = ("code", "group")  # the columns a user maps; every other column is an attribute


@dataclass(frozen=True)
class RespondentPlan(Plan[Respondent]):
    attribute_names: tuple[str, ...] = ()  # the attribute columns, in file order


def looks_personal(header: str) -> bool:
    """Whether a column header looks like a personal name or identifier (naam, e-mail, BSN, ...)."""
    words = " ".join(re.findall(r"[a-z0-9]+", fold(header)))
    words = _NOT_PERSONAL.sub(r"\1", words)
    padded = f" {words} "
    return (
        any(word in _PERSONAL_WORDS or word.startswith(_PERSONAL_PREFIXES)
            or (word.endswith(_PERSONAL_SUFFIXES) and not word.startswith(_OTHER_NAMES))
            for word in words.split())
        or any(f" {phrase} " in padded for phrase in _PERSONAL_PHRASES)
    )


def _attribute_name(header: str) -> str:
    if header.casefold().startswith(ATTRIBUTE_PREFIX.casefold()):
        return header[len(ATTRIBUTE_PREFIX):].strip() or header
    return header


def plan_respondent_import(journey: Journey, table: Table, *, code_column: str | None = None,
                           group_column: str | None = None) -> RespondentPlan:
    """Check every row and build the respondents it gives; never changes the journey.

    ``code_column`` and ``group_column`` name the columns; None guesses them from the headers
    (code/respondent, groep/group), and ``group_column=""`` means the file has no group column.
    Raises :class:`CsvError` for a column with personal data or without a code column.
    """
    for header in table.headers:
        if looks_personal(header):
            raise CsvError("csv_personal_data", column=header)
    code_index = find_column(table, code_column, CODE_HEADERS, message("csv_field_code"))
    if code_index is None:
        raise CsvError("csv_no_code_column")
    group_index = None if group_column == "" else find_column(
        table, group_column, GROUP_HEADERS, message("csv_field_group"))
    if group_index == code_index:
        group_index = None
    own = {field: find_column(table, None, headers, field) for field, headers in (
        ("consent", CONSENT_HEADERS), ("language", LANGUAGE_HEADERS),
        ("interpreter", INTERPRETER_HEADERS))}
    attribute_columns = [(i, _attribute_name(h)) for i, h in enumerate(table.headers)
                         if i not in (code_index, group_index, *own.values())]
    names = [name for _, name in attribute_columns]
    duplicate = next((n for i, n in enumerate(names) if header_key(n) in map(header_key, names[:i])), None)
    if duplicate is not None:
        raise CsvError("csv_duplicate_header", path="CSV", name=duplicate)

    groups = GroupLookup(journey)
    existing = {r.code.strip().casefold() for r in journey.respondents}
    seen: dict[str, int] = {}  # code -> line where it first appears in the file
    respondents: list[Respondent] = []
    errors: list[RowError] = []
    formulas = uncomputed_cells(table)  # (a worksheet's formulas without a value)
    for row, line in zip(table.rows, table.lines, strict=True):
        missing = formulas.get(line, [])
        problems = [message("xlsx_formula_without_value", column=table.headers[i]) for i in missing]
        code = row[code_index].strip()
        key = code.casefold()
        if not code:
            if code_index not in missing:  # (else said above)
                problems.append(message("csv_code_required"))
        elif key in existing:
            problems.append(message("csv_code_exists", code=code))
        elif key in seen:
            problems.append(message("csv_code_twice", code=code, other=seen[key]))
        else:
            seen[key] = line
        group_id = None
        value = row[group_index].strip() if group_index is not None else ""
        if value:
            found = groups.find(value)
            if len(found) == 1:
                group_id = found[0].id
            else:
                problems.append(message("csv_ambiguous_group" if found else "csv_unknown_group",
                                        value=value))
        fields = {}
        for field, index in own.items():
            cell = row[index].strip() if index is not None else ""
            if field == "language":
                fields["interview_language"] = cell
            elif cell and cell.casefold() not in _YES | _NO | {"?", "onbekend", "unknown"}:
                problems.append(message("csv_yes_no", value=cell, column=table.headers[index]))
            elif field == "consent":
                fields["consent_recorded"] = cell.casefold() in _YES
            else:
                fields["interpreter_used"] = (True if cell.casefold() in _YES else
                                              False if cell.casefold() in _NO else None)
        if problems:
            errors.extend(RowError(line, text) for text in problems)
            continue
        attributes = tuple((name, row[i].strip()) for i, name in attribute_columns if row[i].strip())
        try:
            respondents.append(Respondent(new_id(), code, group_id, attributes, **fields))
        except InvalidValue as error:
            errors.append(RowError(line, str(error)))
    return RespondentPlan(tuple(respondents), tuple(errors), attribute_names=tuple(names))


def respondent_import_edit(plan: RespondentPlan) -> Sequence:
    """One undoable step that adds all respondents of ``plan`` at the end; all or nothing."""
    return one_step(plan, "edit_import_respondents", "csv_no_respondents")


def guess_mapping(headers: Iterable[str]) -> dict[str, str | None]:
    """The code and group columns as :func:`plan_respondent_import` would guess them."""
    headers = tuple(headers)
    code = guess_column(headers, CODE_HEADERS)
    group = guess_column(tuple(h for h in headers if h != code), GROUP_HEADERS)
    return {"code": code, "group": group}


class _RespondentImporter:
    """The respondent import as an :class:`~klantreis.io.importer.Importer`: ``mapping`` names
    the code column (None: guess it) and the group column (None: the file has none)."""

    fields = FIELDS

    def parse(self, path: str | os.PathLike[str], sheet: str | None = None) -> Table:
        return read_table(path, sheet)

    def guess_mapping(self, headers: Iterable[str]) -> dict[str, str | None]:
        return guess_mapping(headers)

    def plan(self, journey: Journey, table: Table, mapping: Mapping[str, str | None]) -> RespondentPlan:
        return plan_respondent_import(journey, table, code_column=mapping.get("code"),
                                      group_column=mapping.get("group") or "")

    def edit(self, plan: RespondentPlan) -> Sequence:
        return respondent_import_edit(plan)


RESPONDENTS = _RespondentImporter()
