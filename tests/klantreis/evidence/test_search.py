"""Finding touchpoints by text."""

from __future__ import annotations

from klantreis.evidence.search import find_touchpoints, fold
from klantreis.graph import route as graph
from klantreis.io import interchange
from tests.conftest import RAALTE_JSON, make_small_journey


def test_words_match_title_actors_and_phase_without_case_or_accents():
    journey = make_small_journey()
    assert find_touchpoints(journey, "INTAKE") == ["t2"]
    assert find_touchpoints(journey, "vluchtelingenwerk route") == ["t3", "t4"]
    assert find_touchpoints(journey, "inburgering z") == ["t4"]
    assert fold("Cliënt") == "client"
    assert find_touchpoints(journey, "") == []
    assert find_touchpoints(journey, "bestaat niet") == []


def test_a_number_finds_that_route_number_first():
    journey = interchange.load_json(RAALTE_JSON)
    numbers = graph.display_numbers(journey)
    found = find_touchpoints(journey, "12")
    assert numbers[found[0]] == 12


def test_results_come_in_route_order():
    journey = interchange.load_json(RAALTE_JSON)
    numbers = graph.display_numbers(journey)
    found = find_touchpoints(journey, "gemeente")
    assert len(found) > 3
    assert [numbers[t] for t in found] == sorted(numbers[t] for t in found)
