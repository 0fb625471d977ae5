"""The layout of the capture bar (ui/capture_bar.py), the body of its dock: on the left a row
with the group, the respondent, the touchpoint number, where the next quote goes, the session
clock and its restart button, under it who speaks; the quote field; the sentiment buttons and the
vote buttons; the quote's details (ui/capture_details.py) and the error message. On the right the
quotes captured in this session. Layout only: the bar connects the signals and fills the labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klantreis.model.entities import Sentiment
from klantreis.ui.capture_details import CaptureDetails
from klantreis.ui.capture_keys import QuoteField
from klantreis.ui.quote_format import ItemDirectionDelegate, sentiment_icon
from klantreis.ui.sentiment_buttons import SentimentButtons
from klantreis.ui.styles import ERROR_STYLE


class CaptureBarView(QWidget):
    """The widgets of the capture bar: ``group_box``, ``respondent_edit``, ``respondent_label``,
    ``number_edit``, ``target_label``, ``clock_label``, ``restart_button``, ``field``,
    ``sentiment_buttons`` (a SentimentButtons group; each button's ``sentiment`` property is the value of
    its :class:`Sentiment`, in ``SENTIMENT_ORDER``), ``vote_label``, ``vote_buttons`` (vote -2..+2
    -> its button), ``details``, ``message``, ``recent_title`` and ``recent``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        grid = QGridLayout()
        left.addLayout(grid)

        self.group_box = QComboBox()
        self.group_box.setMinimumContentsLength(22)
        self.group_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.respondent_edit = QLineEdit()
        self.respondent_edit.setPlaceholderText(self.tr("code of nummer"))
        self.respondent_edit.setMaximumWidth(110)
        self.respondent_label = QLabel()
        self.respondent_label.setWordWrap(True)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("nr"))
        self.number_edit.setMaximumWidth(60)
        self.target_label = QLabel()
        self.target_label.setStyleSheet("font-weight: bold;")
        self.clock_label = QLabel()
        self.restart_button = QToolButton()
        self.restart_button.setText(self.tr("Klok opnieuw"))

        # the bar's own keys (not label mnemonics, which other docks may share)
        for column, (text, widget) in enumerate(((self.tr("Groep (Alt+P):"), self.group_box),
                                                 (self.tr("Respondent (Alt+R):"), self.respondent_edit),
                                                 (self.tr("Contactmoment (Alt+M):"), self.number_edit))):
            label = QLabel(text)
            grid.addWidget(label, 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        grid.addWidget(self.target_label, 0, 6)
        grid.setColumnStretch(6, 1)
        grid.addWidget(self.clock_label, 0, 7)
        grid.addWidget(self.restart_button, 0, 8)
        grid.addWidget(self.respondent_label, 1, 0, 1, 9)

        self.field = QuoteField()
        self.field.setPlaceholderText(self.tr(
            "Typ wat er gezegd wordt en druk op Enter (Shift+Enter: nieuwe regel)"))
        left.addWidget(self.field)

        row = QHBoxLayout()
        left.addLayout(row)
        self.sentiment_buttons = SentimentButtons(self, row, icon_size=22, keys_beside=True)
        row.addSpacing(12)
        self.vote_label = QLabel(self.tr("Stem (Ctrl+Alt+1..5):"))
        row.addWidget(self.vote_label)
        self.vote_buttons: dict[int, QToolButton] = {}
        for value in range(-2, 3):
            button = QToolButton()
            button.setIcon(sentiment_icon(Sentiment.from_score(value), 22))
            button.setToolTip(self.tr("Stem {value} van de respondent voor dit contactmoment")
                              .format(value=f"{value:+d}" if value else "0"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.vote_buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        self.details = CaptureDetails()
        left.addWidget(self.details)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        left.addWidget(self.message)

        right = QVBoxLayout()
        outer.addLayout(right, 2)
        self.recent_title = QLabel()
        right.addWidget(self.recent_title)
        self.recent = QListWidget()
        self.recent.setWordWrap(True)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right.addWidget(self.recent)
        self.recent.setItemDelegate(ItemDirectionDelegate(self.recent))
