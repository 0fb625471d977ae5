"""Phases and links as a user edits them: drag a header, rename in place, delete with a question,
connect by dragging from a card's handle, the right-click menus and 'opnieuw ordenen'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from klantreis.graph import layout
from tests.ui.helpers import drag, on_disk, state


@pytest.fixture
def desk(desk):
    """The Raalte project on the canvas with its editors (keys go to desk.host)."""
    return desk.editors()


@pytest.fixture
def empty_desk(empty_desk):
    return empty_desk.editors()

def _header_point(scene, phase_id: str) -> QPointF:
    rect = scene.band(phase_id).rect
    return QPointF(rect.left() + 60, rect.top() + 20)


def test_dragging_a_phase_header_down_reorders_the_phases_in_one_step(qtbot, desk):
    window, scene = desk, desk.scene
    window.view.resetTransform()
    before = state(window)
    target = scene.band("ph-c").rect
    drag(qtbot, window.view, _header_point(scene, "ph-a"), QPointF(60, target.bottom() - 5))
    journey = window.document.journey
    assert [p.id for p in journey.phases][:3] == ["ph-b", "ph-c", "ph-a"]
    assert window.undo_action.text() == "Ongedaan maken: fase verplaatsen"
    assert on_disk(window) == state(window)
    assert window.document.undo_stack.count() == 1
    # the bands follow: phase A is now drawn below C, its cards inside it
    assert window.scene.band("ph-a").rect.top() >= window.scene.band("ph-c").rect.bottom() - 0.1
    a = window.scene.band("ph-a").rect
    assert a.contains(window.scene.card("tp-a1").sceneBoundingRect().center())
    window.undo_action.trigger()
    assert state(window) == before == on_disk(window)


def test_a_header_dropped_where_it_was_changes_nothing(qtbot, desk):
    window, scene = desk, desk.scene
    window.view.resetTransform()
    before = state(window)
    start = _header_point(scene, "ph-b")
    drag(qtbot, window.view, start, start + QPointF(5, 10))
    assert state(window) == before and window.document.undo_stack.count() == 0


def test_phase_up_and_down_by_keyboard(qtbot, desk):
    window = desk
    window.scene.select_only(["tp-c1"])
    qtbot.keyClick(window.host, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [p.id for p in window.document.journey.phases][:3] == ["ph-a", "ph-c", "ph-b"]
    qtbot.keyClick(window.host, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [p.id for p in window.document.journey.phases][:3] == ["ph-a", "ph-b", "ph-c"]
    assert window.document.undo_stack.count() == 2


def test_double_click_on_a_header_renames_the_phase_in_place(qtbot, desk):
    window, scene = desk, desk.scene
    window.view.resetTransform()
    point = window.view.mapFromScene(_header_point(scene, "ph-b"))
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.canvas.title_editor is not None)
    editor = window.canvas.title_editor
    assert editor.text() == window.document.journey.phase("ph-b").name
    editor.selectAll()
    qtbot.keyClicks(editor, "Wonen en inschrijven")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.journey.phase("ph-b").name == "Wonen en inschrijven"
    assert window.undo_action.text() == "Ongedaan maken: fase hernoemen"
    assert on_disk(window) == state(window)


def test_an_empty_phase_name_is_refused_with_a_message(qtbot, desk):
    window = desk
    before = state(window)
    window.phase_editor.start_rename("ph-b")
    editor = window.canvas.title_editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "naam" in window.statusBar().currentMessage()
    assert state(window) == before and window.document.undo_stack.count() == 0


def test_deleting_a_phase_with_cards_asks_where_they_go_and_undo_restores(qtbot, desk):
    window = desk
    before = state(window)
    asked = []

    def answer(phase, count, neighbours):
        asked.append((phase.id, count, [n.id for n in neighbours]))
        return "ph-a"

    window.prompts.phase_removal = answer
    window.scene.select_only(["tp-b1"])
    window.phase_editor.actions["remove_phase"].trigger()
    journey = window.document.journey
    members = [tp.id for tp in journey.touchpoints if tp.id.startswith("tp-b")]
    assert asked == [("ph-b", len(members), ["ph-a", "ph-c"])]
    assert "ph-b" not in {p.id for p in journey.phases}
    assert all(journey.touchpoint(t).phase_id == "ph-a" for t in members)
    # moved cards do not cover the cards already in phase A
    rects = [window.scene.card(tp.id).sceneBoundingRect() for tp in journey.touchpoints]
    assert not any(r.intersects(s) for i, r in enumerate(rects) for s in rects[i + 1:])
    assert on_disk(window) == state(window)
    window.undo_action.trigger()
    assert state(window) == before == on_disk(window)


def test_cancelling_the_question_deletes_nothing(qtbot, desk):
    window = desk
    before = state(window)
    window.prompts.phase_removal = lambda *args: None
    window.phase_editor.remove("ph-b")
    assert state(window) == before and window.document.undo_stack.count() == 0


def test_dragging_from_the_handle_to_another_card_connects_them(qtbot, desk):
    window, scene = desk, desk.scene
    window.view.resetTransform()
    journey = window.document.journey
    assert not any((t.source_id, t.target_id) == ("tp-a1", "tp-c1") for t in journey.transitions)
    scene.select_only(["tp-a1"])  # the handle shows on a selected (or hovered) card
    card = scene.card("tp-a1")
    handle = card.mapToScene(card.handle_rect().center())
    end = scene.card("tp-c1").sceneBoundingRect().center()
    count = journey.count("transition")
    drag(qtbot, window.view, handle, end)
    assert journey.count("transition") == count + 1
    assert any((t.source_id, t.target_id) == ("tp-a1", "tp-c1") for t in journey.transitions)
    assert window.undo_action.text() == "Ongedaan maken: contactmomenten verbinden"
    assert window.document.undo_stack.count() == 1  # the card itself did not move
    window.undo_action.trigger()
    assert journey.count("transition") == count


def test_a_link_dropped_on_empty_canvas_connects_nothing(qtbot, desk):
    window, scene = desk, desk.scene
    window.view.resetTransform()
    before = state(window)
    scene.select_only(["tp-a1"])
    card = scene.card("tp-a1")
    handle = card.mapToScene(card.handle_rect().center())
    band = scene.band("ph-a").rect
    empty = QPointF(band.right() - 30, band.bottom() - 8)
    assert scene.top_item_at(empty) is scene.band("ph-a")
    drag(qtbot, window.view, handle, empty)
    assert state(window) == before and window.document.undo_stack.count() == 0


def test_right_click_menus_offer_what_fits_the_spot(qtbot, desk):
    window, scene = desk, desk.scene
    window.view.resetTransform()

    def menu_at(point: QPointF) -> list[str]:
        pos = window.view.mapFromScene(point)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                  window.view.viewport().mapToGlobal(pos))
        QApplication.sendEvent(window.view.viewport(), event)
        return [a.text().replace("&", "") for a in window.editor.last_menu.actions() if a.text()]

    card_menu = menu_at(scene.card("tp-b2").sceneBoundingRect().center())
    assert "Hernoemen" in card_menu and "Verwijderen" in card_menu
    assert scene.selected_touchpoints() == ["tp-b2"]
    header_menu = menu_at(_header_point(scene, "ph-c"))
    assert "Fase hernoemen" in header_menu and "Fase verwijderen…" in header_menu
    empty = scene.band("ph-c").rect
    canvas_menu = menu_at(QPointF(empty.right() - 60, empty.bottom() - 30))
    assert "Nieuw contactmoment hier" in canvas_menu
    assert window.canvas.current_phase_id == "ph-c"


def test_rearrange_is_one_undoable_step(qtbot, desk):
    window = desk
    window.view.resetTransform()
    card = window.scene.card("tp-b2")
    start = card.sceneBoundingRect().center()
    drag(qtbot, window.view, start, start + QPointF(300, 0))
    moved = state(window)
    qtbot.keyClick(window.host, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.undo_action.text() == "Ongedaan maken: opnieuw ordenen"
    expected = layout.layered_layout(window.document.journey)
    assert window.document.journey.touchpoint("tp-b2").position == expected["tp-b2"]
    assert on_disk(window) == state(window)
    window.undo_action.trigger()
    assert state(window) == moved
