"""The layout of the Transcripten dock (ui/transcript_dock.py): the chooser of the project's
transcripts with the buttons "Sprekers…" and "Verwijderen…" and a line about the chosen one, the
text (ui/transcript_text.py), what is selected, the sentiment buttons, the touchpoint field with
where the quote goes, the button "Citaat maken", the message line and a line with the keys.
Widgets only: the dock fills them in and connects the signals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klantreis.ui.sentiment_buttons import SentimentButtons
from klantreis.ui.styles import ERROR_STYLE
from klantreis.ui.transcript_text import TranscriptText

HINT_STYLE = "color: #5B6770;"


class TranscriptDockView(QWidget):
    """``chooser`` (a combo of transcripts, each item's data its id), ``about`` (speakers,
    date, group of the chosen one), ``text`` (a TranscriptText), ``selection_label``,
    ``sentiment_buttons`` (a SentimentButtons group; each button's ``sentiment`` property is the value of
    its Sentiment), ``number_edit``, ``target_label``, ``make_button``, ``message`` (red, hidden
    while empty), ``keys``; beside the chooser ``speakers_button`` and ``remove_button``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Transcript:")))
        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(16)
        self.chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        top.addWidget(self.chooser, 1)
        self.speakers_button = QToolButton()
        self.speakers_button.setText(self.tr("Sprekers…"))
        self.speakers_button.setToolTip(self.tr("Wie spreekt er: de rol en respondent van elke "
                                                "spreker, en de groep, datum en taal van dit "
                                                "transcript"))
        top.addWidget(self.speakers_button)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Verwijderen…"))
        self.remove_button.setToolTip(self.tr("Dit transcript uit het project verwijderen; de "
                                              "citaten eruit blijven, met hun tekst en bron"))
        top.addWidget(self.remove_button)
        column.addLayout(top)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setStyleSheet(HINT_STYLE)
        column.addWidget(self.about)

        self.text = TranscriptText()
        self.text.setPlaceholderText(self.tr(
            "Nog geen transcript. Bestand > Importeren > Transcript… leest een interview of "
            "focusgroep in (.txt, .docx, .vtt, .srt)."))
        column.addWidget(self.text, 1)
        self.selection_label = QLabel()
        self.selection_label.setWordWrap(True)
        column.addWidget(self.selection_label)

        sentiments = QHBoxLayout()
        sentiments.setSpacing(2)
        sentiments.addWidget(QLabel(self.tr("Sentiment:")))
        self.sentiment_buttons = SentimentButtons(self, sentiments)
        sentiments.addStretch(1)
        column.addLayout(sentiments)

        self.target_label = QLabel()
        self.target_label.setStyleSheet("font-weight: bold;")
        self.target_label.setWordWrap(True)
        column.addWidget(self.target_label)
        target = QHBoxLayout()
        target.addWidget(QLabel(self.tr("Contactmoment (Alt+M):")))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("nr"))
        self.number_edit.setMaximumWidth(56)
        target.addWidget(self.number_edit)
        target.addStretch(1)
        self.make_button = QPushButton(self.tr("Citaat maken"))
        self.make_button.setToolTip(self.tr("Maak een citaat van de gekozen passage (Enter)"))
        self.make_button.setAutoDefault(False)
        self.make_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.addWidget(self.make_button)
        column.addLayout(target)

        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        self.keys = QLabel(self.tr(
            "Kies een passage (muis of Shift+pijltjes) · Alt+1..5 sentiment −2..+2, Alt+G gemengd, "
            "Alt+0 onbekend · Alt+M contactmoment · Enter citaat maken · Esc terug naar het canvas"))
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet(HINT_STYLE)
        column.addWidget(self.keys)
