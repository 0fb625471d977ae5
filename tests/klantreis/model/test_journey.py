"""Every journey operation, its inverse, its event, and its typed errors."""

import dataclasses

import pytest

from klantreis.io import interchange
from klantreis.model.entities import (
    Actor,
    Group,
    JourneyInfo,
    Perspective,
    Phase,
    Quote,
    Respondent,
    Score,
    Touchpoint,
    Transition,
)
from klantreis.model.errors import (
    DuplicateCode,
    DuplicateId,
    DuplicateTransition,
    InUse,
    InvalidIndex,
    InvalidValue,
    NotFound,
    UnknownReference,
)
from klantreis.model.journey import Change, Journey

NEW_ITEMS = {
    "phase": Phase("pn", "Nieuwe fase"),
    "actor": Actor("an", "Taalschool"),
    "touchpoint": Touchpoint("tn", "Nieuw contactmoment", "pb", ("av",)),
    "transition": Transition("en", "t3", "t4"),
    "group": Group("gn", "Uitvoerders", Perspective.UITVOERDER),
    "respondent": Respondent("rn", "R2", "g1"),
    "quote": Quote("qn", "Nieuw citaat", touchpoint_id="t1"),
    "score": Score("sn", "t3", 2, respondent_id="r1"),
}
CHANGED = {
    "phase": ("pa", {"name": "Aankomst in Raalte"}),
    "actor": ("ag", {"name": "Gemeente Raalte"}),
    "touchpoint": ("t2", {"title": "Intake en plan", "actor_ids": ("av",)}),
    "transition": ("e2", {"label": "B1-route"}),
    "group": ("g1", {"place": "gemeentehuis"}),
    "respondent": ("r1", {"attributes": (("geslacht", "v"),)}),
    "quote": ("q1", {"touchpoint_id": None}),
    "score": ("s1", {"value": 2}),
}


def snapshot(journey: Journey) -> str:
    return interchange.dumps(journey)


@pytest.mark.parametrize("kind", list(NEW_ITEMS))
@pytest.mark.parametrize("where", ["start", "end"])
def test_insert_then_remove_restores_exactly(small_journey, kind, where):
    before = snapshot(small_journey)
    events: list[Change] = []
    small_journey.subscribe(events.append)
    index = 0 if where == "start" else small_journey.count(kind)
    item = NEW_ITEMS[kind]
    getattr(small_journey, f"insert_{kind}")(index, item)
    assert small_journey.items(kind)[index] is item
    assert events == [Change("inserted", kind, item.id, index)]
    assert getattr(small_journey, f"remove_{kind}")(item.id) == index
    assert events[-1] == Change("removed", kind, item.id, index)
    assert snapshot(small_journey) == before


@pytest.mark.parametrize("kind", list(CHANGED))
def test_update_returns_old_value_and_update_back_restores(small_journey, kind):
    before = snapshot(small_journey)
    item_id, changes = CHANGED[kind]
    old = small_journey.get(kind, item_id)
    events: list[Change] = []
    small_journey.subscribe(events.append)
    new = dataclasses.replace(old, **changes)
    assert getattr(small_journey, f"update_{kind}")(new) is old
    assert small_journey.get(kind, item_id) is new
    assert events == [Change("updated", kind, item_id, small_journey.index_of(kind, item_id))]
    assert snapshot(small_journey) != before
    getattr(small_journey, f"update_{kind}")(old)
    assert snapshot(small_journey) == before


@pytest.mark.parametrize(
    "kind, item_id",
    [("touchpoint", "t1"), ("phase", "pb"), ("quote", "q2"), ("transition", "e3")],
)
def test_remove_from_the_middle_and_reinsert_at_the_same_index(small_journey, kind, item_id):
    before = snapshot(small_journey)
    # free the item from whatever refers to it, then remove and put back
    if kind == "touchpoint":
        small_journey.remove_transition("e1")
    if kind == "phase":
        for t in ("e2", "e3", "e4"):
            small_journey.remove_transition(t)
        small_journey.remove_quote("q2")
        small_journey.remove_touchpoint("t3")
        small_journey.remove_touchpoint("t4")
    mid = snapshot(small_journey)
    item = small_journey.get(kind, item_id)
    index = small_journey.remove(kind, item_id)
    small_journey.insert(index, item)
    assert snapshot(small_journey) == mid
    assert before  # the set-up changed the journey on purpose


def test_set_info_is_symmetric(small_journey):
    events = []
    small_journey.subscribe(events.append)
    old = small_journey.set_info(JourneyInfo(title="Andere titel"))
    assert small_journey.info.title == "Andere titel"
    small_journey.set_info(old)
    assert small_journey.info is old
    assert [e.action for e in events] == ["info", "info"]


def _failing_operations():
    return [
        (DuplicateId, lambda j: j.insert_phase(0, Phase("pa", "Dubbel"))),
        (InvalidIndex, lambda j: j.insert_phase(7, Phase("px", "Ver weg"))),
        (InvalidIndex, lambda j: j.insert_phase(-1, Phase("px", "Negatief"))),
        (UnknownReference, lambda j: j.insert_touchpoint(0, Touchpoint("tx", "X", "nope"))),
        (UnknownReference, lambda j: j.insert_touchpoint(0, Touchpoint("tx", "X", "pa", ("nope",)))),
        (UnknownReference, lambda j: j.insert_transition(0, Transition("ex", "t1", "nope"))),
        (UnknownReference, lambda j: j.insert_quote(0, Quote("qx", "tekst", respondent_id="nope"))),
        (UnknownReference, lambda j: j.update_respondent(Respondent("r1", "R1", "nope"))),
        (DuplicateTransition, lambda j: j.insert_transition(0, Transition("ex", "t1", "t2"))),
        (DuplicateCode, lambda j: j.insert_respondent(0, Respondent("rx", "r1"))),
        (DuplicateId, lambda j: j.insert_score(0, Score("sx", "t2", 1, respondent_id="r1"))),
        (InUse, lambda j: j.remove_touchpoint("t2")),
        (InUse, lambda j: j.remove_phase("pa")),
        (InUse, lambda j: j.remove_actor("av")),
        (InUse, lambda j: j.remove_group("g1")),
        (InUse, lambda j: j.remove_respondent("r1")),
        (NotFound, lambda j: j.remove_quote("nope")),
        (NotFound, lambda j: j.update_phase(Phase("nope", "X"))),
        (InvalidValue, lambda j: j.insert_phase(0, Actor("ax", "Niet een fase"))),
        (InvalidValue, lambda j: j.insert(0, "geen entiteit")),
    ]


@pytest.mark.parametrize("error, operation", _failing_operations())
def test_invalid_operations_raise_typed_errors_and_change_nothing(small_journey, error, operation):
    before = snapshot(small_journey)
    events = []
    small_journey.subscribe(events.append)
    with pytest.raises(error) as info:
        operation(small_journey)
    assert str(info.value) and str(info.value) != info.value.code
    assert snapshot(small_journey) == before
    assert events == []


def test_in_use_message_names_the_item(small_journey):
    with pytest.raises(InUse) as info:
        small_journey.remove_touchpoint("t2")
    assert "Intake" in str(info.value)


def test_getters_return_immutable_views(small_journey):
    phases = small_journey.phases
    assert isinstance(phases, tuple)
    assert small_journey.quotes_for(None) == (small_journey.quote("q3"),)
    assert {t.id for t in small_journey.transitions_of("t2")} == {"e1", "e2", "e3", "e4"}
    assert small_journey.touchpoints_in_phase("pb") == (
        small_journey.touchpoint("t3"), small_journey.touchpoint("t4"))
    assert small_journey.scores_for("t2") == (small_journey.score("s1"),)


def test_unsubscribe_stops_events(small_journey):
    events = []
    small_journey.subscribe(events.append)
    small_journey.unsubscribe(events.append)
    small_journey.add(Phase("pz", "Z"))
    assert events == []


def test_move_emits_one_event_and_moving_back_restores(small_journey):
    before = interchange.dumps(small_journey)
    events = []
    small_journey.subscribe(events.append)
    old = small_journey.move("touchpoint", "t1", 3)
    assert old == 0
    assert [t.id for t in small_journey.touchpoints] == ["t2", "t3", "t4", "t1"]
    assert events == [Change("moved", "touchpoint", "t1", 3)]
    small_journey.move("touchpoint", "t1", old)
    assert interchange.dumps(small_journey) == before


@pytest.mark.parametrize("index", [-1, 2, "0"])
def test_move_to_a_bad_index_raises_and_changes_nothing(small_journey, index):
    before = interchange.dumps(small_journey)
    with pytest.raises(InvalidIndex):
        small_journey.move("phase", "pa", index)
    assert interchange.dumps(small_journey) == before
