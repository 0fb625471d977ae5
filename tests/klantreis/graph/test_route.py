import pytest

from klantreis.graph import route as graph
from klantreis.io.files import load_journey
from klantreis.model.entities import (
    JourneyInfo,
    Phase,
    Touchpoint,
    TouchpointKind,
    Transition,
    TransitionKind,
)
from klantreis.model.journey import Journey
from tests.conftest import RAALTE_JSON, TEMPLATE_JSON


def chain(*edges, phases=("pa",), kinds=None, tp_phase=None):
    j = Journey(JourneyInfo(title="T"))
    for p in phases:
        j.add(Phase(p, p.upper()))
    nodes = []
    for a, b in edges:
        for n in (a, b):
            if n not in nodes:
                nodes.append(n)
    for n in nodes:
        j.add(Touchpoint(n, n.upper(), (tp_phase or {}).get(n, phases[0]),
                         kind=(kinds or {}).get(n, TouchpointKind.CONTACT)))
    for a, b in edges:
        kind = TransitionKind.TERUGKEER if (a, b) in (kinds or {}).get("loops", ()) else (
            TransitionKind.VOLGENDE)
        j.add(Transition(f"{a}-{b}", a, b, kind))
    return j


def test_numbering_follows_route_not_list_order(small_journey):
    # t2 -> t4 (Z) and t4 -> t2 (loop back): the loop is set aside, numbers follow the route
    assert graph.display_numbers(small_journey) == {"t1": 1, "t2": 2, "t3": 3, "t4": 4}
    j = chain(("c", "a"), ("a", "b"))
    assert graph.display_numbers(j) == {"c": 1, "a": 2, "b": 3}


def test_loop_without_terugkeer_kind_is_detected_and_set_aside():
    j = chain(("a", "b"), ("b", "c"), ("c", "b"))
    g = graph.build_graph(j)
    assert graph.loop_edges(g) == {("c", "b")}
    assert graph.loops(g) == [["b", "c"]] or sorted(graph.loops(g)[0]) == ["b", "c"]
    assert graph.route_order(g) == ["a", "b", "c"]


def test_unreachable_dead_ends_isolated():
    j = chain(("a", "b"), ("x", "y"), phases=("p1", "p2"),
              tp_phase={"a": "p1", "b": "p2", "x": "p2", "y": "p2"})
    j.add(Touchpoint("lone", "Los", "p1"))
    g = graph.build_graph(j)
    assert graph.start_points(g) == ["a", "lone"]
    assert graph.unreachable(g) == ["x", "y"]
    assert graph.isolated(g) == ["lone"]
    assert graph.dead_ends(g) == []  # b and y are in the last phase


def test_dead_end_before_the_last_phase_unless_milestone():
    j = chain(("a", "b"), ("a", "c"), ("c", "d"), phases=("p1", "p2"),
              tp_phase={"a": "p1", "b": "p1", "c": "p1", "d": "p2"})
    assert graph.dead_ends(graph.build_graph(j)) == ["b"]
    b = j.touchpoint("b")
    from dataclasses import replace

    j.update_touchpoint(replace(b, kind=TouchpointKind.MIJLPAAL))
    assert graph.dead_ends(graph.build_graph(j)) == []


def test_routes_and_branch_points(small_journey):
    g = graph.build_graph(small_journey)
    assert graph.routes(g) == [["t1", "t2", "t3"], ["t1", "t2", "t4"]]
    (bp,) = graph.branch_points(g)
    assert bp.touchpoint_id == "t2" and bp.labels == ("B1", "Z")
    assert graph.end_points(g) == ["t3", "t4"]


def test_empty_journey():
    g = graph.build_graph(Journey(JourneyInfo(title="Leeg")))
    assert graph.start_points(g) == [] and graph.routes(g) == [] and graph.dead_ends(g) == []
    assert graph.display_numbers(Journey(JourneyInfo(title="Leeg"))) == {}


@pytest.fixture(scope="module")
def raalte():
    return load_journey(RAALTE_JSON)


@pytest.fixture(scope="module")
def template():
    return load_journey(TEMPLATE_JSON)


def test_template_has_exactly_three_leerroute_branches(template):
    g = graph.build_graph(template)
    points = graph.branch_points(g)
    assert len(points) == 1
    (leerroute,) = points
    assert len(leerroute.transition_ids) == 3
    labels = " ".join(leerroute.labels).lower()
    assert "b1" in labels and "onderwijs" in labels and "z-route" in labels
    # the one route change in year 1 is modelled as loops back to the choice
    assert any(leerroute.touchpoint_id in cycle for cycle in graph.loops(g))
    assert graph.unreachable(g) == []


def test_raalte_has_no_unreachable_touchpoint_and_numbers_everything(raalte):
    g = graph.build_graph(raalte)
    assert graph.unreachable(g) == []
    assert graph.isolated(g) == []
    numbers = graph.display_numbers(raalte)
    assert sorted(numbers.values()) == list(range(1, raalte.count("touchpoint") + 1))
    first = raalte.touchpoints[0]
    assert numbers[first.id] == 1
    # the parallel work route exists
    kinds = {t.kind for t in raalte.transitions}
    assert TransitionKind.PARALLEL in kinds


# ----------------------------------------------------------------------------- without networkx

def _journeys():
    from klantreis.synthetic import generate

    yield load_journey(RAALTE_JSON)
    yield load_journey(TEMPLATE_JSON)
    for seed in range(8):
        yield generate(touchpoints=40 + 10 * seed, quotes=0, respondents=0, groups=0, seed=seed,
                       transitions=60 + 25 * seed)


def test_the_stdlib_route_order_is_the_networkx_one_wherever_it_gives_one():
    given = 0
    for journey in _journeys():
        order = graph.acyclic_route_order(journey)
        if order is not None:
            given += 1
            assert list(order) == graph.route_order(graph.build_graph(journey))
    assert given >= 3


def test_a_cycle_of_other_kinds_than_terugkeer_is_left_to_networkx():
    j = chain(("a", "b"), ("b", "c"), ("c", "a"))
    assert graph.acyclic_route_order(j) is None
    assert list(graph.display_numbers(j)) == graph.route_order(graph.build_graph(j))


def test_the_route_steps_and_the_layout_are_the_same_either_way(monkeypatch):
    from klantreis.graph import layout

    for journey in _journeys():
        quick = (graph.journey_route(journey), layout.layered_layout(journey))
        with monkeypatch.context() as patch:
            patch.setattr(graph, "acyclic_route_order", lambda _journey: None)
            graph._route_table(journey).clear()
            slow = (graph.journey_route(journey), layout.layered_layout(journey))
        assert quick == slow
        dag = graph.route_dag(graph.build_graph(journey))
        assert {(s.source, v) for v, steps in quick[0].incoming.items() for s in steps} == set(dag.edges)
