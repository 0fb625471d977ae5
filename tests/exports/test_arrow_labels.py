"""The labels of the transitions on page 1, checked on the layout's geometry: each lies on its
own line (its leg of the route, its arc, or the chip of its jump to another row), covers no
station, number badge, title, chip or other label, and none is lost: a label that does not fit
is shortened with an ellipsis on its line, or listed in the side column, in full."""

from __future__ import annotations

import math

import pytest
from reportlab.graphics.shapes import Group, String

from klantreis.exports import infographic
from klantreis.exports.infographic_layout import Rect
from klantreis.model.entities import PdfOptions
from klantreis.synthetic import generate
from tests.exports.conftest import raalte


def _strings(node) -> list[str]:
    if isinstance(node, String):
        return [node.text]
    if isinstance(node, Group):
        return [text for child in node.contents for text in _strings(child)]
    return []


def _samples(points, step: float = 0.25):
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        count = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / step))
        for i in range(count + 1):
            yield x0 + (x1 - x0) * i / count, y0 + (y1 - y0) * i / count


def _inside(rect: Rect, x: float, y: float, margin: float = 0.0) -> bool:
    return rect.x - margin <= x <= rect.right + margin and rect.y - margin <= y <= rect.bottom + margin


def _distance(rect: Rect, x: float, y: float) -> float:
    dx = max(rect.x - x, 0.0, x - rect.right)
    dy = max(rect.y - y, 0.0, y - rect.bottom)
    return math.hypot(dx, dy)


def _own_line(page, transition_id: str):
    for leg in page.legs:
        if transition_id in leg.transition_ids:
            return leg.points
    for arc in page.arcs:
        if arc.transition_id == transition_id:
            return arc.points
    for chip in page.chips:
        if chip.out and transition_id in chip.transition_ids:
            r = chip.rect
            return ((r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom), (r.x, r.y))
    raise AssertionError(f"no line for {transition_id}")


def _other_lines(page, transition_id: str):
    lines = [leg.points for leg in page.legs if transition_id not in leg.transition_ids]
    return lines + [arc.points for arc in page.arcs if arc.transition_id != transition_id]


JOURNEYS = {
    "raalte": raalte,
    "many branches": lambda: generate(touchpoints=40, quotes=40, respondents=6, transitions=100, seed=1),
    "synthetic": lambda: generate(touchpoints=30, quotes=40, respondents=6, seed=2),
}


@pytest.fixture(scope="module", params=list(JOURNEYS))
def picture(request):
    return infographic.build(JOURNEYS[request.param](), PdfOptions())


def test_every_label_is_on_the_map_or_in_the_side_column(picture):
    page, journey = picture.page, picture.journey
    placed = {label.transition_id: label for label in page.labels}
    side = " ".join(_strings(picture.drawing.legend))
    drawn = _strings(picture.drawing.labels)
    labelled = [t for t in journey.transitions if t.label]
    assert labelled
    for tr in labelled:
        label = placed.get(tr.id)
        if label is not None:
            # the label, or with the number it goes to when its chip has several
            full = next(f for f in (tr.label, f"{page.stations[tr.target_id].number}: {tr.label}")
                        if f == label.text or label.text.endswith("…")
                        and f.startswith(label.text[:-1].rstrip()) and label.text[:-1].strip())
            assert " ".join(line.logical for line in label.block.lines) == label.text
            assert all(run.text in drawn for line in label.block.lines for run in line.runs)
        if label is None or label.text != full:  # shortened, or no room on the map at all
            assert tr.id in page.listed
            assert tr.label in side, tr.label


def test_a_label_lies_on_its_own_line(picture):
    page = picture.page
    assert page.labels
    for label in page.labels:
        own = _own_line(page, label.transition_id)
        assert any(_inside(label.rect, x, y, margin=2.5) for x, y in _samples(own)), label


def test_a_label_covers_no_station_badge_title_chip_or_other_label(picture):
    page = picture.page
    radius, scale = page.metrics.radius, page.metrics.scale
    area = page.journey_area
    for i, label in enumerate(page.labels):
        rect = label.rect
        assert area.x <= rect.x and rect.right <= area.right
        for station in page.stations.values():
            assert _distance(rect, station.x, station.y) >= radius + 2.2, (label, station.number)
            bx, by, badge_r = page.badge(station)
            assert _distance(rect, bx, by) >= badge_r, (label, station.number)
            text = Rect(station.label.x, station.label.y + 2.5 * scale, station.label.w,
                        station.title.height + station.actors.height)
            assert not rect.intersects(text), (label, station.number)
        for chip in page.chips:
            assert not rect.intersects(chip.rect), (label, chip)
        for other in page.labels[i + 1:]:
            assert not rect.intersects(other.rect), (label, other)
        for bubble in page.bubbles:
            assert not rect.intersects(bubble.rect)


def test_no_label_of_raalte_is_on_another_transitions_line():
    page = infographic.build(raalte(), PdfOptions()).page
    for label in page.labels:
        for line in _other_lines(page, label.transition_id):
            assert not any(_inside(label.rect, x, y) for x, y in _samples(line)), label


def test_every_label_of_raalte_is_drawn_in_full():
    """(Before: the labels of two steps to the next station were left out.)"""
    picture = infographic.build(raalte(), PdfOptions())
    drawn = " ".join(_strings(picture.drawing))
    for tr in picture.journey.transitions:
        if tr.label:
            assert tr.label in drawn, tr.label
    assert picture.page.listed == ()


def test_arcs_that_overlap_along_a_row_do_not_run_along_the_same_line():
    page = infographic.build(raalte(), PdfOptions()).page
    by_row: dict[int, list] = {}
    for arc in page.arcs:
        by_row.setdefault(round(arc.start[1]), []).append(arc)
    for arcs in by_row.values():
        for i, a in enumerate(arcs):
            for b in arcs[i + 1:]:
                overlap = min(max(a.start[0], a.end[0]), max(b.start[0], b.end[0])) - max(
                    min(a.start[0], a.end[0]), min(b.start[0], b.end[0]))
                if overlap > 0:
                    assert abs(a.top - b.top) >= 2.5, (a, b)
