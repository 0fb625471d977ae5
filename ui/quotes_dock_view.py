"""The layout of the Citaten dock (ui/quotes_dock.py): a heading, the summaries of the quotes, the
votes and the two worlds, a row to vote for a respondent (-2 to +2, or clear), the list of quotes
(QuoteList, which can be dragged onto a card), the buttons Nieuw, Bewerken, Vertaling,
Verwijderen and Naar parkeerplaats, and a hint about dragging. Widgets only: the dock fills
them in and connects the signals."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klantreis.model.entities import Sentiment
from klantreis.ui.inspector_fields import KeepKeysInField
from klantreis.ui.quote_format import ItemDirectionDelegate, sentiment_icon
from klantreis.ui.view import QUOTES_MIME


class QuoteList(QListWidget):
    """The quotes; drag one or more onto a card to move them there. Delete removes the selected
    quotes (and never reaches the canvas's Delete); T asks for the translation, Ctrl+J for the
    passage of the transcript a quote was made from."""

    delete_requested = Signal()
    translate_requested = Signal()
    transcript_requested = Signal()

    def __init__(self, back=None, parent=None) -> None:
        super().__init__(parent)
        self.installEventFilter(KeepKeysInField(self, back))
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setItemDelegate(ItemDirectionDelegate(self))
        self.setAlternatingRowColors(True)

    def selected_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.selectedItems()]

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_requested.emit()
            return
        if event.key() == Qt.Key.Key_T and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.translate_requested.emit()
            return
        if event.key() == Qt.Key.Key_J and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.transcript_requested.emit()
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [QUOTES_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 (Qt override)
        data = QMimeData()
        data.setData(QUOTES_MIME, "\n".join(i.data(Qt.ItemDataRole.UserRole) for i in items).encode())
        return data


class QuotesDockView(QWidget):
    """``QuotesDockView(back, parent)``, the dock's widgets: ``heading``, ``quotes_label``,
    ``votes_label``, ``worlds_label``; ``vote_respondent`` (empty) and ``vote_buttons`` (by
    value, None clears); ``quote_list`` (a QuoteList: Escape in it calls ``back``, the canvas's
    focus); ``add_button``, ``edit_button``, ``translate_button``, ``delete_button``,
    ``park_button`` and ``transcript_button``."""

    def __init__(self, back=None, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.quotes_label = QLabel()
        self.votes_label = QLabel()
        self.worlds_label = QLabel()
        self.worlds_label.setWordWrap(True)
        for label in (self.quotes_label, self.votes_label, self.worlds_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        vote_row = QHBoxLayout()
        vote_row.addWidget(QLabel(self.tr("Stem van")))
        self.vote_respondent = QComboBox()
        self.vote_respondent.setMinimumContentsLength(6)
        vote_row.addWidget(self.vote_respondent)
        self.vote_buttons: dict[int | None, QToolButton] = {}
        for value in (-2, -1, 0, 1, 2, None):
            button = QToolButton()
            button.setCheckable(value is not None)
            if value is None:
                button.setText(self.tr("wissen"))
            else:
                button.setIcon(sentiment_icon(Sentiment.from_score(value), 22))
                button.setToolTip(f"{value:+d}" if value else "0")
            vote_row.addWidget(button)
            self.vote_buttons[value] = button
        vote_row.addStretch(1)
        column.addLayout(vote_row)
        self.quote_list = QuoteList(back)
        column.addWidget(self.quote_list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Nieuw…"))
        self.edit_button = QPushButton(self.tr("&Bewerken…"))
        self.translate_button = QPushButton(self.tr("&Vertaling…"))
        self.translate_button.setToolTip(self.tr("De Nederlandse vertaling van het gekozen citaat "
                                                 "(ook: T in de lijst)"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.park_button = QPushButton(self.tr("Naar parkeerplaats"))
        for button in (self.add_button, self.edit_button, self.translate_button, self.delete_button,
                       self.park_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        below = QHBoxLayout()
        hint = QLabel(self.tr("Sleep een citaat naar een kaart om het daar te plaatsen."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #52606D;")
        below.addWidget(hint, 1)
        self.transcript_button = QPushButton(self.tr("Toon in transcript"))
        self.transcript_button.setToolTip(self.tr("De passage van het transcript waaruit het gekozen "
                                                  "citaat komt (ook: Ctrl+J in de lijst)"))
        self.transcript_button.setEnabled(False)
        below.addWidget(self.transcript_button)
        column.addLayout(below)
