"""Routes of the swimlane view: right-angled, from card to card, never under a card or marker."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings

from klantreis.graph.layout import CARD_H, CARD_W
from klantreis.graph.swimlane_routes import LABEL_H, Route, route_transitions
from klantreis.graph.swimlanes import SwimlaneLayout, swimlane_layout
from klantreis.io.interchange import load_json
from klantreis.model.entities import Transition, TransitionKind
from klantreis.model.journey import Journey
from tests.conftest import EXAMPLES, make_small_journey
from tests.klantreis.graph.test_swimlanes import journeys


def _boxes(result: SwimlaneLayout) -> list[tuple[str, float, float, float, float]]:
    boxes = [(f"card {c.touchpoint_id}", c.x, c.y, CARD_W, CARD_H) for c in result.cards.values()]
    return boxes + [(f"marker {m.touchpoint_id}", m.x, m.y, m.width, m.height)
                    for m in result.markers]


def _on_border(point, x, y, w, h) -> bool:
    px, py = point
    inside = x - 0.01 <= px <= x + w + 0.01 and y - 0.01 <= py <= y + h + 0.01
    edge = min(abs(px - x), abs(px - x - w), abs(py - y), abs(py - y - h)) < 0.01
    return inside and edge


def _crosses(segment, box) -> bool:
    """Whether a horizontal or vertical segment enters the open inside of a box."""
    (x1, y1), (x2, y2) = segment
    _, x, y, w, h = box
    lo_x, hi_x, lo_y, hi_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
    return lo_x < x + w - 0.5 and hi_x > x + 0.5 and lo_y < y + h - 0.5 and hi_y > y + 0.5


def check_routes(journey: Journey, result: SwimlaneLayout, routes: dict[str, Route]) -> None:
    assert sorted(routes) == sorted(tr.id for tr in journey.transitions)
    boxes = _boxes(result)
    for tr in journey.transitions:
        points = routes[tr.id].points
        assert len(points) >= 2
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            assert x1 == x2 or y1 == y2, (tr.id, points)
        (ax, ay), (bx, by) = points[-2], points[-1]
        assert abs(bx - ax) + abs(by - ay) >= 10, (tr.id, points)  # room for the arrow head
        source, target = result.cards[tr.source_id], result.cards[tr.target_id]
        assert _on_border(points[0], source.x, source.y, CARD_W, CARD_H), (tr.id, points)
        assert _on_border(points[-1], target.x, target.y, CARD_W, CARD_H), (tr.id, points)
        crossed = [(box[0], seg) for seg in itertools.pairwise(points) for box in boxes
                   if _crosses(seg, box)]
        assert crossed == [], tr.id
        label = routes[tr.id].label
        assert (label is None) == (not tr.label)
        if label is not None:
            x, y, w, h = label
            assert h == LABEL_H
            assert not [b[0] for b in boxes if _crosses(((x, y), (x + w, y + h)), b)], tr.id


@pytest.mark.parametrize("path", EXAMPLES, ids=["raalte", "template"])
def test_example_routes_avoid_cards_and_labels_do_not_overlap(path):
    journey = load_json(path)
    result = swimlane_layout(journey)
    routes = route_transitions(journey, result)
    check_routes(journey, result, routes)
    labels = [r.label for r in routes.values() if r.label is not None]
    assert len(labels) == sum(1 for tr in journey.transitions if tr.label)
    overlapping = [(a, b) for a, b in itertools.combinations(labels, 2)
                   if a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3]
                   and b[1] < a[1] + a[3]]
    assert overlapping == []


def test_forward_steps_go_right_to_left_and_loops_top_to_top():
    journey = make_small_journey()
    result = swimlane_layout(journey)
    routes = route_transitions(journey, result)
    check_routes(journey, result, routes)
    t1, t2, t4 = (result.cards[t] for t in ("t1", "t2", "t4"))
    # t1 -> t2 in the same lane, next to each other: one straight line
    assert routes["e1"].points == ((t1.x + CARD_W, t1.y + CARD_H / 2), (t2.x, t2.y + CARD_H / 2))
    # the loop t4 -> t2 leaves t4 at the top and enters t2 from below (t2's lane is above)
    loop = routes["e4"].points
    assert loop[0] == (t4.x + CARD_W / 2, t4.y)
    assert loop[-1] == (t2.x + CARD_W / 2, t2.y + CARD_H)


def test_a_loop_from_a_card_to_itself_is_a_small_bow_over_it():
    journey = make_small_journey()
    journey.add(Transition("self", "t3", "t3", TransitionKind.TERUGKEER, "opnieuw"))
    result = swimlane_layout(journey)
    routes = route_transitions(journey, result)
    check_routes(journey, result, routes)
    (sx, sy), *_, (tx, ty) = routes["self"].points
    assert sy == ty == result.cards["t3"].y and sx > tx


@settings(max_examples=60, deadline=None)
@given(journeys())
def test_any_route_avoids_every_card_and_marker(journey):
    result = swimlane_layout(journey)
    check_routes(journey, result, route_transitions(journey, result))
