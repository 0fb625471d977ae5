"""Adding or editing one quote: text and language, Dutch translation and who translated,
touchpoint (or parking lot), respondent and group, sentiment, provenance, source, tags and
whether it is internal. Right-to-left text is edited right-to-left. A value the model refuses
is shown in red and the dialog stays open, so nothing typed is lost."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from klantreis.evidence.session import now_stamp
from klantreis.graph import route as graph
from klantreis.model.entities import Provenance, Quote, Sentiment, Translator, new_id
from klantreis.model.errors import KlantreisError
from klantreis.ui.capture_bar import SENTIMENT_ORDER
from klantreis.ui.capture_details import LANGUAGE_CODES as LANGUAGES
from klantreis.ui.quote_format import follow_text_direction, sentiment_icon, sentiment_label
from klantreis.ui.styles import ERROR_STYLE


class QuoteDialog(QDialog):
    """``QuoteDialog(journey, quote=None, touchpoint_id=None, parent)``; after ``exec()`` the
    new value is in ``result_quote`` (same id when editing)."""

    def __init__(self, journey, quote: Quote | None = None, touchpoint_id: str | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.original = quote
        self.result_quote: Quote | None = None
        self.setWindowTitle(self.tr("Citaat bewerken") if quote else self.tr("Nieuw citaat"))
        self.resize(560, 600)
        column = QVBoxLayout(self)
        form = QFormLayout()
        column.addLayout(form)

        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(lambda: follow_text_direction(self.text))
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
        numbers = graph.display_numbers(journey)
        for tp in sorted(journey.touchpoints, key=lambda t: numbers[t.id]):
            self.touchpoint.addItem(f"{numbers[tp.id]}. {tp.title}", tp.id)
        self.respondent = QComboBox()
        self.respondent.addItem(self.tr("(geen respondent)"), None)
        for respondent in journey.respondents:
            self.respondent.addItem(respondent.code, respondent.id)
        self.group = QComboBox()
        self.group.addItem(self.tr("(groep van de respondent)"), None)
        for group in journey.groups:
            self.group.addItem(group.name, group.id)
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self._fill(quote, touchpoint_id)

    def _fill(self, quote: Quote | None, touchpoint_id: str | None) -> None:
        new = quote is None
        quote = quote or Quote("new", "-", touchpoint_id=touchpoint_id)  # the defaults of a new one
        self.text.setPlainText("" if new else quote.text)
        self.language.setCurrentText(quote.language)
        self.translation.setPlainText(quote.translation)
        self.translated_by.setCurrentIndex(self.translated_by.findData(quote.translated_by.value))
        self.touchpoint.setCurrentIndex(max(0, self.touchpoint.findData(quote.touchpoint_id)))
        self.respondent.setCurrentIndex(max(0, self.respondent.findData(quote.respondent_id)))
        self.group.setCurrentIndex(max(0, self.group.findData(quote.group_id)))
        self.sentiment.setCurrentIndex(self.sentiment.findData(quote.sentiment.value))
        self.provenance.setCurrentIndex(self.provenance.findData(quote.provenance.value))
        self.source.setText(quote.source)
        self.tags.setText(", ".join(quote.tags))
        self.internal.setChecked(quote.internal)
        self.text.setFocus()

    def start_with_translation(self) -> None:
        """Open at the translation field; an untranslated quote gets "tolk" as translator, the
        usual case, which the user can change."""
        if self.translated_by.currentIndex() <= 0:
            self.translated_by.setCurrentIndex(1)
        self.translation.setFocus()

    def value(self) -> Quote:
        """The quote as filled in; raises KlantreisError for a value the model refuses."""
        tags = tuple(dict.fromkeys(t.strip() for t in self.tags.text().replace(";", ",").split(",")
                                   if t.strip()))
        respondent_id = self.respondent.currentData()
        group_id = self.group.currentData()
        if group_id is None and respondent_id is not None:
            group_id = self.journey.respondent(respondent_id).group_id
        fields = dict(
            text=self.text.toPlainText().strip(), language=self.language.currentText().strip(),
            translation=self.translation.toPlainText().strip(),
            translated_by=(Translator(self.translated_by.currentData())
                           if self.translation.toPlainText().strip() else Translator.NONE),
            touchpoint_id=self.touchpoint.currentData(), respondent_id=respondent_id,
            group_id=group_id, sentiment=Sentiment(self.sentiment.currentData()),
            provenance=Provenance(self.provenance.currentData()), source=self.source.text().strip(),
            tags=tags, internal=self.internal.isChecked())
        if self.original is not None:
            return replace(self.original, **fields)
        return Quote(new_id(), captured_at=now_stamp(), **fields)

    def accept(self) -> None:
        try:
            self.result_quote = self.value()
        except KlantreisError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        super().accept()

