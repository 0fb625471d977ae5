"""Bestand > Exporteren > PDF: the PDF options with a preview of page 1, then the export with
a progress dialog that can be cancelled. The export runs off the UI thread on a snapshot of the
journey; the options are stored in the project (one undo step) so the next export is the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QVBoxLayout,
)

from klantreis.graph import route as graph
from klantreis.model.edits import SetInfo
from klantreis.model.entities import Paper, PdfOptions, Perspective
from klantreis.ui.export_job import ExportJob, file_work, preview_work
from klantreis.ui.job_progress import close_progress, job_progress
from klantreis.ui.pdf_export_view import PdfExportView
from klantreis.ui.quote_format import perspective_label

PREVIEW_DELAY_MS = 350


def _fill_checklist(widget: QListWidget, items: list[tuple[str, str]],
                    chosen: tuple[str, ...]) -> None:
    """Add a check box per (text, value); nothing chosen means everything is checked."""
    for text, value in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if not chosen or value in chosen
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)


def _checked(widget: QListWidget) -> tuple[str, ...]:
    """The checked values; all of them checked gives () (everything, also what is added later)."""
    values = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
              if widget.item(i).checkState() == Qt.CheckState.Checked]
    return () if len(values) == widget.count() else tuple(values)


class PdfExportDialog(QDialog):
    """``PdfExportDialog(workspace, files, parent)``: the PDF of the workspace's document as it
    is when the dialog opens; ``files`` asks where a file goes. Public API: ``options()``;
    ``export_pdf()`` and ``export_png()`` (ask where, then run the job); ``job`` (the running
    export, or None); ``preview`` (QLabel with page 1). The widgets are laid out by ``view``
    (ui/pdf_export_view.py); the dialog keeps references to the ones it uses, fills them in and
    connects their signals."""

    def __init__(self, workspace, files, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfExport")
        self.setWindowTitle(self.tr("PDF exporteren"))
        self.workspace = workspace
        self.document = workspace.document
        self.files = files
        self.job: ExportJob | None = None
        self.progress: QProgressDialog | None = None
        self._preview_job: ExportJob | None = None
        self._preview_again = False
        self.last_result: Path | None = None
        journey = self.document.journey
        stored = journey.info.pdf_options
        self._accent = stored.accent
        self.view = PdfExportView(self)  # (a child from the start: see its docstring)
        QVBoxLayout(self).addWidget(self.view)
        view = self.view
        self.paper, self.language = view.paper, view.language
        self.details, self.phase_colours = view.details, view.phase_colours
        self.norms, self.indicators = view.norms, view.indicators
        self.accent_button = view.accent_button
        self.phases, self.perspectives, self.groups = view.phases, view.perspectives, view.groups
        self.automatic, self.own_choice, self.quotes = view.automatic, view.own_choice, view.quotes
        self.preview, self.status = view.preview, view.status
        self.pdf_button, self.png_button = view.pdf_button, view.png_button

        self.paper.setCurrentIndex(self.paper.findData(stored.paper.value))
        self.language.setCurrentIndex(self.language.findData(stored.language))
        self.details.setChecked(stored.details)
        self.norms.setChecked(stored.norms)
        self.indicators.setChecked(stored.indicators)
        self.norms.setEnabled(bool(journey.questions))  # (a page with nothing to show is left out)
        self.indicators.setEnabled(bool(journey.indicators))
        self.phase_colours.setChecked(stored.phase_colours)
        self.accent_button.clicked.connect(self._choose_accent)
        self._show_accent()

        _fill_checklist(self.phases, [(p.name, p.id) for p in journey.phases], stored.phase_ids)
        _fill_checklist(self.perspectives, [(perspective_label(p), p.value) for p in Perspective],
                        tuple(p.value for p in stored.perspectives))
        _fill_checklist(self.groups, [(g.name, g.id) for g in journey.groups], stored.group_ids)
        for widget in (self.phases, self.perspectives, self.groups):
            widget.itemChanged.connect(self._changed)

        numbers = graph.display_numbers(journey)
        shareable = [q for q in journey.quotes if not q.internal and q.touchpoint_id is not None]
        shareable.sort(key=lambda q: numbers.get(q.touchpoint_id, 0))
        _fill_checklist(self.quotes, [(f"{numbers.get(q.touchpoint_id, '?')}. {q.text[:90]}", q.id)
                                      for q in shareable], ("-",))
        for i in range(self.quotes.count()):
            item = self.quotes.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in stored.highlighted_quote_ids:
                item.setCheckState(Qt.CheckState.Checked)
        (self.own_choice if stored.highlighted_quote_ids else self.automatic).setChecked(True)
        self.quotes.setEnabled(bool(stored.highlighted_quote_ids))
        self.own_choice.toggled.connect(self.quotes.setEnabled)
        self.quotes.itemChanged.connect(self._changed)
        self.automatic.toggled.connect(self._changed)
        for widget in (self.paper, self.language):
            widget.currentIndexChanged.connect(self._changed)
        for widget in (self.details, self.norms, self.indicators, self.phase_colours):
            widget.toggled.connect(self._changed)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.png_button.clicked.connect(self.export_png)
        view.close_button.clicked.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.refresh_preview()

    # ------------------------------------------------------------------ options

    def options(self) -> PdfOptions:
        chosen = ()
        if self.own_choice.isChecked():
            chosen = tuple(self.quotes.item(i).data(Qt.ItemDataRole.UserRole)
                           for i in range(self.quotes.count())
                           if self.quotes.item(i).checkState() == Qt.CheckState.Checked)
        return PdfOptions(
            paper=Paper(self.paper.currentData()), language=self.language.currentData(),
            details=self.details.isChecked(), phase_ids=_checked(self.phases),
            perspectives=tuple(Perspective(p) for p in _checked(self.perspectives)),
            group_ids=_checked(self.groups), highlighted_quote_ids=chosen,
            phase_colours=self.phase_colours.isChecked(), accent=self._accent,
            norms=self.norms.isChecked(), indicators=self.indicators.isChecked())

    def _choose_accent(self) -> None:
        colour = QColorDialog.getColor(QColor(self._accent), self, self.tr("Accentkleur"))
        if colour.isValid():
            self.set_accent(colour.name().upper())

    def set_accent(self, colour: str) -> None:
        self._accent = colour
        self._show_accent()
        self._changed()

    def _show_accent(self) -> None:
        self.accent_button.setText(self._accent)
        self.accent_button.setStyleSheet(f"background: {self._accent}; color: white;")

    def _changed(self) -> None:
        self._timer.start()

    def _store_options(self) -> bool:
        """Keep the chosen options in the project (one undo step) when they changed."""
        document = self.document
        options = self.options()
        if options == document.journey.info.pdf_options:
            return True
        return document.apply(SetInfo(replace(document.journey.info, pdf_options=options),
                                      code="edit_pdf_options"))

    # ------------------------------------------------------------------ preview

    def refresh_preview(self) -> None:
        """Render page 1 again in the background (the newest options win)."""
        if self._preview_job is not None:
            self._preview_again = True
            self._preview_job.cancel()
            return
        self._preview_again = False
        self.status.setText(self.tr("Voorbeeld wordt gemaakt…"))
        job = ExportJob(self.document.journey, preview_work(self.options()), self)
        job.succeeded.connect(self._show_preview)
        for signal in (job.failed, job.cancelled, job.succeeded):
            signal.connect(self._preview_done)
        job.failed.connect(self.status.setText)
        self._preview_job = job
        job.start()

    def _show_preview(self, result) -> None:
        width, height, data = result
        image = QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        pixmap = QPixmap.fromImage(image)
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.status.setText("")

    def _preview_done(self, *_args) -> None:
        self._preview_job = None
        if self._preview_again:
            self.refresh_preview()

    # ------------------------------------------------------------------ export

    def export_pdf(self) -> bool:
        return self._export("pdf", self.tr("PDF exporteren"), self.tr("PDF (*.pdf)"))

    def export_png(self) -> bool:
        return self._export("png", self.tr("Infographic als PNG"), self.tr("PNG-afbeelding (*.png)"))

    def _export(self, name: str, title: str, filter_text: str) -> bool:
        if self.job is not None:
            return False
        from klantreis.ui.privacy_check_dialog import privacy_gate

        if not privacy_gate(self.workspace, "pdf"):
            return False
        files, suffix = self.files, f".{name}"
        path = files.ask_save(title, files.suggested_path(suffix), filter_text, suffix)
        if path is None or not self._store_options():
            return False
        self.job = ExportJob(self.document.journey, file_work(name, path, self.options()), self)
        self.progress = job_progress(self.job, self.tr("Exporteren naar {name}…").format(name=path.name),
                                     title, self)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        for button in (self.pdf_button, self.png_button):
            button.setEnabled(False)
        self.job.start()
        return True

    def _finish(self, text: str) -> None:
        close_progress(self.progress)
        self.progress = None
        self.job = None
        for button in (self.pdf_button, self.png_button):
            button.setEnabled(True)
        self.status.setText(text)
        self.workspace.say(text)

    def _succeeded(self, path) -> None:
        self.last_result = Path(path)
        self._finish(self.tr("Geëxporteerd: {path}").format(path=path))

    def _failed(self, text: str) -> None:
        self._finish(text)
        self.workspace.failed(text)

    def _cancelled(self) -> None:
        self._finish(self.tr("Exporteren geannuleerd; er is niets geschreven."))

    def done(self, result: int) -> None:
        """Closing waits for a running export to stop (it is cancelled) and the preview."""
        for job in (self.job, self._preview_job):
            if job is not None:
                job.cancel()
                job.wait(30)
        super().done(result)
