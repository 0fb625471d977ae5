"""Importing a REFI-QDA project (.qdpx of QualCoder, MAXQDA, ATLAS.ti, NVivo or Klantreis): the
codes of the file, each with a combo for what it becomes (an existing touchpoint, proposed by
its numbered title; a new touchpoint in a phase; a label; a sentiment; the parking lot; or
skipped), the summary of what the import adds and what it leaves out, and all of it as one
undo step (klantreis/io/qdpx_import.py plans it; the workspace applies it). When the journey
seems to hold the project already (the same quotes, the same transcripts), the summary says so
and :func:`import_qdpx` asks before it imports them again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QTableWidgetItem, QVBoxLayout, QWidget

from klantreis.graph.route import display_numbers
from klantreis.io.qdpx_codes import CodeTarget, mappable_codes, propose_code_map
from klantreis.io.qdpx_import import plan_qdpx_import
from klantreis.io.qdpx_read import read_qdpx
from klantreis.io.refi_qda import SENTIMENT_CODES
from klantreis.model.errors import KlantreisError
from klantreis.ui.qdpx_import_view import CODE, COUNT, TARGET, WHERE, QdpxImportView
from klantreis.ui.styles import ERROR_STYLE

WARNING_STYLE = "color: #9A5B00; font-weight: bold;"


class QdpxImportDialog(QDialog):
    """``QdpxImportDialog(journey, project, path, parent)`` for a project read with
    :func:`~klantreis.io.qdpx_read.read_qdpx`. Public for tests: ``view`` (its widgets),
    ``boxes`` (code GUID -> combo), ``targets`` (code GUID -> the targets of its combo, in
    order), ``choose(guid, target)``, ``code_map()``, ``edit`` and ``report`` (the current plan;
    ``edit`` is None when nothing can be imported). After accept, ``edit`` is the import as one
    undo step."""

    def __init__(self, journey, project, path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("REFI-QDA-project importeren"))
        self.resize(980, 680)
        self.journey = journey
        self.project = project
        self.path = Path(path)
        self.edit = None
        self.report = None
        self.view = QdpxImportView(self)
        QVBoxLayout(self).addWidget(self.view)
        self.view.buttons.accepted.connect(self.accept)
        self.view.buttons.rejected.connect(self.reject)
        origin = project.origin or self.tr("onbekend programma")
        self.view.file_label.setText(self.tr("Bestand: {name} · project ‘{project}’ · gemaakt met {origin}")
                                     .format(name=self.path.name, project=project.name, origin=origin))
        self.boxes: dict[str, QComboBox] = {}
        self.targets: dict[str, list[CodeTarget]] = {}
        proposal = propose_code_map(journey, project)
        codes = mappable_codes(project)
        table = self.view.codes
        table.setRowCount(len(codes))
        for row, code in enumerate(codes):
            name = QTableWidgetItem(code.name)
            name.setToolTip(code.description or code.name)
            table.setItem(row, CODE, name)
            table.setItem(row, WHERE, QTableWidgetItem(" › ".join(p.name for p in project.path(code))))
            count = QTableWidgetItem(str(project.selection_count(code.guid)))
            table.setItem(row, COUNT, count)
            box = QComboBox()
            options = self._options(code, proposal[code.guid])
            self.targets[code.guid] = [target for _, target in options]
            for label, _ in options:
                box.addItem(label)
            box.setCurrentIndex(self.targets[code.guid].index(proposal[code.guid]))
            box.currentIndexChanged.connect(self._replan)
            table.setCellWidget(row, TARGET, box)
            self.boxes[code.guid] = box
        table.resizeColumnToContents(WHERE)
        table.resizeColumnToContents(COUNT)
        chain = [table, *self.boxes.values(), self.view.import_button,
                 self.view.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._replan()

    def _options(self, code, proposed: CodeTarget) -> list[tuple[str, CodeTarget]]:
        """What the code can become, the proposal among them."""
        numbers = display_numbers(self.journey)
        options = [(f"{numbers[tp.id]}. {tp.title}", CodeTarget.touchpoint(tp.id))
                   for tp in sorted(self.journey.touchpoints, key=lambda t: numbers[t.id])]
        if proposed.kind == "new" and proposed.phase_id is None:
            options.append((self.tr("nieuw contactmoment in nieuwe fase ‘{phase}’").format(
                phase=proposed.phase_name), proposed))
        options += [(self.tr("nieuw contactmoment in fase {phase}").format(phase=phase.name),
                     CodeTarget.new(phase.id)) for phase in self.journey.phases]
        tag = proposed if proposed.kind == "tag" else CodeTarget.as_tag(code.name)
        options.append((self.tr("label ‘{tag}’").format(tag=tag.tag), tag))
        options += [(self.tr("beleving: {sentiment}").format(sentiment=name),
                     CodeTarget.as_sentiment(sentiment)) for sentiment, name in SENTIMENT_CODES.items()]
        options.append((self.tr("parkeerplaats"), CodeTarget.parking()))
        options.append((self.tr("overslaan"), CodeTarget.skip()))
        if proposed not in [target for _, target in options]:  # (never: every kind is offered)
            options.insert(0, (self.tr("voorstel"), proposed))
        return options

    def code_map(self) -> dict[str, CodeTarget]:
        return {guid: self.targets[guid][box.currentIndex()] for guid, box in self.boxes.items()}

    def choose(self, guid: str, target: CodeTarget) -> None:
        """Set what the code ``guid`` becomes, as the user does with its combo."""
        self.boxes[guid].setCurrentIndex(self.targets[guid].index(target))

    def _replan(self) -> None:
        view = self.view
        try:
            self.edit, self.report = plan_qdpx_import(self.journey, self.project, self.code_map())
        except KlantreisError as error:
            self.edit, self.report = None, None
            view.error_label.setText(str(error))
            view.error_label.show()
            view.summary_label.setText(self.tr("Er wordt niets geïmporteerd."))
            view.summary_label.setStyleSheet(ERROR_STYLE)
            view.notes.clear()
            view.import_button.setEnabled(False)
            return
        view.error_label.hide()
        summary = self.tr("Klaar om te importeren als één stap (ongedaan te maken): {done}.").format(
            done=self.report.done_text())
        if self.report.already_there:
            summary += "\n" + self.tr("Let op: {warning}.").format(warning=self.report.twin_text())
        view.summary_label.setText(summary)
        view.summary_label.setStyleSheet(WARNING_STYLE if self.report.already_there else "font-weight: bold;")
        view.notes.clear()
        view.notes.addItems(list(self.report.notes))
        view.notes_title.setVisible(bool(self.report.notes))
        view.notes.setVisible(bool(self.report.notes))
        view.import_button.setEnabled(True)

    def done_text(self) -> str:
        return self.tr("Geïmporteerd uit {name}: {done}.").format(name=self.path.name,
                                                                  done=self.report.done_text())

    def accept(self) -> None:
        if self.edit is not None:
            super().accept()


def import_qdpx(workspace, path) -> bool:
    """Read the ``.qdpx`` at ``path`` and run the import dialog; True when something was
    imported (one undo step). A file that cannot be read is said in a message, nothing changes;
    an import of what the journey holds already is asked about (``workspace.prompts.confirm``)."""
    if workspace.journey is None:
        return False
    try:
        project = read_qdpx(path)
    except KlantreisError as error:
        workspace.failed(str(error))
        return False
    dialog = QdpxImportDialog(workspace.journey, project, path, workspace.prompts.parent_widget)
    try:
        if not workspace.prompts.run_dialog(dialog) or dialog.edit is None:
            return False
        if dialog.report.already_there and not workspace.prompts.confirm(
                QCoreApplication.translate("QdpxImportDialog", "REFI-QDA-project importeren"),
                QCoreApplication.translate("QdpxImportDialog", "{warning}.\n\nToch importeren?").format(
                    warning=dialog.report.twin_text())):
            workspace.say(QCoreApplication.translate("QdpxImportDialog",
                                                     "Niet geïmporteerd: er is niets veranderd."))
            return False
        if not workspace.apply(dialog.edit):
            return False  # the document said why (status line, message box)
        workspace.say(dialog.done_text())
        return True
    finally:
        dialog.deleteLater()
