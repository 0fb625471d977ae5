"""The swimlane scene: items from the layout, the selection API of JourneyScene, rebuilds."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneContextMenuEvent, QGraphicsView

from klantreis.graph import route as graph
from klantreis.io.interchange import load_json
from klantreis.model.entities import RouteRole, Touchpoint
from klantreis.ui.app import create_application
from klantreis.ui.canvas.routed_transition_item import label_width
from klantreis.ui.canvas.swimlane_scene import SwimlaneScene
from klantreis.ui.canvas.transition_item import DIAMOND_ROOM
from tests.conftest import RAALTE_JSON, TEMPLATE_JSON
from tests.klantreis.graph.design_journeys import compared, titled
from tests.ui.helpers import drag

MOVABLE = QGraphicsItem.GraphicsItemFlag.ItemIsMovable
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


@pytest.fixture
def lanes(qtbot):
    create_application()
    return SwimlaneScene(load_json(RAALTE_JSON))



@pytest.fixture
def desk(desk):
    """The Raalte project on the canvas with its editors (keys go to desk.host)."""
    return desk.editors()


@pytest.fixture
def empty_desk(empty_desk):
    return empty_desk.editors()

def _view(qtbot, scene: SwimlaneScene) -> QGraphicsView:
    view = QGraphicsView(scene)
    view.resize(1200, 800)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _click(qtbot, view, scene_pos: QPointF, double: bool = False, modifier=Qt.KeyboardModifier.NoModifier):
    view.ensureVisible(scene_pos.x() - 5, scene_pos.y() - 5, 10, 10, 50, 50)
    point = view.mapFromScene(scene_pos)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point)
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def test_one_card_per_touchpoint_in_lanes_one_lane_header_per_actor(lanes):
    journey = lanes.journey
    assert set(lanes.cards) == {tp.id for tp in journey.touchpoints}
    assert list(lanes.lanes) == [a.id for a in journey.actors]
    assert [lane.label for lane in lanes.lanes.values()] == [a.name for a in journey.actors]
    assert set(lanes.arrows) == {tr.id for tr in journey.transitions}
    assert [p.phase_id for p in lanes.phase_columns] == [p.id for p in journey.phases]
    numbers = graph.display_numbers(journey)
    for tp in journey.touchpoints:
        card = lanes.card(tp.id)
        assert card.data.number == numbers[tp.id] and card.data.title == tp.title
        assert not card.flags() & MOVABLE and card.flags() & SELECTABLE
        rect = card.mapRectToScene(card.card_rect())
        assert lanes.lane(tp.actor_ids[0]).rect.contains(rect)  # the lane of its first actor
        markers = lanes.markers(tp.id)
        assert len(markers) == len(tp.actor_ids) - 1
        for marker, actor_id in zip(markers, tp.actor_ids[1:], strict=True):
            assert lanes.lane(actor_id).rect.contains(marker.sceneBoundingRect())
    assert lanes.sceneRect().contains(lanes.itemsBoundingRect())


def test_selection_api_matches_the_journey_scene(lanes):
    lanes.select_only(["tp-b2", "tp-a1"])
    assert lanes.selected_touchpoints() == ["tp-b2", "tp-a1"]  # in the order given
    lanes.card("tp-c1").setSelected(True)
    assert lanes.selected_touchpoints() == ["tp-b2", "tp-a1", "tp-c1"]
    lanes.select_only(["tp-c1", "unknown"])
    assert lanes.selected_touchpoints() == ["tp-c1"]
    tr_id = lanes.journey.transitions[0].id
    lanes.arrow(tr_id).setSelected(True)
    assert lanes.selected_transitions() == [tr_id]
    lanes.select_only([])
    assert lanes.selected_touchpoints() == [] and lanes.selected_transitions() == []


def test_rebuild_shows_a_model_change_and_keeps_the_selection(lanes):
    journey = lanes.journey
    tp = journey.touchpoint("tp-b2")
    lanes.select_only(["tp-b2"])
    tr_id = journey.transitions[0].id
    lanes.arrow(tr_id).setSelected(True)
    journey.update(replace(tp, title="Woning gevonden", actor_ids=("ac-vwn", "ac-sallandwonen")))
    journey.add(Touchpoint("tp-new", "Zonder iemand", tp.phase_id))
    lanes.rebuild()
    card = lanes.card("tp-b2")
    assert card.data.title == "Woning gevonden"
    assert lanes.lane("ac-vwn").rect.contains(card.mapRectToScene(card.card_rect()))
    assert [m.touchpoint_id for m in lanes.markers("tp-b2")] == ["tp-b2"]
    assert lanes.lane(None).label == "Zonder actor"  # a last lane for touchpoints without actors
    assert lanes.lane(None).rect.contains(lanes.card("tp-new").sceneBoundingRect().adjusted(3, 3, -3, -3))
    assert lanes.selected_touchpoints() == ["tp-b2"]
    assert lanes.selected_transitions() == [tr_id]


def test_double_click_on_a_card_or_marker_asks_to_rename(qtbot, lanes):
    view = _view(qtbot, lanes)
    card = lanes.card("tp-a3")
    with qtbot.waitSignal(lanes.rename_requested) as blocker:
        _click(qtbot, view, card.mapToScene(card.card_rect().center()), double=True)
    assert blocker.args == ["tp-a3"]
    (marker,) = lanes.markers("tp-a3")
    with qtbot.waitSignal(lanes.rename_requested) as blocker:
        _click(qtbot, view, marker.sceneBoundingRect().center(), double=True)
    assert blocker.args == ["tp-a3"]


def test_a_click_selects_a_card_and_a_marker_stands_for_its_card(qtbot, lanes):
    view = _view(qtbot, lanes)
    card = lanes.card("tp-a3")
    before = card.pos()
    _click(qtbot, view, card.mapToScene(card.card_rect().center()))
    assert lanes.selected_touchpoints() == ["tp-a3"]
    marker = lanes.markers("tp-b1")[0]
    _click(qtbot, view, marker.sceneBoundingRect().center())
    assert lanes.selected_touchpoints() == ["tp-b1"]
    _click(qtbot, view, card.mapToScene(card.card_rect().center()),
           modifier=Qt.KeyboardModifier.ControlModifier)
    assert lanes.selected_touchpoints() == ["tp-b1", "tp-a3"]
    assert card.pos() == before


def test_the_template_has_its_labels_and_no_lane_without_actor(qtbot):
    create_application()
    scene = SwimlaneScene(load_json(TEMPLATE_JSON))
    labelled = [a for a in scene.arrows.values() if a.label]
    assert labelled and all(a.label_item is not None and a.label_item.scene() is scene
                            for a in labelled)
    assert None not in scene.lanes


def _swap_in(window) -> SwimlaneScene:
    """Show the window's document in a swimlane scene, as Beeld > Baan per actor does."""
    window.canvas.show(window.document, lanes=True)
    assert isinstance(window.scene, SwimlaneScene)
    return window.scene


def test_the_editor_deletes_and_undoes_through_the_selection(desk):
    window = desk  # the main window on Raalte (tests/ui/conftest.py)
    scene = _swap_in(window)
    scene.select_only(["tp-f1"])
    window.editor.delete_selected()
    assert "tp-f1" not in {tp.id for tp in window.document.journey.touchpoints}
    assert "tp-f1" not in scene.cards  # the scene followed the step
    window.undo_action.trigger()
    assert "tp-f1" in scene.cards


def test_a_drag_from_the_handle_connects_two_cards(qtbot, desk):
    window = desk
    scene = _swap_in(window)
    window.view.resetTransform()
    journey = window.document.journey
    before = journey.count("transition")
    scene.select_only(["tp-a1"])  # a selected card shows its handle
    source, target = scene.card("tp-a1"), scene.card("tp-a3")
    start = source.mapToScene(source.handle_rect().center())
    was_at = source.pos()
    window.view.ensureVisible(QRectF(start, target.sceneBoundingRect().bottomRight()), 10, 10)
    drag(qtbot, window.view, start, target.sceneBoundingRect().center())
    qtbot.waitUntil(lambda: journey.count("transition") == before + 1)
    added = journey.transitions[-1]
    assert (added.source_id, added.target_id) == ("tp-a1", "tp-a3")
    assert added.id in scene.arrows
    assert scene.card("tp-a1").pos() == was_at  # the card did not move


def test_right_click_on_a_marker_opens_the_card_menu(desk):
    window = desk
    scene = _swap_in(window)
    marker = scene.markers("tp-b1")[0]
    event = QGraphicsSceneContextMenuEvent(QEvent.Type.GraphicsSceneContextMenu)
    event.setScenePos(marker.sceneBoundingRect().center())
    scene.contextMenuEvent(event)
    assert scene.selected_touchpoints() == ["tp-b1"]
    texts = [a.text() for a in window.editor.last_menu.actions()]
    assert window.editor.actions["rename"].text() in texts


def test_the_lanes_carry_the_marks_of_the_designed_and_the_lived_route(qtbot):
    create_application()
    journey = compared()
    lived_step = journey.transition("tr-tp-keuze-r-tp-d2")
    journey.update(replace(lived_step, label="zelf geregeld"))
    scene = SwimlaneScene(journey)
    qtbot.wait(20)  # (the labels are placed once the scene is built)
    intake = titled(journey, "Brede intake met leerbaarheidstoets").id
    assert scene.card(intake).data.marks.route_label == "ontwerp"
    assert scene.card("tp-d2").data.marks.route_label == "praktijk"
    assert scene.card("tp-c1").data.marks.deadline.text == "norm 36 mnd · werkelijk 39 mnd"
    assert scene.card("tp-pip").data.marks.indicator.below
    for tr in journey.transitions:
        assert scene.arrow(tr.id).route == tr.route
    designed = next(t for t in journey.transitions if t.route == RouteRole.DESIGNED)
    assert scene.arrow(designed.id).style()[0].alpha() < 255
    lived = scene.arrow(lived_step.id)
    assert lived.lived and lived.label_item is not None
    # the label box makes room for the diamond beside the planned label
    assert lived.label_item.rect.width() >= label_width("zelf geregeld") + DIAMOND_ROOM - 0.5
