"""Entities to table rows and back. Nested lists live in child tables:
touchpoint actors, respondent attributes and quote tags."""

from __future__ import annotations

import dataclasses
import json
import typing
from enum import StrEnum
from functools import cache

from klantreis.entities import JourneyInfo
from klantreis.interchange import entity_from_dict, entity_to_dict
from klantreis.journey import TYPE_OF

TABLE_OF: dict[str, str] = {
    "phase": "phases", "actor": "actors", "touchpoint": "touchpoints",
    "transition": "transitions", "group": "groups", "respondent": "respondents",
    "quote": "quotes", "score": "scores",
}

# (field, child table, parent key column, value column) for fields kept in a child table
CHILDREN: dict[str, tuple[str, str, str, str]] = {
    "touchpoint": ("actor_ids", "touchpoint_actors", "touchpoint_id", "actor_id"),
    "respondent": ("attributes", "respondent_attributes", "respondent_id", "name"),
    "quote": ("tags", "quote_tags", "quote_id", "tag"),
}
JSON_COLUMNS = {("group", "languages")}


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
        elif (kind, f.name) in JSON_COLUMNS:
            value = json.dumps(list(value), ensure_ascii=False)
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


def entity_from_rows(kind: str, row: dict, children: list[dict]):
    """Rebuild an entity from its row and its child rows (already in position order)."""
    cls = TYPE_OF[kind]
    bools = _bool_fields(cls)
    data: dict[str, object] = {}
    for name, value in row.items():
        if name == "position":
            continue
        if value is None and name not in ("x", "y", "share", "interpreter_used", "perspective",
                                          "group_id", "respondent_id", "touchpoint_id"):
            continue
        if (kind, name) in JSON_COLUMNS:
            value = json.loads(value) if value else []
        elif name in bools and value is not None:
            value = bool(value)
        data[name] = value
    if kind in CHILDREN:
        field_name, _, _, value_col = CHILDREN[kind]
        if kind == "respondent":
            data[field_name] = {c["name"]: c["value"] for c in children}
        else:
            data[field_name] = [c[value_col] for c in children]
    return entity_from_dict(cls, data)
