"""The editor as a user drives it: mouse drags, keyboard only, undo/redo and autosave."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF, Qt

from klantreis.io import interchange
from klantreis.store.project import open_project
from tests.conftest import RAALTE_JSON, REPO
from tests.ui.helpers import drag as _drag
from tests.ui.helpers import on_disk as _on_disk
from tests.ui.helpers import state as _state
from tests.ui.helpers import window as _window


@pytest.fixture
def desk(desk):
    """The Raalte project on the canvas with its editors (keys go to desk.host)."""
    return desk.editors()


@pytest.fixture
def empty_desk(empty_desk):
    return empty_desk.editors()

def test_a_drag_into_another_band_is_one_undo_step_that_changes_the_phase(qtbot, desk):
    window, scene = desk, desk.scene
    window.view.resetTransform()
    before = _state(window)
    card = scene.card("tp-c2")
    band_d = scene.band("ph-d")
    start = card.sceneBoundingRect().center()
    end = QPointF(start.x() + 30, band_d.rect.top() + 90)
    _drag(qtbot, window.view, start, end)
    journey = window.document.journey
    assert journey.touchpoint("tp-c2").phase_id == "ph-d"
    assert window.document.undo_stack.count() == 1
    assert window.undo_action.text() == "Ongedaan maken: contactmoment verplaatsen"
    assert _on_disk(window) == _state(window)
    window.undo_action.trigger()
    assert _state(window) == before
    assert _on_disk(window) == before
    window.redo_action.trigger()
    assert journey.touchpoint("tp-c2").phase_id == "ph-d"


def test_a_card_dropped_outside_the_bands_goes_back_and_changes_nothing(qtbot, desk):
    window, scene = desk, desk.scene
    window.view.resetTransform()
    before = _state(window)
    start = scene.card("tp-f3").sceneBoundingRect().center()
    _drag(qtbot, window.view, start, QPointF(start.x(), scene.band("ph-f").rect.bottom() + 400))
    qtbot.wait(20)
    assert _state(window) == before and window.document.undo_stack.count() == 0
    assert scene.card("tp-f3").sceneBoundingRect().center() == start


def test_deleting_a_touchpoint_and_undoing_restores_order_links_and_quotes(qtbot, desk):
    window = desk
    before = _state(window)
    window.scene.select_only(["tp-c4"])
    window.editor.actions["delete"].trigger()
    journey = window.document.journey
    assert "tp-c4" not in {tp.id for tp in journey.touchpoints}
    assert journey.quote("q-s03").touchpoint_id is None  # parked, not lost
    assert window.undo_action.text() == "Ongedaan maken: contactmoment verwijderen"
    assert _on_disk(window) == _state(window)
    window.undo_action.trigger()
    assert _state(window) == before == _on_disk(window)


def test_keyboard_only_build_rename_undo_redo(qtbot, empty_desk):
    window = empty_desk
    qtbot.keyClick(window.host, Qt.Key.Key_Insert)  # the first card brings the first phase
    for title in ("Aankomst", "Woning", "Inschrijving"):
        if title != "Aankomst":
            qtbot.keyClick(window.host, Qt.Key.Key_Insert)
        editor = window.canvas.title_editor
        assert editor is not None and editor.hasFocus()
        editor.selectAll()
        qtbot.keyClicks(editor, title)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(window.host, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # a second phase
    for title in ("Taalschool", "Examen"):
        qtbot.keyClick(window.host, Qt.Key.Key_Insert)
        editor = window.canvas.title_editor
        qtbot.keyClicks(editor, title)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    journey = window.document.journey
    titles = [tp.title for tp in journey.touchpoints]
    assert titles == ["Aankomst", "Woning", "Inschrijving", "Taalschool", "Examen"]
    assert journey.count("phase") == 2
    assert [tp.phase_id for tp in journey.touchpoints].count(journey.phases[1].id) == 2
    assert journey.count("transition") == 4  # each new card follows the selected one
    # connect the first to the last: select with the arrow keys, extend, Ctrl+L
    qtbot.keyClick(window.host, Qt.Key.Key_Escape)
    window.scene.clearSelection()
    qtbot.keyClick(window.host, Qt.Key.Key_Right)  # the first in route order
    for _ in range(4):
        qtbot.keyClick(window.host, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    window.scene.select_only([journey.touchpoints[0].id])
    qtbot.keyClick(window.host, Qt.Key.Key_Left)  # stays on the first
    assert window.scene.selected_touchpoints() == [journey.touchpoints[0].id]
    first, last = journey.touchpoints[0].id, journey.touchpoints[-1].id
    window.scene.card(last).setSelected(True)
    qtbot.keyClick(window.host, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert journey.count("transition") == 5
    assert journey.transitions[-1].source_id == first and journey.transitions[-1].target_id == last
    # rename one with F2
    window.scene.select_only([journey.touchpoints[1].id])
    qtbot.keyClick(window.host, Qt.Key.Key_F2)
    editor = window.canvas.title_editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Woning zoeken")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert journey.touchpoints[1].title == "Woning zoeken"
    renamed = _state(window)
    # undo twice (rename, connect), redo once (connect)
    qtbot.keyClick(window.host, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.host, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journey.touchpoints[1].title == "Woning" and journey.count("transition") == 4
    qtbot.keyClick(window.host, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert journey.count("transition") == 5 and journey.touchpoints[1].title == "Woning"
    assert _on_disk(window) == _state(window) != renamed


def test_autosave_a_new_process_sees_every_change(qtbot, empty):
    window = empty  # (the window: its title says the state)
    qtbot.keyClick(window, Qt.Key.Key_Insert)
    editor = window.canvas.title_editor
    qtbot.keyClicks(editor, "Aankomst in Raalte")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    path = window.document.project.path
    out = subprocess.run([sys.executable, str(REPO / "main.py"), "stats", str(path)],
                         capture_output=True, text=True, check=True, cwd=REPO).stdout
    stats = json.loads(out)
    assert stats["touchpoints"] == 1 and stats["phases"] == 1
    assert "alles opgeslagen" in window.windowTitle()


def test_an_empty_title_is_refused_with_a_message_and_changes_nothing(qtbot, desk):
    window = desk
    before = _state(window)
    window.scene.select_only(["tp-a1"])
    qtbot.keyClick(window.host, Qt.Key.Key_F2)
    editor = window.canvas.title_editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "titel" in window.statusBar().currentMessage()
    assert _state(window) == before and window.document.undo_stack.count() == 0


def test_a_json_file_becomes_a_project_at_the_first_change(qtbot, tmp_path):
    window = _window(qtbot, RAALTE_JSON)
    assert window.document.untitled and "nog niet bewaard" in window.windowTitle()
    target = tmp_path / "mijn reis.klantreis"
    window.document.ask_path = lambda: target
    window.scene.select_only(["tp-a1"])
    window.editor.actions["delete"].trigger()
    assert target.exists() and not window.document.untitled
    assert interchange.dumps(open_project(target)) == _state(window)
    assert RAALTE_JSON.read_text(encoding="utf-8") == interchange.dumps(
        interchange.load_json(RAALTE_JSON))  # the repo's file is untouched


def test_cancelling_the_save_dialog_changes_nothing(qtbot):
    window = _window(qtbot, RAALTE_JSON)
    before = _state(window)
    window.document.ask_path = lambda: None
    window.scene.select_only(["tp-a1"])
    window.editor.actions["delete"].trigger()
    assert _state(window) == before and window.document.untitled


def _failing_writes(project):
    from klantreis.model.errors import ProjectFileError

    original = project.apply

    def fail(changes):
        raise ProjectFileError("write_failed", path=str(project.path), reason="schijf vol")

    project.apply = fail
    return lambda: setattr(project, "apply", original)


def test_a_failed_undo_or_redo_changes_nothing_and_keeps_the_history_in_step(qtbot, desk):
    window = desk
    stack = window.document.undo_stack
    before = _state(window)
    window.scene.select_only(["tp-c4"])
    window.editor.actions["delete"].trigger()
    after = _state(window)
    restore = _failing_writes(window.document.project)
    window.undo_action.trigger()  # the disk is full: the undo cannot be written
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert _state(window) == after == _on_disk(window)
    assert "schijf vol" in window.statusBar().currentMessage()
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    restore()
    window.undo_action.trigger()  # space again: the undo works, once
    assert _state(window) == before == _on_disk(window) and stack.index() == 0
    restore = _failing_writes(window.document.project)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: stack.index() == 0)
    assert _state(window) == before == _on_disk(window)
    restore()
    window.redo_action.trigger()
    assert _state(window) == after == _on_disk(window) and stack.index() == 1


def test_a_card_added_after_one_in_the_middle_of_a_row_lands_next_to_it(qtbot, desk):
    window = desk
    journey = window.document.journey
    window.scene.select_only(["tp-b2"])
    window.editor.actions["add"].trigger()
    window.canvas.title_editor._finish(False)
    new = journey.touchpoints[-1]
    b2, b3 = (window.scene.card(t).sceneBoundingRect() for t in ("tp-b2", "tp-b3"))
    card = window.scene.card(new.id).sceneBoundingRect()
    assert card.left() == b3.left() and card.top() > b3.bottom()  # below the next step
    assert not any(card.intersects(window.scene.card(t.id).sceneBoundingRect())
                   for t in journey.touchpoints if t.id != new.id)
    assert any((t.source_id, t.target_id) == ("tp-b2", new.id) for t in journey.transitions)
