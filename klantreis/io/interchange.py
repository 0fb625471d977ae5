"""The JSON interchange format: a journey as one readable, versioned JSON document.

Layout (documented in README, section "Bestandsformaat")::

    {"format": "klantreis", "version": 4,
     "journey": {...}, "phases": [...], "actors": [...], "touchpoints": [...],
     "transitions": [...], "groups": [...], "respondents": [...], "transcripts": [...],
     "quotes": [...], "scores": [...],
     "indicators": [...], "questions": [...], "norms": [...]}

Version 2 added the indicators and the toetsingskader (questions, norms), and on touchpoints
and transitions whether they are designed, lived or both, and a touchpoint's deadline. A
version 1 file reads as it always did (it has none of these). Version 3 added an indicator's
``lower_is_better`` (a duration is better lower); older files have none, all better higher.
Version 4 added the transcripts (source documents) and on a quote the transcript and the
characters of its passage.

Field names are the entity field names. A field at its default value is left out when writing and
may be left out when reading. Unknown fields are refused, so a typo never loses data silently.
Writing is canonical (fixed order, two-space indent, UTF-8, newline at the end): the same journey
always gives the same text, and reading then writing a canonical file gives it back byte for byte.
"""

from __future__ import annotations

import dataclasses
import json
import os
import typing
from collections.abc import Callable
from enum import StrEnum
from functools import cache, partial
from pathlib import Path
from types import NoneType, UnionType

from klantreis.io.fileio import read_bytes, write_bytes_atomically
from klantreis.messages import message
from klantreis.model.entities import JourneyInfo
from klantreis.model.errors import KlantreisError, NewerVersion, ProjectFileError
from klantreis.model.journey import KINDS, TYPE_OF, Journey

FORMAT = "klantreis"
VERSION = 4
SECTIONS: dict[str, str] = {
    "phases": "phase", "actors": "actor", "touchpoints": "touchpoint",
    "transitions": "transition", "groups": "group", "respondents": "respondent",
    "transcripts": "transcript", "quotes": "quote", "scores": "score", "indicators": "indicator",
    "questions": "question", "norms": "norm",
}
assert tuple(SECTIONS.values()) == KINDS


# ----------------------------------------------------------------------------- entity <-> dict


@cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _default(f: dataclasses.Field) -> object:
    if f.default is not dataclasses.MISSING:
        return f.default
    return dataclasses.MISSING


def entity_to_dict(item) -> dict:
    """The JSON-ready dict of an entity, without fields at their default."""
    out: dict[str, object] = {}
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        if value == _default(f):
            continue
        out[f.name] = _to_json_value(f.name, value)
    return out


def _to_json_value(name: str, value: object) -> object:
    if name == "attributes":
        return {k: v for k, v in value}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return [_to_json_value(name, v) for v in value]
    if dataclasses.is_dataclass(value):
        return entity_to_dict(value)  # e.g. the PDF options of the journey
    return value


def entity_from_dict(cls: type, data: dict):
    """Build an entity of ``cls`` from a JSON dict; raises KeyError/ValueError/TypeError."""
    if not isinstance(data, dict):
        raise TypeError("expected an object")
    converters = _converters(cls)
    if not converters.keys() >= data.keys():
        raise KeyError(sorted(set(data) - set(converters))[0])
    return cls(**{name: converters[name](value) for name, value in data.items()})


def _identity(value: object) -> object:
    return value


def _optional_enum(enum: type, value: object):
    return None if value is None else enum(value)


@cache
def _converters(cls: type) -> dict:
    """Per field of ``cls``, the function that turns its JSON value into the field's value (made
    once per class: reading a large project converts hundreds of thousands of values)."""
    hints = _hints(cls)
    converters = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        optional = ([a for a in typing.get_args(hint) if a is not NoneType]
                    if isinstance(hint, UnionType) else [])
        if f.name != "attributes" and (hint in (str, int, float, bool) or hint == str | None):
            converters[f.name] = _identity  # (the entity checks the type itself)
        elif isinstance(hint, type) and issubclass(hint, StrEnum):
            converters[f.name] = hint  # the enum's own constructor (ValueError for a bad value)
        elif len(optional) == 1 and isinstance(optional[0], type) and issubclass(optional[0], StrEnum):
            converters[f.name] = partial(_optional_enum, optional[0])
        else:
            converters[f.name] = partial(_from_json_value, f.name, hint)
    return converters


def _from_json_value(name: str, hint: object, value: object) -> object:
    if name == "attributes":
        if not isinstance(value, dict):
            raise TypeError("attributes")
        return tuple((str(k), v) for k, v in value.items())
    if isinstance(hint, UnionType):
        args = [a for a in typing.get_args(hint) if a is not NoneType]
        if value is None:
            return None
        hint = args[0] if len(args) == 1 else hint
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return hint(value)
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, list):
            raise TypeError(name)
        item = typing.get_args(hint)[0]
        if isinstance(item, type) and issubclass(item, StrEnum):
            return tuple(item(v) for v in value)
        if isinstance(item, type) and dataclasses.is_dataclass(item):
            return tuple(entity_from_dict(item, v) for v in value)  # e.g. a norm's references
        return tuple(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return entity_from_dict(hint, value)
    return value


# ----------------------------------------------------------------------------- journey <-> dict


def journey_to_dict(journey: Journey) -> dict:
    data: dict[str, object] = {"format": FORMAT, "version": VERSION}
    data["journey"] = entity_to_dict(journey.info)
    for section, kind in SECTIONS.items():
        data[section] = [entity_to_dict(item) for item in journey.items(kind)]
    return data


def check_envelope(data: object, *, fmt: str, known: int, keys: set[str],
                   wrong: Callable[[], Exception], newer: Callable[[int], Exception],
                   unknown: Callable[[str], Exception]) -> None:
    """What every versioned JSON document of Klantreis is checked for first (a journey, a
    clipboard fragment): an object of format ``fmt``, a version from 1 to ``known`` (``newer``
    for a later one), and no key outside ``keys`` besides "format" and "version"."""
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise wrong()
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise wrong()
    if version > known:
        raise newer(version)
    extra = sorted(set(data) - {"format", "version", *keys})
    if extra:
        raise unknown(extra[0])


def journey_from_dict(data: object, *, source: str = "JSON") -> Journey:
    """Build a journey from interchange data; raises :class:`ProjectFileError`."""
    check_envelope(
        data, fmt=FORMAT, known=VERSION, keys={"journey", *SECTIONS},
        wrong=lambda: ProjectFileError("not_journey_json", path=source),
        newer=lambda found: NewerVersion("newer_json", path=source, found=found, known=VERSION),
        unknown=lambda key: _field_error(source, key, KeyError(key)))
    try:
        info = entity_from_dict(JourneyInfo, data.get("journey"))
    except (KlantreisError, KeyError, ValueError, TypeError) as error:
        raise _field_error(source, "journey", error) from None
    journey = Journey(info)
    for section, kind in SECTIONS.items():
        items = data.get(section, [])
        if not isinstance(items, list):
            raise _field_error(source, section, TypeError(section))
        cls = TYPE_OF[kind]
        for number, item_data in enumerate(items):
            where = f"{section}[{number}]"
            try:
                journey.add(entity_from_dict(cls, item_data))
            except (KlantreisError, KeyError, ValueError, TypeError) as error:
                raise _field_error(source, where, error) from None
    return journey


def field_error_reason(error: Exception) -> str:
    """Why an entity could not be read from JSON data, in words for the user."""
    if isinstance(error, KlantreisError):
        return str(error)
    if isinstance(error, KeyError):
        return message("unknown_field", field=error.args[0] if error.args else "?")
    return message("wrong_type")


def _field_error(source: str, where: str, error: Exception) -> ProjectFileError:
    return ProjectFileError("invalid_json_field", path=source, where=where,
                            reason=field_error_reason(error))


# ----------------------------------------------------------------------------- text and files


def dumps(journey: Journey) -> str:
    """Canonical JSON text of a journey."""
    return json.dumps(journey_to_dict(journey), ensure_ascii=False, indent=2) + "\n"


def loads(text: str, *, source: str = "JSON") -> Journey:
    return journey_from_dict(parse_json(text, source=source), source=source)


def parse_json(text: str, *, source: str = "JSON", error: type[ProjectFileError] = ProjectFileError):
    """``json.loads`` that fails only with a clear message: invalid JSON, nesting too deep to
    read, a number too long to convert, or a lone UTF-16 surrogate (``"\\ud800"``: text that
    could never be written to a file again)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as problem:
        raise error("not_json", path=source, line=problem.lineno) from None
    except RecursionError:
        raise error("json_too_deep", path=source) from None
    except ValueError:  # (an integer of more digits than Python converts)
        raise error("json_number_too_long", path=source) from None
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise error("json_lone_surrogate", path=source) from None
    except RecursionError:
        raise error("json_too_deep", path=source) from None
    return data


def load_json(path: str | os.PathLike[str]) -> Journey:
    """Read a journey from a JSON file; raises :class:`ProjectFileError` with a clear message."""
    path = Path(path)
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectFileError("not_json", path=str(path), line=1) from None
    return loads(text, source=str(path))


def save_json(path: str | os.PathLike[str], journey: Journey) -> None:
    """Write the journey as canonical JSON; atomic (all or nothing)."""
    write_bytes_atomically(path, dumps(journey).encode("utf-8"))
