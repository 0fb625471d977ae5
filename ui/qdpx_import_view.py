"""The layout of the REFI-QDA import dialog (ui/qdpx_import_dialog.py): the file line, a red line
when the import cannot go ahead, the codes of the file (code, where it sits, how many selections
carry it, what it becomes: a combo per code), the summary, the list of what is left out, and
Importeren / Annuleren. Widgets only: the dialog fills them in and connects them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis.ui.styles import ERROR_STYLE

CODE, WHERE, COUNT, TARGET = range(4)


class QdpxImportView(QWidget):
    """``file_label``, ``error_label`` (hidden until needed), ``codes`` (a table: code, where it
    sits, selections, and a combo per row in the last column), ``summary_label``, ``notes`` (what
    is left out), ``buttons`` with ``import_button``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.file_label)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        column.addWidget(self.error_label)

        box = QGroupBox(self.tr("Wat wordt elke code?"))
        inside = QVBoxLayout(box)
        self.codes = QTableWidget(0, 4)
        self.codes.setHorizontalHeaderLabels([self.tr("Code"), self.tr("In"), self.tr("Selecties"),
                                              self.tr("Wordt")])
        self.codes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.codes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.codes.setAlternatingRowColors(True)
        self.codes.verticalHeader().hide()
        self.codes.setTabKeyNavigation(False)  # Tab goes from choice to choice, and out to the buttons
        header = self.codes.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        inside.addWidget(self.codes)
        hint = QLabel(self.tr("Een code kan een bestaand contactmoment worden, een nieuw contactmoment "
                              "in een fase, een label, de parkeerplaats, of worden overgeslagen. Cases "
                              "worden respondenten (codes, nooit namen)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #52606D;")
        inside.addWidget(hint)
        column.addWidget(box, 1)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        column.addWidget(self.summary_label)
        self.notes_title = QLabel(self.tr("Niet overgenomen of aangepast:"))
        column.addWidget(self.notes_title)
        self.notes = QListWidget()
        self.notes.setMaximumHeight(110)
        column.addWidget(self.notes)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Importeren"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        column.addWidget(self.buttons)
