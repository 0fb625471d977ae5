"""Before an export: what looks like personal data is shown in context, replaced with one click
(undoable), and the export goes ahead only when the user says so."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import Qt

from klantreis.model.edits import Insert
from klantreis.model.entities import Quote
from klantreis.ui.privacy_check_dialog import privacy_gate
from tests.ui.helpers import on_disk, state

PLANTED = "Mijn consulent Ahmed zei dat ik 06-12345678 moest bellen."


def _plant(window) -> None:
    assert window.document.apply(Insert(Quote("q-p", PLANTED, touchpoint_id="tp-c4")))


def _answer(window, answer: bool, then=None):
    seen = []

    def run(dialog):
        seen.append(dialog)
        if then is not None:
            then(dialog)
        return answer
    window.prompts.run_dialog = run
    return seen


def test_a_clean_pdf_export_asks_nothing(raalte):
    seen = _answer(raalte, False)
    assert privacy_gate(raalte.workspace, "pdf") and seen == []  # (attributes never reach a PDF)


def test_findings_are_listed_and_cancel_exports_nothing(raalte, tmp_path):
    _plant(raalte)
    seen = _answer(raalte, False)
    raalte.prompts.save_path = lambda *_args: tmp_path / "uit.pdf"
    raalte.files.actions["export_pdf"].trigger()
    dialog = raalte.files.pdf_dialog
    try:
        assert not dialog.export_pdf()
        assert seen and [f.found for f in seen[0].findings] == ["Ahmed", "06-12345678"]
        rows = [seen[0].table.topLevelItem(i).text(0) for i in range(seen[0].table.topLevelItemCount())]
        assert rows == ["naam", "telefoonnummer"]
        assert "«Ahmed»" in seen[0].table.topLevelItem(0).text(2)
        assert not (tmp_path / "uit.pdf").exists()
    finally:
        dialog.done(0)


def test_one_click_redaction_is_undoable_and_the_export_goes_on(raalte, qtbot, tmp_path):
    _plant(raalte)

    def redact_the_name(dialog):
        dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
        assert dialog.redact_selected()
        assert [f.found for f in dialog.findings] == ["06-12345678"]  # the list is made again

    _answer(raalte, True, redact_the_name)
    assert privacy_gate(raalte.workspace, "pdf")
    redacted = "Mijn consulent [naam] zei dat ik 06-12345678 moest bellen."
    assert raalte.document.journey.quote("q-p").text == redacted
    assert on_disk(raalte) == state(raalte)
    assert raalte.document.undo_stack.undoText() == "persoonsgegeven vervangen"
    raalte.undo_action.trigger()
    assert raalte.document.journey.quote("q-p").text == PLANTED


def test_replace_everything_then_export(raalte, qtbot, tmp_path):
    _plant(raalte)
    _answer(raalte, True, lambda dialog: dialog.redact_all())
    raalte.prompts.save_path = lambda *_args: tmp_path / "bijlage.pdf"
    raalte.files.actions["export_pdf"].trigger()
    dialog = raalte.files.pdf_dialog
    try:
        qtbot.waitUntil(lambda: dialog._preview_job is None, timeout=30_000)
        assert dialog.export_pdf()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    finally:
        dialog.done(0)
    document = pypdfium2.PdfDocument(str(tmp_path / "bijlage.pdf"))
    text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    assert "Ahmed" not in text and "06-12345678" not in text and "[naam]" in text


def test_a_csv_export_warns_about_respondents_who_stand_out(raalte):
    raalte.document.apply(Insert(Quote("q-r", "Het ging goed.", touchpoint_id="tp-c4", respondent_id="r-r7")))
    seen = _answer(raalte, False)
    assert not privacy_gate(raalte.workspace, "csv")
    groups = seen[0].groups
    assert [g.codes for g in groups] == [("R7",)]
    assert seen[0].groups_list.count() == 1
    assert "land van herkomst: Eritrea" in seen[0].groups_list.item(0).text()


def test_privacy_settings_word_list_private_attributes_and_k(raalte):
    from klantreis.ui.privacy_settings_dialog import PrivacySettingsDialog

    def fill(dialog):
        assert isinstance(dialog, PrivacySettingsDialog)
        dialog.words.setPlainText("Kerkebuurt\n\nAster\nAster")
        for i in range(dialog.attributes.count()):
            if dialog.attributes.item(i).text() in ("beroep of opleiding", "land van herkomst"):
                dialog.attributes.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.k.setValue(2)
        dialog.accept()
        return True

    raalte.prompts.run_dialog = fill
    assert raalte.sessions.privacy_settings()
    settings = raalte.document.journey.info.privacy
    assert settings.words == ("Kerkebuurt", "Aster") and settings.k == 2
    assert settings.private_attributes == ("beroep of opleiding", "land van herkomst")
    assert on_disk(raalte) == state(raalte)
    assert raalte.document.undo_stack.undoText() == "privacy-instellingen wijzigen"
    raalte.document.apply(Insert(Quote("q-w", "Aster woont in de Kerkebuurt.", touchpoint_id="tp-c4")))
    seen = _answer(raalte, False)
    raalte.sessions.check_privacy()
    assert [f.found for f in seen[0].findings] == ["Aster", "Kerkebuurt"]
    assert seen[0].export_button.isHidden()  # a check only: nothing to export


def test_a_replacement_that_does_not_fit_is_refused_and_the_others_are_one_undo_step(raalte):
    """A placeholder can be longer than what it replaces: in a title at its length limit the
    replacement is refused (and said why), the other findings are replaced as one step."""
    from dataclasses import replace

    from klantreis.model.edits import SetInfo, Update
    from klantreis.model.entities import PrivacySettings
    from klantreis.ui.privacy_check_dialog import PrivacyCheckDialog

    journey = raalte.document.journey
    tp = journey.touchpoint("tp-c4")
    long_title = ("Intake " * 60)[:296] + " Jan"
    assert len(long_title) == 300
    assert raalte.document.apply(Update(replace(tp, title=long_title)))
    assert raalte.document.apply(SetInfo(replace(journey.info, privacy=PrivacySettings(words=("Jan",)))))
    assert raalte.document.apply(Insert(Quote("q-j", "Toen belde Jan terug.", touchpoint_id="tp-c4")))
    before = state(raalte)
    dialog = PrivacyCheckDialog(raalte.workspace, "pdf", parent=raalte)
    try:
        assert {(f.item_id, f.field) for f in dialog.findings} >= {("tp-c4", "title"), ("q-j", "text")}
        assert dialog.redact_all()
        assert journey.quote("q-j").text == "Toen belde [naam] terug."
        assert journey.touchpoint("tp-c4").title == long_title
        assert dialog.problem.isVisibleTo(dialog) and "te lang" in dialog.problem.text()
        assert "contactmoment" in dialog.problem.text() and "(titel)" in dialog.problem.text()
        assert on_disk(raalte) == state(raalte)
        raalte.undo_action.trigger()
        assert state(raalte) == before
    finally:
        dialog.deleteLater()


def _everything_on_disk(window) -> list[bytes]:
    """The bytes of the project file, its side files and every previous version."""
    from klantreis.store.backups import backup_folder

    path = window.document.project.path
    files = [path, *path.parent.glob(path.name + "-*"), *backup_folder(path).glob("*")]
    return [f.read_bytes() for f in files if f.is_file()]


def _redact_everything(window, choice):
    from klantreis.store import Project
    from klantreis.ui.document import OpenDocument

    secret = "Pieternella Vandermolen"
    quote = f"Mijn consulent {secret} belde mij elke week, mevrouw {secret.split()[1]} was aardig."
    assert window.document.apply(Insert(Quote("q-geheim", quote, touchpoint_id="tp-c4")))
    path = window.document.project.path
    window.document.close()  # the next opening takes a snapshot that holds the name
    window.show_document(OpenDocument(path, (project := Project.open(path)).journey, project))
    assert any(secret.encode() in data for data in _everything_on_disk(window))
    asked = []

    def redact_all(dialog):
        window.prompts.previous_versions = lambda count, folder: asked.append(count) or choice
        dialog.redact_all()
        return False

    _answer(window, False, redact_all)
    privacy_gate(window.workspace, "json")
    return secret, asked


def _insecure_by_default(monkeypatch):
    """SQLite as most builds come (this machine's defaults secure_delete to on): deleted content
    stays in the file's free space unless Klantreis asks otherwise."""
    import sqlite3

    connect = sqlite3.connect

    def insecure(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(sqlite3, "connect", insecure)


def test_a_redacted_name_is_nowhere_on_disk_after_the_previous_versions_are_cleaned(raalte, monkeypatch):
    _insecure_by_default(monkeypatch)
    secret, asked = _redact_everything(raalte, "redact")
    assert asked and asked[0] >= 1
    assert "[naam]" in raalte.document.journey.quote("q-geheim").text
    for data in _everything_on_disk(raalte):
        for word in secret.split():
            assert word.encode() not in data
    raalte.document.undo_stack.undo()  # the replacement itself stays undoable
    assert "Pieternella" in raalte.document.journey.quote("q-geheim").text


def test_previous_versions_can_be_removed_instead(raalte):
    from klantreis.store.backups import snapshots

    secret, asked = _redact_everything(raalte, "remove")
    assert asked and snapshots(raalte.document.project.path) == []
    assert all(secret.split()[0].encode() not in data for data in _everything_on_disk(raalte))


def test_left_alone_the_previous_versions_are_named_as_still_holding_the_text(raalte):
    secret, asked = _redact_everything(raalte, None)
    assert asked
    assert "bevatten de oude tekst nog" in raalte.statusBar().currentMessage()
