"""The layered layout: phases as stacked bands, the route left to right inside each band."""

from __future__ import annotations

from dataclasses import replace

import pytest

from klantreis.graph import layout
from klantreis.graph import route as graph
from klantreis.io.files import load_journey
from tests.conftest import EXAMPLES, make_small_journey


def _overlap(a, b) -> bool:
    (ax, ay), (bx, by) = a, b
    return abs(ax - bx) < layout.CARD_W and abs(ay - by) < layout.CARD_H


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_cards_do_not_overlap_and_stay_in_their_band(path):
    journey = load_journey(path)
    bands, positions = layout.scene_layout(journey)
    assert set(positions) == {tp.id for tp in journey.touchpoints}
    ids = list(positions)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            assert not _overlap(positions[a], positions[b]), (a, b)
    bands = {band.phase_id: band for band in bands}
    for tp in journey.touchpoints:
        x, y = positions[tp.id]
        band = bands[tp.phase_id]
        assert band.top < y and y + layout.CARD_H < band.bottom, tp.id
        assert x >= layout.LABEL_W and x + layout.CARD_W <= band.right, tp.id
        assert layout.band_at(list(bands.values()), y + 1) is band


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_bands_are_stacked_in_phase_order(path):
    journey = load_journey(path)
    bands, _ = layout.scene_layout(journey)
    assert [b.phase_id for b in bands] == [p.id for p in journey.phases]
    assert bands[0].top == 0
    for upper, lower in zip(bands, bands[1:], strict=False):
        assert upper.bottom == lower.top
    assert len({(b.left, b.right) for b in bands}) == 1


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_each_step_within_a_phase_is_right_of_the_step_before(path):
    journey = load_journey(path)
    positions = layout.layered_layout(journey)
    dag = graph.route_dag(graph.build_graph(journey))
    phase_of = {tp.id: tp.phase_id for tp in journey.touchpoints}
    for u, v in dag.edges:
        if phase_of[u] == phase_of[v]:
            assert positions[v][0] > positions[u][0], (u, v)


def test_branches_are_placed_below_each_other_and_labels_get_room():
    journey = make_small_journey()  # t2 forks into t3 (label "B1") and t4 (label "Z")
    positions = layout.layered_layout(journey)
    assert positions["t3"][0] == positions["t4"][0]
    assert positions["t3"][1] != positions["t4"][1]
    # both are in another phase than t2, so no extra room there; t1 -> t2 is unlabelled
    assert positions["t2"][0] - positions["t1"][0] == layout.COL_W


def test_a_labelled_step_gets_room_for_its_label():
    journey = make_small_journey()
    journey.update(replace(journey.transition("e1"), label="na intake"))
    positions = layout.layered_layout(journey)
    assert positions["t2"][0] - positions["t1"][0] == layout.COL_W + layout.LABEL_GAP


def test_stored_positions_are_kept():
    journey = make_small_journey()
    journey.update(replace(journey.touchpoint("t3"), x=999.0, y=555.0))
    positions = layout.positions_for(journey)
    assert positions["t3"] == (999.0, 555.0)
    assert positions["t1"] == layout.layered_layout(journey)["t1"]


def test_a_card_dropped_in_another_band_lands_in_that_band_relative_to_its_top():
    journey = make_small_journey()
    bands, positions = layout.scene_layout(journey)
    lower = bands[1]
    hit = layout.to_band(bands, 500.0, lower.top + 40.0)
    assert hit is not None and hit[0] is lower and hit[1] == (500.0, 40.0)
    assert layout.to_band(bands, 500.0, bands[-1].bottom + 10) is None
    # a card stored in its band stays inside it, however the bands above grow
    journey.update(replace(journey.touchpoint("t1"), x=layout.LABEL_W, y=400.0))
    bands, positions = layout.scene_layout(journey)
    assert positions["t3"][1] > bands[0].bottom


def test_phase_letters_go_on_after_z():
    from klantreis.graph.layout import phase_letter

    assert [phase_letter(i) for i in (0, 1, 25, 26, 27, 51, 52)] == ["A", "B", "Z", "AA", "AB", "AZ", "BA"]
