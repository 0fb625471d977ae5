"""Finding, zooming and panning, copy/paste/duplicate by keyboard, double-click to add, and the
history dock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from klantreis.graph import layout
from klantreis.graph import route as graph
from tests.ui.helpers import on_disk, state
from tests.ui.helpers import window as make_window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_f_finds_a_touchpoint_by_text_and_enter_goes_to_the_next(qtbot, raalte):
    window = raalte
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "woning")
    assert len(bar.matches) >= 2
    assert window.scene.selected_touchpoints() == [bar.matches[0]]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert window.scene.selected_touchpoints() == [bar.matches[1]]
    assert bar.count.text() == f"2 van {len(bar.matches)}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.scene.selected_touchpoints() == [bar.matches[0]]
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_find_by_route_number(qtbot, raalte):
    window = raalte
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "7")
    numbers = graph.display_numbers(window.document.journey)
    assert numbers[window.scene.selected_touchpoints()[0]] == 7


def test_nothing_found_says_so(qtbot, raalte):
    window = raalte
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "xyzzy")
    assert window.find_bar.count.text() == "geen treffers"


def _mouse(view, kind, pos, button, buttons):
    viewport = view.viewport()
    event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def _pan(view, button, start, end):
    _mouse(view, QEvent.Type.MouseButtonPress, start, button, button)
    for i in range(1, 6):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * (i / 5),
               Qt.MouseButton.NoButton, button)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, button, Qt.MouseButton.NoButton)


def test_middle_button_and_space_drag_pan_without_selecting_or_moving(qtbot, raalte):
    window = raalte
    view = window.view
    view.resetTransform()
    view.zoom(2.0)
    bar_h, bar_v = view.horizontalScrollBar(), view.verticalScrollBar()
    bar_h.setValue(bar_h.maximum() // 2)
    bar_v.setValue(bar_v.maximum() // 2)
    before = (bar_h.value(), bar_v.value())
    centre = view.viewport().rect().center()
    _pan(view, Qt.MouseButton.MiddleButton, centre, centre + QPointF(-80, -60).toPoint())
    assert (bar_h.value(), bar_v.value()) == (before[0] + 80, before[1] + 60)
    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    _pan(view, Qt.MouseButton.LeftButton, centre, centre + QPointF(50, 40).toPoint())
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert (bar_h.value(), bar_v.value()) == (before[0] + 30, before[1] + 20)
    assert window.document.undo_stack.count() == 0  # nothing was moved
    assert window.scene.selected_touchpoints() == []  # and no rubber band selection


def test_zoom_keys_and_fit(qtbot, raalte):
    window = raalte
    window.view.resetTransform()
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert window.view.transform().m11() > 1.0
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert window.view.transform().m11() < 1.0


def test_copy_paste_and_duplicate_by_keyboard_are_one_step_each(qtbot, raalte):
    window = raalte
    journey = window.document.journey
    count = journey.count("touchpoint")
    window.scene.select_only(["tp-b1", "tp-b2"])
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL)
    assert journey.count("touchpoint") == count + 2
    assert window.undo_action.text() == "Ongedaan maken: plakken"
    pasted = window.scene.selected_touchpoints()
    assert len(pasted) == 2 and not {"tp-b1", "tp-b2"} & set(pasted)
    assert sorted(journey.touchpoint(t).title for t in pasted) == sorted(
        journey.touchpoint(t).title for t in ("tp-b1", "tp-b2"))
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert journey.count("touchpoint") == count + 4
    assert window.undo_action.text() == "Ongedaan maken: dupliceren"
    assert on_disk(window) == state(window)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert journey.count("touchpoint") == count


def test_paste_into_another_open_project(qtbot, raalte, empty):
    raalte.scene.select_only(["tp-a1", "tp-a2"])
    raalte.editor.actions["copy"].trigger()
    empty.editor.actions["paste"].trigger()
    journey = empty.document.journey
    assert journey.count("touchpoint") == 2 and journey.count("phase") == 1
    assert journey.count("transition") == sum(
        1 for t in raalte.document.journey.transitions
        if {t.source_id, t.target_id} <= {"tp-a1", "tp-a2"})
    assert on_disk(empty) == state(empty)


def test_double_click_in_a_band_adds_a_card_there_and_starts_renaming(qtbot, raalte):
    window, scene = raalte, raalte.scene
    window.view.resetTransform()
    band = scene.band("ph-c").rect
    point = QPointF(band.right() - layout.CARD_W, band.bottom() - layout.CARD_H / 2 - 10)
    assert scene.top_item_at(point) is scene.band("ph-c")
    count = window.document.journey.count("touchpoint")
    window.view.ensureVisible(point.x() - 10, point.y() - 10, 20, 20)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=window.view.mapFromScene(point))
    qtbot.waitUntil(lambda: window.canvas.title_editor is not None)
    journey = window.document.journey
    assert journey.count("touchpoint") == count + 1
    new = journey.touchpoints[-1]
    assert new.phase_id == "ph-c"
    qtbot.keyClicks(window.canvas.title_editor, "Kennismaking buurtteam")
    qtbot.keyClick(window.canvas.title_editor, Qt.Key.Key_Return)
    assert journey.touchpoint(new.id).title == "Kennismaking buurtteam"


def test_the_history_dock_lists_the_steps_and_clicking_one_goes_back(qtbot, raalte):
    window = raalte
    window.scene.select_only(["tp-c4"])
    window.editor.actions["delete"].trigger()
    window.scene.select_only(["tp-c3"])
    window.editor.actions["delete"].trigger()
    model = window.history_view.model()
    assert model.rowCount() == 3  # "Zoals geopend" and two steps
    assert model.index(0, 0).data() == "Zoals geopend"
    assert model.index(1, 0).data() == "contactmoment verwijderen"
    window.history_view.setCurrentIndex(model.index(0, 0))
    assert window.document.undo_stack.index() == 0
    assert "tp-c4" in {tp.id for tp in window.document.journey.touchpoints}


def test_a_second_window_keeps_its_own_document(qtbot, raalte, tmp_path):
    from klantreis.io.files import convert
    from tests.conftest import TEMPLATE_JSON

    path = tmp_path / "sjabloon.klantreis"
    convert(TEMPLATE_JSON, path)
    other = make_window(qtbot, path)
    assert other.document.journey.info.title != raalte.document.journey.info.title


def test_the_view_menu_switches_to_a_lane_per_actor_and_back(qtbot, raalte):
    from PySide6.QtCore import QSettings

    from klantreis.ui.canvas.scene import JourneyScene
    from klantreis.ui.canvas.swimlane_scene import SwimlaneScene

    window = raalte
    window.scene.select_only(["tp-b2"])
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert isinstance(window.scene, SwimlaneScene)
    assert window.scene.selected_touchpoints() == ["tp-b2"]  # the selection stays
    assert QSettings().value("view/swimlanes", type=bool) is True
    assert not window.phase_editor.actions["phase_up"].isEnabled()  # phases are columns here
    window.editor.actions["delete"].trigger()  # editing works the same
    assert "tp-b2" not in {tp.id for tp in window.document.journey.touchpoints}
    assert "tp-b2" not in window.scene.cards
    window.undo_action.trigger()
    assert "tp-b2" in window.scene.cards
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert isinstance(window.scene, JourneyScene)
    assert window.phase_editor.actions["phase_up"].isEnabled()
    assert QSettings().value("view/swimlanes", type=bool) is False
