"""What every importer of rows has in common: parse -> plan -> one edit.

An importer (:class:`Importer`) parses a file into a :class:`~klantreis.io.table.Table`, guesses
which column is which, plans the import against a journey without changing it (a :class:`Plan`:
the entities it would add and a :class:`~klantreis.io.table.RowError` per bad row), and turns a
plan without errors into one undoable :class:`~klantreis.model.edits.Sequence`: all rows or
nothing. The quote import (:mod:`klantreis.io.quote_import`) and the respondent import
(:mod:`klantreis.io.respondent_import`) are the two today; a new importer is one module that
follows the same protocol, and the import dialog drives any of them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from klantreis.io.table import RowError, Table, value_key
from klantreis.model.edits import Insert, Sequence
from klantreis.model.errors import CsvError
from klantreis.model.journey import Journey

T = TypeVar("T")


@dataclass(frozen=True)
class Plan(Generic[T]):
    """The entities an import adds (in file order) and the rows that cannot be read."""

    items: tuple[T, ...]
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.items)


class Importer(Protocol):
    """parse -> guess a mapping -> plan -> one edit."""

    fields: tuple[str, ...]  # what a column can be mapped to

    def parse(self, path: str | os.PathLike[str]) -> Table: ...

    def guess_mapping(self, headers: tuple[str, ...]) -> dict[str, str | None]: ...

    def plan(self, journey: Journey, table: Table, mapping: Mapping[str, str | None]) -> Plan: ...

    def edit(self, plan: Plan) -> Sequence: ...


def one_step(plan: Plan, code: str, nothing: str) -> Sequence:
    """The undoable step ``code`` that adds every item of ``plan`` at the end; refused (a
    :class:`CsvError`) while the plan has errors, or with the message ``nothing`` when it is
    empty."""
    if not plan.ok:
        if plan.errors:
            raise CsvError("csv_plan_not_ok", count=len(plan.errors))
        raise CsvError(nothing)
    return Sequence([Insert(item, code=code) for item in plan.items], code)


class GroupLookup:
    """A journey's groups by id, or by name (case, accents and white space ignored)."""

    def __init__(self, journey: Journey) -> None:
        self.by_id = {g.id: g for g in journey.groups}
        self.by_key: dict[str, list] = {}
        for g in journey.groups:
            self.by_key.setdefault(g.id.casefold(), []).append(g)
            if value_key(g.name) != g.id.casefold():
                self.by_key.setdefault(value_key(g.name), []).append(g)

    def find(self, value: str) -> list:
        """The groups ``value`` can mean: one when it is clear, none or several when not."""
        if value in self.by_id:
            return [self.by_id[value]]
        return self.by_key.get(value_key(value), [])
