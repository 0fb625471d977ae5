"""Editing the actors (organisations and roles) of a journey: each a reversible edit, computed
without changing the journey (the document applies it as one undo step)."""

from __future__ import annotations

from dataclasses import replace

from klantreis.model.edits import Edit, Insert, Move, Remove, Sequence, Update
from klantreis.model.entities import Actor, ActorKind, new_id
from klantreis.model.journey import Journey

# colour-blind-safe colours for new actors (Okabe-Ito, a little darker for white text on them)
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D1F",
           "#5B7083", "#7B3294", "#1B7837")


def next_colour(journey: Journey) -> str:
    """The first colour of the palette no actor has yet (after that, the palette again)."""
    used = {a.colour.upper() for a in journey.actors}
    free = [c for c in PALETTE if c.upper() not in used]
    return free[0] if free else PALETTE[journey.count("actor") % len(PALETTE)]


def add_actor(journey: Journey, name: str, kind: ActorKind = ActorKind.OVERIG,
              index: int | None = None) -> Insert:
    """A new actor (validated by the entity: a name is required)."""
    return Insert(Actor(new_id(), name.strip(), kind, next_colour(journey)), index)


def add_actor_to(journey: Journey, touchpoint_id: str, name: str,
                 kind: ActorKind = ActorKind.OVERIG) -> Sequence:
    """A new actor, at once one of the touchpoint's actors ("Nieuwe actor…" in its list)."""
    insert = add_actor(journey, name, kind)
    touchpoint = journey.touchpoint(touchpoint_id)
    update = Update(replace(touchpoint, actor_ids=(*touchpoint.actor_ids, insert.item.id)))
    return Sequence([insert, update], "edit_add_actor")


def change_actor(journey: Journey, actor_id: str, **fields: object) -> Update:
    """Rename an actor, or change its kind or colour."""
    if "name" in fields:
        fields["name"] = str(fields["name"]).strip()
    return Update(replace(journey.actor(actor_id), **fields))


def users(journey: Journey, actor_id: str) -> list[str]:
    """The touchpoints that name the actor."""
    return [tp.id for tp in journey.touchpoints if actor_id in tp.actor_ids]


def remove_actor(journey: Journey, actor_id: str, move_to: str | None = None) -> Sequence:
    """Delete an actor. The touchpoints that name it name ``move_to`` instead (kept in the same
    place of their list, once), or lose the reference when ``move_to`` is None."""
    journey.actor(actor_id)  # (NotFound, with its message)
    if move_to is not None:
        journey.actor(move_to)
    edits: list[Edit] = []
    for tp_id in users(journey, actor_id):
        touchpoint = journey.touchpoint(tp_id)
        ids: list[str] = []
        for other in touchpoint.actor_ids:
            new = move_to if other == actor_id else other
            if new is not None and new not in ids:
                ids.append(new)
        edits.append(Update(replace(touchpoint, actor_ids=tuple(ids))))
    edits.append(Remove("actor", actor_id))
    return Sequence(edits, "edit_remove_actor")


def move_actor(journey: Journey, actor_id: str, index: int) -> Move:
    """Another place in the list of actors (the order of the legend and the lanes)."""
    journey.actor(actor_id)
    return Move("actor", actor_id, index, "edit_move_actor")
