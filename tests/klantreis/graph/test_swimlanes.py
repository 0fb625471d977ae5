"""The swimlane layout: a lane per actor, one card per touchpoint in route order, no overlaps."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klantreis.graph import route as graph
from klantreis.graph.layout import CARD_H, CARD_W
from klantreis.graph.swimlanes import MARKER_H, MARKER_W, SwimlaneLayout, swimlane_layout
from klantreis.io.interchange import load_json
from klantreis.model.entities import Actor, JourneyInfo, Phase, Touchpoint, Transition
from klantreis.model.journey import Journey
from tests.conftest import EXAMPLES, make_small_journey


def _examples() -> list[Journey]:
    return [load_json(path) for path in EXAMPLES] + [make_small_journey()]


def _boxes(result: SwimlaneLayout) -> list[tuple[str, float, float, float, float]]:
    boxes = [(f"card {c.touchpoint_id}", c.x, c.y, CARD_W, CARD_H) for c in result.cards.values()]
    boxes += [(f"marker {m.touchpoint_id} in lane {m.lane}", m.x, m.y, m.width, m.height)
              for m in result.markers]
    return boxes


def _overlap(a, b) -> bool:
    _, ax, ay, aw, ah = a
    _, bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def check_layout(journey: Journey, result: SwimlaneLayout) -> None:
    # every touchpoint exactly once as a card
    assert sorted(result.cards) == sorted(tp.id for tp in journey.touchpoints)
    # left to right in route order, with the display numbers
    order = graph.route_order(graph.build_graph(journey))
    assert result.order == order
    xs = [result.cards[tp_id].x for tp_id in order]
    assert all(a < b for a, b in itertools.pairwise(xs))
    numbers = graph.display_numbers(journey)
    assert {tp_id: c.number for tp_id, c in result.cards.items()} == numbers
    # nothing overlaps: cards and markers
    boxes = _boxes(result)
    clashes = [(a[0], b[0]) for a, b in itertools.combinations(boxes, 2) if _overlap(a, b)]
    assert clashes == []
    # lanes are stacked without overlap, below the phase headers
    for above, below in itertools.pairwise(result.lanes):
        assert above.bottom <= below.top
    assert all(lane.top >= 0 and lane.height > 0 for lane in result.lanes)
    # each card in the lane of its first actor, each marker in its own lane, inside both
    for tp in journey.touchpoints:
        card = result.cards[tp.id]
        lane = result.lanes[card.lane]
        assert lane.actor_id == (tp.actor_ids[0] if tp.actor_ids else None)
        assert lane.top <= card.y and card.y + CARD_H <= lane.bottom
        marker_lanes = [result.lanes[m.lane].actor_id for m in result.markers_of(tp.id)]
        assert marker_lanes == list(tp.actor_ids[1:])
        assert [result.lanes[i].actor_id for i in card.lanes] == (list(tp.actor_ids) or [None])
    for marker in result.markers:
        lane = result.lanes[marker.lane]
        assert lane.top <= marker.y and marker.y + marker.height <= lane.bottom
        assert marker.x == result.cards[marker.touchpoint_id].x
    # phase spans side by side, each around its cards, everything within the size
    for left, right in itertools.pairwise(result.phases):
        assert left.right <= right.left
    for tp in journey.touchpoints:
        card = result.cards[tp.id]
        assert any(s.phase_id == tp.phase_id and s.left <= card.x and card.x + CARD_W <= s.right
                   for s in result.phases)
    assert {s.phase_id for s in result.phases} == {p.id for p in journey.phases}
    assert all(x + w <= result.width and y + h <= result.height for _, x, y, w, h in boxes)


@pytest.mark.parametrize("journey", _examples(), ids=["raalte", "template", "small"])
def test_examples_are_laid_out_in_lanes_without_overlap(journey):
    check_layout(journey, swimlane_layout(journey))


def test_one_lane_per_actor_in_order_and_none_without_actorless_touchpoints():
    journey = load_json(EXAMPLES[0])
    result = swimlane_layout(journey)
    assert [lane.actor_id for lane in result.lanes] == [a.id for a in journey.actors]
    assert [lane.label for lane in result.lanes] == [a.name for a in journey.actors]
    # Humanitas only appears as a second actor: a low lane with markers and no card
    humanitas = result.lane_of_actor("ac-humanitas")
    assert humanitas.height < result.lane_of_actor("ac-vwn").height
    assert not [c for c in result.cards.values() if c.lane == humanitas.index]
    assert [m.number for m in result.markers if m.lane == humanitas.index]


def test_a_touchpoint_with_two_actors_has_a_card_and_one_marker(small_journey):
    result = swimlane_layout(small_journey)
    assert result.cards["t2"].lanes == (0, 1)
    (marker,) = result.markers_of("t2")
    assert (marker.lane, marker.number, marker.width, marker.height) == (1, 2, MARKER_W, MARKER_H)


def test_touchpoints_without_actors_get_a_last_lane_with_the_given_label(small_journey):
    small_journey.add(Touchpoint("t5", "Wachten op post", "pb"))
    result = swimlane_layout(small_journey, no_actor_label="No actor")
    last = result.lanes[-1]
    assert (last.actor_id, last.label) == (None, "No actor")
    assert result.cards["t5"].lanes == (last.index,)
    check_layout(small_journey, result)


def test_an_empty_phase_keeps_its_place_among_the_spans(small_journey):
    small_journey.insert(1, Phase("pm", "Midden"))
    small_journey.add(Phase("pz", "Einde"))
    result = swimlane_layout(small_journey)
    assert [s.phase_id for s in result.phases] == ["pa", "pm", "pb", "pz"]
    check_layout(small_journey, result)


def test_an_empty_journey_has_no_lanes_but_a_size():
    result = swimlane_layout(Journey(JourneyInfo(title="Leeg")))
    assert (result.lanes, result.phases, dict(result.cards)) == ((), (), {})
    assert result.width > 0 and result.height > 0


@st.composite
def journeys(draw) -> Journey:
    journey = Journey(JourneyInfo(title="Willekeurig"))
    phases = draw(st.integers(1, 4))
    actors = draw(st.integers(0, 4))
    for i in range(phases):
        journey.add(Phase(f"p{i}", f"Fase {i}"))
    for i in range(actors):
        journey.add(Actor(f"a{i}", f"Actor {i}"))
    for i in range(draw(st.integers(0, 9))):
        actor_ids = draw(st.lists(st.sampled_from([f"a{k}" for k in range(actors)]), unique=True,
                                  max_size=actors)) if actors else []
        journey.add(Touchpoint(f"t{i}", f"Stap {i}", f"p{draw(st.integers(0, phases - 1))}",
                               tuple(actor_ids)))
    ids = [tp.id for tp in journey.touchpoints]
    if len(ids) >= 2:
        pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids))
                              .filter(lambda p: p[0] != p[1]), unique=True, max_size=12))
        for n, (a, b) in enumerate(pairs):
            journey.add(Transition(f"e{n}", a, b))
    return journey


@settings(max_examples=60, deadline=None)
@given(journeys())
def test_any_journey_is_laid_out_without_overlap(journey):
    check_layout(journey, swimlane_layout(journey))
