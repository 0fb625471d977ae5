"""Card contents are worked out when a card is first drawn (or asked for), and follow new
evidence: opening a large journey does not tally the quotes of cards nobody looks at."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPathStroker
from PySide6.QtWidgets import QGraphicsView

from klantreis.evidence import session
from klantreis.evidence.analysis import quote_summary
from klantreis.io.interchange import load_json
from klantreis.model.enums import Sentiment
from klantreis.synthetic import generate
from klantreis.ui.app import create_application
from klantreis.ui.canvas.scene import JourneyScene
from klantreis.ui.canvas.swimlane_scene import SwimlaneScene
from tests.conftest import RAALTE_JSON


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
