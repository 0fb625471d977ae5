"""Bestand > Exporteren > PDF: options, a preview of page 1, the export off the UI thread with
progress and cancel, the options kept in the project."""

from __future__ import annotations

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from klantreis.model.entities import Paper
from klantreis.store.project import open_project
from klantreis.ui.pdf_export_dialog import PdfExportDialog

WAIT = 30_000  # ms; a PDF of the example takes well under a second, CI machines are slow


@pytest.fixture
def dialog(raalte, qtbot):
    raalte.files.actions["export_pdf"].trigger()
    shown = raalte.files.pdf_dialog
    assert isinstance(shown, PdfExportDialog) and shown.isVisible()
    yield shown
    shown.done(0)


def _wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.job is None and dialog._preview_job is None, timeout=WAIT)


def test_the_menu_has_the_exports_and_the_preview_shows_page_one(raalte, dialog, qtbot):
    texts = [a.text() for a in raalte.files.export_menu.actions()]
    assert texts[:3] == ["&PDF (infographic en details)…", "P&NG van de infographic…", "&JSON…"]
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=WAIT)
    pixmap = dialog.preview.pixmap()
    assert pixmap.width() > pixmap.height()  # landscape
    assert dialog.options() == raalte.document.journey.info.pdf_options  # the stored ones


def test_export_with_new_options_keeps_them_in_the_project_as_one_undo_step(raalte, dialog, qtbot,
                                                                            tmp_path):
    _wait_idle(qtbot, dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.details.setChecked(False)
    dialog.norms.setChecked(False)  # (the example may have a toetsingskader and indicators)
    dialog.indicators.setChecked(False)
    dialog.groups.item(0).setCheckState(Qt.CheckState.Unchecked)
    target = tmp_path / "bijlage"
    raalte.prompts.save_path = lambda *_args: target
    progress = []
    assert dialog.export_pdf()
    dialog.job.progressed.connect(lambda d, t: progress.append((d, t)))
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    written = tmp_path / "bijlage.pdf"
    assert dialog.last_result == written and written.exists()
    document = pypdfium2.PdfDocument(str(written))
    assert len(document) == 1 and tuple(map(round, document[0].get_size())) == (842, 595)
    document.close()
    stored = raalte.document.journey.info.pdf_options
    assert stored.paper is Paper.A4 and not stored.details
    assert stored.group_ids == tuple(g.id for g in raalte.document.journey.groups[1:])
    assert open_project(raalte.document.project.path).info.pdf_options == stored
    assert raalte.document.undo_stack.undoText() == "PDF-instellingen wijzigen"
    assert "bijlage.pdf" in raalte.statusBar().currentMessage()
    raalte.undo_action.trigger()
    assert raalte.document.journey.info.pdf_options.paper is Paper.A3


def test_cancel_writes_nothing(raalte, dialog, qtbot, tmp_path):
    _wait_idle(qtbot, dialog)
    raalte.prompts.save_path = lambda *_args: tmp_path / "weg.pdf"
    assert dialog.export_pdf()
    dialog.progress.findChild(QPushButton).click()  # the user presses Annuleren
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".raalte")) == [
        "raalte.klantreis"]  # no PDF, no temporary file (the project's lock is there)
    assert "geannuleerd" in dialog.status.text()
    assert dialog.pdf_button.isEnabled()


def test_an_unwritable_folder_is_a_message_not_a_crash(raalte, dialog, qtbot, tmp_path):
    _wait_idle(qtbot, dialog)
    raalte.prompts.save_path = lambda *_args: tmp_path / "geen-map" / "uit.pdf"
    assert dialog.export_pdf()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert "geen-map" in dialog.status.text() and "niet schrijven" in dialog.status.text()
    assert "geen-map" in raalte.statusBar().currentMessage()


def test_png_and_chosen_quotes(raalte, dialog, qtbot, tmp_path):
    _wait_idle(qtbot, dialog)
    dialog.own_choice.setChecked(True)
    dialog.quotes.item(0).setCheckState(Qt.CheckState.Checked)
    chosen = dialog.quotes.item(0).data(Qt.ItemDataRole.UserRole)
    assert dialog.options().highlighted_quote_ids == (chosen,)
    raalte.prompts.save_path = lambda *_args: tmp_path / "kaart.png"
    assert dialog.export_png()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert (tmp_path / "kaart.png").read_bytes().startswith(b"\x89PNG")
    assert raalte.document.journey.info.pdf_options.highlighted_quote_ids == (chosen,)


def test_an_edit_during_the_export_does_not_reach_it(raalte, dialog, qtbot, tmp_path):
    """The export works on a snapshot: the window can be edited meanwhile."""
    from dataclasses import replace

    from klantreis.model.edits import Update

    _wait_idle(qtbot, dialog)
    raalte.prompts.save_path = lambda *_args: tmp_path / "a.pdf"
    assert dialog.export_pdf()
    tp = raalte.document.journey.touchpoints[0]
    assert raalte.document.apply(Update(replace(tp, title="Later hernoemd")))
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    document = pypdfium2.PdfDocument(str(tmp_path / "a.pdf"))
    text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    assert "Later hernoemd" not in text and tp.title.split()[0] in text


def test_the_toetsingskader_and_indicators_pages_can_be_left_out(raalte, dialog, qtbot, tmp_path):
    from klantreis.ui.pdf_export_dialog import PdfExportDialog

    _wait_idle(qtbot, dialog)
    journey = raalte.document.journey
    assert (dialog.norms.text(), dialog.indicators.text()) == ("T&oetsingskader", "&Indicatoren")
    assert dialog.norms.isChecked() and dialog.indicators.isChecked()
    # (a page with nothing to show is left out anyway: its box is then not to be ticked)
    assert dialog.norms.isEnabled() == bool(journey.questions)
    assert dialog.indicators.isEnabled() == bool(journey.indicators)
    dialog.norms.setChecked(False)
    assert not dialog.options().norms and dialog.options().indicators
    dialog.indicators.setChecked(False)
    raalte.prompts.save_path = lambda *_args: tmp_path / "zonder.pdf"
    assert dialog.export_pdf()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    stored = raalte.document.journey.info.pdf_options
    assert not stored.norms and not stored.indicators
    document = pypdfium2.PdfDocument(str(tmp_path / "zonder.pdf"))
    titles = [b.get_title() for b in document.get_toc() if b.level == 0]
    document.close()
    assert "Toetsingskader" not in titles and "Indicatoren" not in titles
    again = PdfExportDialog(raalte.files.workspace, raalte.files, raalte)  # the next export: the same
    try:
        assert not again.norms.isChecked() and not again.indicators.isChecked()
        assert again.options() == stored
    finally:
        qtbot.waitUntil(lambda: again._preview_job is None, timeout=WAIT)
        again.done(0)
