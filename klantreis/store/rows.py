"""Entities to table rows and back. Nested lists live in child tables (touchpoint actors,
respondent attributes and quote tags) or in JSON columns (a group's languages, the ids and
document references of indicators and norms, a touchpoint's deadline)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import typing
from collections.abc import Callable, Iterator
from enum import StrEnum
from functools import cache, partial

from klantreis.io.interchange import _converters, _to_json_value, entity_from_dict, entity_to_dict
from klantreis.model.entities import JourneyInfo
from klantreis.model.journey import TYPE_OF

TABLE_OF: dict[str, str] = {
    "phase": "phases", "actor": "actors", "touchpoint": "touchpoints",
    "transition": "transitions", "group": "groups", "respondent": "respondents",
    "quote": "quotes", "score": "scores", "indicator": "indicators", "question": "questions",
    "norm": "norms", "transcript": "transcripts",
}

# (field, child table, parent key column, value column) for fields kept in a child table
CHILDREN: dict[str, tuple[str, str, str, str]] = {
    "touchpoint": ("actor_ids", "touchpoint_actors", "touchpoint_id", "actor_id"),
    "respondent": ("attributes", "respondent_attributes", "respondent_id", "name"),
    "quote": ("tags", "quote_tags", "quote_id", "tag"),
}
# (kind, field) kept as JSON text: lists (stored "[]" when empty) and nested values (NULL for none)
JSON_COLUMNS = {("group", "languages"), ("indicator", "touchpoint_ids"), ("norm", "touchpoint_ids"),
                ("norm", "quote_ids"), ("norm", "indicator_ids"), ("norm", "documents"),
                ("transcript", "speakers"), ("transcript", "turns")}
JSON_OBJECTS = {("touchpoint", "deadline")}


@cache
def _bool_fields(cls: type) -> frozenset[str]:
    hints = typing.get_type_hints(cls)
    return frozenset(
        name for name, hint in hints.items()
        if hint is bool or (isinstance(hint, typing.types.UnionType) and bool in typing.get_args(hint))
    )


def info_row(info: JourneyInfo) -> dict:
    row = {"id": 1, **dataclasses.asdict(info)}
    row["attribute_names"] = json.dumps(list(info.attribute_names), ensure_ascii=False)
    for name in ("pdf_options", "privacy"):
        row[name] = json.dumps(entity_to_dict(getattr(info, name)), ensure_ascii=False, sort_keys=True)
    return row


def info_from_row(row: dict) -> JourneyInfo:
    data = {k: v for k, v in row.items() if k != "id" and v is not None}
    data["attribute_names"] = json.loads(data.get("attribute_names") or "[]")
    for name in ("pdf_options", "privacy"):
        data[name] = json.loads(data.get(name) or "{}")
    return entity_from_dict(JourneyInfo, data)


def entity_rows(kind: str, item, position: int) -> tuple[dict, list[dict]]:
    """The main row of ``item`` and the rows of its child table (may be empty)."""
    row: dict[str, object] = {}
    child_field = CHILDREN.get(kind, (None,))[0]
    for f in dataclasses.fields(item):
        if f.name == child_field:
            continue
        value = getattr(item, f.name)
        if isinstance(value, StrEnum):
            value = value.value
        elif (kind, f.name) in JSON_COLUMNS or (
                (kind, f.name) in JSON_OBJECTS and value is not None):
            value = json.dumps(_to_json_value(f.name, value), ensure_ascii=False, sort_keys=True)
        row[f.name] = value
    row["position"] = position
    children: list[dict] = []
    if child_field:
        _, _, parent_col, value_col = CHILDREN[kind]
        for n, value in enumerate(getattr(item, child_field)):
            if kind == "respondent":
                children.append({parent_col: item.id, "name": value[0], "value": value[1],
                                 "position": n})
            else:
                children.append({parent_col: item.id, value_col: value, "position": n})
    return row, children


def read_entities(conn: sqlite3.Connection, kind: str) -> Iterator:
    """Every entity of ``kind`` from its table (and child table), in list order. The columns
    come out as plain tuples with the fields' defaults filled in by SQL; per row only the enum,
    boolean and list fields are converted, and the entity checks every value as it always does.
    Raises sqlite3.DatabaseError, KeyError, ValueError, TypeError or InvalidValue."""
    cls = TYPE_OF[kind]
    table = TABLE_OF[kind]
    child_field = CHILDREN.get(kind, (None,))[0]
    fields = [f for f in dataclasses.fields(cls) if f.name != child_field]
    columns = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
    unknown = columns - {f.name for f in fields} - {"position"}
    if unknown:
        raise KeyError(sorted(unknown)[0])
    select, params = [], []
    for f in fields:
        default = f.default
        if (kind, f.name) in JSON_COLUMNS:
            default = "[]"
        if f.name in _KEEP_NULL or not isinstance(default, str | int | float):
            select.append(f"[{f.name}]")
        else:  # a column added by a migration may hold NULL: the field's default then
            select.append(f"coalesce([{f.name}], ?)")
            params.append(default.value if isinstance(default, StrEnum) else default)
    names = [f.name for f in fields]
    fix = _fixers(kind)
    children = _children(conn, kind) if child_field else None
    # (by position, then in the order stored: rows with the same position, which only a file
    # edited by hand can have, keep one stable order)
    sql = f"SELECT {', '.join(select)} FROM [{table}] ORDER BY position, rowid"
    for row in conn.execute(sql, params):
        data = dict(zip(names, row, strict=True))
        for name, convert in fix:
            value = data[name]
            if value is not None:
                data[name] = convert(value)
        if children is not None:
            data[child_field] = children(data["id"])
        yield cls(**data)


_KEEP_NULL = frozenset(("x", "y", "share", "interpreter_used", "perspective", "group_id",
                        "respondent_id", "touchpoint_id"))


@cache
def _fixers(kind: str) -> tuple[tuple[str, Callable], ...]:
    """(field, converter) for the fields whose stored value is not the field's value: enums
    (looked up by value), booleans (stored as 0/1) and JSON lists."""
    cls = TYPE_OF[kind]
    hints = typing.get_type_hints(cls)
    found = []
    for name, hint in hints.items():
        args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
        if (kind, name) in JSON_COLUMNS or (kind, name) in JSON_OBJECTS:
            found.append((name, partial(_json_value, _converters(cls)[name])))
        elif name in _bool_fields(cls):
            found.append((name, {0: False, 1: True}.__getitem__))  # (anything else: KeyError)
        elif len(args) == 1 and isinstance(args[0], type) and issubclass(args[0], StrEnum):
            found.append((name, args[0]._value2member_map_.__getitem__))
    return tuple(found)


def _json_value(convert: Callable, value: str):
    """A JSON column's value as its field holds it (the interchange's own conversion)."""
    return convert(json.loads(value) if value else [])


def _children(conn: sqlite3.Connection, kind: str) -> Callable[[str], tuple]:
    """The child-table values of each parent id, in position order (an empty tuple for none)."""
    _, table, parent, value = CHILDREN[kind]
    found: dict[str, list] = {}
    if kind == "respondent":
        sql = f"SELECT [{parent}], name, value FROM [{table}] ORDER BY [{parent}], position"
        for parent_id, name, text in conn.execute(sql):
            found.setdefault(parent_id, []).append((name, text))
    else:
        sql = f"SELECT [{parent}], [{value}] FROM [{table}] ORDER BY [{parent}], position"
        for parent_id, text in conn.execute(sql):
            found.setdefault(parent_id, []).append(text)
    return lambda parent_id: tuple(found.get(parent_id, ()))
