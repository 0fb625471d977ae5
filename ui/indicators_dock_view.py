"""The layout of the Indicatoren dock (ui/indicators_dock.py): a summary line, the table of
indicators (naam, streefwaarde, gerealiseerd, verschil, eenheid, gemeten op, bron,
contactmomenten), the red message line, the buttons Nieuw, Bewerken and Verwijderen and a line
with the keys. Widgets only: the dock fills the table and connects the signals."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis.ui.inspector_fields import KeepKeysInField
from klantreis.ui.styles import ERROR_STYLE

COLUMNS = ("name", "target", "realised", "gap", "unit", "measured_on", "source", "touchpoints")
COLUMN = {name: index for index, name in enumerate(COLUMNS)}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts on (a number where it has one)
ID_ROLE = Qt.ItemDataRole.UserRole


class SortItem(QTableWidgetItem):
    """A cell that sorts on its SORT_ROLE value: numbers as numbers, an unknown number after
    every known one (before them in descending order)."""

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, float) or isinstance(theirs, float) or mine is None or theirs is None:
            return _number_key(mine) < _number_key(theirs)
        return str(mine).casefold() < str(theirs).casefold()


def _number_key(value) -> tuple[bool, float]:
    return (not isinstance(value, float), value if isinstance(value, float) else 0.0)


class IndicatorTable(QTableWidget):
    """The indicators, one per row, sortable by clicking a header. Ins asks for a new one,
    Enter or F2 edits the current one, Delete removes the selected ones; these plain keys never
    reach the canvas's shortcuts, and Escape goes back to the canvas (``back``)."""

    add_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, back=None, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.installEventFilter(KeepKeysInField(self, back))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        signal = {Qt.Key.Key_Insert: self.add_requested, Qt.Key.Key_Delete: self.delete_requested,
                  Qt.Key.Key_Return: self.edit_requested, Qt.Key.Key_Enter: self.edit_requested,
                  Qt.Key.Key_F2: self.edit_requested}.get(event.key()) if plain else None
        if signal is not None:
            signal.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class IndicatorsDockView(QWidget):
    """``IndicatorsDockView(back)``: ``summary`` (a line above the table), ``table`` (an
    IndicatorTable), ``error_label`` (red, hidden), ``add_button``, ``edit_button``,
    ``remove_button``."""

    def __init__(self, back=None, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.table = IndicatorTable(back)
        self.table.setHorizontalHeaderLabels([
            self.tr("Naam"), self.tr("Streefwaarde"), self.tr("Gerealiseerd"), self.tr("Verschil"),
            self.tr("Eenheid"), self.tr("Gemeten op"), self.tr("Bron"), self.tr("Contactmomenten")])
        for name, width in (("name", 240), ("target", 90), ("realised", 90), ("gap", 80),
                            ("unit", 70), ("measured_on", 90), ("source", 160)):
            self.table.setColumnWidth(COLUMN[name], width)
        self.table.horizontalHeaderItem(COLUMN["gap"]).setToolTip(
            self.tr("Gerealiseerd min streefwaarde: negatief is achter op de streefwaarde"))
        column.addWidget(self.table, 1)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        column.addWidget(self.error_label)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Nieuwe indicator…"))
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        keys = KeepKeysInField(self, back)  # plain keys (Delete!) never reach the canvas
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            button.installEventFilter(keys)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        keys = QLabel(self.tr("In de tabel: Ins nieuw · Enter of F2 bewerken · Del verwijderen · "
                              "een rij kiezen toont de contactmomenten op het canvas · Esc terug "
                              "naar het canvas"))
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #5B6770;")
        column.addWidget(keys)
