"""The Indicatoren dock as a user drives it, mostly by keyboard: every command one saved undo
step, bad numbers refused with a Dutch message and nothing changed, a cited indicator removed
only after a question that names the norms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klantreis.store.project import open_project
from klantreis.ui.indicators_dock import BEHIND
from klantreis.ui.indicators_dock_view import COLUMN
from tests.ui.assessment_data import judging_desk, one_step, unchanged


@pytest.fixture
def desk(qtbot, tmp_path):
    return judging_desk(qtbot, tmp_path, "indicators")


def _cell(dock, indicator_id, column):
    row = dock.row_ids().index(indicator_id)
    return dock.table.item(row, COLUMN[column])


def _dialog_by_keys(desk, qtbot, keys, *, expect_open=False):
    """Replace the modal loop: show the dialog, let ``keys(dialog)`` type into it, press Enter
    (OK is the default button). ``expect_open``: Enter must leave it open (a refused value),
    and it is cancelled then. Returns the dialogs seen."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        dialog.show()
        dialog.activateWindow()  # (as a modal dialog is: its mnemonics work)
        qtbot.waitUntil(dialog.isActiveWindow)
        keys(dialog)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        if expect_open:
            assert dialog.isVisible() and dialog.error_label.isVisible()
            dialog.reject()
        return dialog.result() == dialog.DialogCode.Accepted
    desk.prompts.run_dialog = run
    return seen


def _retype(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_the_columns_and_most_behind_target_first(desk):
    dock = desk.indicators
    headers = [dock.table.horizontalHeaderItem(c).text() for c in range(dock.table.columnCount())]
    assert headers == ["Naam", "Streefwaarde", "Gerealiseerd", "Verschil", "Eenheid", "Gemeten op",
                       "Bron", "Contactmomenten"]
    # behind by 16, behind by 5,5 (a waiting time: better lower), ahead by 12, unknown
    assert dock.row_ids() == ["i-plan", "i-wacht", "i-taal", "i-werk"]
    assert [_cell(dock, "i-plan", c).text() for c in ("target", "realised", "gap", "unit")] == [
        "90", "74", "−16", "%"]
    assert _cell(dock, "i-wacht", "gap").text() == "+5,5"
    assert _cell(dock, "i-plan", "gap").foreground().color() == BEHIND
    assert _cell(dock, "i-wacht", "gap").foreground().color() == BEHIND  # 35,5 days against 30
    assert _cell(dock, "i-taal", "gap").foreground().color() != BEHIND
    assert _cell(dock, "i-werk", "gap").text() == "" and _cell(dock, "i-werk", "realised").text() == ""
    assert _cell(dock, "i-wacht", "touchpoints").text() == "4, 12"
    assert dock.summary.text().startswith("4 indicator")  # ("indicatoren" once translated)
    assert "2 achter op de streefwaarde" in dock.summary.text()


def test_sorting_by_another_column_and_back(desk, qtbot):
    dock = desk.indicators
    dock.table.sortByColumn(COLUMN["name"], Qt.SortOrder.AscendingOrder)
    assert dock.row_ids() == ["i-taal", "i-plan", "i-werk", "i-wacht"]  # ("% B1" before "% plan")
    dock.table.sortByColumn(COLUMN["gap"], Qt.SortOrder.DescendingOrder)
    assert dock.row_ids() == ["i-werk", "i-taal", "i-wacht", "i-plan"]  # (the unknown first)
    dock.table.sortByColumn(COLUMN["gap"], Qt.SortOrder.AscendingOrder)
    assert dock.row_ids() == ["i-plan", "i-wacht", "i-taal", "i-werk"]
    dock.refresh()  # (a change keeps the user's order)
    assert dock.row_ids() == ["i-plan", "i-wacht", "i-taal", "i-werk"]


def test_add_an_indicator_by_keyboard(desk, qtbot):
    dock = desk.indicators
    dock.table.setFocus()

    def keys(dialog):
        assert dialog.windowTitle() == "Nieuwe indicator" and dialog.name.hasFocus()
        qtbot.keyClicks(dialog.name, "% taaltoets op tijd")
        _retype(qtbot, dialog.target, "80")
        _retype(qtbot, dialog.realised, "62,5")
        _retype(qtbot, dialog.touchpoints, "13-14")
        dialog.name.setFocus()
    _dialog_by_keys(desk, qtbot, keys)
    selected = []
    one_step(desk, lambda: (qtbot.keyClick(dock.table, Qt.Key.Key_Insert),
                            selected.extend(dock.selected_ids())), "indicator toevoegen")
    new = desk.journey.indicators[-1]
    assert (new.name, new.target, new.realised, new.unit) == ("% taaltoets op tijd", 80.0, 62.5, "%")
    assert not new.lower_is_better
    assert new.touchpoint_ids == ("tp-c4", "tp-c5")
    assert selected == [new.id]  # the new one is chosen
    assert open_project(desk.document.project.path).get("indicator", new.id) == new


def test_edit_with_enter_is_one_step(desk, qtbot):
    dock = desk.indicators
    dock.show_indicator("i-werk")
    dock.table.setFocus()

    def keys(dialog):
        assert dialog.windowTitle() == "Indicator bewerken" and dialog.name.text().startswith("Uitstroom")
        _retype(qtbot, dialog.realised, "31")
    _dialog_by_keys(desk, qtbot, keys)
    one_step(desk, lambda: qtbot.keyClick(dock.table, Qt.Key.Key_Return), "indicator wijzigen")
    assert desk.journey.get("indicator", "i-werk").realised == 31.0
    assert dock.row_ids() == ["i-plan", "i-werk", "i-wacht", "i-taal"]  # -9 now: the table follows


def test_an_unchanged_dialog_makes_no_step(desk, qtbot):
    dock = desk.indicators
    dock.show_indicator("i-wacht")
    _dialog_by_keys(desk, qtbot, lambda dialog: None)
    unchanged(desk, dock.edit_selected)


@pytest.mark.parametrize("field, text, shown", [
    ("target", "+- 50", "Streefwaarde: '+- 50' is geen getal"),
    ("realised", "ca. 70", "Gerealiseerd: 'ca. 70' is geen getal"),
    ("realised", "120", "gerealiseerd is een percentage: hoogstens 100, niet '120'"),
    ("target", "1.500", "kan 1500 of 1,5 betekenen"),
    ("touchpoints", "99", "Er is geen contactmoment met nummer 99"),
    ("name", "", "mag niet leeg zijn"),
])
def test_bad_input_is_refused_with_a_message_and_changes_nothing(desk, qtbot, field, text, shown):
    dock = desk.indicators
    dock.show_indicator("i-plan")
    dialogs = []

    def keys(dialog):
        dialogs.append(dialog)
        _retype(qtbot, getattr(dialog, field), text)
    _dialog_by_keys(desk, qtbot, keys, expect_open=True)
    unchanged(desk, dock.edit_selected)
    assert shown.lower() in dialogs[0].error_label.text().lower()
    assert dialogs[0].error_label.text()[0].isupper()


def test_the_dialog_takes_the_cards_selected_on_the_canvas(desk, qtbot):
    dock = desk.indicators
    desk.scene.select_only(["tp-a1", "tp-a3"])

    def keys(dialog):
        qtbot.keyClicks(dialog.name, "Doorlooptijd opvang")
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Selectie
        qtbot.waitUntil(lambda: dialog.touchpoints.text() == "1, 3")  # (a button clicks animated)
        dialog.name.setFocus()
    _dialog_by_keys(desk, qtbot, keys)
    one_step(desk, dock.add_indicator)
    assert desk.journey.indicators[-1].touchpoint_ids == ("tp-a1", "tp-a3")


def test_remove_an_indicator_no_norm_cites(desk, qtbot):
    dock = desk.indicators
    dock.show_indicator("i-taal")
    dock.table.setFocus()
    desk.prompts.confirm_losing_evidence = lambda norms: pytest.fail("nothing cites it")
    one_step(desk, lambda: qtbot.keyClick(dock.table, Qt.Key.Key_Delete), "indicator verwijderen")
    assert desk.journey.find("indicator", "i-taal") is None


def test_removing_a_cited_indicator_asks_naming_the_norms(desk, qtbot):
    dock = desk.indicators
    dock.show_indicator("i-plan")
    asked = []
    desk.prompts.confirm_losing_evidence = lambda norms: asked.append(norms) or False
    unchanged(desk, dock.remove_selected)
    assert asked == [["1.2 Het beleid heeft meetbare doelen.", "2.1 De gemeente stuurt op de termijnen."]]
    desk.prompts.confirm_losing_evidence = lambda norms: True
    one_step(desk, dock.remove_selected, "indicator verwijderen")
    assert desk.journey.find("indicator", "i-plan") is None
    assert desk.journey.get("norm", "n-regie").indicator_ids == ("i-wacht",)
    desk.undo_action.trigger()
    assert desk.journey.get("norm", "n-regie").indicator_ids == ("i-plan", "i-wacht")
    assert desk.journey.get("norm", "n-doelen").indicator_ids == ("i-plan",)


def test_choosing_a_row_shows_its_touchpoints_on_the_canvas(desk, qtbot):
    dock = desk.indicators
    dock.table.setFocus()
    dock.table.selectRow(dock.row_ids().index("i-wacht"))
    assert set(desk.scene.selected_touchpoints()) == {"tp-b1", "tp-c3"}
    qtbot.keyClick(dock.table, Qt.Key.Key_Up)  # to i-plan, by keyboard
    assert desk.scene.selected_touchpoints() == ["tp-c4"]
    desk.scene.select_only(["tp-a1"])
    dock.show_indicator("i-wacht")  # shown from elsewhere: the canvas keeps its selection
    assert dock.selected_ids() == ["i-wacht"] and desk.scene.selected_touchpoints() == ["tp-a1"]
    assert desk.document.undo_stack.count() == 0


def test_keys_in_the_table_never_reach_the_canvas(desk, qtbot):
    desk.editors()  # the canvas's Del and Ins on the host
    dock = desk.indicators
    desk.scene.select_only(["tp-a1"])
    dock.table.setFocus()
    dock._select([])
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)  # nothing selected in the table
    assert desk.journey.find("touchpoint", "tp-a1") is not None
    qtbot.keyClick(dock.table, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert desk.view.hasFocus()


def test_a_duration_is_better_lower_unless_the_user_says_otherwise(desk, qtbot):
    dock = desk.indicators
    dock.table.setFocus()

    def keys(dialog):
        qtbot.keyClicks(dialog.name, "Duur tot slagen inburgering")
        dialog.unit.setCurrentText("maanden")  # (typed into the editable box)
        assert dialog.direction.currentData() is True
        _retype(qtbot, dialog.target, "30")
        _retype(qtbot, dialog.realised, "34")
        dialog.name.setFocus()
    _dialog_by_keys(desk, qtbot, keys)
    one_step(desk, lambda: qtbot.keyClick(dock.table, Qt.Key.Key_Insert), "indicator toevoegen")
    new = desk.journey.indicators[-1]
    assert new.lower_is_better and new.behind
    assert dock.row_ids().index(new.id) == 2  # behind by 4: after -16 and 5,5, before those ahead
    assert _cell(dock, new.id, "gap").text() == "+4"
    assert _cell(dock, new.id, "gap").foreground().color() == BEHIND

    def keys_again(dialog):
        assert dialog.direction.currentData() is True  # as stored
        dialog.direction.setFocus()
        qtbot.keyClick(dialog.direction, Qt.Key.Key_Up)  # "hoger is beter"
        dialog.unit.setCurrentText("jaren")  # a chosen direction is kept
        assert dialog.direction.currentData() is False
        dialog.name.setFocus()
    dock.show_indicator(new.id)
    dock.table.setFocus()
    _dialog_by_keys(desk, qtbot, keys_again)
    one_step(desk, lambda: qtbot.keyClick(dock.table, Qt.Key.Key_Return), "indicator wijzigen")
    assert not desk.journey.get("indicator", new.id).lower_is_better
