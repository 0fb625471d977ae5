"""Comparing a journey with a design: the Wet inburgering 2021 template against a journey like
Raalte's (its parts copied here: the example file is still growing), matched by id, by title, by
a near title and not at all; one edit that marks both routes, adds the design's missing steps
and transitions and copies its deadlines, and that changes nothing the second time."""

from __future__ import annotations

from dataclasses import replace

import pytest

from klantreis.graph import layout
from klantreis.graph.design import compare
from klantreis.graph.design_match import (
    BY_ID,
    BY_TITLE,
    CHOSEN,
    NEAR,
    NONE,
    candidates,
    fold,
    propose,
    similarity,
)
from klantreis.io import interchange
from klantreis.io.interchange import load_json
from klantreis.model.diff import copy_of
from klantreis.model.entities import JourneyInfo, RouteRole, TransitionKind
from klantreis.model.journey import Journey
from tests.conftest import TEMPLATE_JSON
from tests.klantreis.graph.design_journeys import (
    PIP_TERM,
    PVT_TERM,
    REGISTRATION_TERM,
    raalte_like,
    wi2021,
)

DESIGNED, LIVED, BOTH = RouteRole.DESIGNED, RouteRole.LIVED, RouteRole.BOTH


def _title(journey, title):
    return next(tp for tp in journey.touchpoints if tp.title == title)


def test_folding_and_similarity():
    assert fold("  Vóór de   GEMEENTE ") == "voor de gemeente"
    assert similarity("Keuze leerroute", "keuze  LEERROUTE") == 1.0
    assert similarity("Inschrijving in de gemeente", "Inschrijving bij de gemeente") > 0.9
    near = similarity("Koppeling aan de gemeente", "Taakstelling en koppeling aan een gemeente")
    assert 0.7 <= near < 0.9
    assert near > similarity("Koppeling aan de gemeente", "Schuldhulpverlening van de gemeente")
    assert similarity("B1-route", "DUO-lening aanvragen") < 0.5


def test_the_proposal_matches_by_id_title_and_near_title():
    journey, design = raalte_like(), wi2021()
    proposal = propose(journey, design)
    assert [m.design_id for m in proposal.matches] == [tp.id for tp in design.touchpoints]
    got = {m.design_id: (m.journey_id, m.how) for m in proposal.matches}
    assert got["tp-pip"] == ("tp-pip", BY_ID)  # made from the template: the same id
    assert got["tp-keuze"] == ("tp-keuze-r", BY_TITLE)
    assert got["tp-ontzorgen"] == ("tp-ontz", BY_TITLE)  # accents do not count
    assert got["tp-inschrijving"] == ("tp-c1", NEAR)
    assert got["tp-koppeling"] == ("tp-a3", NEAR)
    assert got["tp-begeleiding"] == ("tp-c3", NEAR)
    assert got["tp-brede-intake"] == (None, NONE) and got["tp-examen"] == (None, NONE)
    registration, coupling = proposal.match("tp-inschrijving"), proposal.match("tp-koppeling")
    assert registration.score > 0.9 and not registration.doubtful  # a sure near title
    assert coupling.score < 0.9 and coupling.doubtful  # the user should look at this one
    assert proposal.match("tp-keuze").score == 1.0 and not proposal.match("tp-keuze").doubtful
    assert {m.design_id for m in proposal.doubtful} == {"tp-koppeling", "tp-begeleiding"}
    assert "tp-d2" not in proposal.pairs().values()  # the journey's own step: no match
    assert len(set(proposal.pairs().values())) == len(proposal.pairs())  # one to one


def test_candidates_most_alike_first():
    journey, design = raalte_like(), wi2021()
    ranked = candidates(journey, design.touchpoint("tp-inschrijving"))
    assert ranked[0][0] == "tp-c1" and len(ranked) == journey.count("touchpoint")
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    assert candidates(journey, design.touchpoint("tp-pip"))[0] == ("tp-pip", 1.0)


def test_a_correction_takes_the_touchpoint_from_the_other_step():
    journey, design = raalte_like(), wi2021()
    proposal = propose(journey, design)
    corrected = proposal.choose("tp-examen", "tp-c3", 0.3)
    assert corrected.match("tp-examen").journey_id == "tp-c3"
    assert corrected.match("tp-examen").how == CHOSEN
    assert corrected.match("tp-begeleiding").journey_id is None  # it let go of tp-c3
    assert corrected.match("tp-begeleiding").how == NONE
    assert proposal.choose("tp-pip", "tp-pip") is proposal
    none = proposal.choose("tp-koppeling", None)
    assert none.match("tp-koppeling").journey_id is None
    assert len(none.pairs()) == len(proposal.pairs()) - 1


def test_one_edit_marks_both_routes_and_adds_what_only_the_design_has():
    journey, design = raalte_like(), wi2021()
    before = interchange.dumps(journey)
    result = compare(journey, design)
    assert interchange.dumps(journey) == before  # worked out on a copy
    assert result.edit.code == "edit_compare_design" and result.edit.text == "vergelijken met ontwerp"
    result.edit.apply(journey)
    route = {tp.title: tp.route for tp in journey.touchpoints}
    for tp_id in ("tp-a3", "tp-c1", "tp-c3", "tp-pip", "tp-keuze-r", "tp-ontz"):
        assert journey.touchpoint(tp_id).route == BOTH, tp_id
    assert journey.touchpoint("tp-d2").route == LIVED
    added = [tp for tp in journey.touchpoints if tp.route == DESIGNED]
    assert {tp.title for tp in added} == {
        "Brede intake met leerbaarheidstoets", "Warme overdracht van AZC naar gemeente",
        "B1-route", "Onderwijsroute", "Z-route (zelfredzaamheidsroute)",
        "Participatieverklaring (PVT) en MAP", "Examen of certificaat binnen 3 jaar"}
    assert result.added == 7 and result.both == 6 and result.lived == 1
    assert route["DUO-lening aanvragen"] == LIVED
    assert all(design.find("touchpoint", tp.id) is None for tp in added)  # new ids
    # phases: the same name (folded), else the step before's
    assert _title(journey, "B1-route").phase_id == "ph-d"
    assert _title(journey, "Brede intake met leerbaarheidstoets").phase_id == "ph-a"  # after tp-a3
    assert _title(journey, "Warme overdracht van AZC naar gemeente").phase_id == "ph-a"
    # the design's actors: the journey's of the same id, else added
    intake = _title(journey, "Brede intake met leerbaarheidstoets")
    assert intake.actor_ids == ("ac-gemeente", "ac-rijk", "ac-statushouder")
    assert journey.actor("ac-rijk").name == design.actor("ac-rijk").name  # added
    assert journey.actor("ac-gemeente").name == "Gemeente Raalte"  # the journey's own
    assert result.added_actors == len({a.id for a in journey.actors} - {"ac-gemeente", "ac-vwn-raalte",
                                                                          "ac-duo"})
    # deadlines: copied where the journey has none, the journey's own kept
    assert journey.touchpoint("tp-c1").deadline == REGISTRATION_TERM
    assert journey.touchpoint("tp-pip").deadline == PIP_TERM
    assert _title(journey, "Participatieverklaring (PVT) en MAP").deadline == PVT_TERM
    assert result.deadlines == 1


def test_transitions_are_marked_and_the_designs_added():
    journey, design = raalte_like(), wi2021()
    compare(journey, design).edit.apply(journey)
    by_ends = {(t.source_id, t.target_id): t for t in journey.transitions}
    assert by_ends[("tp-c1", "tp-pip")].route == BOTH  # inschrijving -> PIP in both
    assert by_ends[("tp-pip", "tp-keuze-r")].route == BOTH
    assert by_ends[("tp-c1", "tp-c3")].route == BOTH  # inschrijving -> begeleiding (parallel)
    assert by_ends[("tp-a3", "tp-c1")].route == LIVED  # the design goes through the intake
    assert by_ends[("tp-keuze-r", "tp-d2")].route == LIVED
    intake = _title(journey, "Brede intake met leerbaarheidstoets").id
    b1 = _title(journey, "B1-route").id
    assert by_ends[("tp-a3", intake)].route == DESIGNED
    choice = by_ends[("tp-keuze-r", b1)]
    assert choice.route == DESIGNED and choice.kind == TransitionKind.VERTAKKING
    assert choice.label == "B1-route"
    assert by_ends[(b1, "tp-keuze-r")].kind == TransitionKind.TERUGKEER
    designed = [t for t in journey.transitions if t.route == DESIGNED]
    assert len(designed) == len(design.transitions) - 3  # three the journey has already


def test_added_cards_lie_on_free_spots():
    journey = raalte_like()
    compare(journey, wi2021()).edit.apply(journey)
    assert all(tp.position is not None for tp in journey.touchpoints)
    for phase in journey.phases:
        cards = [tp.position for tp in journey.touchpoints_in_phase(phase.id)]
        for i, (x1, y1) in enumerate(cards):
            for x2, y2 in cards[i + 1:]:
                assert abs(x1 - x2) >= layout.CARD_W or abs(y1 - y2) >= layout.CARD_H


def test_without_places_the_added_cards_get_none_either():
    journey = raalte_like()
    for tp in journey.touchpoints:
        journey.update(replace(tp, x=None, y=None))
    compare(journey, wi2021()).edit.apply(journey)
    assert all(tp.position is None for tp in journey.touchpoints)


def test_comparing_twice_changes_nothing_the_second_time():
    journey, design = raalte_like(), wi2021()
    compare(journey, design).edit.apply(journey)
    after_once = interchange.dumps(journey)
    again = compare(journey, design)
    assert again.empty and again.added == 0 and again.added_transitions == 0
    again.edit.apply(journey)
    assert interchange.dumps(journey) == after_once


def test_revert_gives_the_journey_back_and_apply_again_the_same():
    journey, design = raalte_like(), wi2021()
    before = interchange.dumps(journey)
    edit = compare(journey, design).edit
    edit.apply(journey)
    after = interchange.dumps(journey)
    edit.revert(journey)
    assert interchange.dumps(journey) == before
    edit.apply(journey)
    assert interchange.dumps(journey) == after


def test_a_corrected_proposal_is_followed():
    journey, design = raalte_like(), wi2021()
    proposal = propose(journey, design).choose("tp-koppeling", None).choose("tp-examen", "tp-d2", 0.2)
    compare(journey, design, proposal).edit.apply(journey)
    assert journey.touchpoint("tp-a3").route == LIVED  # no longer the design's koppeling
    assert journey.touchpoint("tp-d2").route == BOTH  # the user said it is the exam
    assert _title(journey, "Koppeling aan de gemeente").route == DESIGNED
    assert not any(tp.title == "Examen of certificaat binnen 3 jaar" for tp in journey.touchpoints)


def test_what_the_user_marked_designed_stays_designed():
    journey, design = raalte_like(), wi2021()
    journey.update(replace(journey.touchpoint("tp-d2"), route=DESIGNED))
    journey.update(replace(journey.transition("tr-tp-keuze-r-tp-d2"), route=DESIGNED))
    compare(journey, design).edit.apply(journey)
    assert journey.touchpoint("tp-d2").route == DESIGNED
    assert journey.transition("tr-tp-keuze-r-tp-d2").route == DESIGNED


def test_a_lived_step_the_design_has_becomes_both():
    journey, design = raalte_like(), wi2021()
    journey.update(replace(journey.touchpoint("tp-c1"), route=LIVED))
    journey.update(replace(journey.transition("tr-tp-c1-tp-pip"), route=LIVED))
    compare(journey, design).edit.apply(journey)
    assert journey.touchpoint("tp-c1").route == BOTH
    assert journey.transition("tr-tp-c1-tp-pip").route == BOTH


def test_the_lived_only_steps_of_a_design_project_are_not_its_design():
    journey, design = raalte_like(), wi2021()
    design.update(replace(design.touchpoint("tp-examen"), route=LIVED))
    proposal = propose(journey, design)
    assert "tp-examen" not in {m.design_id for m in proposal.matches}
    compare(journey, design, proposal).edit.apply(journey)
    assert not any(tp.title.startswith("Examen") for tp in journey.touchpoints)


def test_an_empty_journey_gets_the_whole_design():
    journey = Journey(JourneyInfo(title="Leeg"))
    design = wi2021()
    result = compare(journey, design)
    result.edit.apply(journey)
    assert journey.count("touchpoint") == design.count("touchpoint")
    assert all(tp.route == DESIGNED for tp in journey.touchpoints)
    assert [p.name for p in journey.phases] == [p.name for p in design.phases]
    assert journey.count("transition") == design.count("transition")
    assert compare(journey, design).empty


def test_comparing_a_journey_with_its_own_copy_marks_everything_both():
    journey = load_json(TEMPLATE_JSON)
    result = compare(journey, copy_of(journey))
    assert result.empty and result.both == journey.count("touchpoint")


@pytest.mark.parametrize("missing", ["tp-keuze", "tp-inschrijving"])
def test_a_step_missing_from_a_journey_made_from_the_template(missing):
    journey = load_json(TEMPLATE_JSON)
    design = load_json(TEMPLATE_JSON)
    from klantreis.model.edits import RemoveTouchpoint

    RemoveTouchpoint(missing).apply(journey)
    compare(journey, design).edit.apply(journey)
    back = [tp for tp in journey.touchpoints if tp.route == DESIGNED]
    assert [tp.title for tp in back] == [design.touchpoint(missing).title]
    assert back[0].phase_id == design.touchpoint(missing).phase_id  # the same phase, by name
    assert len(journey.transitions_of(back[0].id)) == len(design.transitions_of(missing))
