"""The layout of the quote dialog (ui/quote_dialog.py): a form with the quote's text and language,
Dutch translation and who translated, touchpoint, respondent, group, sentiment, provenance,
source, tags and whether it is internal; below it the (hidden) error line and OK / Annuleren.
Widgets only: the dialog adds the journey's touchpoints, respondents and groups, fills in the
quote and connects the signals."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from klantreis.model.entities import Provenance, Translator
from klantreis.ui.capture_details import LANGUAGE_CODES as LANGUAGES
from klantreis.ui.quote_format import SENTIMENT_ORDER, sentiment_icon, sentiment_label
from klantreis.ui.styles import ERROR_STYLE


class QuoteDialogView(QWidget):
    """The dialog's widgets: ``text``, ``language``, ``translation``, ``translated_by``,
    ``touchpoint`` (only its first choice, the parking lot), ``respondent`` and ``group`` (only
    their first choice, none), ``sentiment``, ``provenance``, ``source``, ``tags``, ``internal``,
    ``error_label`` and ``buttons`` (OK and Cancel). The layout has no margins of its own: the
    dialog's layout around it has them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)

        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self.translation = QPlainTextEdit()
        self.translation.setTabChangesFocus(True)
        self.translation.setMaximumHeight(90)
        self.translated_by = QComboBox()
        for value, label in ((Translator.NONE, self.tr("niet vertaald")),
                             (Translator.TOLK, self.tr("tolk")),
                             (Translator.ONDERZOEKER, self.tr("onderzoeker"))):
            self.translated_by.addItem(label, value.value)
        self.touchpoint = QComboBox()
        self.touchpoint.addItem(self.tr("Parkeerplaats (nog geen contactmoment)"), None)
        self.respondent = QComboBox()
        self.respondent.addItem(self.tr("(geen respondent)"), None)
        self.group = QComboBox()
        self.group.addItem(self.tr("(groep van de respondent)"), None)
        self.sentiment = QComboBox()
        for sentiment in SENTIMENT_ORDER:
            self.sentiment.addItem(sentiment_icon(sentiment), sentiment_label(sentiment), sentiment.value)
        self.provenance = QComboBox()
        self.provenance.addItem(self.tr("letterlijk"), Provenance.LETTERLIJK.value)
        self.provenance.addItem(self.tr("parafrase"), Provenance.PARAFRASE.value)
        self.source = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("gescheiden door komma's"))
        self.internal = QCheckBox(self.tr("Intern (komt nooit in een export)"))

        for label, widget in ((self.tr("&Citaat:"), self.text), (self.tr("&Taal:"), self.language),
                              (self.tr("&Vertaling (Nederlands):"), self.translation),
                              (self.tr("Vertaald &door:"), self.translated_by),
                              (self.tr("C&ontactmoment:"), self.touchpoint),
                              (self.tr("&Respondent:"), self.respondent),
                              (self.tr("&Groep:"), self.group),
                              (self.tr("&Sentiment:"), self.sentiment),
                              (self.tr("&Herkomst:"), self.provenance),
                              (self.tr("&Bron:"), self.source), (self.tr("&Labels:"), self.tags)):
            text_label = QLabel(label)
            text_label.setBuddy(widget)
            form.addRow(text_label, widget)
        form.addRow("", self.internal)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        column.addWidget(self.buttons)
