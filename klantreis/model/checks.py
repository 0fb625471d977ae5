"""Field checks shared by the entities and the project settings; each raises InvalidValue."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from klantreis.model.errors import InvalidValue

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _check_id(value: str, what: str) -> None:
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise InvalidValue("invalid_id", what=what, value=str(value))


def _check_optional_id(value: str | None, what: str) -> None:
    if value is not None:
        _check_id(value, what)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_chars(value: str, what: str) -> None:
    """No lone UTF-16 surrogate: such text can be held in memory but never written (to the
    project, a PDF, a CSV), so the work around it could not be saved."""
    if not value.isascii() and _SURROGATE.search(value):
        raise InvalidValue("invalid_character", what=what)


def _check_text(value: str, what: str, *, required: bool = False, max_len: int = 100_000) -> None:
    if not isinstance(value, str):
        raise InvalidValue("not_text", what=what)
    _check_chars(value, what)
    if required and not value.strip():
        raise InvalidValue("required", what=what)
    if len(value) > max_len:
        raise InvalidValue("too_long", what=what, limit=max_len)


def _check_colour(value: str, what: str) -> None:
    if not isinstance(value, str) or not _COLOUR_RE.match(value):
        raise InvalidValue("invalid_colour", what=what, value=str(value))


def _check_language(value: str, what: str, *, required: bool = True) -> None:
    if not value and not required:
        return
    if not isinstance(value, str) or not _LANG_RE.match(value):
        raise InvalidValue("invalid_language", what=what, value=str(value))


def _check_timestamp(value: str, what: str, *, required: bool = True) -> None:
    if not value and not required:
        return
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidValue("invalid_timestamp", what=what, value=str(value)) from None


def _check_enum(value: object, enum: type[StrEnum], what: str) -> None:
    if not isinstance(value, enum):
        raise InvalidValue("invalid_choice", what=what, value=str(value))


def _check_bool(value: object, what: str, *, optional: bool = False) -> None:
    if optional and value is None:
        return
    if not isinstance(value, bool):
        raise InvalidValue("invalid_choice", what=what, value=str(value))


def _check_str_tuple(values: tuple[str, ...], what: str) -> None:
    if not isinstance(values, tuple) or not all(isinstance(v, str) and v.strip() for v in values):
        raise InvalidValue("invalid_list", what=what)
    for value in values:
        _check_chars(value, what)
    if len(set(values)) != len(values):
        raise InvalidValue("duplicate_in_list", what=what)
