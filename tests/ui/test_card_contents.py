"""Card contents are worked out when a card is first drawn (or asked for), and follow new
evidence: opening a large journey does not tally the quotes of cards nobody looks at. Cards and
arrows carry the marks of the designed and the lived route, deadlines and indicators."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsView, QStyleOptionGraphicsItem

from klantreis.evidence import session
from klantreis.evidence.analysis import quote_summary
from klantreis.evidence.card_marks import NO_MARKS
from klantreis.graph.design import compare
from klantreis.io.interchange import load_json
from klantreis.messages import set_language
from klantreis.model.edits import Insert
from klantreis.model.entities import Indicator, RouteRole
from klantreis.model.enums import Sentiment
from klantreis.store import Project
from klantreis.synthetic import generate
from klantreis.ui.app import create_application
from klantreis.ui.canvas import card_marks
from klantreis.ui.canvas.palette import EXCEEDED, LIVED
from klantreis.ui.canvas.scene import JourneyScene
from klantreis.ui.canvas.swimlane_scene import SwimlaneScene
from klantreis.ui.canvas.transition_item import STYLES
from tests.conftest import RAALTE_JSON
from tests.klantreis.graph.design_journeys import compared, raalte_like, titled, wi2021
from tests.ui.helpers import Desk


def _drawn(scene) -> set[str]:
    return {tp_id for tp_id, card in scene.cards.items() if card._data is not None}


@pytest.fixture
def large(qtbot):
    create_application()
    return JourneyScene(generate(touchpoints=300, quotes=3000, respondents=60, seed=5))


def _view(qtbot, scene, whole: bool = False) -> QGraphicsView:
    view = QGraphicsView(scene)
    view.resize(900, 600)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    if whole:
        view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    else:
        view.centerOn(scene.itemsBoundingRect().topLeft())
    view.viewport().update()
    qtbot.waitUntil(lambda: bool(_drawn(scene)), timeout=3000)
    qtbot.wait(50)
    return view


def test_only_the_cards_on_screen_get_their_contents_at_first(qtbot):
    create_application()
    large = JourneyScene(generate(touchpoints=300, quotes=3000, respondents=60, seed=5))
    large._prefetch.stop()  # (the idle-time filling of the test below, held back)
    assert _drawn(large) == set()
    view = _view(qtbot, large)
    drawn = _drawn(large)
    visible = {item.touchpoint_id for item in view.items(view.viewport().rect())
               if hasattr(item, "touchpoint_id")}
    assert visible and visible <= drawn
    assert len(drawn) < len(large.cards) / 4


def test_the_other_cards_are_filled_while_the_app_is_idle_a_few_at_a_time(qtbot, large):
    turns = []
    original = large._prefetch_some

    def turn():
        before = len(_drawn(large))
        original()
        turns.append(len(_drawn(large)) - before)

    large._prefetch.timeout.disconnect()
    large._prefetch.timeout.connect(turn)
    qtbot.waitUntil(lambda: _drawn(large) == set(large.cards), timeout=10000)
    assert not large._prefetch.isActive()
    assert len(turns) > 3 and max(turns) < len(large.cards)  # never all in one go


def test_a_card_asked_for_its_data_has_the_evidence_and_the_tooltip(large):
    journey = large.journey
    tp = max(journey.touchpoints, key=lambda t: len(journey.quotes_for(t.id)))
    card = large.card(tp.id)
    assert card.toolTip() == ""
    data = card.data
    assert data.n == quote_summary(journey.quotes_for(tp.id)).n > 0
    assert card.toolTip() == data.tooltip and tp.title[:10] in data.tooltip


def test_hovering_gives_an_undrawn_card_its_tooltip(qtbot, large):
    card = next(iter(large.cards.values()))
    view = _view(qtbot, large)
    view.centerOn(card)
    point = view.mapFromScene(card.mapToScene(QPointF(60, 40)))
    qtbot.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: card.toolTip() != "", timeout=2000)


def test_a_new_quote_reaches_a_drawn_card_and_no_other(qtbot, large):
    journey = large.journey
    first, second = journey.touchpoints[0].id, journey.touchpoints[-1].id
    shown = large.card(first).data
    before = shown.n
    for tp_id in (first, second):
        edit = session.capture_quote(journey, "Dat duurde veel te lang.", touchpoint_id=tp_id,
                                     sentiment=Sentiment.NEGATIVE)
        edit.apply(journey)
    large.refresh_cards()
    assert large.card(first).data.n == before + 1
    assert large.card(second)._data is None  # still not drawn: worked out when it is
    assert large.card(second).data.n == quote_summary(journey.quotes_for(second)).n


def test_the_swimlane_view_fills_its_cards_the_same_way(qtbot):
    create_application()
    journey = load_json(RAALTE_JSON)
    lanes = SwimlaneScene(journey)
    assert _drawn(lanes) == set()
    _view(qtbot, lanes, whole=True)
    assert _drawn(lanes) == set(lanes.cards)
    numbers = {tp_id: card.data.number for tp_id, card in lanes.cards.items()}
    assert sorted(numbers.values()) == list(range(1, len(journey.touchpoints) + 1))


def _with_long_labels():
    """Raalte, with a label longer than the gap in front of a knelpunt card (25, with the orange
    stripe at its left): the label must not reach over the stripe."""
    journey = load_json(RAALTE_JSON)
    step = journey.transition("tr-f1-f2")
    assert journey.touchpoint(step.target_id).bottleneck
    journey.update(replace(step, label="opschaling naar de schuldhulpverlening van de gemeente"))
    return journey


def _many_branches():
    return generate(touchpoints=60, quotes=60, respondents=10, seed=3)


@pytest.mark.parametrize("make", [_with_long_labels, _many_branches])
def test_an_arrow_label_lies_on_its_arrow_clear_of_every_card_and_label(qtbot, make):
    create_application()
    journey = make()
    scene = JourneyScene(journey)
    qtbot.wait(20)  # (the labels are placed once the scene is built)
    cards = {tp_id: card.mapRectToScene(card.card_rect()) for tp_id, card in scene.cards.items()}
    labels = [a.label_item for a in scene._arrows.values() if a.label_item is not None]
    assert len(labels) == sum(1 for tr in journey.transitions if tr.label)
    stroker = QPainterPathStroker()
    stroker.setWidth(2)
    for i, label in enumerate(labels):
        assert label.scene() is scene and label.rect.width() >= 20
        assert stroker.createStroke(label.arrow.path).intersects(label.rect), label.arrow.label
        for tp_id, card in cards.items():  # (the knelpunt stripe is the card's left 7 points)
            assert not label.rect.intersects(card), (label.arrow.label, tp_id)
        for other in labels[i + 1:]:
            assert not label.rect.intersects(other.rect), (label.arrow.label, other.arrow.label)


# ----------------------------------------------------------------------------- designed and lived


def _painted(item) -> QImage:
    """The item as it paints itself at normal zoom, on white."""
    rect = item.boundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.translate(-rect.left() + 1, -rect.top() + 1)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def _pixels(image: QImage, colour: QColor, near: int = 24) -> int:
    """How many pixels are (nearly) ``colour``."""
    want = colour.getRgb()[:3]
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if max(abs(a - b) for a, b in zip(QColor(image.pixel(x, y)).getRgb()[:3], want,
                                                  strict=True)) <= near)


@pytest.fixture
def compared_scene(qtbot):
    create_application()
    set_language("nl")
    return JourneyScene(compared())


def test_designed_and_lived_cards_carry_their_marks(compared_scene):
    scene = compared_scene
    journey = scene.journey
    designed = scene.card(titled(journey, "Brede intake met leerbaarheidstoets").id)
    lived, both = scene.card("tp-d2"), scene.card("tp-c3")
    assert designed.data.marks.route == RouteRole.DESIGNED
    assert designed.data.marks.route_label == "ontwerp"
    assert lived.data.marks.route_label == "praktijk" and both.data.marks.route_label == ""
    assert "Alleen in het ontwerp" in designed.data.tooltip
    assert "Alleen in de praktijk" in lived.data.tooltip
    # painted: the lived card's purple label, a dashed border around the designed one
    assert _pixels(_painted(lived), LIVED) > 60
    assert _pixels(_painted(both), LIVED) == 0 and _pixels(_painted(designed), LIVED) == 0
    pen = card_marks.border_pen(designed.data.marks, QColor("#000000"), 1.0)
    assert pen.style() == Qt.PenStyle.CustomDashLine
    assert card_marks.fill(designed.data.marks).alpha() < 255  # pale: the band shows through
    assert card_marks.border_pen(both.data.marks, QColor("#000000"), 1.0).style() == \
        Qt.PenStyle.SolidLine


def test_a_deadline_and_an_indicator_on_the_card(compared_scene):
    scene = compared_scene
    journey = scene.journey
    registration = scene.card("tp-c1").data.marks.deadline
    assert registration.text == "norm 36 mnd · werkelijk 39 mnd" and registration.exceeded
    assert _pixels(_painted(scene.card("tp-c1")), EXCEEDED) > 12  # the triangle and the red text
    pvt = scene.card(titled(journey, "Participatieverklaring (PVT) en MAP").id)
    assert pvt.data.marks.deadline.text == "norm 18 mnd" and not pvt.data.marks.deadline.exceeded
    assert _pixels(_painted(pvt), EXCEEDED) == 0
    pip = scene.card("tp-pip").data.marks
    assert pip.indicator.text == "74% / 90%" and pip.indicator.below
    assert pip.deadline.text == "norm 8 wk"  # the journey's own, kept
    assert _pixels(_painted(scene.card("tp-pip")), EXCEEDED) > 8  # the bar short of its target
    assert "plan van aanpak binnen termijn" in scene.card("tp-pip").data.tooltip
    assert scene.card("tp-c3").data.marks is NO_MARKS


def test_designed_and_lived_arrows_are_marked(compared_scene, qtbot):
    scene = compared_scene
    journey = scene.journey
    qtbot.wait(20)  # (the labels are placed once the scene is built)
    by_ends = {(t.source_id, t.target_id): t for t in journey.transitions}
    intake = titled(journey, "Brede intake met leerbaarheidstoets").id
    designed = scene.arrow(by_ends[("tp-a3", intake)].id)
    colour, _, style = designed.style()
    assert designed.route == RouteRole.DESIGNED and colour.alpha() < 255
    assert style == Qt.PenStyle.DashLine  # (a solid kind, dashed when only designed)
    lived = scene.arrow(by_ends[("tp-keuze-r", "tp-d2")].id)
    assert lived.lived and lived.style() == (STYLES[lived.kind][0], *STYLES[lived.kind][1:])
    assert _pixels(_painted(lived), LIVED) > 10  # the purple diamond at its middle
    both = scene.arrow(by_ends[("tp-c1", "tp-pip")].id)
    assert not both.lived and _pixels(_painted(both), LIVED) == 0
    assert "Alleen in de praktijk" in lived.toolTip()


def test_the_cards_follow_the_comparison_an_indicator_and_undo(qtbot, tmp_path):
    path = tmp_path / "raalte-achtig.klantreis"
    Project.create(path, raalte_like()).close()
    desk = Desk(qtbot, path)
    assert desk.scene.card("tp-d2").data.marks is NO_MARKS
    assert desk.document.apply(compare(desk.journey, wi2021()).edit)
    assert desk.scene.card("tp-d2").data.marks.route_label == "praktijk"
    intake = titled(desk.journey, "Brede intake met leerbaarheidstoets").id
    assert desk.scene.card(intake).data.marks.route_label == "ontwerp"
    assert desk.scene.card("tp-c1").data.marks.deadline.exceeded
    indicator = Indicator("i-pva", "% pva op tijd", "%", 90, 60, touchpoint_ids=("tp-c3",))
    assert desk.document.apply(Insert(indicator))
    assert desk.scene.card("tp-c3").data.marks.indicator.text == "60% / 90%"
    desk.undo_action.trigger()
    assert desk.scene.card("tp-c3").data.marks.indicator is None
    desk.undo_action.trigger()
    assert desk.scene.card("tp-d2").data.marks is NO_MARKS and intake not in desk.scene.cards
