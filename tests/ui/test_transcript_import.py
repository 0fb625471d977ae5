"""Bestand > Importeren > Transcript…: read in the background (cancellable), speakers mapped in
a dialog, one undo step; a name used as a speaker's label never reaches the project."""

from __future__ import annotations

import pytest

from klantreis.model.enums import SpeakerRole
from klantreis.model.errors import KlantreisError
from klantreis.ui.transcript_import_dialog_view import NEW
from tests.ui.assessment_data import one_step, unchanged
from tests.ui.helpers import state
from tests.ui.transcripts.desk import INTERVIEW, NAMES, import_file, row_of, transcript_desk


@pytest.fixture
def desk(qtbot, raalte_copy):
    return transcript_desk(qtbot, raalte_copy)


def _respondent_id(desk, code):
    return next(r.id for r in desk.journey.respondents if r.code == code)


def test_an_interview_is_imported_with_its_speakers_as_one_step(desk, qtbot):
    def fill(dialog):
        assert not dialog.names_label.isVisibleTo(dialog)  # (no label looks like a name)
        dialog.group.setCurrentIndex(dialog.group.findData("fg-statushouders-ar"))
        assert dialog.date.text() == "2021"  # (the group's date, until another is typed)
        dialog.date.setText("2021-03-12")

    transcript = one_step(desk, lambda: import_file(desk, qtbot, INTERVIEW, fill),
                          "transcript importeren")
    # the guesses: R1 is the project's respondent R1, the interviewer and the interpreter by role
    speakers = {s.label: s for s in transcript.speakers}
    assert speakers["R1"].role is SpeakerRole.RESPONDENT
    assert speakers["R1"].respondent_id == _respondent_id(desk, "R1")
    assert speakers["Interviewer"].role is SpeakerRole.INTERVIEWER
    assert speakers["Tolk"].role is SpeakerRole.INTERPRETER
    assert (transcript.name, transcript.group_id, transcript.date, transcript.language) == (
        "interview-r1.txt", "fg-statushouders-ar", "2021-03-12", "nl")
    assert "في البداية لم أفهم شيئاً" in transcript.text
    # the dock shows it at once, its labels in bold
    dock = desk.dock
    assert dock.transcript_id == transcript.id and dock.chooser.currentData() == transcript.id
    assert dock.text.toPlainText() == transcript.text
    block = dock.text.document().findBlockByNumber(2)
    assert block.text().startswith("R1: ")
    bold = [f for f in block.layout().formats() if f.format.fontWeight() >= 700]
    assert [(f.start, f.length) for f in bold] == [(0, 2)]
    assert "R1 (respondent)" in dock.about.text() and "Focusgroep statushouders" in dock.about.text()
    # undo takes it away from the dock too
    desk.undo_action.trigger()
    assert dock.chooser.count() == 0 and dock.text.toPlainText() == ""


def test_a_name_as_label_is_replaced_in_the_text_and_never_saved(desk, qtbot):
    path = desk.document.project.path
    dialogs = []

    def fill(dialog):
        row = row_of(dialog, "Fatima")
        _role, respondent, code, label = dialog.row_widgets(row)
        assert dialog.speakers.item(row, 0).foreground().color().red() == 255  # flagged in red
        assert dialog.names_label.isVisibleTo(dialog)
        assert label.text() != "Fatima"  # a replacement is proposed at once
        respondent.setCurrentIndex(respondent.findData(NEW))  # a new respondent, code typed
        code.clear()
        code.insert("R9")
        code.textEdited.emit("R9")
        assert label.text() == "R9" and dialog.role_of(row) is SpeakerRole.RESPONDENT

    transcript = one_step(desk, lambda: import_file(desk, qtbot, NAMES, fill, dialogs))
    assert "Fatima" not in transcript.text and "Fatima" not in state(desk)
    assert b"Fatima" not in path.read_bytes()
    assert transcript.text.count("R9: ") == 2
    new = next(r for r in desk.journey.respondents if r.code == "R9")  # made in the same step
    assert transcript.speaker("R9").respondent_id == new.id
    assert transcript.speaker("R2").respondent_id == _respondent_id(desk, "R2")
    assert [t.speaker for t in transcript.turns] == ["Interviewer", "R9", "R2", "R9"]
    for turn in transcript.turns:  # the turns still cover the words said
        assert transcript.text[turn.start - len(turn.speaker) - 2:turn.start] == f"{turn.speaker}: "


def test_a_name_left_in_place_is_refused_and_nothing_changes(desk, qtbot):
    shown = {}

    def fill(dialog):
        label = dialog.row_widgets(row_of(dialog, "Fatima"))[3]
        label.setText("Fatima")
        dialog.accept()  # (refused: the dialog stays open and says why)
        shown["error"] = dialog.error_label.text()
        shown["open"] = dialog.result_edit is None
        dialog.reject()

    desk.prompts.open_path = lambda *_args: NAMES

    def run(dialog):
        fill(dialog)
        return False

    def attempt():
        desk.prompts.run_dialog = run
        desk.transcripts.actions["import"].trigger()
        qtbot.waitUntil(lambda: desk.transcripts.importer.job is None)

    unchanged(desk, attempt)
    assert shown["open"] and "Fatima" in shown["error"] and "naam" in shown["error"]


def test_cancelling_while_reading_changes_nothing(desk, qtbot, tmp_path):
    big = tmp_path / "lang interview.txt"
    line = "R1: Ik wachtte lang op een woning en niemand belde mij terug over de sleutel.\n"
    big.write_text("Interviewer: Hoe ging het?\n" + line * 60000, encoding="utf-8")
    desk.prompts.open_path = lambda *_args: big
    importer = desk.transcripts.importer

    def start_and_cancel():
        job = importer.start()
        job.progressed.connect(lambda _done, _total: importer.cancel())  # (as soon as it reads)
        qtbot.waitUntil(lambda: importer.job is None, timeout=20000)
        assert job.was_cancelled

    unchanged(desk, start_and_cancel)  # (and no dialog: the desk refuses modal dialogs)
    assert "afgebroken" in desk.statusBar().currentMessage()
    assert importer.progress is None


@pytest.mark.parametrize("name, data", [("kapot.docx", b"PK\x03\x04 dit is geen zip"),
                                        ("leeg.txt", b"   \n\n"),
                                        ("notities.pdf", b"%PDF-1.4")])
def test_a_bad_file_gives_one_dutch_message_and_changes_nothing(desk, qtbot, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    warnings = []
    desk.prompts.warn = lambda title, text: warnings.append(text)
    desk.prompts.open_path = lambda *_args: path

    def attempt():
        desk.transcripts.actions["import"].trigger()
        qtbot.waitUntil(lambda: desk.transcripts.importer.job is None)

    unchanged(desk, attempt)
    assert len(warnings) == 1 and name in warnings[0]
    assert desk.statusBar().currentMessage() == warnings[0]


def test_the_same_file_twice_asks_first(desk, qtbot):
    import_file(desk, qtbot, INTERVIEW)
    asked = []

    def no(title, text):
        asked.append(text)
        return False

    desk.prompts.confirm = no
    unchanged(desk, lambda: import_file(desk, qtbot, INTERVIEW))
    assert asked and "interview-r1.txt" in asked[0]


def test_two_speakers_on_one_label_are_refused(desk, qtbot):
    errors = []

    def fill(dialog):
        dialog.row_widgets(row_of(dialog, "Tolk"))[3].setText("Interviewer")
        dialog.accept()
        errors.append(dialog.error_label.text())
        dialog.reject()

    desk.prompts.open_path = lambda *_args: INTERVIEW
    desk.prompts.run_dialog = lambda dialog: (fill(dialog), False)[1]

    def attempt():
        desk.transcripts.actions["import"].trigger()
        qtbot.waitUntil(lambda: desk.transcripts.importer.job is None)

    unchanged(desk, attempt)
    assert "Interviewer" in errors[0]


def test_the_dialog_builds_nothing_from_bad_input(desk):
    from klantreis.io.transcript_read import read_transcript
    from klantreis.ui.transcript_import_dialog import TranscriptImportDialog

    dialog = TranscriptImportDialog(desk.journey, read_transcript(INTERVIEW), "interview-r1.txt",
                                    desk.host)
    dialog.name.clear()
    dialog.accept()
    assert dialog.result_edit is None and "naam" in dialog.error_label.text()
    dialog.name.setText("interview R1")
    respondent, code = dialog.row_widgets(row_of(dialog, "R1"))[1:3]
    respondent.setCurrentIndex(respondent.findData(NEW))
    code.setText("R2")  # (an existing code)
    dialog.accept()
    assert dialog.result_edit is None and "R2" in dialog.error_label.text()
    code.setText("R12")
    dialog.accept()
    assert dialog.result_edit is not None
    with pytest.raises(KlantreisError):  # (the edit is not applied by the dialog)
        desk.journey.get("transcript", dialog.result_transcript_id)


def test_two_labels_of_one_person_are_merged(desk, qtbot):
    def fill(dialog):
        row = row_of(dialog, "Tolk")
        dialog.set_role(row, SpeakerRole.INTERVIEWER)
        dialog.row_widgets(row)[3].setText("Interviewer")

    transcript = one_step(desk, lambda: import_file(desk, qtbot, INTERVIEW, fill))
    assert [s.label for s in transcript.speakers] == ["Interviewer", "R1"]
    assert "Tolk:" not in transcript.text and transcript.text.count("Interviewer: ") == 11
