"""The quote browser (Citatenoverzicht) on the Raalte example: filtering, sorting, the actions on
the selected quotes as single undo steps, right-to-left quotes and the export request."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QPushButton, QStyle, QStyleOptionViewItem

from klantreis.evidence import session
from klantreis.graph import route as graph
from klantreis.model.edits import Insert
from klantreis.model.entities import Perspective, Quote, Sentiment
from klantreis.ui.quote_browser import DIRECTION_ROLE, QuoteBrowser
from klantreis.ui.quote_table_model import COLUMN
from tests.ui.helpers import on_disk, state, type_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ARABIC = "لم أفهم الرسالة من البلدية"


@pytest.fixture
def browser(desk, qtbot):
    dialog = QuoteBrowser(desk.workspace, desk.canvas, desk.host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(browser, name: str, text: str) -> None:
    box = browser.filters[name]
    index = box.findText(text)
    assert index > 0, f"{text!r} is not a choice of {name}"
    box.setCurrentIndex(index)


def _column(browser, key: str) -> list[str]:
    model = browser.model
    return [model.index(row, COLUMN[key]).data() for row in range(model.rowCount())]


def _button(browser, text: str) -> QPushButton:
    return next(b for b in browser.findChildren(QPushButton) if b.text() == text)


def _number(window, tp_id: str) -> int:
    return graph.display_numbers(window.document.journey)[tp_id]


def _quote_of(window, quote_id):
    return window.document.journey.find("quote", quote_id)


def _click_header(browser, key: str) -> None:
    header = browser.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMN[key]) + header.sectionSize(COLUMN[key]) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_dialog_shows_every_quote_with_its_filters(browser):
    assert browser.objectName() == "quoteBrowser"
    assert browser.windowTitle() == "Citatenoverzicht"
    assert not browser.isModal()
    assert browser.model.rowCount() == 38
    assert browser.count_label.text() == "38 van 38 citaten"
    assert set(browser.filters) == {"text", "touchpoint", "phase", "group", "respondent", "perspective",
                                    "sentiment", "language", "tag", "provenance"}
    touchpoints = browser.filters["touchpoint"]
    assert [touchpoints.itemText(i) for i in range(3)] == [
        "Alle", "Parkeerplaats", "1. Aankomst, opvang en registratie"]
    assert touchpoints.count() == 2 + 26
    for name in ("phase", "group", "respondent", "perspective", "sentiment", "language", "tag", "provenance"):
        assert browser.filters[name].itemText(0) == "Alle"
    assert browser.filters["language"].count() == 2  # Alle, nl
    assert browser.filters["tag"].findText("financiën") > 0


def test_text_search_ignores_case_and_accents(browser, qtbot):
    qtbot.keyClicks(browser.filters["text"], "participatieverklaring")
    assert browser.visible_quote_ids() == ["q-s02"]
    assert browser.count_label.text() == "1 van 38 citaten"
    browser.filters["text"].clear()
    type_text(browser.filters["text"], "financien")  # the tag and the texts say financiën
    assert sorted(browser.visible_quote_ids()) == ["q-s01", "q-s16", "q-s17", "q-s18", "q-u14"]
    assert browser.count_label.text() == "5 van 38 citaten"


def test_filter_by_touchpoint_and_by_the_parking_lot(browser, desk):
    _choose(browser, "touchpoint", f"{_number(desk, 'tp-d3')}. Taallessen en inburgeringscursus")
    assert sorted(browser.visible_quote_ids()) == ["q-s08", "q-s09", "q-s10", "q-u11", "q-u15", "q-u16"]
    assert set(_column(browser, "touchpoint")) == {"Taallessen en inburgeringscursus"}
    assert browser.count_label.text() == "6 van 38 citaten"
    _choose(browser, "touchpoint", "Parkeerplaats")
    assert browser.visible_quote_ids() == ["q-u10"]
    assert _column(browser, "touchpoint") == ["Parkeerplaats"]


def test_filter_by_perspective_and_sentiment_together_and_clear(browser, qtbot):
    _choose(browser, "perspective", "uitvoerders")
    assert browser.model.rowCount() == 20
    assert set(_column(browser, "perspective")) == {"uitvoerders"}
    _choose(browser, "sentiment", "positief (+1)")
    assert browser.model.rowCount() == 9
    assert set(_column(browser, "sentiment")) == {"positief (+1)"}
    assert browser.count_label.text() == "9 van 38 citaten"
    _choose(browser, "perspective", "statushouders")
    assert browser.model.rowCount() == 0
    assert browser.count_label.text() == "0 van 38 citaten"
    assert not browser.export_button.isEnabled()
    qtbot.mouseClick(_button(browser, "Filters wissen"), Qt.MouseButton.LeftButton)
    assert browser.model.rowCount() == 38
    assert browser.filters["perspective"].currentIndex() == 0
    assert browser.filters["sentiment"].currentIndex() == 0


def test_clicking_a_header_sorts_with_sort_quotes(browser, desk):
    # the start: by touchpoint number, parked quotes last
    numbers = _column(browser, "number")
    assert numbers[-1] == "" and _column(browser, "touchpoint")[-1] == "Parkeerplaats"
    assert [int(n) for n in numbers[:-1]] == sorted(int(n) for n in numbers[:-1])
    _click_header(browser, "sentiment")
    sentiments = [browser.model.quote_at(r).sentiment for r in range(browser.model.rowCount())]
    scores = [s.score for s in sentiments if s.score is not None]
    assert scores == sorted(scores) and scores[0] == -1
    assert sentiments[-3:] == [Sentiment.MIXED] * 3  # no number: last
    _click_header(browser, "sentiment")  # again: descending, gemengd still last
    sentiments = [browser.model.quote_at(r).sentiment for r in range(browser.model.rowCount())]
    assert sentiments[0] is Sentiment.POSITIVE and sentiments[-1] is Sentiment.MIXED
    assert browser.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_sorting_keeps_the_selection_on_the_same_quotes(browser):
    browser.select_ids(["q-s02", "q-u10"])
    _click_header(browser, "text")
    assert browser.selected_ids() == [q for q in browser.visible_quote_ids() if q in ("q-s02", "q-u10")]
    assert sorted(browser.selected_ids()) == ["q-s02", "q-u10"]


def test_tag_through_the_dialog_is_one_undo_step(browser, desk, monkeypatch):
    before = state(desk)
    steps = desk.document.undo_stack.count()
    browser.select_ids(["q-s01", "q-s02", "q-s03"])

    def answer(dialog):
        dialog.setTextValue("knelpunt")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    _button(browser, "Label toevoegen…").click()
    assert desk.document.undo_stack.count() == steps + 1
    for quote_id in ("q-s01", "q-s02", "q-s03"):
        assert "knelpunt" in _quote_of(desk, quote_id).tags
    assert "knelpunt" not in _quote_of(desk, "q-s04").tags
    assert browser.filters["tag"].findText("knelpunt") > 0  # the choices follow the journey
    assert sorted(browser.selected_ids()) == ["q-s01", "q-s02", "q-s03"]
    desk.undo_action.trigger()
    assert state(desk) == before
    assert on_disk(desk) == before
    assert browser.filters["tag"].findText("knelpunt") == -1


def test_ctrl_z_undoes_the_journey_in_the_table_and_the_typing_in_the_search(browser, desk, qtbot):
    browser.select_ids(["q-s04"])
    assert browser.add_tag("knelpunt")
    assert "knelpunt" in _quote_of(desk, "q-s04").tags
    qtbot.keyClicks(browser.filters["text"], "vrij")
    QTest.keyClick(browser.filters["text"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert browser.filters["text"].text() == ""
    assert "knelpunt" in _quote_of(desk, "q-s04").tags
    browser.table.setFocus()
    qtbot.waitUntil(browser.table.hasFocus)
    QTest.keyClick(browser.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _quote_of(desk, "q-s04").tags == ("begeleiding",)


def test_a_tag_that_every_quote_has_adds_no_undo_step(browser, desk):
    browser.select_ids(["q-s01"])
    steps = desk.document.undo_stack.count()
    assert browser.add_tag("financiën") is False
    assert desk.document.undo_stack.count() == steps


def test_move_to_another_touchpoint_is_one_undo_step(browser, desk, monkeypatch):
    before = state(desk)
    steps = desk.document.undo_stack.count()
    target = f"{_number(desk, 'tp-c4')}. Intake en plan van aanpak met de consulent"
    asked = {}

    def get_item(parent, title, label, items, current, editable):
        asked["items"] = items
        return target, True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    browser.select_ids(["q-s01", "q-u10"])  # one placed, one parked
    browser.move_action.trigger()
    assert asked["items"][0] == "Parkeerplaats" and target in asked["items"]
    assert _quote_of(desk, "q-s01").touchpoint_id == "tp-c4"
    assert _quote_of(desk, "q-u10").touchpoint_id == "tp-c4"
    assert desk.document.undo_stack.count() == steps + 1
    assert set(_column(browser, "touchpoint")) >= {"Intake en plan van aanpak met de consulent"}
    assert "Parkeerplaats" not in _column(browser, "touchpoint")
    desk.document.undo_stack.undo()
    assert state(desk) == before
    assert _quote_of(desk, "q-u10").touchpoint_id is None


def test_move_to_the_parking_lot(browser, desk):
    browser.select_ids(["q-s02"])
    assert browser.move_to(None)
    assert _quote_of(desk, "q-s02").touchpoint_id is None
    assert "q-s02" in browser.visible_quote_ids()


def test_delete_selected_with_the_delete_key(browser, desk, qtbot):
    before = state(desk)
    browser.select_ids(["q-s02", "q-s03"])
    browser.table.setFocus()
    qtbot.waitUntil(browser.table.hasFocus)
    QTest.keyClick(browser.table, Qt.Key.Key_Delete)
    assert _quote_of(desk, "q-s02") is None and _quote_of(desk, "q-s03") is None
    assert len(desk.document.journey.quotes) == 36
    assert browser.count_label.text() == "36 van 36 citaten"
    assert "q-s02" not in browser.visible_quote_ids()
    assert browser.selected_ids() == []
    assert not browser.remove_action.isEnabled()
    desk.undo_action.trigger()
    assert state(desk) == before
    assert browser.model.rowCount() == 38


def test_double_click_shows_the_touchpoint_on_the_canvas(browser, desk, qtbot):
    row = browser.model.row_of("q-s02")  # on tp-c5, Participatieverklaring
    browser.table.scrollTo(browser.model.index(row, 0))
    rect = browser.table.visualRect(browser.model.index(row, COLUMN["text"]))
    QTest.mouseClick(browser.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(browser.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert desk.scene.selected_touchpoints() == ["tp-c5"]


def test_enter_shows_the_touchpoint_and_a_parked_quote_selects_nothing(browser, desk, qtbot):
    browser.select_ids(["q-u10"])  # parked
    browser.table.setFocus()
    qtbot.waitUntil(browser.table.hasFocus)
    desk.scene.select_only(["tp-a1"])
    QTest.keyClick(browser.table, Qt.Key.Key_Return)
    assert desk.scene.selected_touchpoints() == ["tp-a1"]  # unchanged
    browser.select_ids(["q-s08"])  # on tp-d3
    browser.activateWindow()
    browser.table.setFocus()
    qtbot.waitUntil(browser.table.hasFocus)
    QTest.keyClick(browser.table, Qt.Key.Key_Return)
    assert desk.scene.selected_touchpoints() == ["tp-d3"]


def test_an_arabic_quote_is_right_to_left(browser, desk):
    from klantreis.model.entities import new_id

    arabic = Quote(new_id(), ARABIC, language="ar", touchpoint_id="tp-c4", perspective=Perspective.CLIENT,
                   sentiment=Sentiment.NEGATIVE)
    translated = Quote(new_id(), ARABIC, language="ar", translation="Ik begreep de brief niet.",
                       touchpoint_id="tp-c4", sentiment=Sentiment.NEGATIVE)
    assert desk.document.apply(Insert(arabic))
    assert desk.document.apply(Insert(translated))
    assert browser.model.rowCount() == 40
    assert browser.filters["language"].findText("ar") > 0
    cell = browser.model.index(browser.model.row_of(arabic.id), COLUMN["text"])
    assert cell.data() == ARABIC
    assert cell.data(DIRECTION_ROLE) == Qt.LayoutDirection.RightToLeft
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert cell.data(Qt.ItemDataRole.UserRole) == arabic.id
    option = QStyleOptionViewItem()  # drawn right-to-left, at the right edge (not mirrored to the left)
    browser.table.itemDelegate().initStyleOption(option, cell)
    assert option.direction == Qt.LayoutDirection.RightToLeft
    assert QStyle.visualAlignment(option.direction, option.displayAlignment) & Qt.AlignmentFlag.AlignRight
    # a translated quote shows the Dutch, left to right, with the original in the tooltip
    cell = browser.model.index(browser.model.row_of(translated.id), COLUMN["text"])
    assert cell.data() == "Ik begreep de brief niet."
    assert cell.data(DIRECTION_ROLE) == Qt.LayoutDirection.LeftToRight
    assert ARABIC in cell.data(Qt.ItemDataRole.ToolTipRole)
    dutch = browser.model.index(browser.model.row_of("q-s02"), COLUMN["text"])
    assert dutch.data(DIRECTION_ROLE) == Qt.LayoutDirection.LeftToRight
    assert dutch.data(Qt.ItemDataRole.TextAlignmentRole) == LEFT
    _choose(browser, "language", "ar")
    assert sorted(browser.visible_quote_ids()) == sorted([arabic.id, translated.id])


def test_export_requested_carries_the_visible_ids_in_the_shown_order(browser, qtbot, desk):
    _choose(browser, "perspective", "statushouders")
    _click_header(browser, "text")
    shown = browser.visible_quote_ids()
    assert len(shown) == 18
    assert shown == [browser.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(18)]
    with qtbot.waitSignal(browser.export_requested) as blocker:
        browser.export_button.click()
    assert blocker.args == [shown]


def test_the_filters_follow_a_changed_journey_and_keep_the_choice(browser, desk):
    _choose(browser, "perspective", "uitvoerders")
    browser.select_ids(["q-u01"])
    assert browser.remove_selected()
    assert browser.filters["perspective"].currentText() == "uitvoerders"
    assert browser.model.rowCount() == 19
    assert browser.count_label.text() == "19 van 37 citaten"
    assert browser.model.index(0, 0).parent() == QModelIndex()


def test_a_hidden_browser_catches_up_when_shown_again(browser, desk, qtbot):
    browser.hide()
    browser.select_ids(["q-s02"])
    assert desk.document.apply(session.remove_quotes(desk.document.journey, ["q-s02"]))
    browser.show()
    qtbot.waitExposed(browser)
    assert "q-s02" not in browser.visible_quote_ids()
    assert browser.count_label.text() == "37 van 37 citaten"


def test_enter_in_the_search_field_keeps_the_search(browser, qtbot):
    """No button of the dialog is its default: Enter after typing a search leaves it standing."""
    search = browser.filters["text"]
    search.setFocus()
    qtbot.keyClicks(search, "werk")
    shown = browser.count_label.text()
    assert shown != "38 van 38 citaten"
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert search.text() == "werk" and browser.count_label.text() == shown
