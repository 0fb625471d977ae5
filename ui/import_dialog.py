"""The dialog every import of rows shares: read the file, let the user say which column is
which, show at once how every row will be read (a preview and one line per error), and import
all rows as one undo step or nothing at all. A file that cannot be read is shown in red and
cannot be imported. The quote and respondent imports (csv_import_dialog.py) fill it in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from klantreis.io.importer import Importer
from klantreis.io.table import Table
from klantreis.model.edits import Sequence
from klantreis.model.errors import CsvError
from klantreis.ui.styles import ERROR_STYLE

ERROR_COLOR = QColor("#B00020")
PREVIEW_ROWS = 20


class ImportDialog(QDialog):
    """What every import shares: the file line, the red message, the preview, the error list,
    the summary and the Importeren button, driving an :class:`~klantreis.io.importer.Importer`
    (parse -> plan -> one edit). Subclasses build the mapping (``mapping()``), the preview cells
    and the texts."""

    def __init__(self, importer: Importer, journey, path, parent=None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.journey = journey
        self.path = Path(path)
        self.plan = None
        self.table: Table | None = None
        self.resize(1180, 760)
        self.caps: dict[int, int] = {}  # preview column -> widest it gets (the rest is in the tooltip)
        self.stretch_column = 1
        self.column = QVBoxLayout(self)
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.file_label)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.column.addWidget(self.error_label)
        self.body = QVBoxLayout()
        self.column.addLayout(self.body, 1)

        self.preview_box = QGroupBox(self.tr("Voorbeeld"))
        preview_column = QVBoxLayout(self.preview_box)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(False)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().hide()
        preview_column.addWidget(self.preview)
        self.errors = QListWidget()
        self.errors.hide()
        self.errors_title = QLabel()
        preview_column.addWidget(self.errors_title)
        preview_column.addWidget(self.errors)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.column.addWidget(self.summary_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Importeren"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.column.addWidget(self.buttons)

    def _read(self) -> None:
        try:
            self.table = self.importer.parse(self.path)
        except CsvError as error:
            self.file_label.setText(self.tr("Bestand: {name}").format(name=self.path.name))
            self._refuse(str(error))
            return
        separators = {",": self.tr("komma (,)"), ";": self.tr("puntkomma (;)"), "\t": self.tr("tab")}
        rows = len(self.table.rows)
        self.file_label.setText(self.tr("Bestand: {name} · scheidingsteken: {separator} · {rows}").format(
            name=self.path.name, separator=separators[self.table.delimiter],
            rows=self.tr("1 rij") if rows == 1 else self.tr("{count} rijen").format(count=rows)))

    def _refuse(self, text: str) -> None:
        """Nothing can be imported from this file: the reason in red, everything else empty."""
        self.error_label.setText(text)
        self.error_label.show()
        self.plan = None
        self.preview.setRowCount(0)
        self.preview_box.hide()
        self.errors.clear()
        self.summary_label.setText(self.tr("Er wordt niets geïmporteerd."))
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.import_button.setEnabled(False)

    def _show(self, plan, items: list, headers: list[str]) -> None:
        """Show ``plan``: ``items`` are its planned entities, in file order."""
        self.plan = plan
        self.error_label.hide()
        self.preview_box.show()
        bad_lines = {e.line for e in plan.errors}
        good = iter(items)
        shown = self.table.lines[:PREVIEW_ROWS]
        self.preview_box.setTitle(self.tr("Voorbeeld: zo wordt het gelezen (eerste {shown} van {rows} rijen)")
                                  .format(shown=len(shown), rows=len(self.table.rows)))
        self.preview.clearSpans()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(shown))
        for row, line in enumerate(shown):
            self.preview.setItem(row, 0, QTableWidgetItem(str(line)))
            if line in bad_lines:
                text = " · ".join(e.message for e in plan.errors if e.line == line)
                item = QTableWidgetItem("⚠ " + text)
                item.setToolTip(text)
                for cell in (self.preview.item(row, 0), item):
                    cell.setForeground(QBrush(ERROR_COLOR))
                self.preview.setItem(row, 1, item)
                for column in range(2, len(headers)):
                    self.preview.setItem(row, column, QTableWidgetItem())
                self.preview.setSpan(row, 1, 1, len(headers) - 1)
            else:
                for column, cell in enumerate(self._cells(next(good)), start=1):
                    cell.setToolTip(cell.toolTip() or cell.text())
                    self.preview.setItem(row, column, cell)
        self.preview.resizeColumnsToContents()
        for column, width in self.caps.items():
            self.preview.setColumnWidth(column, min(width, self.preview.columnWidth(column)))
        self.preview.horizontalHeader().setSectionResizeMode(self.stretch_column,
                                                             QHeaderView.ResizeMode.Stretch)
        self.errors.clear()
        self.errors.addItems([e.text for e in plan.errors])
        self.errors.setVisible(bool(plan.errors))
        if plan.errors:  # up to five lines high, so the preview keeps its room
            self.errors.setFixedHeight(min(5, len(plan.errors)) * self.errors.sizeHintForRow(0)
                                       + 2 * self.errors.frameWidth() + 4)
        self.errors_title.setText(self.tr("Fouten: geen") if not plan.errors
                                  else self.tr("Fouten ({count}):").format(count=len(plan.errors)))
        self.errors_title.setStyleSheet(ERROR_STYLE if plan.errors else "")
        if plan.errors:
            lines = len(bad_lines)
            self.summary_label.setText(
                self.tr("1 regel met fouten: er wordt niets geïmporteerd") if lines == 1 else
                self.tr("{count} regels met fouten: er wordt niets geïmporteerd").format(count=lines))
            self.summary_label.setStyleSheet(ERROR_STYLE)
        else:
            self.summary_label.setText(self._ready_text(len(items)))
            self.summary_label.setStyleSheet("font-weight: bold;" if items else ERROR_STYLE)
        self.import_button.setEnabled(plan.ok)

    def _add_mapping(self, box: QGroupBox) -> None:
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body.addWidget(box)
        self.body.addWidget(self.preview_box, 1)
        self.body.addStretch(0)  # takes the room when there is no preview

    def _plan_failed(self, error: CsvError) -> None:
        """The chosen columns cannot be used (e.g. no text column): the reason, nothing planned."""
        self._refuse(str(error))
        self.summary_label.setText(self.tr("Kies de kolommen hierboven."))

    def _replan(self) -> None:
        """Plan again with the current mapping and show it (or why nothing can be planned)."""
        try:
            plan = self.importer.plan(self.journey, self.table, self.mapping())
        except CsvError as error:
            self._plan_failed(error)
            return
        self._show(plan, list(plan.items), self._headers())

    def edit(self) -> Sequence:
        """The planned import as one undoable step (raises CsvError when the plan has errors)."""
        return self.importer.edit(self.plan)

    def accept(self) -> None:
        if self.plan is not None and self.plan.ok:
            super().accept()

    def mapping(self) -> dict[str, str | None]:
        raise NotImplementedError

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def _cells(self, item) -> list[QTableWidgetItem]:
        raise NotImplementedError

    def _ready_text(self, count: int) -> str:
        raise NotImplementedError


def combo(none_text: str, headers: tuple[str, ...], current: str | None) -> QComboBox:
    box = QComboBox()
    box.addItem(none_text, None)
    for header in headers:
        box.addItem(header, header)
    box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(14)
    return box


def note(text: str) -> QLabel:
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet("color: #52606D;")
    return note
