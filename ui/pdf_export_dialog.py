"""Bestand > Exporteren > PDF: the PDF options with a preview of page 1, then the export with
a progress dialog that can be cancelled. The export runs off the UI thread on a snapshot of the
journey; the options are stored in the project (one undo step) so the next export is the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from klantreis.graph import route as graph
from klantreis.model.edits import SetInfo
from klantreis.model.entities import Paper, PdfOptions, Perspective
from klantreis.ui.export_job import ExportJob, file_work, preview_work
from klantreis.ui.quote_format import perspective_label

PREVIEW_DELAY_MS = 350


def _checklist(items: list[tuple[str, str]], chosen: tuple[str, ...]) -> QListWidget:
    """A list of check boxes (text, value); nothing chosen means everything is checked."""
    widget = QListWidget()
    for text, value in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if not chosen or value in chosen
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    """The checked values; all of them checked gives () (everything, also what is added later)."""
    values = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
              if widget.item(i).checkState() == Qt.CheckState.Checked]
    return () if len(values) == widget.count() else tuple(values)


class PdfExportDialog(QDialog):
    """``PdfExportDialog(workspace, files, parent)``: the PDF of the workspace's document as it
    is when the dialog opens; ``files`` asks where a file goes. Public API: ``options()``;
    ``export_pdf()`` and ``export_png()`` (ask where, then run the job); ``job`` (the running
    export, or None); ``preview`` (QLabel with page 1)."""

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
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 2)
        form = QFormLayout()
        left.addLayout(form)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A3 liggend (zoals een rapportbijlage)"), Paper.A3.value)
        self.paper.addItem(self.tr("A4 liggend"), Paper.A4.value)
        self.paper.setCurrentIndex(self.paper.findData(stored.paper.value))
        form.addRow(self.tr("&Papier:"), self.paper)
        self.language = QComboBox()
        self.language.addItem(self.tr("Nederlands"), "nl")
        self.language.addItem(self.tr("Engels"), "en")
        self.language.setCurrentIndex(self.language.findData(stored.language))
        form.addRow(self.tr("&Taal van de vaste teksten:"), self.language)
        self.details = QCheckBox(self.tr("&Detailpagina's per contactmoment"))
        self.details.setChecked(stored.details)
        form.addRow("", self.details)
        self.phase_colours = QCheckBox(self.tr("&Fasekleuren van het project"))
        self.phase_colours.setChecked(stored.phase_colours)
        form.addRow("", self.phase_colours)
        self.accent_button = QPushButton()
        self.accent_button.clicked.connect(self._choose_accent)
        form.addRow(self.tr("&Accentkleur:"), self.accent_button)
        self._show_accent()

        self.phases = _checklist([(p.name, p.id) for p in journey.phases], stored.phase_ids)
        self.perspectives = _checklist([(perspective_label(p), p.value) for p in Perspective],
                                       tuple(p.value for p in stored.perspectives))
        self.groups = _checklist([(g.name, g.id) for g in journey.groups], stored.group_ids)
        for title, widget in ((self.tr("Fasen"), self.phases), (self.tr("Perspectieven"), self.perspectives),
                              (self.tr("Groepen"), self.groups)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            left.addWidget(box)
            widget.itemChanged.connect(self._changed)

        bubbles = QGroupBox(self.tr("Citaten in tekstballonnen"))
        column = QVBoxLayout(bubbles)
        self.automatic = QRadioButton(self.tr("Automatisch: per fase het meest negatieve en het meest "
                                              "positieve citaat"))
        self.own_choice = QRadioButton(self.tr("Zelf kiezen:"))
        numbers = graph.display_numbers(journey)
        shareable = [q for q in journey.quotes if not q.internal and q.touchpoint_id is not None]
        shareable.sort(key=lambda q: numbers.get(q.touchpoint_id, 0))
        self.quotes = _checklist([(f"{numbers.get(q.touchpoint_id, '?')}. {q.text[:90]}", q.id)
                                  for q in shareable], ("-",))
        for i in range(self.quotes.count()):
            item = self.quotes.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in stored.highlighted_quote_ids:
                item.setCheckState(Qt.CheckState.Checked)
        (self.own_choice if stored.highlighted_quote_ids else self.automatic).setChecked(True)
        self.quotes.setEnabled(bool(stored.highlighted_quote_ids))
        self.own_choice.toggled.connect(self.quotes.setEnabled)
        column.addWidget(self.automatic)
        column.addWidget(self.own_choice)
        column.addWidget(self.quotes)
        left.addWidget(bubbles)
        self.quotes.itemChanged.connect(self._changed)
        self.automatic.toggled.connect(self._changed)
        for widget in (self.paper, self.language):
            widget.currentIndexChanged.connect(self._changed)
        for widget in (self.details, self.phase_colours):
            widget.toggled.connect(self._changed)

        right = QVBoxLayout()
        outer.addLayout(right, 3)
        right.addWidget(QLabel(self.tr("<b>Voorbeeld van pagina 1</b>")))
        self.preview = QLabel()
        self.preview.setMinimumSize(520, 370)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #E4E7EB; border: 1px solid #CBD2D9;")
        right.addWidget(self.preview, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        buttons = QHBoxLayout()
        right.addLayout(buttons)
        buttons.addStretch(1)
        self.pdf_button = QPushButton(self.tr("&PDF exporteren…"))
        self.pdf_button.setDefault(True)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.png_button = QPushButton(self.tr("P&NG (300 dpi)…"))
        self.png_button.clicked.connect(self.export_png)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        for button in (self.pdf_button, self.png_button, close):
            buttons.addWidget(button)
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
            phase_colours=self.phase_colours.isChecked(), accent=self._accent)

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
        self.progress = QProgressDialog(self.tr("Exporteren naar {name}…").format(name=path.name),
                                        self.tr("Annuleren"), 0, 0, self)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.job.cancel)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        for button in (self.pdf_button, self.png_button):
            button.setEnabled(False)
        self.job.start()
        return True

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self, text: str) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
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
