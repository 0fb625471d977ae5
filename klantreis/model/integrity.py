"""What a journey checks before it changes, so that it never holds a dangling or doubled entity:
every reference points at an entity of the right kind in the journey, what may occur once does
(a transition between two touchpoints, a score of one owner for a touchpoint, a respondent code
in any case), and an entity that others refer to is not removed.

The :class:`~klantreis.model.journey.Journey` calls these with its lists (kind -> collection)
and its index of unique keys (kind -> key -> the id that has it), which it keeps with
:func:`track_unique`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from klantreis.model.collection import KIND_LABEL, Collection
from klantreis.model.errors import (
    DuplicateCode,
    DuplicateId,
    DuplicateTransition,
    InUse,
    InvalidValue,
    UnknownReference,
)

Collections = Mapping[str, Collection]
# the kinds of which something must be unique, by key (see unique_key)
UNIQUE_KINDS: tuple[str, ...] = ("transition", "score", "respondent")


def unique_key(kind: str, item) -> tuple:
    """What may occur once per journey: a transition between two touchpoints, a score of one
    owner for a touchpoint, a respondent code (whatever its case)."""
    if kind == "transition":
        return item.source_id, item.target_id
    if kind == "score":
        return item.touchpoint_id, item.respondent_id, item.group_id
    return (item.code.strip().casefold(),)


def track_unique(unique: dict[str, dict], kind: str, old, new) -> None:
    """Keep the index of unique keys after a change of ``old`` into ``new`` (None: inserted or
    removed)."""
    if kind in unique:
        keys = unique[kind]
        if old is not None and keys.get(unique_key(kind, old)) == old.id:
            del keys[unique_key(kind, old)]
        if new is not None:
            keys[unique_key(kind, new)] = new.id


def _require(collections: Collections, owner_kind: str, target_kind: str,
             target_id: str | None) -> None:
    if target_id is not None and target_id not in collections[target_kind]:
        raise UnknownReference(
            "unknown_reference", kind=KIND_LABEL[owner_kind],
            target=KIND_LABEL[target_kind], id=target_id,
        )


def validate(collections: Collections, unique: dict[str, dict], kind: str, item) -> None:
    """Check references and uniqueness of ``item`` against the rest of the journey."""
    if kind == "touchpoint":
        _require(collections, kind, "phase", item.phase_id)
        for actor_id in item.actor_ids:
            _require(collections, kind, "actor", actor_id)
    elif kind == "transition":
        _require(collections, kind, "touchpoint", item.source_id)
        _require(collections, kind, "touchpoint", item.target_id)
        holder = unique["transition"].get(unique_key(kind, item))
        if holder is not None and holder != item.id:
            touchpoints = collections["touchpoint"]
            raise DuplicateTransition("duplicate_transition",
                                      source=touchpoints.get(item.source_id).title,
                                      target=touchpoints.get(item.target_id).title)
    elif kind == "respondent":
        _require(collections, kind, "group", item.group_id)
        holder = unique["respondent"].get(unique_key(kind, item))
        if holder is not None and holder != item.id:
            raise DuplicateCode("duplicate_code", code=item.code)
    elif kind == "quote":
        _require(collections, kind, "touchpoint", item.touchpoint_id)
        _require(collections, kind, "respondent", item.respondent_id)
        _require(collections, kind, "group", item.group_id)
        _require(collections, kind, "transcript", item.transcript_id)
        if item.transcript_id is not None:
            size = len(collections["transcript"].get(item.transcript_id).text)
            if item.passage_end > size:
                raise InvalidValue("passage_outside_transcript", start=item.passage_start,
                                   end=item.passage_end, size=size)
    elif kind == "transcript":
        _require(collections, kind, "group", item.group_id)
        for speaker in item.speakers:
            _require(collections, kind, "respondent", speaker.respondent_id)
        _check_passages_fit(collections, item)
    elif kind == "score":
        _require(collections, kind, "touchpoint", item.touchpoint_id)
        _require(collections, kind, "respondent", item.respondent_id)
        _require(collections, kind, "group", item.group_id)
        holder = unique["score"].get(unique_key(kind, item))
        if holder is not None and holder != item.id:
            raise DuplicateId("duplicate_score")
    elif kind == "indicator":
        for touchpoint_id in item.touchpoint_ids:
            _require(collections, kind, "touchpoint", touchpoint_id)
    elif kind == "norm":
        _require(collections, kind, "question", item.question_id)
        for target, ids in (("touchpoint", item.touchpoint_ids), ("quote", item.quote_ids),
                            ("indicator", item.indicator_ids)):
            for target_id in ids:
                _require(collections, kind, target, target_id)


def _check_passages_fit(collections: Collections, transcript) -> None:
    """A changed transcript keeps every passage quoted from it inside its text."""
    if transcript.id not in collections["transcript"]:
        return
    size = len(transcript.text)
    for quote in collections["quote"]:
        if quote.transcript_id == transcript.id and quote.passage_end > size:
            raise InvalidValue("passage_outside_transcript", start=quote.passage_start,
                               end=quote.passage_end, size=size)


def users(collections: Collections, kind: str, item_id: str) -> list[tuple[str, int]]:
    """Which other entities refer to (kind, item_id): [(user kind, count), ...]."""
    refs: dict[str, tuple[tuple[str, Callable], ...]] = {
        "phase": (("touchpoint", lambda t: t.phase_id == item_id),),
        "actor": (("touchpoint", lambda t: item_id in t.actor_ids),),
        "touchpoint": (
            ("transition", lambda t: item_id in (t.source_id, t.target_id)),
            ("quote", lambda q: q.touchpoint_id == item_id),
            ("score", lambda s: s.touchpoint_id == item_id),
            ("indicator", lambda i: item_id in i.touchpoint_ids),
            ("norm", lambda n: item_id in n.touchpoint_ids),
        ),
        "quote": (("norm", lambda n: item_id in n.quote_ids),),
        "transcript": (("quote", lambda q: q.transcript_id == item_id),),
        "indicator": (("norm", lambda n: item_id in n.indicator_ids),),
        "question": (("norm", lambda n: n.question_id == item_id),),
        "group": (
            ("respondent", lambda r: r.group_id == item_id),
            ("quote", lambda q: q.group_id == item_id),
            ("score", lambda s: s.group_id == item_id),
            ("transcript", lambda t: t.group_id == item_id),
        ),
        "respondent": (
            ("quote", lambda q: q.respondent_id == item_id),
            ("score", lambda s: s.respondent_id == item_id),
            ("transcript", lambda t: any(s.respondent_id == item_id for s in t.speakers)),
        ),
    }
    found = []
    for user_kind, uses in refs.get(kind, ()):
        count = sum(1 for other in collections[user_kind] if uses(other))
        if count:
            found.append((user_kind, count))
    return found


def check_unused(collections: Collections, kind: str, item) -> None:
    """Raise :class:`InUse` when other entities refer to ``item`` (of ``kind``)."""
    found = users(collections, kind, item.id)
    if found:
        user_kind, count = found[0]
        name = getattr(item, "name", None) or getattr(item, "title", None) or getattr(
            item, "code", item.id)
        raise InUse("in_use", kind=KIND_LABEL[kind], name=name, count=count,
                    users=KIND_LABEL[user_kind] + ("" if count == 1 else "(en)"))
