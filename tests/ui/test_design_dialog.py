"""Vergelijk met ontwerp: choosing the design, the proposed matches in a table with their
likeness (doubtful ones marked), correcting them from the keyboard, and applying the comparison
as one undo step whose undo and redo give the same model and the same file rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from klantreis.io.interchange import save_json
from klantreis.model.entities import RouteRole
from klantreis.store import Project
from klantreis.ui.design_actions import DesignActions
from klantreis.ui.design_dialog import DesignDialog, compare_with_design
from klantreis.ui.design_dialog_view import LIKENESS
from tests.conftest import TEMPLATE_JSON
from tests.klantreis.graph.design_journeys import REGISTRATION_TERM, raalte_like, wi2021
from tests.ui.helpers import Desk, on_disk, state


@pytest.fixture
def desk(qtbot, tmp_path):
    """A journey like Raalte's, with cards where the user put them."""
    path = tmp_path / "raalte-achtig.klantreis"
    Project.create(path, raalte_like()).close()
    return Desk(qtbot, path)


@pytest.fixture
def design_file(tmp_path):
    """The Wet inburgering 2021 template with deadlines, as a file to choose."""
    path = tmp_path / "ontwerp.json"
    save_json(path, wi2021())
    return path


@pytest.fixture
def dialog(desk, design_file, qtbot):
    dialog = DesignDialog(desk.journey, desk.prompts, desk.host)
    qtbot.addWidget(dialog)
    assert dialog.open_design(design_file)
    return dialog


def _row(dialog, title):
    return next(r for r, step in enumerate(dialog.steps) if step.title == title)


def _likeness(dialog, title):
    return dialog.table.item(_row(dialog, title), LIKENESS)


def _chosen(dialog, title):
    return dialog.choices[_row(dialog, title)].currentData()


def test_the_bundled_templates_are_offered_and_another_one_than_the_journey_chosen(desk, qtbot):
    dialog = DesignDialog(desk.journey, desk.prompts, desk.host)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Vergelijk met ontwerp"
    paths = [dialog.design_box.itemData(i) for i in range(dialog.design_box.count())]
    assert str(TEMPLATE_JSON) in paths
    assert dialog.design_box.currentData() == str(TEMPLATE_JSON)  # not the Raalte example itself
    assert dialog.design is not None and len(dialog.steps) == dialog.table.rowCount() == 13
    assert dialog.compare_button.isEnabled()


def test_the_table_shows_every_match_with_its_likeness(dialog):
    assert _chosen(dialog, "Persoonlijk Plan Inburgering en Participatie") == "tp-pip"
    assert _likeness(dialog, "Persoonlijk Plan Inburgering en Participatie").text() == "zelfde id"
    assert _chosen(dialog, "Keuze leerroute") == "tp-keuze-r"
    assert _likeness(dialog, "Keuze leerroute").text() == "zelfde titel"
    assert _chosen(dialog, "Inschrijving in de gemeente") == "tp-c1"
    sure = _likeness(dialog, "Inschrijving in de gemeente")
    assert sure.text().startswith("lijkt op (") and not sure.font().bold()
    doubtful = _likeness(dialog, "Koppeling aan de gemeente")
    assert doubtful.text().startswith("? lijkt op (") and doubtful.font().bold()  # not colour alone
    assert doubtful.toolTip()
    assert _chosen(dialog, "Brede intake met leerbaarheidstoets") is None
    assert _likeness(dialog, "Brede intake met leerbaarheidstoets").text() == "wordt ‘ontwerp’"
    box = dialog.choices[0]
    assert box.itemText(0) == "geen: toevoegen als ontwerp"
    assert box.count() == 1 + desk_count(dialog)
    summary = dialog.summary_label.text()
    assert summary.startswith("13 stappen in het ontwerp: 1 op id, 2 op titel, 3 op een gelijkende")
    assert "waarvan 2 twijfelachtig" in summary and "1 van de 7 contactmomenten" in summary


def desk_count(dialog):
    return dialog.journey.count("touchpoint")


def test_a_correction_takes_the_touchpoint_from_the_other_step(dialog):
    dialog.choose(_row(dialog, "Examen of certificaat binnen 3 jaar"), "tp-c3")
    assert _chosen(dialog, "Examen of certificaat binnen 3 jaar") == "tp-c3"
    assert _likeness(dialog, "Examen of certificaat binnen 3 jaar").text().startswith("gekozen (")
    assert _chosen(dialog, "Maatschappelijke begeleiding") is None  # it let go of tp-c3
    assert dialog.proposal.match("tp-begeleiding").journey_id is None
    dialog.choose(_row(dialog, "Keuze leerroute"), None)
    assert dialog.proposal.match("tp-keuze").journey_id is None
    assert "1 gekozen" in dialog.summary_label.text()


def test_keyboard_first(dialog, qtbot):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.view.table_label.buddy() is dialog.choices[0]
    QTest.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.choices[0]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.choices[1]
    assert dialog.table.currentRow() == 1  # the table follows the focus
    doubtful = [r for r, s in enumerate(dialog.steps) if dialog.proposal.match(s.id).doubtful]
    assert doubtful[0] < 1 < doubtful[1]
    QTest.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # the next doubtful one
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.choices[doubtful[1]])
    assert dialog.table.currentRow() == doubtful[1]
    assert dialog.focus_next_doubtful()  # (round: the first again)
    assert QApplication.focusWidget() is dialog.choices[doubtful[0]]
    row = _row(dialog, "Examen of certificaat binnen 3 jaar")
    box = dialog.choices[row]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)  # the arrow keys change a choice
    assert box.currentIndex() == 1 and dialog.proposal.match("tp-examen").how == "chosen"
    QTest.keyClick(box, Qt.Key.Key_Return)  # Enter compares
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_file_that_cannot_be_read_is_said_and_nothing_can_be_applied(desk, qtbot, tmp_path):
    broken = tmp_path / "kapot.json"
    broken.write_text("{niet: json", encoding="utf-8")
    desk.prompts.open_path = lambda *args: broken
    dialog = DesignDialog(desk.journey, desk.prompts, desk.host)
    qtbot.addWidget(dialog)
    assert not dialog.choose_file()
    assert not dialog.error_label.isHidden() and dialog.error_label.text()
    assert not dialog.compare_button.isEnabled() and dialog.table.rowCount() == 0
    assert dialog.comparison() is None
    assert dialog.design_box.currentData() == str(broken)


def test_a_chosen_file_is_offered_and_opened(desk, qtbot, design_file):
    desk.prompts.open_path = lambda *args: design_file
    dialog = DesignDialog(desk.journey, desk.prompts, desk.host)
    qtbot.addWidget(dialog)
    assert dialog.choose_file()
    assert dialog.design_box.currentData() == str(design_file)
    assert dialog.design.touchpoint("tp-inschrijving").deadline == REGISTRATION_TERM


def _run_with(desk, design_file, act=None):
    def run(dialog):
        assert dialog.open_design(design_file)
        if act is not None:
            act(dialog)
        return True

    desk.prompts.run_dialog = run


def test_one_undo_step_whose_undo_and_redo_give_the_same_model_and_file(desk, design_file):
    _run_with(desk, design_file)
    stack = desk.document.undo_stack
    before, before_disk, steps = state(desk), on_disk(desk), stack.count()
    assert compare_with_design(desk.workspace, desk.host)
    assert stack.count() == steps + 1 and stack.undoText() == "vergelijken met ontwerp"
    assert "toegevoegd als ontwerp" in desk.statusBar().currentMessage()
    journey = desk.journey
    assert journey.touchpoint("tp-d2").route == RouteRole.LIVED
    assert journey.touchpoint("tp-c1").deadline == REGISTRATION_TERM
    after = state(desk)
    assert on_disk(desk) == after != before
    stack.undo()
    assert state(desk) == before and on_disk(desk) == before_disk
    stack.redo()
    assert state(desk) == after and on_disk(desk) == after
    # comparing again changes nothing, and says so
    assert not compare_with_design(desk.workspace, desk.host)
    assert stack.count() == steps + 1 and state(desk) == after
    assert desk.statusBar().currentMessage().startswith("Al vergeleken met")


def test_the_corrections_are_applied(desk, design_file):
    def correct(dialog):
        dialog.choose(_row(dialog, "Koppeling aan de gemeente"), None)

    _run_with(desk, design_file, correct)
    assert compare_with_design(desk.workspace, desk.host)
    assert desk.journey.touchpoint("tp-a3").route == RouteRole.LIVED
    assert any(tp.title == "Koppeling aan de gemeente" and tp.route == RouteRole.DESIGNED
               for tp in desk.journey.touchpoints)


def test_cancelled_nothing_changes(desk, design_file):
    desk.prompts.run_dialog = lambda dialog: False
    before = state(desk)
    assert not compare_with_design(desk.workspace, desk.host)
    assert state(desk) == before and desk.document.undo_stack.count() == 0


def test_the_action_for_the_menu(desk, design_file):
    actions = DesignActions(desk.workspace, desk.host)
    action = actions.actions["compare_design"]
    assert action.text() == "Vergelijk met &ontwerp…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+D")
    _run_with(desk, design_file)
    action.trigger()
    assert desk.document.undo_stack.undoText() == "vergelijken met ontwerp"
