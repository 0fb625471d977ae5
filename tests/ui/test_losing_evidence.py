"""Deleting a touchpoint or a quote that norms cite as evidence asks first, naming the norms that
lose it (the canvas's Delete, the Citaten dock, the quote browser); no means nothing changes,
yes is one undo step, and undo brings the citations back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from klantreis.ui.quote_browser import QuoteBrowser
from tests.ui.assessment_data import one_step, raalte_with_framework, unchanged
from tests.ui.helpers import Desk, in_view

PLAN = "1.1 Er is een actueel beleidsplan."


@pytest.fixture
def desk(qtbot, tmp_path):
    desk = Desk(qtbot, raalte_with_framework(tmp_path / "raalte.klantreis"))
    desk.docks("quotes")
    desk.editors()
    return desk


def _asked(desk, answer):
    asked = []
    desk.prompts.confirm_losing_evidence = lambda norms: asked.append(list(norms)) or answer
    return asked


def test_the_canvas_delete_of_a_cited_touchpoint_asks(desk, qtbot):
    desk.scene.select_only(["tp-c4"])
    asked = _asked(desk, False)
    unchanged(desk, lambda: qtbot.keyClick(desk.view, Qt.Key.Key_Delete))
    assert asked == [[PLAN]]
    _asked(desk, True)
    desk.scene.select_only(["tp-c4", "tp-a1"])
    one_step(desk, lambda: qtbot.keyClick(desk.view, Qt.Key.Key_Delete), "selectie verwijderen")
    assert desk.journey.get("norm", "n-plan").touchpoint_ids == ()
    assert desk.journey.get("indicator", "i-plan").touchpoint_ids == ()
    desk.undo_action.trigger()
    assert desk.journey.get("norm", "n-plan").touchpoint_ids == ("tp-c4",)
    assert desk.journey.get("indicator", "i-plan").touchpoint_ids == ("tp-c4",)


def test_a_touchpoint_nothing_cites_goes_without_a_question(desk, qtbot):
    desk.prompts.confirm_losing_evidence = lambda norms: pytest.fail("nothing cites it")
    desk.scene.select_only(["tp-a1"])
    one_step(desk, lambda: qtbot.keyClick(desk.view, Qt.Key.Key_Delete), "contactmoment verwijderen")


def test_the_citaten_dock_delete_of_a_cited_quote_asks(desk, qtbot):
    in_view(desk.quotes)
    desk.canvas.show_touchpoint("tp-c4")
    listed = desk.quotes.quote_list
    for row in range(listed.count()):
        listed.item(row).setSelected(listed.item(row).data(Qt.ItemDataRole.UserRole) in ("q-u01", "q-u12"))
    listed.setFocus()
    asked = _asked(desk, False)
    unchanged(desk, lambda: qtbot.keyClick(listed, Qt.Key.Key_Delete))
    assert asked == [[PLAN]]
    _asked(desk, True)
    one_step(desk, lambda: qtbot.keyClick(listed, Qt.Key.Key_Delete), "2 citaten verwijderen")
    assert desk.journey.get("norm", "n-plan").quote_ids == ()
    desk.undo_action.trigger()
    assert desk.journey.get("norm", "n-plan").quote_ids == ("q-u01",)
    desk.prompts.confirm_losing_evidence = lambda norms: pytest.fail("nothing cites it")
    listed = desk.quotes.quote_list
    for row in range(listed.count()):
        listed.item(row).setSelected(listed.item(row).data(Qt.ItemDataRole.UserRole) == "q-u13")
    one_step(desk, desk.quotes.delete_selected, "citaat verwijderen")


def test_the_quote_browser_asks_once_naming_the_norms(desk, qtbot):
    browser = QuoteBrowser(desk.workspace, desk.canvas, desk.host)
    qtbot.addWidget(browser)
    browser.show()
    browser.select_ids(["q-u01"])
    desk.prompts.confirm = lambda *args: pytest.fail("one question: the one that names the norms")
    asked = _asked(desk, False)
    unchanged(desk, browser.remove_selected)
    assert asked == [[PLAN]]
    _asked(desk, True)
    one_step(desk, browser.remove_selected, "citaat verwijderen")
    desk.undo_action.trigger()
    assert desk.journey.get("norm", "n-plan").quote_ids == ("q-u01",)
    plain = []
    desk.prompts.confirm = lambda title, text: plain.append(text) or False
    browser.select_ids(["q-u12"])
    unchanged(desk, browser.remove_selected)
    assert plain == ["Dit citaat verwijderen?\nU kunt dit ongedaan maken."]


def test_the_question_names_the_norms(desk, qtbot):
    """The real message box, answered by a person (here: its buttons pressed by the test)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    desk.prompts.interactive = True
    seen = []

    def answer(pick, tries=100):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            assert tries, "no question came"
            QTimer.singleShot(20, lambda: answer(pick, tries - 1))
            return
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        button = pick(box)
        (button or box.buttons()[-1]).click()  # (never left waiting)

    def delete(box):
        return next((b for b in box.buttons() if b.text() == "Toch verwijderen"), None)

    QTimer.singleShot(20, lambda: answer(delete))
    assert desk.prompts.confirm_losing_evidence(["1.1 Er is een actueel beleidsplan.", "2.1 Regie"])
    title, text, informative = seen[0]
    assert title == "Bewijs verwijderen" and text.startswith("Dit is bewijs bij 2 norm")
    assert "• 1.1 Er is een actueel beleidsplan.\n• 2.1 Regie" in informative
    assert "ongedaan" in informative
    QTimer.singleShot(20, lambda: answer(lambda box: box.button(QMessageBox.StandardButton.Cancel)))
    assert not desk.prompts.confirm_losing_evidence(["1.1 Er is een actueel beleidsplan."])
    desk.prompts.interactive = False
    assert desk.prompts.confirm_losing_evidence(["x"])  # nobody to ask: yes, as confirm
