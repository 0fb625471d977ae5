"""The speakers dialog flags a label that holds a word of the project's own privacy list, as
the command line does."""

from __future__ import annotations

from dataclasses import replace

from klantreis.io.transcript_read import parse_transcript
from klantreis.model.settings import PrivacySettings
from klantreis.ui.transcript_import_dialog import TranscriptImportDialog
from tests.conftest import make_small_journey


def test_a_label_of_the_projects_word_list_is_flagged(qtbot):
    journey = make_small_journey()
    text = "Interviewer: Hoe ging het?\nAhmadi: Goed.\nInterviewer: En daarna?\nAhmadi: Ook goed.\n"
    parsed = parse_transcript(text.encode("utf-8"), "gesprek.txt")
    assert "Ahmadi" in parsed.speakers
    plain = TranscriptImportDialog(journey, parsed, "gesprek.txt")
    qtbot.addWidget(plain)
    assert "Ahmadi" not in plain.flagged  # (not a first name of the bundled list)
    journey.set_info(replace(journey.info, privacy=PrivacySettings(words=("Ahmadi",))))
    dialog = TranscriptImportDialog(journey, parsed, "gesprek.txt")
    qtbot.addWidget(dialog)
    assert "Ahmadi" in dialog.flagged


def test_removing_a_transcript_keeps_its_quotes_text_and_source_in_one_step(qtbot, raalte_copy):
    from tests.ui.assessment_data import one_step, unchanged
    from tests.ui.transcripts.desk import INTERVIEW, import_file, select_words, transcript_desk

    desk = transcript_desk(qtbot, raalte_copy)
    transcript = import_file(desk, qtbot, INTERVIEW)
    dock = desk.dock
    select_words(dock, transcript.text.index("De taalschool is goed"), 4)
    quote_id = dock.make_quote()
    assert quote_id is not None
    asked = []
    desk.prompts.confirm = lambda title, text: asked.append(text) or False
    unchanged(desk, dock.remove_transcript)
    assert "1 citaat uit dit transcript blijft" in asked[0]
    desk.prompts.confirm = lambda title, text: True
    one_step(desk, dock.remove_transcript, "transcript verwijderen")
    quote = desk.journey.quote(quote_id)
    assert desk.journey.transcripts == () and quote.transcript_id is None
    assert quote.text.startswith("De taalschool is goed")
    assert quote.source.startswith("transcript interview-r1.txt r.")
    assert not dock.view.remove_button.isEnabled()


def test_enter_in_the_speakers_dialog_imports_also_after_tabbing_past_the_buttons(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    journey = make_small_journey()
    text = "Interviewer: Hoe ging het?\nR1: Goed.\n"
    dialog = TranscriptImportDialog(journey, parse_transcript(text.encode("utf-8"), "gesprek.txt"),
                                    "gesprek.txt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    passed = False
    for _ in range(40):  # once round the dialog, over the Importeren button
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        passed |= QApplication.focusWidget() is dialog.import_button
        if passed and QApplication.focusWidget() is dialog.name:
            break
    assert passed and dialog.name.hasFocus()
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted
