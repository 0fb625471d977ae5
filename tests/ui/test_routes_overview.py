"""Zoomed out past LOW_DETAIL, the arrows of a journey are drawn by one RoutesOverview item;
they keep their selection and hit tests, and the overview follows a card being dragged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem

from klantreis.io.interchange import load_json
from klantreis.ui.app import create_application
from klantreis.ui.canvas.routes_overview import RoutesOverview
from klantreis.ui.canvas.scene import JourneyScene
from klantreis.ui.canvas.swimlane_scene import SwimlaneScene
from klantreis.ui.view import JourneyView
from tests.conftest import RAALTE_JSON

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def _overview_item(scene) -> RoutesOverview:
    return next(i for i in scene.items() if isinstance(i, RoutesOverview))


def _drawn(item) -> bool:
    return not item.flags() & NO_CONTENTS


def _shown(qtbot, scene, zoom: float) -> JourneyView:
    view = JourneyView()
    view.setScene(scene)
    view.resize(1000, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.scale(zoom, zoom)
    view.viewport().update()
    qtbot.wait(30)
    return view


@pytest.fixture
def scene(qtbot):
    create_application()
    return JourneyScene(load_json(RAALTE_JSON))


def test_zoomed_out_the_arrows_are_one_item_and_zoomed_in_each_its_own(qtbot, scene):
    view = _shown(qtbot, scene, 0.2)
    overview = _overview_item(scene)
    arrows = list(scene.arrows.values())
    labelled = [a for a in arrows if a.label_item is not None]
    assert overview.isVisible() and labelled
    assert not any(_drawn(a) for a in arrows) and not any(_drawn(a.label_item) for a in labelled)
    strokes = overview.strokes
    assert sum(s.lines.elementCount() for s in strokes) == sum(a.path.elementCount() for a in arrows)
    view.resetTransform()
    view.viewport().update()
    qtbot.waitUntil(lambda: not overview.isVisible())
    assert all(_drawn(a) for a in arrows) and all(_drawn(a.label_item) for a in labelled)


def test_a_selected_arrow_is_drawn_on_top_of_the_overview(qtbot, scene):
    _shown(qtbot, scene, 0.2)
    arrow = next(iter(scene.arrows.values()))
    arrow.setSelected(True)
    assert _drawn(arrow)
    arrow.setSelected(False)
    assert not _drawn(arrow)


def test_the_overview_follows_a_dragged_card_and_a_rebuild(qtbot, scene):
    view = _shown(qtbot, scene, 0.2)
    journey = scene.journey
    transition = journey.transitions[0]
    arrow = scene.arrow(transition.id)
    before = QPointF(_overview_item(scene).strokes[0].lines.boundingRect().bottomRight())
    card = scene.card(transition.target_id)
    card.setPos(card.pos() + QPointF(0, 4000))  # what a drag does, move by move
    assert arrow.path.boundingRect().bottom() > 3000
    bottom = max(s.lines.boundingRect().bottom() for s in _overview_item(scene).strokes)
    assert bottom > 3000 and bottom != before.y()
    scene.rebuild()
    overview = _overview_item(scene)
    assert overview.isVisible() and not any(_drawn(a) for a in scene.arrows.values())
    assert view.transform().m11() == pytest.approx(0.2)


def test_the_swimlane_view_has_the_same_overview(qtbot):
    create_application()
    lanes = SwimlaneScene(load_json(RAALTE_JSON))
    _shown(qtbot, lanes, 0.2)
    assert _overview_item(lanes).isVisible()
    assert not any(_drawn(a) for a in lanes.arrows.values())
    assert Qt.MouseButton.NoButton == _overview_item(lanes).acceptedMouseButtons()


def test_at_normal_zoom_a_dragged_card_costs_the_overview_nothing_until_it_is_shown(qtbot, scene):
    view = _shown(qtbot, scene, 1.0)
    overview = _overview_item(scene)
    transition = scene.journey.transitions[0]
    card = scene.card(transition.target_id)
    for _ in range(5):
        card.setPos(card.pos() + QPointF(0, 800))  # a drag, move by move
        assert overview._strokes is None  # nothing made while hidden
    view.scale(0.2, 0.2)
    view.viewport().update()
    qtbot.waitUntil(overview.isVisible)
    assert max(s.lines.boundingRect().bottom() for s in overview.strokes) >= card.pos().y()
    assert overview.zValue() < scene.arrow(transition.id).zValue()  # a selected arrow on top
