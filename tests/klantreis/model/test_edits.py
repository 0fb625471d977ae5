"""Edits: apply, revert and apply again give exactly the same journey and the same file rows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from klantreis.io import interchange
from klantreis.model import edits
from klantreis.model.entities import Phase, Touchpoint, Transition, TransitionKind
from klantreis.model.errors import KlantreisError
from klantreis.store import Project
from klantreis.store.project import open_project
from tests.conftest import make_small_journey


def _cases(journey):
    return {
        "insert touchpoint": edits.Insert(Touchpoint("t9", "Nieuw", "pa"), 1),
        "append transition": edits.Insert(Transition("e9", "t3", "t1", TransitionKind.TERUGKEER)),
        "update touchpoint": edits.Update(replace(journey.touchpoint("t2"), title="Intake (nieuw)")),
        "remove transition": edits.Remove("transition", "e2"),
        "remove touchpoint with links, quote and score": edits.RemoveTouchpoint("t2"),
        "remove several": edits.remove_touchpoints(["t4", "t1"]),
        "move into another phase": edits.move_touchpoints(journey, {"t1": ("pb", 400.0, 30.0)}),
        "insert phase": edits.Insert(Phase("pc", "Werk"), 0),
        "move phase down": edits.Move("phase", "pa", 1),
        "move a touchpoint with actors in the list": edits.Move("touchpoint", "t2", 3),
        "remove phase, its cards to the next": edits.remove_phase(journey, "pa", move_to="pb"),
        "remove phase with its cards": edits.remove_phase(journey, "pb", with_touchpoints=True),
        "move phase, then remove another": edits.Sequence(
            [edits.Insert(Phase("pc", "Werk"), 2), edits.Move("phase", "pc", 0),
             edits.remove_phase(journey, "pa", move_to="pb")], "edit_change"),
        "rearrange": edits.relayout(journey),
    }


@pytest.mark.parametrize("name", list(_cases(make_small_journey())))
def test_apply_revert_apply_is_exact_in_model_and_file(tmp_path, name):
    journey = make_small_journey()
    before = interchange.dumps(journey)
    project = Project.create(tmp_path / "k.klantreis", journey)
    changes = []
    journey.subscribe(changes.append)
    edit = _cases(journey)[name]

    def step(action):
        changes.clear()
        action(journey)
        project.apply(changes)
        return interchange.dumps(journey)

    after = step(edit.apply)
    assert after != before
    assert interchange.dumps(open_project(project.path)) == after
    assert step(edit.revert) == before
    assert interchange.dumps(open_project(project.path)) == before
    assert step(edit.apply) == after
    assert interchange.dumps(open_project(project.path)) == after
    project.close()


def test_removing_a_touchpoint_parks_its_quotes_and_undo_restores_links_in_order():
    journey = make_small_journey()
    order = [t.id for t in journey.transitions]
    edit = edits.RemoveTouchpoint("t2")
    edit.apply(journey)
    assert "t2" not in {tp.id for tp in journey.touchpoints}
    assert journey.quote("q1").touchpoint_id is None  # parked, not lost
    assert journey.transitions == ()  # all four transitions touched t2
    edit.revert(journey)
    assert [t.id for t in journey.transitions] == order
    assert journey.quote("q1").touchpoint_id == "t2"
    assert [s.id for s in journey.scores] == ["s1"]


def test_a_failing_sequence_leaves_the_journey_unchanged():
    journey = make_small_journey()
    before = interchange.dumps(journey)
    bad = edits.Sequence([edits.Update(replace(journey.touchpoint("t1"), title="Goed")),
                          edits.Insert(Transition("e1", "t1", "t3"))], "edit_change")  # duplicate id
    with pytest.raises(KlantreisError):
        bad.apply(journey)
    assert interchange.dumps(journey) == before


def test_moving_one_card_pins_the_others_where_they_are():
    from klantreis.graph import layout

    journey = make_small_journey()
    shown = layout.positions_for(journey)
    edits.move_touchpoints(journey, {"t3": ("pb", 700.0, 20.0)}).apply(journey)
    assert journey.touchpoint("t3").position == (700.0, 20.0)
    for tp_id in ("t1", "t2", "t4"):
        assert journey.touchpoint(tp_id).position == pytest.approx(shown[tp_id], abs=0.1)


def test_edits_name_their_undo_step_in_dutch():
    journey = make_small_journey()
    assert edits.move_touchpoints(journey, {}).text == "contactmoment verplaatsen"
    assert edits.RemoveTouchpoint("t1").text == "contactmoment verwijderen"
    assert edits.Insert(Transition("x", "t1", "t3")).text == "contactmomenten verbinden"


def test_a_phase_with_cards_is_not_removed_without_saying_where_they_go():
    journey = make_small_journey()
    before = interchange.dumps(journey)
    with pytest.raises(KlantreisError) as error:
        edits.remove_phase(journey, "pa").apply(journey)
    assert "contactmoment" in str(error.value)
    assert interchange.dumps(journey) == before


def test_cards_of_a_removed_phase_go_below_the_cards_of_the_neighbour_in_order():
    from klantreis.graph import layout

    journey = make_small_journey()
    shown = layout.positions_for(journey)
    edits.remove_phase(journey, "pb", move_to="pa").apply(journey)
    assert [p.id for p in journey.phases] == ["pa"]
    lowest_own = max(shown["t1"][1], shown["t2"][1])
    for tp_id in ("t3", "t4"):
        tp = journey.touchpoint(tp_id)
        assert tp.phase_id == "pa"
        assert tp.y >= lowest_own + layout.ROW_H - 0.1  # no card lands on another
        assert tp.x == pytest.approx(shown[tp_id][0], abs=0.1)
    assert journey.touchpoint("t4").y - journey.touchpoint("t3").y == pytest.approx(
        shown["t4"][1] - shown["t3"][1], abs=0.1)


def test_moving_a_phase_reorders_bands_and_reverts_to_the_same_index():
    journey = make_small_journey()
    edit = edits.Move("phase", "pb", 0)
    edit.apply(journey)
    assert [p.id for p in journey.phases] == ["pb", "pa"]
    assert edit.text == "fase verplaatsen"
    edit.revert(journey)
    assert [p.id for p in journey.phases] == ["pa", "pb"]


def test_rearrange_puts_every_card_at_its_layered_place_as_one_step():
    from klantreis.graph import layout

    journey = make_small_journey()
    edits.move_touchpoints(journey, {"t3": ("pb", 900.0, 300.0)}).apply(journey)
    edit = edits.relayout(journey)
    assert edit.text == "opnieuw ordenen"
    edit.apply(journey)
    expected = layout.layered_layout(journey)
    for tp in journey.touchpoints:
        assert tp.position == pytest.approx(expected[tp.id], abs=0.1)
