"""Copy, paste and duplicate: one exact undo step, new ids, matched or created phases and actors."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from klantreis.graph import layout
from klantreis.io import fragment, interchange
from klantreis.model.entities import Actor, JourneyInfo, Phase
from klantreis.model.errors import NotFound
from klantreis.model.journey import Journey
from tests.conftest import RAALTE_JSON, make_small_journey


def _raalte_selection(journey: Journey) -> list[str]:
    """A connected stretch of the route: the first touchpoints that have a transition."""
    first = journey.transitions[:4]
    return list(dict.fromkeys(i for t in first for i in (t.source_id, t.target_id)))


def _internal(journey: Journey, ids: list[str]) -> list:
    chosen = set(ids)
    return [t for t in journey.transitions if t.source_id in chosen and t.target_id in chosen]


def test_copy_and_paste_in_raalte_is_one_exact_undo_step():
    journey = interchange.load_json(RAALTE_JSON)
    ids = _raalte_selection(journey)
    internal = _internal(journey, ids)
    assert internal and len(ids) >= 3
    before = interchange.dumps(journey)
    counts = {kind: journey.count(kind) for kind in ("phase", "actor", "touchpoint", "transition")}

    edit, new_ids = fragment.paste_edits(journey, fragment.copy_fragment(journey, ids))
    assert edit.text == "plakken"
    edit.apply(journey)
    after = interchange.dumps(journey)
    assert journey.count("touchpoint") == counts["touchpoint"] + len(ids)
    assert journey.count("transition") == counts["transition"] + len(internal)
    assert journey.count("phase") == counts["phase"]  # same journey: phases and actors reused
    assert journey.count("actor") == counts["actor"]
    assert not set(new_ids) & set(ids)
    for old_id, new in zip(ids, map(journey.touchpoint, new_ids), strict=True):
        old = journey.touchpoint(old_id)
        assert (new.title, new.phase_id, new.actor_ids) == (old.title, old.phase_id, old.actor_ids)
    copied = {(t.source_id, t.target_id) for t in journey.transitions[counts["transition"]:]}
    index = dict(zip(ids, new_ids, strict=True))
    assert copied == {(index[t.source_id], index[t.target_id]) for t in internal}
    assert journey.quotes_for(new_ids[0]) == () and journey.scores_for(new_ids[0]) == ()

    edit.revert(journey)
    assert interchange.dumps(journey) == before
    edit.apply(journey)
    assert interchange.dumps(journey) == after


def test_a_paste_in_the_same_journey_does_not_cover_the_originals_and_nothing_else_moves():
    journey = make_small_journey()
    shown = layout.positions_for(journey)
    edit, new_ids = fragment.paste_edits(journey, fragment.copy_fragment(journey, ["t1", "t2"]))
    edit.apply(journey)
    for tp_id, (x, y) in shown.items():  # the originals stay where the user saw them
        assert journey.touchpoint(tp_id).position == pytest.approx((x, y), abs=0.1)
    for old_id, new_id in zip(["t1", "t2"], new_ids, strict=True):
        x, y = journey.touchpoint(new_id).position
        assert (x, y) == pytest.approx((shown[old_id][0] + layout.COL_W / 4,
                                        shown[old_id][1] + layout.ROW_H / 4), abs=0.1)
    # a second paste of the same fragment cascades one step further instead of covering the first
    again, third = fragment.paste_edits(journey, fragment.copy_fragment(journey, ["t1"]))
    again.apply(journey)
    assert journey.touchpoint(third[0]).position == pytest.approx(
        (shown["t1"][0] + layout.COL_W / 2, shown["t1"][1] + layout.ROW_H / 2), abs=0.1)


def test_an_explicit_offset_keeps_cards_inside_their_band():
    journey = make_small_journey()
    edit, new_ids = fragment.paste_edits(journey, fragment.copy_fragment(journey, ["t1"]),
                                         offset=(-10_000.0, -10_000.0))
    edit.apply(journey)
    assert journey.touchpoint(new_ids[0]).position == (layout.LABEL_W, 0.0)


def test_duplicate_is_a_paste_in_the_same_journey_named_dupliceren():
    journey = make_small_journey()
    before = interchange.dumps(journey)
    edit, new_ids = fragment.duplicate_edits(journey, ["t4", "t2"])
    assert edit.text == "dupliceren"
    edit.apply(journey)
    assert [journey.touchpoint(i).title for i in new_ids] == ["Intake", "Z-route"]  # journey order
    # e3 (t2 -> t4) and e4 (t4 -> t2) are inside the selection; e1 and e2 are not
    assert journey.count("transition") == 6
    edit.revert(journey)
    assert interchange.dumps(journey) == before


def test_paste_into_a_journey_without_phases_or_actors_brings_them_along():
    source = make_small_journey()
    data = fragment.copy_fragment(source, ["t2", "t3"])
    target = Journey(JourneyInfo(title="Leeg"))
    before = interchange.dumps(target)
    edit, new_ids = fragment.paste_edits(target, data)
    edit.apply(target)
    assert [p.name for p in target.phases] == ["Aankomst", "Inburgering"]
    assert [a.name for a in target.actors] == ["Gemeente", "VluchtelingenWerk"]
    assert not {p.id for p in target.phases} & {"pa", "pb"}  # new ids
    t2, t3 = map(target.touchpoint, new_ids)
    assert [target.actor(a).name for a in t2.actor_ids] == ["Gemeente", "VluchtelingenWerk"]
    assert target.phase(t3.phase_id).name == "Inburgering"
    assert t2.bottleneck
    assert target.count("transition") == 1  # e2, with its label and kind
    assert target.transitions[0].label == "B1"
    edit.revert(target)
    assert interchange.dumps(target) == before


def test_paste_into_another_journey_matches_phases_and_actors_by_name_ignoring_case():
    source = make_small_journey()
    target = Journey(JourneyInfo(title="Ander project"))
    target.add(Phase("x1", "Start"))
    target.add(Phase("x2", "inburgering"))
    target.add(Actor("y1", "  gemeente "))
    edit, new_ids = fragment.paste_edits(target, fragment.copy_fragment(source, ["t2", "t3"]),
                                         target_phase_id="x1")
    edit.apply(target)
    t2, t3 = map(target.touchpoint, new_ids)
    assert t3.phase_id == "x2"  # by name
    assert t2.phase_id == "x1"  # "Aankomst" is unknown here: the target phase
    assert t2.actor_ids[0] == "y1"  # by name
    assert [a.name for a in target.actors] == ["  gemeente ", "VluchtelingenWerk"]  # one inserted
    assert target.count("phase") == 2


def test_unmatched_phases_without_a_target_go_to_the_first_phase_stacked_not_on_top():
    source = make_small_journey()
    target = Journey(JourneyInfo(title="Ander project"))
    target.add(Phase("x1", "Start"))
    edit, new_ids = fragment.paste_edits(target, fragment.copy_fragment(source, ["t1", "t3"]))
    edit.apply(target)
    t1, t3 = map(target.touchpoint, new_ids)
    assert t1.phase_id == t3.phase_id == "x1"
    assert t3.y >= t1.y + layout.ROW_H  # two source bands become two rows, not one pile


def test_an_unknown_target_phase_is_refused():
    journey = make_small_journey()
    with pytest.raises(NotFound):
        fragment.paste_edits(journey, fragment.copy_fragment(journey, ["t1"]), target_phase_id="zz")


def test_a_fragment_survives_a_json_round_trip_and_pastes_the_same():
    journey = make_small_journey()
    data = fragment.copy_fragment(journey, ["t1", "t2", "t3"])
    text = json.dumps(data)
    assert json.loads(text) == data
    assert fragment.loads(fragment.dumps(data)) == data
    assert data["format"] == "klantreis-fragment" and data["version"] == 1
    assert [p["id"] for p in data["phases"]] == ["pa", "pb"]
    assert [t["id"] for t in data["transitions"]] == ["e1", "e2"]  # e3, e4 lead to t4
    assert set(data["positions"]) == {"t1", "t2", "t3"}
    assert all("x" not in tp and "y" not in tp for tp in data["touchpoints"])
    assert "quotes" not in data and "scores" not in data


def test_internal_notes_never_go_into_a_fragment_nor_come_out_of_one():
    journey = make_small_journey()
    journey.update(replace(journey.touchpoint("t1"), internal_note="Geheim: adres bekend"))
    data = fragment.copy_fragment(journey, ["t1"])
    assert "Geheim" not in json.dumps(data)
    assert all("internal_note" not in tp for tp in data["touchpoints"])
    data["touchpoints"][0]["internal_note"] = "Uit een handgemaakt fragment"
    edit, new_ids = fragment.paste_edits(journey, data)
    edit.apply(journey)
    assert journey.touchpoint(new_ids[0]).internal_note == ""


def test_plain_text_rendering_numbers_the_titles():
    journey = make_small_journey()
    data = fragment.copy_fragment(journey, ["t3", "t1"])
    assert fragment.as_text(data) == "1. Inschrijving\n2. B1-route\n"


def test_an_empty_selection_gives_nothing_to_apply():
    journey = make_small_journey()
    edit, new_ids = fragment.paste_edits(journey, fragment.copy_fragment(journey, []))
    assert new_ids == [] and edit.edits == []


def test_copying_an_unknown_touchpoint_is_refused():
    with pytest.raises(NotFound):
        fragment.copy_fragment(make_small_journey(), ["nope"])


def _good() -> dict:
    return fragment.copy_fragment(make_small_journey(), ["t1", "t2"])


def _with(**changes) -> dict:
    data = _good()
    data.update(changes)
    return data


BAD = {
    "not a dict": ["format", "klantreis-fragment"],
    "a whole journey": json.loads(RAALTE_JSON.read_text(encoding="utf-8")),
    "no format": {"version": 1, "touchpoints": []},
    "wrong version type": _with(version="1"),
    "version zero": _with(version=0),
    "unknown section": _with(quotes=[]),
    "section not a list": _with(touchpoints={}),
    "touchpoint garbage": _with(touchpoints=[42]),
    "unknown field": _with(touchpoints=[{"id": "a", "title": "A", "phase_id": "pa", "kleur": 1}]),
    "missing phase": _with(phases=[]),
    "missing actor": _with(actors=[]),
    "dangling transition": _with(transitions=[{"id": "e", "source_id": "t1", "target_id": "t9"}]),
    "duplicate touchpoint id": _with(touchpoints=_good()["touchpoints"] * 2),
    "bad position": _with(positions={"t1": [1, "2"]}),
    "position of a stranger": _with(positions={"t9": [1, 2]}),
    "infinite position": _with(positions={"t1": [float("inf"), 2]}),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_fragments_are_refused_with_a_dutch_message_and_change_nothing(name):
    journey = make_small_journey()
    before = interchange.dumps(journey)
    with pytest.raises(fragment.FragmentError) as error:
        fragment.paste_edits(journey, BAD[name])
    text = str(error.value)
    assert "klembord" in text.lower() and text != error.value.code
    assert interchange.dumps(journey) == before


def test_a_newer_fragment_says_so():
    with pytest.raises(fragment.FragmentError) as error:
        fragment.paste_edits(make_small_journey(), _with(version=2))
    assert "versie 2" in str(error.value)


def test_broken_json_text_is_refused():
    with pytest.raises(fragment.FragmentError) as error:
        fragment.loads('{"format": "klantreis-fragment",')
    assert "geen geldige JSON" in str(error.value)


def test_stored_positions_are_copied_and_the_touchpoints_carry_none():
    journey = make_small_journey()
    journey.update(replace(journey.touchpoint("t1"), x=500.0, y=40.0))
    data = fragment.copy_fragment(journey, ["t1"])
    assert data["positions"] == {"t1": [500.0, 40.0]}
    assert "x" not in data["touchpoints"][0]
