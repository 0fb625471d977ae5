"""Copy, paste and duplicate touchpoints: a selection as a small JSON fragment, and the edits
that put a fragment into a journey (the same journey or another open project).

A fragment is plain JSON data, so it can travel through the system clipboard::

    {"format": "klantreis-fragment", "version": 1,
     "touchpoints": [...], "transitions": [...], "phases": [...], "actors": [...],
     "positions": {"<touchpoint id>": [x, y-in-band], ...}}

Entities are written as in the interchange format (:func:`klantreis.io.interchange.entity_to_dict`).
What a fragment holds, and what it deliberately leaves out:

- the selected touchpoints, the transitions with *both* ends in the selection, and the phases
  and actors they use (so a paste into another journey can match or create them);
- each card's shown position (x, y relative to its phase band) in ``positions``; the
  touchpoints themselves carry no x/y;
- no quotes and no scores: evidence belongs to a specific session with specific respondents,
  and copying it would make it look as if it was said or scored about the copy too;
- no internal notes: a fragment may go to the system clipboard, and internal notes never leave
  the app. ``internal_note`` is blanked when copying and ignored when pasting.

Pasting gives one :class:`klantreis.model.edits.Sequence` (one undo step) that first pins the cards
already on the canvas (so nothing jumps when the pasted cards get their positions), then inserts
the phases and actors it needs, the touchpoints and the transitions, all with new ids.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace

from klantreis.graph import layout
from klantreis.io.interchange import (
    check_envelope,
    entity_from_dict,
    entity_to_dict,
    field_error_reason,
    parse_json,
)
from klantreis.model.edits import Edit, Insert, Sequence, move_touchpoints
from klantreis.model.entities import Actor, JourneyInfo, Phase, Touchpoint, Transition, new_id
from klantreis.model.errors import FragmentError, KlantreisError, ProjectFileError
from klantreis.model.journey import Journey

FORMAT = "klantreis-fragment"
VERSION = 1
SOURCE = "klembord"  # how messages name a fragment's origin
SECTIONS: dict[str, type] = {
    "phases": Phase, "actors": Actor, "touchpoints": Touchpoint, "transitions": Transition,
}
STEP = (layout.COL_W / 4, layout.ROW_H / 4)  # a paste over its originals moves this far per step
_MAX_STEPS = 100


# ----------------------------------------------------------------------------- copy


def copy_fragment(journey: Journey, touchpoint_ids) -> dict:
    """The selected touchpoints as a JSON-serialisable fragment (see the module docstring).

    Order follows the journey, not the selection, so the result is deterministic. Unknown ids
    raise :class:`klantreis.model.errors.NotFound`. Quotes, scores and internal notes are never copied.
    """
    wanted = set(touchpoint_ids)
    for tp_id in wanted:
        journey.touchpoint(tp_id)  # NotFound with a clear message
    touchpoints = [tp for tp in journey.touchpoints if tp.id in wanted]
    phase_ids = {tp.phase_id for tp in touchpoints}
    actor_ids = {a for tp in touchpoints for a in tp.actor_ids}
    shown = layout.positions_for(journey) if touchpoints else {}
    return {
        "format": FORMAT,
        "version": VERSION,
        "touchpoints": [entity_to_dict(replace(tp, x=None, y=None, internal_note=""))
                        for tp in touchpoints],
        "transitions": [entity_to_dict(t) for t in journey.transitions
                        if t.source_id in wanted and t.target_id in wanted],
        "phases": [entity_to_dict(p) for p in journey.phases if p.id in phase_ids],
        "actors": [entity_to_dict(a) for a in journey.actors if a.id in actor_ids],
        "positions": {tp.id: [round(shown[tp.id][0], 1), round(max(0.0, shown[tp.id][1]), 1)]
                      for tp in touchpoints},
    }


def dumps(fragment: dict) -> str:
    """The JSON text of a fragment (for the clipboard)."""
    return json.dumps(fragment, ensure_ascii=False)


def loads(text: str, *, source: str = SOURCE) -> dict:
    """A fragment from JSON text, checked; raises :class:`FragmentError`."""
    if not isinstance(text, str):
        raise FragmentError("not_fragment_json", path=source, line=1)
    try:
        data = parse_json(text, source=source)
    except ProjectFileError as error:  # (the clipboard's own words for invalid JSON)
        code = "not_fragment_json" if error.code == "not_json" else error.code
        raise FragmentError(code, **error.params) from None
    _parse(data, source)
    return data


def as_text(fragment: dict) -> str:
    """A plain-text rendering for other apps: the titles, numbered, one per line."""
    titles = [str(tp.get("title", "")) for tp in fragment.get("touchpoints", ())
              if isinstance(tp, dict)]
    return "".join(f"{n}. {title}\n" for n, title in enumerate(titles, start=1))


# ----------------------------------------------------------------------------- validation


@dataclass(frozen=True)
class _Parsed:
    phases: tuple[Phase, ...]
    actors: tuple[Actor, ...]
    touchpoints: tuple[Touchpoint, ...]
    transitions: tuple[Transition, ...]
    positions: dict[str, tuple[float, float]]


def _parse(data: object, source: str) -> _Parsed:
    """Check a fragment completely and return its entities; raises :class:`FragmentError`."""
    check_envelope(
        data, fmt=FORMAT, known=VERSION, keys={"positions", *SECTIONS},
        wrong=lambda: FragmentError("not_fragment", path=source),
        newer=lambda found: FragmentError("newer_fragment", path=source, found=found, known=VERSION),
        unknown=lambda key: _invalid(source, key, KeyError(key)))
    # a scratch journey checks ids, references and duplicate transitions with the model's rules
    scratch = Journey(JourneyInfo(title=FORMAT))
    parsed: dict[str, tuple] = {}
    for section, cls in SECTIONS.items():
        items = data.get(section, [])
        if not isinstance(items, list):
            raise _invalid(source, section, TypeError(section))
        entities = []
        for number, item_data in enumerate(items):
            try:
                item = entity_from_dict(cls, item_data)
                if cls is Touchpoint:
                    item = replace(item, internal_note="")  # never pasted, see the docstring
                scratch.add(item)
            except (KlantreisError, KeyError, ValueError, TypeError) as error:
                raise _invalid(source, f"{section}[{number}]", error) from None
            entities.append(item)
        parsed[section] = tuple(entities)
    positions = _parse_positions(data.get("positions", {}), scratch, source)
    return _Parsed(parsed["phases"], parsed["actors"], parsed["touchpoints"],
                   parsed["transitions"], positions)


def _parse_positions(data: object, scratch: Journey, source: str) -> dict[str, tuple[float, float]]:
    if not isinstance(data, dict):
        raise _invalid(source, "positions", TypeError("positions"))
    positions: dict[str, tuple[float, float]] = {}
    for tp_id, value in data.items():
        where = f"positions[{tp_id}]"
        if scratch.find("touchpoint", tp_id) is None:
            raise _invalid(source, where, KeyError(tp_id))
        if not (isinstance(value, list) and len(value) == 2 and all(
                isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
                and abs(v) <= 1e7 for v in value)):
            raise _invalid(source, where, TypeError(where))
        positions[tp_id] = (float(value[0]), float(value[1]))
    return positions


def _invalid(source: str, where: str, error: Exception) -> FragmentError:
    return FragmentError("invalid_fragment", path=source, where=where,
                         reason=field_error_reason(error))


# ----------------------------------------------------------------------------- paste


def paste_edits(journey: Journey, fragment: object, *, target_phase_id: str | None = None,
                offset: tuple[float, float] | None = None, code: str = "edit_paste",
                source: str = SOURCE) -> tuple[Sequence, list[str]]:
    """The edit that pastes ``fragment`` into ``journey`` as one undo step, and the ids of the
    new touchpoints (in fragment order, e.g. to select them afterwards).

    Every touchpoint and transition gets a new id; titles stay as they are. A phase of the
    fragment maps to the journey's phase with the same id, else the same name (ignoring case),
    else ``target_phase_id``, else the journey's first phase; a journey without phases gets the
    fragment's phases (new ids). An actor maps by id, else by name, else it is inserted (new id)
    in the same step.

    Positions: ``offset=None`` shifts the cards by :data:`STEP` until none lies on a card that is
    already in its phase (so a paste into the same journey, or a second paste, never covers the
    cards it came from); an explicit ``(dx, dy)`` is used as given. Cards stay inside their band
    (y >= 0) and right of the phase header.

    Nothing changes until the edit is applied. An empty fragment gives an empty Sequence and no
    ids: do not push it. Raises :class:`FragmentError` for data that is not a valid fragment and
    :class:`klantreis.model.errors.NotFound` for an unknown ``target_phase_id``.
    """
    parsed = _parse(fragment, source)
    if target_phase_id is not None:
        journey.phase(target_phase_id)
    if not parsed.touchpoints:
        return Sequence([], code), []
    steps: list[Edit] = [move_touchpoints(journey, {})]  # pin: nothing else moves
    phase_map = _map_phases(journey, parsed.phases, target_phase_id, steps)
    actor_map = _map_actors(journey, parsed.actors, steps)
    places = _places(journey, parsed, phase_map, offset)
    id_map = {tp.id: new_id() for tp in parsed.touchpoints}
    for tp in parsed.touchpoints:
        x, y = places[tp.id]
        steps.append(Insert(replace(
            tp, id=id_map[tp.id], phase_id=phase_map[tp.phase_id],
            actor_ids=tuple(dict.fromkeys(actor_map[a] for a in tp.actor_ids)),
            x=x, y=y, internal_note="")))
    for tr in parsed.transitions:
        steps.append(Insert(replace(tr, id=new_id(), source_id=id_map[tr.source_id],
                                    target_id=id_map[tr.target_id])))
    return Sequence(steps, code), [id_map[tp.id] for tp in parsed.touchpoints]


def duplicate_edits(journey: Journey, touchpoint_ids) -> tuple[Sequence, list[str]]:
    """Copy and paste the touchpoints in the same journey, as the undo step "dupliceren"."""
    return paste_edits(journey, copy_fragment(journey, touchpoint_ids), code="edit_duplicate")


def _key(name: str) -> str:
    return name.strip().casefold()


def _map_phases(journey: Journey, phases: tuple[Phase, ...], target_phase_id: str | None,
                steps: list[Edit]) -> dict[str, str]:
    by_name = {_key(p.name): p.id for p in reversed(journey.phases)}  # the first of equal names
    fallback = target_phase_id or (journey.phases[0].id if journey.phases else None)
    mapping: dict[str, str] = {}
    for phase in phases:
        if journey.find("phase", phase.id) is not None:
            mapping[phase.id] = phase.id
        elif _key(phase.name) in by_name:
            mapping[phase.id] = by_name[_key(phase.name)]
        elif fallback is not None:
            mapping[phase.id] = fallback
        else:  # a journey without phases: bring the fragment's phases along
            new = replace(phase, id=new_id())
            steps.append(Insert(new, code="edit_add_phase"))
            mapping[phase.id] = by_name[_key(phase.name)] = new.id
    return mapping


def _map_actors(journey: Journey, actors: tuple[Actor, ...], steps: list[Edit]) -> dict[str, str]:
    by_name = {_key(a.name): a.id for a in reversed(journey.actors)}
    mapping: dict[str, str] = {}
    for actor in actors:
        if journey.find("actor", actor.id) is not None:
            mapping[actor.id] = actor.id
        elif _key(actor.name) in by_name:
            mapping[actor.id] = by_name[_key(actor.name)]
        else:
            new = replace(actor, id=new_id())
            steps.append(Insert(new, code="edit_add_actor"))
            mapping[actor.id] = by_name[_key(actor.name)] = new.id
    return mapping


def _places(journey: Journey, parsed: _Parsed, phase_map: dict[str, str],
            offset: tuple[float, float] | None) -> dict[str, tuple[float, float]]:
    """Where each pasted card goes (x, y in its new band)."""
    base = _stacked(parsed, phase_map)
    if offset is not None:
        return {tp_id: _clamp(x + offset[0], y + offset[1]) for tp_id, (x, y) in base.items()}
    shown = layout.positions_for(journey)
    taken: dict[str, list[tuple[float, float]]] = {}
    for tp in journey.touchpoints:
        x, y = shown[tp.id]
        taken.setdefault(tp.phase_id, []).append((x, max(0.0, y)))
    phase_of = {tp.id: phase_map[tp.phase_id] for tp in parsed.touchpoints}
    for k in range(_MAX_STEPS):
        places = {tp_id: _clamp(x + k * STEP[0], y + k * STEP[1]) for tp_id, (x, y) in base.items()}
        if not any(_covers(places[tp_id], other)
                   for tp_id, phase_id in phase_of.items() for other in taken.get(phase_id, ())):
            break
    return places


def _stacked(parsed: _Parsed, phase_map: dict[str, str]) -> dict[str, tuple[float, float]]:
    """The fragment's positions; where several of its phases land in one phase, each next
    group of cards goes below the previous one instead of on top of it."""
    base: dict[str, tuple[float, float]] = {}
    for number, tp in enumerate(parsed.touchpoints):
        if tp.id in parsed.positions:
            base[tp.id] = parsed.positions[tp.id]
        elif tp.position is not None:
            base[tp.id] = tp.position
        else:  # a hand-made fragment without positions: a row from the left
            base[tp.id] = (layout.LABEL_W + layout.CARD_INSET + number * layout.COL_W,
                           layout.BAND_PAD)
    bottom: dict[str, float] = {}  # per target phase: below the groups placed so far
    for phase in parsed.phases:
        members = [tp.id for tp in parsed.touchpoints if tp.phase_id == phase.id]
        if not members:
            continue
        target = phase_map[phase.id]
        top = min(base[m][1] for m in members)
        shift = max(0.0, bottom[target] - top) if target in bottom else 0.0
        for m in members:
            base[m] = (base[m][0], base[m][1] + shift)
        bottom[target] = max(base[m][1] for m in members) + layout.ROW_H
    return base


def _clamp(x: float, y: float) -> tuple[float, float]:
    return round(max(layout.LABEL_W, x), 1), round(max(0.0, y), 1)


def _covers(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether a card at ``a`` would hide a card at ``b`` (less than half a step apart)."""
    return abs(a[0] - b[0]) < STEP[0] / 2 and abs(a[1] - b[1]) < STEP[1] / 2
