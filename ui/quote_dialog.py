"""Adding or editing one quote: text and language, Dutch translation and who translated,
touchpoint (or parking lot), respondent and group, sentiment, provenance, source, tags and
whether it is internal. Right-to-left text is edited right-to-left. A value the model refuses
is shown in red and the dialog stays open, so nothing typed is lost."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QVBoxLayout

from klantreis.evidence.session import now_stamp
from klantreis.graph import route as graph
from klantreis.model.entities import Provenance, Quote, Sentiment, Translator, new_id
from klantreis.model.errors import KlantreisError
from klantreis.ui.quote_dialog_view import QuoteDialogView
from klantreis.ui.quote_format import follow_text_direction


class QuoteDialog(QDialog):
    """``QuoteDialog(journey, quote=None, touchpoint_id=None, parent)``; after ``exec()`` the
    new value is in ``result_quote`` (same id when editing). The widgets are laid out by ``view``
    (ui/quote_dialog_view.py); the dialog keeps references to them, adds the journey's choices,
    fills in the quote and connects the signals."""

    def __init__(self, journey, quote: Quote | None = None, touchpoint_id: str | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.original = quote
        self.result_quote: Quote | None = None
        self.setWindowTitle(self.tr("Citaat bewerken") if quote else self.tr("Nieuw citaat"))
        self.resize(560, 600)
        self.view = QuoteDialogView(self)
        QVBoxLayout(self).addWidget(self.view)
        view = self.view
        self.text, self.language = view.text, view.language
        self.translation, self.translated_by = view.translation, view.translated_by
        self.touchpoint, self.respondent, self.group = view.touchpoint, view.respondent, view.group
        self.sentiment, self.provenance = view.sentiment, view.provenance
        self.source, self.tags, self.internal = view.source, view.tags, view.internal
        self.error_label = view.error_label

        self.text.textChanged.connect(lambda: follow_text_direction(self.text))
        numbers = graph.display_numbers(journey)
        for tp in sorted(journey.touchpoints, key=lambda t: numbers[t.id]):
            self.touchpoint.addItem(f"{numbers[tp.id]}. {tp.title}", tp.id)
        for respondent in journey.respondents:
            self.respondent.addItem(respondent.code, respondent.id)
        for group in journey.groups:
            self.group.addItem(group.name, group.id)
        view.buttons.accepted.connect(self.accept)
        view.buttons.rejected.connect(self.reject)
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

