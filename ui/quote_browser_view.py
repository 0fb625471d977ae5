"""The layout of the quote browser (ui/quote_browser.py): the search field, "Filters wissen" and
the count on top; the filter boxes in a grid of three columns; the table of quotes; the buttons
for the selected quotes, the export and Sluiten below it. Also the actions on the selected quotes
(their texts and keys, shared by the buttons and the table's context menu). Layout only: the
browser fills the boxes and the count and connects the signals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klantreis.ui.quote_table_model import COLUMN, DirectionDelegate

COLUMN_WIDTHS = {"number": 40, "touchpoint": 200, "phase": 130, "respondent": 84, "group": 140,
                 "perspective": 100, "sentiment": 128, "language": 44, "text": 420, "tags": 160,
                 "source": 240}


class QuoteBrowserView(QWidget):
    """The widgets of the quote browser, showing ``model`` (a QuoteTableModel) in ``table``:
    ``filters`` (name -> widget: "text" is a QLineEdit, the others empty QComboBoxes),
    ``clear_button``, ``count_label``, ``table``; ``tag_action``, ``move_action``,
    ``remove_action`` and ``show_action`` (the last two with keys in the table) and their
    buttons ``action_buttons`` (tag, move, remove), ``export_button``, ``close_button``. The
    layout has no margins: the dialog's layout gives them."""

    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.filters: dict[str, QLineEdit | QComboBox] = {}
        top = QHBoxLayout()
        search = QLineEdit()
        search.setPlaceholderText(self.tr("Zoeken in citaten…"))
        search.setClearButtonEnabled(True)
        self.filters["text"] = search
        top.addWidget(QLabel(self.tr("Zoeken:")))
        top.addWidget(search, 1)
        self.clear_button = self._button(self.tr("Filters wissen"))
        top.addWidget(self.clear_button)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setMinimumWidth(  # room for large counts, so the search field stays put
            self.count_label.fontMetrics().horizontalAdvance("00000 van 00000 citaten") + 8)
        top.addWidget(self.count_label)
        column.addLayout(top)

        grid = QGridLayout()
        labels = (("touchpoint", self.tr("Contactmoment:")), ("phase", self.tr("Fase:")),
                  ("group", self.tr("Groep:")), ("respondent", self.tr("Respondent:")),
                  ("perspective", self.tr("Perspectief:")), ("sentiment", self.tr("Sentiment:")),
                  ("language", self.tr("Taal:")), ("tag", self.tr("Label:")),
                  ("provenance", self.tr("Herkomst:")))
        for i, (name, text) in enumerate(labels):
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
            self.filters[name] = box
            row, pair = divmod(i, 3)
            label = QLabel(text)
            label.setBuddy(box)
            grid.addWidget(label, row, 2 * pair)
            grid.addWidget(box, row, 2 * pair + 1)
            grid.setColumnStretch(2 * pair + 1, 1)
        column.addLayout(grid)

        self.table = table = QTableView()
        table.setModel(model)
        table.setItemDelegate(DirectionDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSortIndicator(COLUMN["number"], Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        table.setSortingEnabled(True)
        for key, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(COLUMN[key], width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        column.addWidget(table, 1)

        self.tag_action = self._action(self.tr("Label toevoegen…"))
        self.move_action = self._action(self.tr("Verplaatsen naar…"))
        self.remove_action = self._action(self.tr("Verwijderen"), QKeySequence(Qt.Key.Key_Delete))
        self.show_action = self._action(self.tr("Tonen op de kaart"),
                                        QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))
        self.passage_action = self._action(self.tr("Toon in transcript"), QKeySequence("Ctrl+J"))

        buttons = QHBoxLayout()
        self.action_buttons = [self._button(action.text())
                               for action in (self.tag_action, self.move_action, self.remove_action)]
        for button in self.action_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.export_button = self._button(self.tr("Exporteren (CSV, Excel)…"))
        buttons.addWidget(self.export_button)
        self.close_button = self._button(self.tr("Sluiten"))
        buttons.addWidget(self.close_button)
        column.addLayout(buttons)

    def _action(self, text: str, *keys: QKeySequence) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only in the table
            self.table.addAction(action)
        return action

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter in the search field must not press a button
        return button
