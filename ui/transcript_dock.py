"""The Transcripten dock: a transcript of the project to read and code, keyboard first.

Choose a transcript, select a passage (mouse or Shift+arrows), set the sentiment with Alt+1..5
(−2..+2), Alt+G (gemengd) or Alt+0 (onbekend), and press Enter (or "Citaat maken"): the
passage becomes a quote of the card selected on the canvas, of the touchpoint typed by number
(Alt+M, Enter), or of the parking lot, with the respondent and group of its speaker and its
lines or time range as source; one undo step, saved at once. Coded passages keep a tinted
background and their touchpoint number in the margin; the dock follows every change of the
document (quotes added, moved, removed; transcripts imported or undone). Escape goes back to
the canvas; no key pressed here reaches it. Beside the chooser, "Sprekers…" corrects who speaks
(ui/transcript_speakers_dialog.py) and "Verwijderen…" removes the transcript.

This module is the behaviour; the widgets are laid out in ui/transcript_dock_view.py."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDockWidget

from klantreis.evidence import session
from klantreis.evidence.passages import passage_bounds, passage_source, passages_of, quote_from_passage
from klantreis.graph import route as graph
from klantreis.model.edits import Insert
from klantreis.model.entities import Sentiment
from klantreis.model.enums import SpeakerRole
from klantreis.model.errors import KlantreisError
from klantreis.ui.quote_format import sentiment_label, speaker
from klantreis.ui.shown_refresh import RefreshWhenShown
from klantreis.ui.transcript_dock_view import TranscriptDockView
from klantreis.ui.transcript_keys import TranscriptKeys
from klantreis.ui.transcript_speakers_dialog import change_speakers
from klantreis.ui.transcript_text import Passage
from klantreis.ui.wiring import FollowsSelection, bind, on_changes, rewire

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TranscriptDock(RefreshWhenShown, FollowsSelection, QDockWidget):
    """``TranscriptDock(workspace, canvas, parent)``. Public API: ``set_document``,
    ``follow_scene``; ``transcript_id`` shown (None: none), ``target_id`` where the next quote
    goes (None: the parking lot), ``sentiment`` of the next quote; ``show_transcript(id)``,
    ``show_passage(quote_id)``, ``make_quote()``, ``set_sentiment(sentiment)``,
    ``edit_speakers()``, ``remove_transcript()``; the widgets
    ``chooser``, ``text``, ``number_edit``, ``target_label``, ``make_button``, ``message``."""

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(self.tr("Transcripten"), parent)
        self.setObjectName("transcripts")
        self.workspace = workspace
        self.canvas = canvas
        self.document = None
        self._scene = None
        self.transcript_id: str | None = None
        self.target_id: str | None = None
        self.sentiment = Sentiment.UNKNOWN
        self._shown_text = None  # (id, text, labels) of what the text widget holds
        self.view = view = TranscriptDockView()
        self.setWidget(view)
        self.chooser, self.text, self.about = view.chooser, view.text, view.about
        self.number_edit, self.target_label = view.number_edit, view.target_label
        self.make_button, self.message = view.make_button, view.message
        self.selection_label, self.sentiment_buttons = view.selection_label, view.sentiment_buttons
        self.chooser.currentIndexChanged.connect(
            lambda _index: self.show_transcript(self.chooser.currentData()))
        self.number_edit.returnPressed.connect(self._number_typed)
        self.make_button.clicked.connect(self.make_quote)
        view.speakers_button.clicked.connect(lambda _=False: self.edit_speakers())
        view.remove_button.clicked.connect(lambda _=False: self.remove_transcript())
        self.text.selectionChanged.connect(self._show_selection)
        self.sentiment_buttons.chosen.connect(self.set_sentiment)
        self._keys = TranscriptKeys(self)
        for widget in (self.text, self.text.viewport(), self.number_edit, self.chooser,
                       view.speakers_button, view.remove_button):
            widget.installEventFilter(self._keys)
        self.set_sentiment(Sentiment.UNKNOWN)
        self._changes = on_changes({"transcript", "quote", "touchpoint", "phase", "transition",
                                    "group", "respondent"}, self.changed)
        self.watch_view()
        bind(self, workspace, canvas)

    # ------------------------------------------------------------------ documents and scenes

    @property
    def journey(self):
        return self.document.journey if self.document is not None else None

    def set_document(self, document) -> None:
        rewire(self.document, document, {"changes": self._changes})
        self.document = document
        self.transcript_id = self.target_id = None
        self._shown_text = None
        self._say("")
        self.refresh()

    def touchpoint_selected(self, touchpoint_id: str | None) -> None:
        self.target_id = touchpoint_id
        self._show_target()

    @property
    def transcript(self):
        journey = self.journey
        return journey.find("transcript", self.transcript_id) if journey is not None else None

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """The chooser, the text (only when another transcript or text is to be shown: the
        selection and the scroll position stay), the coded passages and where a quote goes."""
        journey = self.journey
        if journey is None:
            return
        transcripts = journey.transcripts
        items = [(t.id, self._title(t)) for t in transcripts]
        if items != [(self.chooser.itemData(i), self.chooser.itemText(i))
                     for i in range(self.chooser.count())]:
            self.chooser.blockSignals(True)
            self.chooser.clear()
            for transcript_id, title in items:
                self.chooser.addItem(title, transcript_id)
            self.chooser.blockSignals(False)
        if self.transcript_id not in {t.id for t in transcripts}:
            self.transcript_id = transcripts[0].id if transcripts else None
        self.chooser.setCurrentIndex(self.chooser.findData(self.transcript_id))
        self.chooser.setEnabled(bool(transcripts))
        self.view.remove_button.setEnabled(bool(transcripts))
        self.view.speakers_button.setEnabled(bool(transcripts))
        transcript = self.transcript
        shown = None if transcript is None else (
            transcript.id, transcript.text, tuple(s.label for s in transcript.speakers))
        if shown != self._shown_text:
            self._shown_text = shown
            self.text.set_text(transcript.text if transcript else "", shown[2] if shown else ())
        coded = self._coded()
        self.about.setText(self._about(transcript, len(coded)) if transcript else "")
        self.text.set_passages(self._passages(coded))
        if self.target_id is not None and journey.find("touchpoint", self.target_id) is None:
            self.target_id = None
        self._show_target()
        self._show_selection()

    def _title(self, transcript) -> str:
        return transcript.name + (f" · {transcript.date}" if transcript.date else "")

    def _about(self, transcript, coded: int) -> str:
        journey = self.journey
        roles = {SpeakerRole.RESPONDENT: self.tr("respondent"), SpeakerRole.INTERVIEWER:
                 self.tr("interviewer"), SpeakerRole.INTERPRETER: self.tr("tolk"),
                 SpeakerRole.UNKNOWN: self.tr("onbekend")}

        def who(speaker_) -> str:
            respondent = journey.find("respondent", speaker_.respondent_id)
            what = (respondent.code if respondent is not None and respondent.code != speaker_.label
                    else roles[speaker_.role])
            return f"{speaker_.label} ({what})"

        parts = [self.tr("Sprekers: {who}").format(
            who=", ".join(who(s) for s in transcript.speakers) or "–")]
        group = journey.find("group", transcript.group_id)
        if group is not None:
            parts.append(self.tr("groep {name}").format(name=group.name))
        parts.append(self.tr("taal {code}").format(code=transcript.language))
        parts.append(self.tr("%n gecodeerde passage(s)", "", coded))
        return " · ".join(parts)

    def _coded(self) -> list:
        """The quotes made from passages of the shown transcript."""
        return passages_of(self.journey, self.transcript_id) if self.transcript_id else []

    def _passages(self, coded) -> list[Passage]:
        journey = self.journey
        numbers = graph.display_numbers(journey) if coded else {}
        passages = []
        for quote in coded:
            if quote.touchpoint_id is not None:
                mark = str(numbers.get(quote.touchpoint_id, "?"))
                where = f"{mark}. {journey.touchpoint(quote.touchpoint_id).title}"
            else:
                mark, where = "P", self.tr("parkeerplaats")
            tip = f"{where} — {speaker(journey, quote)} · {sentiment_label(quote.sentiment)}"
            passages.append(Passage(quote.id, quote.passage_start, quote.passage_end, mark, tip,
                                    parked=quote.touchpoint_id is None))
        return passages

    def _show_target(self) -> None:
        journey = self.journey
        if journey is None or self.target_id is None:
            self.target_label.setText(self.tr("→ parkeerplaats (geen contactmoment gekozen)"))
            return
        number = graph.display_numbers(journey).get(self.target_id, 0)
        self.target_label.setText(f"→ {number}. {journey.touchpoint(self.target_id).title}")

    def _chosen(self) -> tuple[int, int] | str | None:
        """The selected passage as it would be quoted (start, end), or why it cannot be (a
        message), or None without a selection."""
        transcript = self.transcript
        chosen = self.text.selected_range() if transcript is not None else None
        if chosen is None or chosen[0] == chosen[1]:
            return None
        try:
            return passage_bounds(transcript, *chosen)
        except KlantreisError as error:
            return str(error)

    def _show_selection(self) -> None:
        chosen = self._chosen()
        self.make_button.setEnabled(isinstance(chosen, tuple))
        if not isinstance(chosen, tuple):
            self.selection_label.setText(chosen or self.tr(
                "Kies een passage met de muis of Shift+pijltjes."))
            return
        transcript = self.transcript
        turn = transcript.turn_at(chosen[0])
        who = transcript.speaker(turn.speaker) if turn is not None and turn.speaker else None
        text = passage_source(transcript, *chosen)
        if who is not None:
            respondent = self.journey.find("respondent", who.respondent_id)
            text += " · " + (respondent.code if respondent is not None else who.label)
        self.selection_label.setText(text + " · " + self.tr("Enter: citaat maken"))

    # ------------------------------------------------------------------ keys

    def key_action(self, event, watched):
        """What a key pressed in one of the dock's widgets does, or None for the widget's own."""
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return None
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key, alt = event.key(), Qt.KeyboardModifier.AltModifier
        char = chr(key) if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or key == Qt.Key.Key_G else ""
        if mods == alt and char in session.SENTIMENT_KEYS:
            sentiment = session.SENTIMENT_KEYS[char]
            return lambda: self.set_sentiment(sentiment)
        if mods == alt and key == Qt.Key.Key_M:
            return lambda: self.number_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        in_text = watched in (self.text, self.text.viewport())
        if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Escape:
            return self.canvas.focus if in_text else self.focus_text
        if in_text and mods == Qt.KeyboardModifier.NoModifier and key in _ENTER:
            return self.make_quote
        return None

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------------ actions

    def set_sentiment(self, sentiment: Sentiment) -> None:
        self.sentiment = sentiment
        self.sentiment_buttons.show_sentiment(sentiment)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _number_typed(self) -> None:
        text = self.number_edit.text().strip()
        self.number_edit.clear()
        if text in ("", "0"):
            if self.canvas.scene is not None:
                self.canvas.scene.clearSelection()
            self.target_id = None
        else:
            found = session.touchpoint_by_number(self.journey, text)
            if found is None:
                self._say(self.tr("Er is geen contactmoment {number}.").format(number=text))
                return
            self.canvas.show_touchpoint(found)
            self.target_id = found
        self._say("")
        self._show_target()
        self.focus_text()

    def make_quote(self) -> str | None:
        """The selected passage as a quote (Enter); returns its id (None: nothing made, and
        the message line says why)."""
        self.fresh()
        chosen = self._chosen()
        if not isinstance(chosen, tuple):
            self._say(chosen or self.tr("Kies eerst een passage: met de muis of met Shift+pijltjes."))
            return None
        try:
            quote = quote_from_passage(self.journey, self.transcript, *chosen,
                                       touchpoint_id=self.target_id, sentiment=self.sentiment,
                                       captured_at=session.now_stamp())
        except KlantreisError as error:
            self._say(str(error))
            return None
        # an Arabic, Farsi or Tigrinya passage in a Dutch transcript (said to the interpreter)
        language = session.guess_language(quote.text)
        if language is not None and language != quote.language:
            quote = replace(quote, language=language)
        if not self.workspace.apply(Insert(quote, code="edit_code_passage")):
            return None  # (the window has said why)
        self.workspace.say(self.tr("Citaat gemaakt: {source} {where}").format(
            source=quote.source, where=self.target_label.text()))
        self.fresh()
        cursor = self.text.textCursor()
        cursor.clearSelection()  # the passage shows its highlight and number now
        self.text.setTextCursor(cursor)
        self.set_sentiment(Sentiment.UNKNOWN)
        self._say("")
        self.focus_text()
        return quote.id

    def edit_speakers(self) -> bool:
        """Correct who speaks in the shown transcript (ui/transcript_speakers_dialog.py); True
        when it made an undo step."""
        return self.transcript_id is not None and change_speakers(
            self.workspace, self.transcript_id, self)

    def remove_transcript(self) -> bool:
        """Remove the shown transcript after a question that says what becomes of its quotes
        (they stay, with their text and source); one undo step."""
        from klantreis.evidence.passages import passages_of, remove_transcript_edit

        transcript = self.transcript
        if transcript is None:
            return False
        quoted = len(passages_of(self.journey, transcript.id))
        text = self.tr("Transcript ‘{name}’ verwijderen?").format(name=transcript.name)
        if quoted:
            text += " " + self.tr("%n citaat/citaten uit dit transcript blijven, met hun tekst en "
                                  "bron, maar zonder plaats in het transcript.", "", quoted)
        if not self.workspace.prompts.confirm(self.tr("Transcript verwijderen"), text):
            return False
        return self.workspace.apply(remove_transcript_edit(self.journey, transcript.id))

    def show_transcript(self, transcript_id: str | None) -> None:
        if transcript_id is None or self.journey is None or self.journey.find(
                "transcript", transcript_id) is None:
            return
        self.fresh()
        if transcript_id != self.transcript_id:
            self.transcript_id = transcript_id
            self.refresh()

    def show_passage(self, quote_id: str) -> bool:
        """Show the passage a quote was made from, selected and scrolled into view; False
        when the quote is not a passage of a transcript in this project."""
        journey = self.journey
        quote = journey.find("quote", quote_id) if journey is not None else None
        if quote is None or quote.transcript_id is None or journey.find(
                "transcript", quote.transcript_id) is None:
            return False
        self.show_transcript(quote.transcript_id)
        self.text.select_range(quote.passage_start, quote.passage_end)
        self._show_selection()
        return True
