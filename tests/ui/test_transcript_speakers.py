"""Correcting who speaks in a transcript after its import ("Sprekers…" in the Transcripten
dock): the quotes made from a remapped speaker's turns follow after a question, in one undo
step; "no" changes only the transcript; a respondent without a respondent is refused in the
dialog; the group, date and language change too; the dialog works by keyboard and no key
pressed on the dock's buttons reaches the canvas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from klantreis.model.enums import SpeakerRole
from tests.ui.assessment_data import one_step, unchanged
from tests.ui.transcripts.desk import INTERVIEW, import_file, transcript_desk

AR, ER, UITVOERDERS = "fg-statushouders-ar", "fg-statushouders-er", "fg-uitvoerders"
# (the words a passage starts with, its speaker): three of R1, one of the interviewer, one of the Tolk
PASSAGES = (("De eerste weken waren zwaar", "R1"), ("Het intakegesprek duurde", "R1"),
            ("De taalschool is goed", "R1"), ("Wie hielp u daarbij?", "Interviewer"),
            ("Hij zegt: in het begin", "Tolk"))


@pytest.fixture
def desk(qtbot, raalte_copy):
    desk = transcript_desk(qtbot, raalte_copy)
    desk.transcript = import_file(desk, qtbot, INTERVIEW, lambda d: d.group.setCurrentIndex(
        d.group.findData(AR)))
    dock = desk.dock
    desk.coded = {}
    for words, speaker in PASSAGES:
        start = desk.transcript.text.index(words)
        dock.text.select_range(start, start + len(words))
        desk.coded[dock.make_quote()] = speaker
    assert None not in desk.coded
    desk.prompts.run_dialog = _unexpected
    desk.prompts.confirm = _unexpected
    return desk


def _unexpected(*_args):
    raise AssertionError("unexpected question")


def _owners(desk) -> dict[str, tuple]:
    return {quote_id: (desk.journey.quote(quote_id).respondent_id,
                       desk.journey.quote(quote_id).group_id) for quote_id in desk.coded}


def _row(dialog, label: str) -> int:
    return [s.label for s in dialog.transcript.speakers].index(label)


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _filling(desk, fill, seen=None):
    """The speakers dialog shown, filled in by ``fill(dialog)`` and accepted (as OK does)."""
    def run(dialog):
        dialog.show()
        if seen is not None:
            seen.append(dialog)
        fill(dialog)
        dialog.accept()
        accepted = dialog.result() == dialog.DialogCode.Accepted
        dialog.hide()
        return accepted
    desk.prompts.run_dialog = run


def _answering(desk, answer: bool) -> list[str]:
    asked = []
    desk.prompts.confirm = lambda title, text: asked.append(text) or answer
    return asked


def _to_r7(dialog) -> None:
    _choose(dialog.respondents[_row(dialog, "R1")], "r-r7")


def _names(question: str, count: int) -> bool:
    """The question starts with how many quotes ("3 citaten uit dit transcript ...")."""
    words = question.split()
    return words[0] == str(count) and words[1].startswith(("citaat", "citaten"))


def _click(desk):
    return lambda: desk.dock.view.speakers_button.click()


def test_a_remapped_speakers_quotes_follow_in_one_step(desk):
    before = _owners(desk)
    assert {before[q] for q, s in desk.coded.items() if s == "R1"} == {("r-r1", AR)}
    assert {before[q] for q, s in desk.coded.items() if s != "R1"} == {(None, AR)}
    seen = []
    _filling(desk, _to_r7, seen)
    asked = _answering(desk, True)
    one_step(desk, _click(desk), "sprekers wijzigen")
    assert len(asked) == 1 and _names(asked[0], 3) and "nieuwe respondent" in asked[0]
    dialog = seen[0]
    assert [dialog.role_of(r) for r in range(3)] == [SpeakerRole.INTERVIEWER,
                                                     SpeakerRole.RESPONDENT, SpeakerRole.INTERPRETER]
    after = _owners(desk)
    for quote_id, speaker in desk.coded.items():
        assert after[quote_id] == (("r-r7", ER) if speaker == "R1" else before[quote_id])
    transcript = desk.journey.find("transcript", desk.transcript.id)
    assert transcript.speaker("R1").respondent_id == "r-r7"
    assert transcript.text == desk.transcript.text  # (the labels stay in the text)
    QApplication.processEvents()
    assert "R1 (R7)" in desk.dock.about.text()


def test_no_to_the_question_changes_only_the_transcript(desk):
    before = _owners(desk)
    _filling(desk, _to_r7)
    asked = _answering(desk, False)
    one_step(desk, _click(desk), "sprekers wijzigen")
    assert len(asked) == 1
    assert _owners(desk) == before
    assert desk.journey.find("transcript", desk.transcript.id).speaker("R1").respondent_id == "r-r7"


def test_a_respondent_without_a_respondent_is_refused_in_the_dialog(desk):
    shown = []

    def fill(dialog):
        _choose(dialog.respondents[_row(dialog, "R1")], None)
        assert dialog.role_of(_row(dialog, "R1")) is SpeakerRole.RESPONDENT
        dialog.accept()  # (OK: refused, the dialog stays open and says why)
        shown.append((dialog.isVisible(), dialog.error_label.isVisible(), dialog.error_label.text()))
        # another speaker given the role respondent alone is refused too (by the OK that follows)
        dialog.set_role(_row(dialog, "R1"), SpeakerRole.INTERVIEWER)
        dialog.set_role(_row(dialog, "Tolk"), SpeakerRole.RESPONDENT)

    _filling(desk, fill)
    unchanged(desk, _click(desk))
    assert shown[0][:2] == (True, True)
    assert "Kies de respondent van spreker ‘R1’" in shown[0][2]


def test_the_second_refusal_names_its_speaker(desk, qtbot):
    from klantreis.ui.transcript_speakers_dialog import TranscriptSpeakersDialog

    dialog = TranscriptSpeakersDialog(desk.journey, desk.journey.find(
        "transcript", desk.transcript.id), desk.host)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_role(_row(dialog, "Tolk"), SpeakerRole.RESPONDENT)
    dialog.accept()
    assert dialog.isVisible() and dialog.choice is None
    assert "‘Tolk’" in dialog.error_label.text()
    _choose(dialog.respondents[_row(dialog, "Tolk")], "r-r2")
    dialog.accept()
    assert not dialog.isVisible() and dialog.choice is not None


def test_group_date_and_language_change_and_the_group_followers_follow(desk):
    def fill(dialog):
        _choose(dialog.group, UITVOERDERS)
        dialog.date.setText("2021-03-12")
        _choose(dialog.language, "ar")

    before = _owners(desk)
    _filling(desk, fill)
    asked = _answering(desk, True)
    one_step(desk, _click(desk), "sprekers wijzigen")
    assert len(asked) == 1 and _names(asked[0], 2) and "nieuwe groep" in asked[0]
    transcript = desk.journey.find("transcript", desk.transcript.id)
    assert (transcript.group_id, transcript.date, transcript.language) == (
        UITVOERDERS, "2021-03-12", "ar")
    after = _owners(desk)
    for quote_id, speaker in desk.coded.items():  # (R1's group is R1's own)
        assert after[quote_id] == (before[quote_id] if speaker == "R1" else (None, UITVOERDERS))
    QApplication.processEvents()
    assert desk.dock.chooser.currentText() == "interview-r1.txt · 2021-03-12"


def test_date_and_language_alone_ask_nothing(desk):
    before = _owners(desk)
    _filling(desk, lambda dialog: dialog.date.setText("12 maart 2021"))
    one_step(desk, _click(desk), "sprekers wijzigen")  # (confirm would fail the test)
    assert _owners(desk) == before
    assert desk.journey.find("transcript", desk.transcript.id).date == "12 maart 2021"
    _filling(desk, lambda dialog: None)  # (OK without a change: no step)
    unchanged(desk, _click(desk))


def _keyboard(desk, qtbot, keys):
    """The dialog run as a user does: shown, active, ``keys(dialog)`` pressed."""
    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        keys(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return dialog.result() == dialog.DialogCode.Accepted
    desk.prompts.run_dialog = run


def _focused(dialog):
    widget = QApplication.focusWidget()
    # (an editable combo's line edit has the focus for its combo)
    return widget.parent() if widget is dialog.language.lineEdit() else widget


def test_the_dialog_by_keyboard_tab_order_enter_is_ok(desk, qtbot):
    order = []

    def keys(dialog):
        qtbot.waitUntil(lambda: _focused(dialog) is dialog.group)
        for _ in dialog.fields():
            order.append(_focused(dialog))
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert order == dialog.fields()
        target = dialog.respondents[_row(dialog, "R1")]
        while _focused(dialog) is not target:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        for _ in range(target.count()):
            if target.currentData() == "r-r7":
                break
            QTest.keyClick(target, Qt.Key.Key_Down)
        assert target.currentData() == "r-r7"
        QTest.keyClick(target, Qt.Key.Key_Return)

    _keyboard(desk, qtbot, keys)
    _answering(desk, True)
    one_step(desk, _click(desk), "sprekers wijzigen")
    assert {o for q, o in _owners(desk).items() if desk.coded[q] == "R1"} == {("r-r7", ER)}


def test_enter_in_the_date_or_language_field_is_ok_escape_cancels(desk, qtbot):
    def typed_date(dialog):
        dialog.date.setFocus()
        qtbot.waitUntil(dialog.date.hasFocus)
        dialog.date.clear()
        QTest.keyClicks(dialog.date, "2021-04-01")
        QTest.keyClick(dialog.date, Qt.Key.Key_Return)

    _keyboard(desk, qtbot, typed_date)
    one_step(desk, _click(desk), "sprekers wijzigen")
    assert desk.journey.find("transcript", desk.transcript.id).date == "2021-04-01"

    def language(dialog):
        dialog.language.setFocus()
        qtbot.waitUntil(lambda: _focused(dialog) is dialog.language)
        _choose(dialog.language, "ti")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    _keyboard(desk, qtbot, language)
    one_step(desk, _click(desk), "sprekers wijzigen")
    assert desk.journey.find("transcript", desk.transcript.id).language == "ti"

    def escape(dialog):
        _choose(dialog.respondents[_row(dialog, "R1")], "r-r7")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    _keyboard(desk, qtbot, escape)
    unchanged(desk, _click(desk))


def test_keys_on_the_docks_buttons_never_reach_the_canvas(desk, qtbot):
    desk.host.activateWindow()
    qtbot.waitUntil(desk.host.isActiveWindow)
    desk.canvas.show_touchpoint("tp-c4")
    ctrl = Qt.KeyboardModifier.ControlModifier
    for button in (desk.dock.view.speakers_button, desk.dock.view.remove_button):
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)

        def press(button=button):
            for key, modifiers in ((Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
                                   (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
                                   (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
                                   (Qt.Key.Key_D, ctrl), (Qt.Key.Key_T, ctrl), (Qt.Key.Key_L, ctrl)):
                QTest.keyClick(button, key, modifiers)
            QApplication.processEvents()

        unchanged(desk, press)
        assert desk.scene.selected_touchpoints() == ["tp-c4"]
        QTest.keyClick(button, Qt.Key.Key_Escape)  # (Escape: to the text, as elsewhere in the dock)
        qtbot.waitUntil(desk.dock.text.hasFocus)
