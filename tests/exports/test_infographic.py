"""The infographic on its reportlab drawing (not on pixels): a station per touchpoint, a bubble
per highlighted quote, nothing on top of anything, a legend and a method box."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reportlab.graphics.shapes import Group, String

from klantreis.exports import infographic
from klantreis.exports.infographic_layout import PAGE_H, PAGE_W, Rect
from klantreis.model.entities import JourneyInfo, PdfOptions, Phase, Quote, Sentiment, Touchpoint, Transition
from klantreis.model.journey import Journey
from tests.exports.conftest import SECRET_NOTE, SECRET_QUOTE


def _strings(node) -> list[str]:
    if isinstance(node, String):
        return [node.text]
    if isinstance(node, Group):
        return [text for child in node.contents for text in _strings(child)]
    return []


def _bounds(node) -> Rect:
    x0, y0, x1, y1 = node.getBounds()
    return Rect(x0, PAGE_H - y1, x1 - x0, y1 - y0)


@pytest.fixture
def picture(raalte_journey):
    return infographic.build(raalte_journey, PdfOptions())


def test_one_station_per_touchpoint_in_number_order(picture, raalte_journey):
    stations = picture.drawing.stations.contents
    assert len(stations) == len(picture.page.stations) == raalte_journey.count("touchpoint") == 26
    assert [s.number for s in sorted(picture.page.stations.values(), key=lambda s: s.number)] == list(
        range(1, 27))
    texts = _strings(picture.drawing.stations)
    assert "Intake en plan van" in texts or any("Intake" in t for t in texts)
    for station in picture.page.stations.values():  # inside the journey area
        assert picture.page.journey_area.x <= station.footprint.x
        assert station.footprint.right <= picture.page.journey_area.right + 0.01
        assert station.footprint.bottom <= picture.page.journey_area.bottom


def test_one_bubble_per_highlighted_quote_and_no_overlaps(picture):
    bubbles = picture.drawing.bubbles.contents
    assert len(picture.highlights) == 9
    assert len(bubbles) == len(picture.page.bubbles) == len(picture.highlights)
    assert picture.page.unplaced == ()
    rects = [b.rect for b in picture.page.bubbles]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)
        for station in picture.page.stations.values():
            assert not a.intersects(station.footprint), station.number
        assert a.x >= 0 and a.right <= PAGE_W and a.y >= 0 and a.bottom <= PAGE_H
    # the drawn shapes agree with the layout (the tail sticks out towards its station only)
    for shape, bubble in zip(bubbles, picture.page.bubbles, strict=True):
        drawn = _bounds(shape.contents[1])  # the rounded box
        assert abs(drawn.x - bubble.rect.x) < 1 and abs(drawn.w - bubble.rect.w) < 1


def test_bubbles_quote_the_dutch_text_and_say_who(picture):
    quote = picture.highlights[0]
    texts = " ".join(_strings(picture.drawing.bubbles.contents[0]))
    assert quote.text.split()[0] in texts
    assert "uitvoerders" in texts or "statushouders" in texts


def test_a_legend_and_a_method_box_with_every_group(picture, raalte_journey):
    legend = " ".join(_strings(picture.drawing.legend))
    for word in ("Beleving", "zeer negatief", "gemengd", "Lijnen", "Actoren", "SallandWonen"):
        assert word in legend
    method = " ".join(_strings(picture.drawing.method))
    assert "Methode" in method
    for group in raalte_journey.groups:
        assert group.name in method
    assert "5 respondenten" in method
    side = picture.page.side
    assert _bounds(picture.drawing.legend).x >= side.x - 1
    assert _bounds(picture.drawing.method).bottom <= side.bottom + 1


def test_english_labels_and_nothing_internal(multilingual_journey):
    picture = infographic.build(multilingual_journey, PdfOptions(language="en"))
    texts = " ".join(_strings(picture.drawing))
    assert "Experience" in texts and "Method" in texts and "Beleving" not in texts
    assert SECRET_QUOTE[:20] not in texts and SECRET_NOTE[:20] not in texts


def test_a_chosen_highlight_and_the_hartslag_per_perspective(raalte_journey):
    picture = infographic.build(raalte_journey, PdfOptions(highlighted_quote_ids=("q-u01",)))
    assert [b.quote_id for b in picture.page.bubbles] == ["q-u01"]
    assert infographic._series(picture.journey) == [("line_clients", "client"), ("line_executors",
                                                                                  "uitvoerder")]
    assert picture.drawing.hartslag.contents  # lines and points


def _long_journey(count: int) -> Journey:
    journey = Journey(JourneyInfo(title="Lange reis"))
    for p in range(5):
        journey.add(Phase(f"p{p}", f"Fase {p}"))
    for n in range(count):
        title = f"Contactmoment nummer {n} met een lange titel"
        journey.add(Touchpoint(f"t{n}", title, f"p{n * 5 // count}"))
        if n:
            journey.add(Transition(f"e{n}", f"t{n - 1}", f"t{n}"))
        journey.add(Quote(f"q{n}", f"Citaat {n} " * 12, touchpoint_id=f"t{n}",
                          sentiment=Sentiment.from_score(n % 5 - 2)))
    return journey


@pytest.mark.parametrize("count", [1, 3, 60, 200])
def test_any_length_fits_on_the_page(count):
    picture = infographic.build(_long_journey(count), PdfOptions())
    assert len(picture.page.stations) == count
    area = picture.page.journey_area
    for station in picture.page.stations.values():
        assert area.x - 0.01 <= station.footprint.x and station.footprint.right <= area.right + 0.01
        assert station.footprint.bottom <= area.bottom + 0.01
    rects = [b.rect for b in picture.page.bubbles]
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert len(picture.page.bubbles) + len(picture.page.unplaced) == len(picture.highlights)


def test_phase_colours_can_be_switched_off(raalte_journey):
    coloured = infographic.build(raalte_journey, PdfOptions())
    plain = infographic.build(raalte_journey, replace(PdfOptions(), phase_colours=False))
    fills = {shape.fillColor.hexval() for shape in plain.drawing.backgrounds.contents}
    assert len(fills) == 1
    assert len({shape.fillColor.hexval() for shape in coloured.drawing.backgrounds.contents}) == 6


def test_the_two_worlds_box_lists_real_differences_in_red(raalte_journey):
    from reportlab.lib.colors import HexColor

    from klantreis.evidence import session

    plain = infographic.build(raalte_journey, PdfOptions())
    assert "Op geen contactmoment" in " ".join(_strings(plain.drawing.worlds))
    for respondent, value in (("r-r1", -2), ("r-r7", -2), ("r-u1", 2), ("r-u2", 1)):
        session.vote(raalte_journey, "tp-c4", respondent, value).apply(raalte_journey)
    picture = infographic.build(raalte_journey, PdfOptions())
    box = picture.drawing.worlds
    texts = " ".join(_strings(box))
    assert "13. Intake en plan van aanpak met de consulent" in texts
    assert "statushouders –2,0" in texts and "uitvoerders +1,5" in texts and "verschil 3,5" in texts
    red = [s for s in _all_strings(box) if s.fillColor == HexColor("#B00020")]
    assert [s.text for s in red] and "Intake" in " ".join(s.text for s in red)


def _all_strings(node):
    if isinstance(node, String):
        return [node]
    if isinstance(node, Group):
        return [s for child in node.contents for s in _all_strings(child)]
    return []


def test_a_step_that_repeats_itself_is_drawn_as_a_small_loop(tmp_path):
    """A transition from a touchpoint to itself (a step that repeats, e.g. monthly meetings)."""
    from klantreis.exports.pdf import write_pdf
    from klantreis.model.entities import Transition, TransitionKind
    from tests.exports.conftest import raalte

    journey = raalte()
    tp = journey.touchpoints[5].id
    journey.add(Transition("tr-zelf", tp, tp, TransitionKind.TERUGKEER, "elke maand"))
    path = write_pdf(journey, tmp_path / "lus.pdf")
    assert path.read_bytes().startswith(b"%PDF")
