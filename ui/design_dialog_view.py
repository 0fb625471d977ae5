"""The layout of "Vergelijk met ontwerp" (ui/design_dialog.py): the design to compare with (a
bundled template or journey, or a file), a line that sums up the matches, the table of the
design's steps with, per step, a choice of the journey's touchpoint it is (or none: added as
designed only) and how alike they are, and the buttons. Widgets only: the dialog fills them
and connects the signals.

Keyboard: Alt+O the design, Alt+B a file, Alt+K the first step's choice; Tab and Shift+Tab go
from step to step (the table follows), the arrow keys change a choice, Alt+V goes to the next
doubtful step; Enter (or Alt+M) compares, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis.ui.styles import ERROR_STYLE

NUMBER, STEP, TOUCHPOINT, LIKENESS = range(4)
DOUBTFUL_COLOUR = "#9A5B00"  # a doubtful match: with "?" and bold, never by colour alone


class ChoiceBox(QComboBox):
    """The choice of one step: tells the table which row has the focus, and leaves the mouse
    wheel to the table unless it has the focus (scrolling the list never changes a choice)."""

    def __init__(self, row: int, focused: Callable[[int], None]) -> None:
        super().__init__()
        self.row = row
        self._focused = focused
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._focused(self.row)
        super().focusInEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class DesignDialogView(QWidget):
    """``design_box`` (data: the file's path), ``file_button``, ``summary_label``,
    ``error_label``, ``table`` (one row per design step; its choices are :class:`ChoiceBox`
    cell widgets made by :meth:`choice_box`), ``next_doubtful_button``, ``buttons`` (the
    compare button, ``compare_button``, and Annuleren)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        explanation = QLabel(self.tr(
            "Leg de ontworpen route (een sjabloon of een ander project) naast de geleefde route van "
            "deze klantreis. Stappen die in beide voorkomen worden ‘beide’; stappen van de reis "
            "zonder ontwerpstap worden ‘praktijk’; ontwerpstappen zonder contactmoment worden "
            "toegevoegd als ‘ontwerp’, met hun overgangen en termijnen. Eén stap om ongedaan te "
            "maken."))
        explanation.setWordWrap(True)
        column.addWidget(explanation)

        row = QHBoxLayout()
        design_label = QLabel(self.tr("&Ontwerp:"))
        self.design_box = QComboBox()
        self.design_box.setMinimumContentsLength(40)
        design_label.setBuddy(self.design_box)
        self.file_button = QPushButton(self.tr("&Bestand…"))
        self.file_button.setAutoDefault(False)
        self.file_button.setToolTip(self.tr("Een ander project (.klantreis) of JSON-bestand als ontwerp"))
        row.addWidget(design_label)
        row.addWidget(self.design_box, 1)
        row.addWidget(self.file_button)
        column.addLayout(row)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        column.addWidget(self.summary_label)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        column.addWidget(self.error_label)

        self.table_label = QLabel(self.tr("&Koppelingen (ontwerpstap → contactmoment van de reis):"))
        column.addWidget(self.table_label)
        self.table = table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels([self.tr("Nr"), self.tr("Stap in het ontwerp"),
                                         self.tr("Contactmoment in de reis"),
                                         self.tr("Overeenkomst")])
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (the choices take the keys)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TOUCHPOINT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LIKENESS, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(table, 1)

        bottom = QHBoxLayout()
        self.next_doubtful_button = QPushButton(self.tr("&Volgende twijfelachtige"))
        self.next_doubtful_button.setAutoDefault(False)
        self.next_doubtful_button.setToolTip(self.tr("Naar de volgende koppeling die alleen op een "
                                                     "gelijkende titel berust"))
        bottom.addWidget(self.next_doubtful_button)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.compare_button = self.buttons.addButton(self.tr("Vergelijken en &markeren"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        bottom.addWidget(self.buttons)
        column.addLayout(bottom)

    def choice_box(self, row: int) -> ChoiceBox:
        """A new choice for ``row`` (the table scrolls to the row that has the focus)."""
        return ChoiceBox(row, lambda r: self.table.setCurrentCell(r, TOUCHPOINT))
