"""Page 1 marks what the design and practice do not share and the deadlines that were
exceeded: a step of the design only is pale with a dashed ring and a badge, a step of practice
only has a badge "alleen praktijk", a transition of practice only a diamond on its line, a
transition of the design only is pale and dashed, an exceeded deadline is a red note
"36 → 39 mnd"; never by colour alone; the legend explains each mark only when the page has it;
the marks cover no station, badge or label."""

from __future__ import annotations

import re
from dataclasses import replace

import pypdfium2
import pytest
from reportlab.graphics.shapes import Circle, Group, Path, Polygon, String

from klantreis.exports import infographic
from klantreis.exports.infographic_marks import DESIGNED, EXCEEDED, LIVED_LINE, LIVED_ONLY
from klantreis.exports.palette import PALE_ROUTE
from klantreis.exports.pdf import pdf_bytes
from klantreis.model.entities import DurationUnit, PdfOptions, RouteRole
from tests.conftest import make_small_journey
from tests.exports.norms_journeys import with_routes


def _strings(node) -> list[str]:
    if isinstance(node, String):
        return [node.text]
    if isinstance(node, Group):
        return [text for child in node.contents for text in _strings(child)]
    return []


def _shapes(node, kind):
    if isinstance(node, kind):
        yield node
    if isinstance(node, Group):
        for child in node.contents:
            yield from _shapes(child, kind)


@pytest.fixture(scope="module")
def picture():
    return infographic.build(with_routes(), PdfOptions())


def test_each_kind_of_mark_has_a_text_or_a_line_style(picture):
    marks = picture.page.marks
    kinds = {(b.kind, b.row) for b in marks.badges}
    assert {k for k, _ in kinds} == {DESIGNED, LIVED_ONLY, EXCEEDED, LIVED_LINE}
    texts = " ".join(_strings(picture.drawing.marks))
    assert "ontwerp" in texts and "praktijk" in texts  # (in full, or short where it is tight)
    assert "36" in texts and "39 mnd" in texts  # the exceeded deadline: norm → realised
    assert "2" not in texts.split() and "1 wkn" not in texts  # a deadline that was met: no note
    # a step of the design only: pale (white over it) with a dashed ring, its title muted
    station = picture.drawing.stations.contents[2]  # (number 3: t3)
    veils = [c for c in _shapes(station, Circle) if c.fillOpacity is not None and c.fillOpacity < 1]
    rings = [c for c in _shapes(station, Circle) if c.strokeDashArray and c.fillColor is None]
    assert veils and rings
    # a transition of the design only: pale and dashed (e2 is the leg of the route from 2 to 3)
    dashed = [p for group in (picture.drawing.route, picture.drawing.jumps) for p in _shapes(group, Path)
              if p.strokeColor == PALE_ROUTE]
    assert len(dashed) == 1 and dashed[0].strokeDashArray
    assert marks.designed_lines == {"e2"} and marks.designed_steps == {"t3"} and marks.lived
    # a transition of practice only: a diamond, filled, on its line (and no words on the line)
    diamonds = [p for p in _shapes(picture.drawing.marks, Polygon) if len(p.points) == 8]
    assert len(diamonds) == sum(1 for b in marks.badges if b.kind == LIVED_LINE) >= 1


def test_the_legend_explains_only_the_marks_the_page_has(picture):
    legend = " ".join(_strings(picture.drawing.legend))
    for text in ("Ontwerp en praktijk", "stap alleen in het ontwerp",
                 "stap alleen in de praktijk", "overgang alleen in de praktijk",
                 "overgang alleen in het ontwerp",
                 "termijn overschreden", "alleen ontwerp", "alleen praktijk"):
        assert text in legend, text
    plain = infographic.build(make_small_journey(), PdfOptions())
    assert plain.page.marks is None and not hasattr(plain.drawing, "marks")
    assert "Ontwerp en praktijk" not in " ".join(_strings(plain.drawing.legend))
    only_deadline = with_routes()
    for kind in ("touchpoint", "transition"):
        for item in only_deadline.items(kind):
            only_deadline.update(replace(item, route=RouteRole.BOTH))
    legend = " ".join(_strings(infographic.build(only_deadline, PdfOptions()).drawing.legend))
    assert "termijn overschreden" in legend and "ontwerp" not in legend and "praktijk" not in legend
    english = " ".join(_strings(infographic.build(with_routes(), PdfOptions(language="en")).drawing.legend))
    assert "Design and practice" in english and "deadline exceeded" in english


def test_the_marks_cover_no_station_badge_label_or_each_other(picture):
    page = picture.page
    badges = page.marks.badges
    for i, badge in enumerate(badges):
        for other in badges[i + 1:]:
            assert not badge.rect.intersects(other.rect), (badge, other)
        for label in page.labels:
            assert not badge.rect.intersects(label.rect), (badge, label)
        for bubble in page.bubbles:
            assert not badge.rect.intersects(bubble.rect)
        for station in page.stations.values():
            assert not badge.rect.intersects(station.label), (badge.kind, station.number)
            bx, by, r = page.badge(station)
            assert not (badge.rect.x < bx + r and bx - r < badge.rect.right and badge.rect.y < by + r
                        and by - r < badge.rect.bottom), (badge.kind, station.number)
        assert page.journey_area.x <= badge.rect.x and badge.rect.right <= page.journey_area.right


def test_many_marks_on_a_long_journey_stay_apart():
    """Sixty steps, every other one of the design or practice only with an exceeded deadline:
    small badges, and the deadlines with no room on the map listed in the legend."""
    from klantreis.model.norms import Deadline
    from tests.exports.test_infographic import _long_journey

    journey = _long_journey(60)
    for n, tp in enumerate(journey.touchpoints):
        if n % 2:
            journey.update(replace(tp, route=RouteRole.LIVED if n % 4 == 1 else RouteRole.DESIGNED,
                                   deadline=Deadline(12, DurationUnit.WEKEN, realised=15.5)))
    picture = infographic.build(journey, PdfOptions())
    page, marks = picture.page, picture.page.marks
    notes = [b for b in marks.badges if b.kind == EXCEEDED]
    assert len(marks.badges) - len(notes) == 30 and len(notes) + len(marks.listed) == 30
    legend = " ".join(_strings(picture.drawing.legend))
    if marks.listed:
        assert marks.listed[0] in legend and "norm 12 wkn, werkelijk 15,5 wkn" in marks.listed[0]
    for i, badge in enumerate(marks.badges):
        assert all(not badge.rect.intersects(o.rect) for o in marks.badges[i + 1:])
        assert all(not badge.rect.intersects(s.label) for s in page.stations.values())


def test_the_detail_pages_give_the_deadline_and_the_route_in_words():
    data = pdf_bytes(with_routes(), PdfOptions())
    document = pypdfium2.PdfDocument(data)
    try:
        first = document[0].get_textpage().get_text_range()
        text = " ".join(document[i].get_textpage().get_text_range() for i in range(1, len(document)))
    finally:
        document.close()
    text = re.sub(r"\s+", " ", text)
    assert ("Termijn: 36 maanden, gerekend vanaf vestiging (Wet inburgering 2013) · werkelijk 39 maanden "
            "(gemiddeld) · termijn overschreden") in text
    assert "Termijn: 2 weken · werkelijk 1 week · binnen de termijn" in text
    assert "Ontwerp of praktijk: alleen ontwerp" in text and "Ontwerp of praktijk: alleen praktijk" in text
    assert "(vertakking: B1: alleen ontwerp)" in text and "(terugkeer: wissel: alleen praktijk)" in text
    assert "39 mnd" in first


def test_marked_pdfs_are_byte_identical():
    assert pdf_bytes(with_routes(), PdfOptions()) == pdf_bytes(with_routes(), PdfOptions())
