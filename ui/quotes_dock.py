"""The evidence of the selected touchpoint ("Citaten" dock): its quotes, the votes of the
respondents, and the two worlds side by side. Without a selection it shows the parking lot.
Every change (add, edit, delete, move, vote) is one undo step through the document; a quote is
moved by dragging it onto a card on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidgetItem

from klantreis.evidence import analysis, assessment, session
from klantreis.graph import route as graph
from klantreis.model.edits import Insert, Update
from klantreis.model.entities import Provenance
from klantreis.ui.quote_dialog import QuoteDialog
from klantreis.ui.quote_format import (
    DIRECTION_ROLE,
    direction_of,
    perspective_label,
    sentiment_icon,
    shown_text,
    summary_text,
)
from klantreis.ui.quotes_dock_view import QuotesDockView
from klantreis.ui.styles import DISAGREE_STYLE
from klantreis.ui.wiring import FillsWhenShown, FollowsSelection, bind, on_changes, rewire


class QuotesDock(FillsWhenShown, FollowsSelection, QDockWidget):
    """Public API: ``set_document``, ``follow_scene``; ``touchpoint_id`` on display (None: the
    parking lot); ``quote_list``, ``worlds_label``, ``votes_label``, ``vote_respondent``. The
    widgets are laid out by ``view`` (ui/quotes_dock_view.py); the dock keeps references to them,
    fills them in and connects their signals. ``transcript_requested(quote_id)``: "Toon in
    transcript" (or Ctrl+J in the list) on a quote made from a transcript's passage."""

    transcript_requested = Signal(str)

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(self.tr("Citaten en beleving"), parent)
        self.setObjectName("quotes")
        self.prompts = workspace.prompts
        self.document = None
        self._scene = None
        self.touchpoint_id: str | None = None
        self.view = QuotesDockView(canvas.focus)
        self.setWidget(self.view)
        view = self.view
        self.heading = view.heading
        self.quotes_label, self.votes_label, self.worlds_label = (
            view.quotes_label, view.votes_label, view.worlds_label)
        self.vote_respondent, self.vote_buttons = view.vote_respondent, view.vote_buttons
        self.quote_list = view.quote_list
        self.add_button, self.edit_button = view.add_button, view.edit_button
        self.translate_button, self.delete_button = view.translate_button, view.delete_button
        self.park_button = view.park_button
        self.vote_respondent.currentIndexChanged.connect(self._show_vote_buttons)
        for value, button in self.vote_buttons.items():
            button.clicked.connect(lambda _=False, v=value: self.cast_vote(v))
        self.quote_list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.quote_list.delete_requested.connect(self.delete_selected)
        self.quote_list.translate_requested.connect(self.translate_selected)
        self.add_button.clicked.connect(self.add_quote)
        self.edit_button.clicked.connect(self.edit_selected)
        self.translate_button.clicked.connect(self.translate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.park_button.clicked.connect(self.park_selected)
        self.transcript_button = view.transcript_button
        self.transcript_button.clicked.connect(self.show_in_transcript)
        self.quote_list.transcript_requested.connect(self.show_in_transcript)
        self.quote_list.itemSelectionChanged.connect(self._show_transcript_button)
        self._changes = on_changes({"quote", "score", "touchpoint", "phase", "transition", "group",
                                    "respondent"}, self.refresh)
        self._respondents_changed = on_changes({"respondent"}, self._forget_respondents)
        # what the dock shows, to skip a refresh that would change nothing: the touchpoint, its
        # number and title, and the evidence object it was drawn from (the evidence memo makes
        # a new one whenever a quote or vote of the touchpoint, a group or a respondent changes)
        self._shown = self._shown_evidence = None
        self._listed = False  # whether the vote list holds the respondents as they are
        self.watch_visibility()
        bind(self, workspace, canvas)

    # ------------------------------------------------------------------ wiring

    @property
    def journey(self):
        return self.document.journey if self.document else None

    def set_document(self, document) -> None:
        for receiver in (self._respondents_changed, self._changes):  # (the list first)
            rewire(self.document, document, {"changes": receiver})
        self.document = document
        self.touchpoint_id = None
        self._shown = self._shown_evidence = None
        self._listed = False
        self.refresh()

    def _forget_respondents(self) -> None:
        self._listed = False

    def touchpoint_selected(self, touchpoint_id: str | None) -> None:
        self.touchpoint_id = touchpoint_id
        self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Show the quotes and votes of the touchpoint (or the parking lot), when the dock is
        on screen and something it shows may have changed: a quote captured elsewhere or a
        rename of another card leave it alone."""
        journey = self.journey
        if journey is None or not self.on_screen:
            return
        if self.touchpoint_id is not None and journey.find("touchpoint", self.touchpoint_id) is None:
            self.touchpoint_id = None
        tp_id = self.touchpoint_id
        evidence = analysis.evidence_of(journey, tp_id)
        number = None if tp_id is None else graph.display_numbers(journey)[tp_id]
        shown = (tp_id, number, None if tp_id is None else journey.touchpoint(tp_id).title)
        if shown == self._shown and evidence is self._shown_evidence and self._listed:
            return
        self._shown, self._shown_evidence = shown, evidence
        quotes = journey.quotes_for(tp_id)
        if tp_id is None:
            self.heading.setText(self.tr("Parkeerplaats: citaten zonder contactmoment (%n)", "",
                                         len(quotes)))
        else:
            self.heading.setText(f"{number}. {journey.touchpoint(tp_id).title}")
        self._show_evidence(tp_id, quotes)
        self._fill_respondents()
        self._show_vote_buttons()
        selected = set(self.quote_list.selected_ids())
        self.quote_list.clear()
        owners = analysis.OwnerIndex(journey)
        for quote in quotes:
            item = self._item(quote, owners)
            self.quote_list.addItem(item)
            item.setSelected(quote.id in selected)
        for widget in (self.vote_respondent, *self.vote_buttons.values()):
            widget.setEnabled(tp_id is not None)
        self._show_transcript_button()

    def _item(self, quote, owners) -> QListWidgetItem:
        journey = self.journey
        group_id = owners.group_id(quote)
        who = (journey.respondent(quote.respondent_id).code if quote.respondent_id
               else self.tr("respondent onbekend") if group_id else "–")
        parts = [who, journey.group(group_id).name if group_id else self.tr("geen groep"),
                 perspective_label(owners.quote_perspective(quote)), quote.language]
        if quote.translation:
            parts.append(self.tr("vertaald door {who}").format(who=quote.translated_by.value or "?"))
        parts.append(self.tr("parafrase") if quote.provenance is Provenance.PARAFRASE
                     else self.tr("letterlijk"))
        if quote.internal:
            parts.append(self.tr("intern"))
        text = shown_text(quote)
        item = QListWidgetItem(sentiment_icon(quote.sentiment, 20), f"{' · '.join(parts)}\n{text}")
        item.setData(Qt.ItemDataRole.UserRole, quote.id)
        item.setData(DIRECTION_ROLE, direction_of(text))
        tooltip = quote.text if not quote.translation else f"{quote.text}\n\n{quote.translation}"
        if quote.source:
            tooltip += f"\n\n{quote.source}"
        item.setToolTip(tooltip)
        return item

    def _show_evidence(self, tp_id: str | None, quotes) -> None:
        if tp_id is None:
            self.quotes_label.setText(self.tr("Citaten: {summary}").format(
                summary=summary_text(analysis.quote_summary(quotes))))
            self.votes_label.clear()
            self.worlds_label.clear()
            return
        ev = analysis.evidence_of(self.journey, tp_id)
        row = analysis.worlds_row(tp_id, ev)
        self.quotes_label.setText(self.tr("Citaten: {summary}").format(summary=summary_text(ev.quotes)))
        self.votes_label.setText(self.tr("Stemmen: {summary}").format(summary=summary_text(ev.votes)))
        basis = self.tr("stemmen") if row.basis == "votes" else self.tr("citaten")
        text = self.tr("Twee werelden ({basis}): statushouders {client} · uitvoerders {executor}").format(
            basis=basis, client=summary_text(row.client), executor=summary_text(row.executor))
        if row.disagree:
            text = "≠ " + text + " — " + self.tr("verschil van 2 punten of meer")
        self.worlds_label.setText(text)
        self.worlds_label.setStyleSheet(DISAGREE_STYLE if row.disagree else "")

    def _fill_respondents(self) -> None:
        if self._listed:
            return  # (a large project has hundreds of respondents: refilled when they change)
        self._listed = True
        current = self.vote_respondent.currentData()
        self.vote_respondent.blockSignals(True)
        self.vote_respondent.clear()
        for respondent in self.journey.respondents:
            self.vote_respondent.addItem(respondent.code, respondent.id)
        index = self.vote_respondent.findData(current)
        self.vote_respondent.setCurrentIndex(max(0, index))
        self.vote_respondent.blockSignals(False)

    def _show_vote_buttons(self) -> None:
        respondent_id = self.vote_respondent.currentData()
        value = None
        if self.touchpoint_id is not None and respondent_id is not None:
            value = next((s.value for s in self.journey.scores_for(self.touchpoint_id)
                          if s.respondent_id == respondent_id), None)
        for key, button in self.vote_buttons.items():
            if key is not None:
                button.setChecked(key == value)

    # ------------------------------------------------------------------ actions

    def cast_vote(self, value: int | None) -> None:
        respondent_id = self.vote_respondent.currentData()
        if self.touchpoint_id is None or respondent_id is None:
            return
        edit = session.vote(self.journey, self.touchpoint_id, respondent_id, value)
        if edit is not None:
            self.document.apply(edit)
        self._show_vote_buttons()

    def _dialog(self, quote=None) -> QuoteDialog:
        """Made here so tests can fill it in and accept it without a modal loop."""
        return QuoteDialog(self.journey, quote, self.touchpoint_id, self)

    def add_quote(self) -> None:
        dialog = self._dialog()
        if self.prompts.run_dialog(dialog) and dialog.result_quote is not None:
            self.document.apply(Insert(dialog.result_quote))

    def edit_selected(self, focus: str | None = None) -> None:
        ids = self.quote_list.selected_ids()
        if len(ids) != 1:
            return
        dialog = self._dialog(self.journey.quote(ids[0]))
        if focus == "translation":  # (adding the Dutch afterwards: straight to its field)
            dialog.start_with_translation()
        if self.prompts.run_dialog(dialog) and dialog.result_quote != self.journey.quote(ids[0]):
            self.document.apply(Update(dialog.result_quote))

    def translate_selected(self) -> None:
        """Add or correct the Dutch translation of the selected quote (T, or Vertaling…)."""
        self.edit_selected(focus="translation")

    def delete_selected(self) -> None:
        ids = self.quote_list.selected_ids()
        if not ids:
            return
        losing = assessment.losing_evidence(self.journey, "quote", ids)  # (norms citing them)
        if losing and not self.prompts.confirm_losing_evidence(losing):
            return
        self.document.apply(session.remove_quotes(self.journey, ids))

    def _from_transcript(self) -> str | None:
        """The chosen quote when it is one and was made from a transcript's passage."""
        ids = self.quote_list.selected_ids()
        quote = (self.journey.find("quote", ids[0]) if len(ids) == 1 and self.journey is not None
                 else None)
        return quote.id if quote is not None and quote.transcript_id is not None else None

    def _show_transcript_button(self) -> None:
        self.transcript_button.setEnabled(self._from_transcript() is not None)

    def show_in_transcript(self) -> None:
        quote_id = self._from_transcript()
        if quote_id is not None:
            self.transcript_requested.emit(quote_id)

    def park_selected(self) -> None:
        ids = [q for q in self.quote_list.selected_ids()
               if self.journey.quote(q).touchpoint_id is not None]
        if ids:
            self.document.apply(session.move_quotes(self.journey, ids, None))
