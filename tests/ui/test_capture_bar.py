"""Live capture as a facilitator does it: keyboard only, in the Sessie bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from klantreis.graph import route as graph
from klantreis.model.entities import Group, Perspective, Respondent, Sentiment
from klantreis.store.project import open_project
from klantreis.ui.quote_format import DIRECTION_ROLE
from tests.ui.helpers import type_text

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _setup_group(window, qtbot):
    """A client group with four respondents, added through the document like the dock does."""
    from klantreis.model.edits import Insert, Sequence

    doc = window.document
    edits = [Insert(Group("g-test", "Sessie dinsdag", Perspective.CLIENT))]
    edits += [Insert(Respondent(f"r-t{n}", f"T{n}", "g-test")) for n in range(1, 5)]
    assert doc.apply(Sequence(edits, "edit_add_group"))


@pytest.fixture
def desk(desk):
    """The capture bar on the Raalte project, with the docks beside the canvas as in the window."""
    desk.docks("inspector", "quotes", "respondents", "capture")
    return desk


def _open_bar(window, qtbot):
    window.host.activateWindow()
    qtbot.waitUntil(window.host.isActiveWindow)
    QTest.keyClick(window.host, Qt.Key.Key_F9)
    bar = window.capture
    qtbot.waitUntil(bar.isVisible)
    qtbot.waitUntil(lambda: bar.field.hasFocus())
    return bar


def _choose_group(bar, group_id):
    bar.group_box.setCurrentIndex(bar.group_box.findData(group_id))


def _number_of(window, tp_id):
    return graph.display_numbers(window.document.journey)[tp_id]


def test_thirty_quotes_by_keyboard_with_links_timestamps_and_undo(desk, qtbot):
    window = desk
    _setup_group(window, qtbot)
    bar = _open_bar(window, qtbot)
    _choose_group(bar, "g-test")
    journey = window.document.journey
    targets = [journey.touchpoints[i].id for i in (2, 7, 11)]
    keys = {"1": Sentiment.VERY_NEGATIVE, "2": Sentiment.NEGATIVE, "3": Sentiment.NEUTRAL,
            "4": Sentiment.POSITIVE, "5": Sentiment.VERY_POSITIVE, "G": Sentiment.MIXED}
    key_codes = {"1": Qt.Key.Key_1, "2": Qt.Key.Key_2, "3": Qt.Key.Key_3, "4": Qt.Key.Key_4,
                 "5": Qt.Key.Key_5, "G": Qt.Key.Key_G}
    respondent_keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
    before = journey.count("quote")
    expected = []
    for n in range(30):
        target = targets[n % 3]
        if n % 10 == 0:  # choose the touchpoint by typing its number (Alt+M, number, Enter)
            QTest.keyClick(bar.field, Qt.Key.Key_M, ALT)
            qtbot.waitUntil(lambda: bar.number_edit.hasFocus())
            QTest.keyClicks(bar.number_edit, str(_number_of(window, target)))
            QTest.keyClick(bar.number_edit, Qt.Key.Key_Return)
        else:  # or it follows the canvas selection
            window.canvas.show_touchpoint(target)
        assert bar.field.hasFocus()
        QTest.keyClick(bar.field, respondent_keys[n % 4], CTRL)
        sentiment_key = "12345G"[n % 6]
        QTest.keyClick(bar.field, key_codes[sentiment_key], ALT)
        type_text(bar.field, f"Citaat {n}: ik wist niet wat ik tekende, één keer")
        QTest.keyClick(bar.field, Qt.Key.Key_Return)
        assert bar.field.toPlainText() == "" and bar.field.hasFocus()
        expected.append((target, f"r-t{n % 4 + 1}", keys[sentiment_key], n))
    quotes = journey.quotes[before:]
    assert len(quotes) == 30
    for quote, (target, respondent, sentiment, n) in zip(quotes, expected, strict=True):
        assert quote.text == f"Citaat {n}: ik wist niet wat ik tekende, één keer"
        assert (quote.touchpoint_id, quote.respondent_id, quote.group_id) == (target, respondent,
                                                                              "g-test")
        assert quote.sentiment is sentiment
        assert len(quote.captured_at) == 19
    stamps = [q.captured_at for q in quotes]
    assert stamps == sorted(stamps)
    assert bar.recent.count() == 30
    # on disk at once, and Ctrl+Z in the empty field takes the last one back
    assert open_project(window.document.project.path).count("quote") == before + 30
    last = quotes[-1].id
    QTest.keyClick(bar.field, Qt.Key.Key_Z, CTRL)
    assert journey.find("quote", last) is None and journey.count("quote") == before + 29
    assert open_project(window.document.project.path).count("quote") == before + 29
    assert bar.recent.count() == 29 and bar.field.hasFocus()


def test_ctrl_z_in_a_field_with_text_undoes_typing_not_the_last_quote(desk, qtbot):
    bar = _open_bar(desk, qtbot)
    type_text(bar.field, "eerste")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    count = desk.document.journey.count("quote")
    type_text(bar.field, "tweede")
    QTest.keyClick(bar.field, Qt.Key.Key_Z, CTRL)
    assert desk.document.journey.count("quote") == count


def test_without_a_selection_the_quote_is_parked_and_sentiment_resets(desk, qtbot):
    bar = _open_bar(desk, qtbot)
    desk.scene.clearSelection()
    QTest.keyClick(bar.field, Qt.Key.Key_4, ALT)
    assert bar.sentiment is Sentiment.POSITIVE
    type_text(bar.field, "Waar hoort dit bij?")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    quote = desk.document.journey.quotes[-1]
    assert quote.touchpoint_id is None and quote.sentiment is Sentiment.POSITIVE
    assert bar.sentiment is Sentiment.UNKNOWN
    assert "parkeerplaats" in bar.target_label.text()


def test_shift_enter_is_a_new_line_and_plain_keys_stay_in_the_field(desk, qtbot):
    window = desk
    bar = _open_bar(window, qtbot)
    tp = window.document.journey.touchpoints[0].id
    window.canvas.show_touchpoint(tp)
    count = window.document.journey.count("touchpoint")
    type_text(bar.field, "regel een")
    QTest.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(bar.field, "regel twee")
    QTest.keyClick(bar.field, Qt.Key.Key_Left)
    QTest.keyClick(bar.field, Qt.Key.Key_Delete)
    QTest.keyClick(bar.field, Qt.Key.Key_Insert)
    assert bar.field.toPlainText() == "regel een\nregel twe"
    assert window.document.journey.count("touchpoint") == count  # Del/Ins did not touch cards
    assert window.scene.selected_touchpoints() == [tp]  # Left did not walk the canvas


def test_respondent_by_code_and_unknown_code(desk, qtbot):
    bar = _open_bar(desk, qtbot)
    QTest.keyClick(bar.field, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: bar.respondent_edit.hasFocus())
    QTest.keyClicks(bar.respondent_edit, "u3")
    QTest.keyClick(bar.respondent_edit, Qt.Key.Key_Return)
    assert bar.respondent_id == "r-u3" and bar.group_id == "fg-uitvoerders"
    assert bar.field.hasFocus()
    bar.respondent_edit.setText("X9")
    QTest.keyClick(bar.respondent_edit, Qt.Key.Key_Return)
    assert bar.respondent_id == "r-u3" and "X9" in bar.message.text()


def test_ctrl_alt_digit_records_a_vote(desk, qtbot):
    window = desk
    bar = _open_bar(window, qtbot)
    tp = window.document.journey.touchpoints[3].id
    window.canvas.show_touchpoint(tp)
    _choose_group(bar, "fg-uitvoerders")
    QTest.keyClick(bar.field, Qt.Key.Key_2, CTRL)
    QTest.keyClick(bar.field, Qt.Key.Key_5, CTRL | ALT)
    votes = window.document.journey.scores_for(tp)
    assert [(s.respondent_id, s.value) for s in votes] == [("r-u2", 2)]
    card = window.scene.card(tp)
    assert card.data.vote_n == 1 and card.data.vote_mean == 2.0


def test_an_arabic_quote_is_typed_right_to_left_and_stored_intact(desk, qtbot):
    bar = _open_bar(desk, qtbot)
    text = "في السنة الأولى تواصلت مع المستشار مرة واحدة فقط."
    type_text(bar.field, text)
    assert bar.details.language_code() == "ar"  # guessed from the script
    assert bar.field.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert bar.field.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.field.layoutDirection() == Qt.LayoutDirection.LeftToRight  # empty again
    quote = desk.document.journey.quotes[-1]
    assert (quote.text, quote.language) == (text, "ar")
    assert open_project(desk.document.project.path).quote(quote.id).text == text


def test_a_renamed_group_is_renamed_in_the_bar(desk, qtbot):
    from dataclasses import replace

    from klantreis.model.edits import Update

    bar = _open_bar(desk, qtbot)
    group = desk.document.journey.groups[-1]
    assert desk.document.apply(Update(replace(group, name="Sessie Eritrea")))
    assert bar.group_box.findText("Sessie Eritrea") == bar.group_box.findData(group.id) > 0
    assert bar.group_box.findText(group.name) == -1


def test_a_captured_quote_redraws_only_its_own_card_and_leaves_the_respondents_alone(desk, qtbot):
    window = desk
    bar = _open_bar(window, qtbot)
    tp = window.document.journey.touchpoints[4].id
    window.canvas.show_touchpoint(tp)
    before = {tp_id: card.data for tp_id, card in window.scene.cards.items()}
    first_row = window.respondents.respondents.item(0, 0)
    QTest.keyClick(bar.field, Qt.Key.Key_5, ALT)
    type_text(bar.field, "Heel fijn geholpen")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    changed = [tp_id for tp_id, card in window.scene.cards.items() if card.data is not before[tp_id]]
    assert changed == [tp]
    assert window.scene.card(tp).data.n == before[tp].n + 1
    assert window.respondents.respondents.item(0, 0) is first_row  # not filled again


def test_a_full_disk_keeps_the_typed_quote_and_the_project_working(desk, qtbot):
    from tests.ui.helpers import on_disk, state

    bar = _open_bar(desk, qtbot)
    db = desk.document.project.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    count = desk.document.journey.count("quote")
    text = "Een lang verhaal over de intake. " * 2500
    bar.field.setPlainText(text)
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert desk.document.journey.count("quote") == count
    assert "de schijf is vol" in desk.statusBar().currentMessage()
    assert bar.field.toPlainText() == text  # nothing the facilitator typed is lost
    assert on_disk(desk) == state(desk)
    db.execute(f"PRAGMA max_page_count = {pages + 10_000}")  # room again: Enter once more
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert desk.document.journey.count("quote") == count + 1 and bar.field.toPlainText() == ""
    assert on_disk(desk) == state(desk)


def test_an_appendix_quote_with_source_paraphrase_translation_and_tags(desk, qtbot):
    """The details of a quote in other languages, keyboard-only; the source and the translator
    stay for the next quote, the translation and the tags do not."""
    bar = _open_bar(desk, qtbot)
    _choose_group(bar, "fg-statushouders-ar")
    QTest.keyClick(bar.field, Qt.Key.Key_O, ALT)
    assert bar.details.source.hasFocus()
    type_text(bar.details.source, "interview R3, r. 120-124")
    QTest.keyClick(bar.field, Qt.Key.Key_A, ALT)
    QTest.keyClick(bar.details.source, Qt.Key.Key_V, ALT)
    type_text(bar.details.translation, "Ik begreep de brief niet.")
    QTest.keyClick(bar.details.translation, Qt.Key.Key_K, ALT)
    bar.details.translator.setCurrentIndex(1)  # tolk
    QTest.keyClick(bar.details.translator, Qt.Key.Key_L, ALT)
    type_text(bar.details.tags, "brief, taal")
    QTest.keyClick(bar.details.tags, Qt.Key.Key_Escape)
    assert bar.field.hasFocus()
    type_text(bar.field, "لم أفهم الرسالة")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.message.text() == "" and bar.field.toPlainText() == ""
    quote = desk.document.journey.quotes[-1]
    assert (quote.language, quote.source, quote.provenance.value) == ("ar", "interview R3, r. 120-124",
                                                                      "parafrase")
    assert (quote.translation, quote.translated_by.value, quote.tags) == (
        "Ik begreep de brief niet.", "tolk", ("brief", "taal"))
    assert quote.respondent_id is None and quote.group_id == "fg-statushouders-ar"
    assert bar.details.source.text() == "interview R3, r. 120-124"  # kept
    assert bar.details.paraphrase.isChecked() and bar.details.translator.currentIndex() == 1
    assert bar.details.translation.text() == "" and bar.details.tags.text() == ""
    assert "onbekend" in bar.respondent_label.text()  # said explicitly: respondent unknown
    assert "onbekend" in bar.recent.item(0).text()
    assert bar.recent.item(0).data(DIRECTION_ROLE) == Qt.LayoutDirection.RightToLeft
    type_text(bar.field, "زبان هلندی سخت است.")
    assert bar.details.language_code() == "fa"  # Persian letters


def test_a_language_chosen_by_hand_stays(desk, qtbot):
    bar = _open_bar(desk, qtbot)
    bar.details.set_language("prs")
    bar.details._chosen()
    type_text(bar.field, "زبان هلندی سخت است.")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert desk.document.journey.quotes[-1].language == "prs"
    assert bar.details.language_code() == "prs"
