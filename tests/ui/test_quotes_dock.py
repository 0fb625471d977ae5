"""The Citaten dock: the evidence of the selected touchpoint, edited one undo step at a time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from klantreis.evidence import session
from klantreis.model.edits import Insert
from klantreis.model.entities import Quote, Sentiment
from klantreis.store.project import open_project
from klantreis.ui.quotes_dock import DIRECTION_ROLE
from klantreis.ui.view import QUOTES_MIME
from tests.ui.helpers import in_view, on_disk, state


@pytest.fixture
def desk(desk):
    """The dock on the Raalte project, behind Eigenschappen as in the window."""
    desk.docks("inspector", "quotes")
    return desk


def _dock(window, tp_id):
    in_view(window.quotes)
    window.canvas.show_touchpoint(tp_id)
    return window.quotes


def _accepting(window, fill):
    """Replace the modal loop: fill the dialog in and accept it."""
    def run(dialog):
        fill(dialog)
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted
    window.prompts.run_dialog = run


def test_the_dock_follows_the_selection_and_shows_the_parking_lot(desk):
    dock = _dock(desk, "tp-c4")
    ids = [dock.quote_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dock.quote_list.count())]
    assert ids == [q.id for q in desk.document.journey.quotes_for("tp-c4")] and ids
    assert "Intake en plan van aanpak" in dock.heading.text()
    desk.scene.clearSelection()
    assert dock.touchpoint_id is None and "Parkeerplaats" in dock.heading.text()
    assert dock.quote_list.count() == len(desk.document.journey.quotes_for(None))


def test_add_edit_delete_each_one_undo_step_and_saved(desk):
    dock = _dock(desk, "tp-b2")
    before = state(desk)
    _accepting(desk, lambda d: (d.text.setPlainText("De woning was te klein."),
                                  d.sentiment.setCurrentIndex(d.sentiment.findData("-1"))))
    dock.add_quote()
    quote = desk.document.journey.quotes[-1]
    assert (quote.text, quote.touchpoint_id, quote.sentiment) == ("De woning was te klein.", "tp-b2",
                                                                  Sentiment.NEGATIVE)
    assert on_disk(desk) == state(desk)
    dock.quote_list.item(dock.quote_list.count() - 1).setSelected(True)
    _accepting(desk, lambda d: d.tags.setText("wonen, wachten"))
    dock.edit_selected()
    assert desk.document.journey.quote(quote.id).tags == ("wonen", "wachten")
    dock.delete_selected()
    assert desk.document.journey.find("quote", quote.id) is None
    for _ in range(3):
        desk.undo_action.trigger()
    assert state(desk) == before == on_disk(desk)


def test_a_refused_value_keeps_the_dialog_open_and_changes_nothing(desk):
    dock = _dock(desk, "tp-b2")
    before = state(desk)
    shown = {}

    def run(dialog):
        dialog.text.setPlainText("   ")
        dialog.accept()
        shown["error"] = dialog.error_label.text()
        return False
    desk.prompts.run_dialog = run
    dock.add_quote()
    assert "mag niet leeg zijn" in shown["error"]
    assert state(desk) == before


def test_dropping_a_parked_quote_on_a_card_places_it_undoably(raalte):
    window = raalte
    window.scene.clearSelection()
    parked = window.document.journey.quotes_for(None)[0]
    card = window.scene.card("tp-c2")
    data = QMimeData()
    data.setData(QUOTES_MIME, parked.id.encode())
    pos = window.view.mapFromScene(card.sceneBoundingRect().center())
    event = QDropEvent(pos.toPointF(), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.view.dragMoveEvent(event)  # the handlers the drag manager calls (it needs a real drag)
    assert event.isAccepted()
    window.view.dropEvent(event)
    assert window.document.journey.quote(parked.id).touchpoint_id == "tp-c2"
    assert window.document.undo_stack.undoText() == "citaat plaatsen"
    assert open_project(window.document.project.path).quote(parked.id).touchpoint_id == "tp-c2"
    window.undo_action.trigger()
    assert window.document.journey.quote(parked.id).touchpoint_id is None
    # a drop beside the cards does nothing
    beside = window.view.mapFromScene(card.sceneBoundingRect().bottomRight() + QPointF(30, 30))
    empty = QDropEvent(beside.toPointF(), Qt.DropAction.MoveAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.view.dragMoveEvent(empty)
    assert not empty.isAccepted()
    window.view.dropEvent(empty)
    assert window.document.journey.quote(parked.id).touchpoint_id is None


def test_an_arabic_quote_is_right_to_left_in_the_list_and_in_its_editor(desk):
    text = "في السنة الأولى تواصلت مع المستشار مرة واحدة فقط."
    desk.document.apply(Insert(Quote("q-ar", text, "ar", touchpoint_id="tp-c4")))
    dock = _dock(desk, "tp-c4")
    item = next(dock.quote_list.item(i) for i in range(dock.quote_list.count())
                if dock.quote_list.item(i).data(Qt.ItemDataRole.UserRole) == "q-ar")
    assert item.data(DIRECTION_ROLE) == Qt.LayoutDirection.RightToLeft
    dutch = dock.quote_list.item(0)
    assert dutch.data(DIRECTION_ROLE) == Qt.LayoutDirection.LeftToRight
    item.setSelected(True)
    seen = {}

    def run(dialog):
        seen["direction"] = dialog.text.layoutDirection()
        seen["text"] = dialog.text.toPlainText()
        return False
    desk.prompts.run_dialog = run
    dock.edit_selected()
    assert seen == {"direction": Qt.LayoutDirection.RightToLeft, "text": text}
    assert open_project(desk.document.project.path).quote("q-ar").text == text


def test_votes_from_the_buttons_and_the_two_worlds_marker(desk):
    window = desk
    dock = _dock(window, "tp-c4")
    for code, value in (("R1", -2), ("R7", -1), ("U1", 1), ("U2", 2)):
        dock.vote_respondent.setCurrentIndex(dock.vote_respondent.findText(code))
        dock.vote_buttons[value].click()
    scores = {s.respondent_id: s.value for s in window.document.journey.scores_for("tp-c4")}
    assert scores == {"r-r1": -2, "r-r7": -1, "r-u1": 1, "r-u2": 2}
    assert dock.vote_buttons[2].isChecked()  # U2 is still chosen
    assert "n=4" in dock.votes_label.text()
    assert "≠" in dock.worlds_label.text() and "stemmen" in dock.worlds_label.text()
    assert window.scene.card("tp-c4").data.disagree
    dock.vote_buttons[None].click()  # clear U2's vote
    assert "r-u2" not in {s.respondent_id for s in window.document.journey.scores_for("tp-c4")}
    assert window.document.undo_stack.undoText() == "stem wissen"


def test_delete_key_in_the_list_deletes_quotes_not_the_card(desk, qtbot):
    from PySide6.QtTest import QTest

    dock = _dock(desk, "tp-c4")
    desk.quotes.show()
    desk.quotes.raise_()
    count = len(desk.document.journey.quotes_for("tp-c4"))
    dock.quote_list.setFocus()
    dock.quote_list.item(0).setSelected(True)
    QTest.keyClick(dock.quote_list, Qt.Key.Key_Delete)
    assert desk.document.journey.find("touchpoint", "tp-c4") is not None
    assert len(desk.document.journey.quotes_for("tp-c4")) == count - 1
    assert session  # the dock uses the session edits


def test_behind_another_tab_the_dock_waits_and_it_refills_only_for_its_own_touchpoint(desk):
    journey = desk.document.journey
    dock = desk.quotes
    desk.inspector.raise_()
    QApplication.processEvents()
    desk.canvas.show_touchpoint("tp-c4")
    assert dock.quote_list.count() == 0  # not on screen: not filled
    in_view(dock)
    assert dock.quote_list.count() == len(journey.quotes_for("tp-c4")) > 0
    first = dock.quote_list.item(0)
    assert desk.document.apply(session.capture_quote(journey, "Elders gezegd.", touchpoint_id="tp-d1"))
    assert dock.quote_list.item(0) is first  # another card's quote: the list is left as it was
    assert desk.document.apply(session.capture_quote(journey, "Hier gezegd.", touchpoint_id="tp-c4"))
    texts = [dock.quote_list.item(i).text() for i in range(dock.quote_list.count())]
    assert len(texts) == len(journey.quotes_for("tp-c4")) and texts[-1].endswith("Hier gezegd.")


def test_a_translation_is_quick_to_add_afterwards(desk, qtbot):
    """T on a quote opens it at its translation field, with "tolk" as the usual translator."""
    from PySide6.QtTest import QTest

    window = desk
    assert window.document.apply(Insert(Quote("q-ar", "لم أفهم الرسالة", "ar", touchpoint_id="tp-c4")))
    dock = _dock(window, "tp-c4")
    row = next(i for i in range(dock.quote_list.count())
               if dock.quote_list.item(i).data(Qt.ItemDataRole.UserRole) == "q-ar")
    dock.quote_list.setCurrentRow(row)
    seen = []

    def answer(dialog):
        seen.append((dialog.focusWidget() is dialog.translation, dialog.translated_by.currentText()))
        dialog.translation.setPlainText("Ik begreep de brief niet.")
        dialog.accept()
        return True

    window.prompts.run_dialog = answer
    QTest.keyClick(dock.quote_list, Qt.Key.Key_T)
    assert seen == [(True, "tolk")]
    quote = window.document.journey.quote("q-ar")
    assert (quote.translation, quote.translated_by.value) == ("Ik begreep de brief niet.", "tolk")
