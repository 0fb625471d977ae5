"""Live capture during a focus group ("Sessie"): a large entry bar docked at the bottom.

The facilitator picks the group and the respondent (Ctrl+1..9: the n-th respondent of the group,
Ctrl+0: nobody; or type a code in the respondent field), the touchpoint follows the canvas
selection (or type its number in the Contactmoment field; nothing selected: the parking lot),
types what is said, sets the sentiment with Alt+1..5 (−2..+2), Alt+G (gemengd) or Alt+0
(onbekend) and presses Enter. The quote is stored with a time stamp as one undo step, the field
is cleared and keeps the focus; Ctrl+Z in the empty field takes the quote back. Ctrl+Alt+1..5
records the respondent's vote for the touchpoint. Shift+Enter starts a new line.

This module is the behaviour; the widgets are laid out in ui/capture_bar_view.py.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QListWidgetItem

from klantreis.evidence import session
from klantreis.graph import route as graph
from klantreis.model.entities import Sentiment
from klantreis.model.errors import KlantreisError
from klantreis.ui.capture_bar_view import CaptureBarView
from klantreis.ui.capture_keys import CaptureKeys
from klantreis.ui.quote_format import DIRECTION_ROLE, direction_of, sentiment_icon, speaker
from klantreis.ui.wiring import FollowsSelection, bind, on_changes, rewire

RECENT = 30  # captured quotes shown in the running list


class CaptureBar(FollowsSelection, QDockWidget):
    """Public API: ``set_document``, ``follow_scene``, ``start_session``; ``target_id`` is the
    touchpoint the next quote goes to (None: parking lot), ``group_id``/``respondent_id`` who
    speaks, ``sentiment`` the sentiment of the next quote, ``captured`` the ids of this
    session's quotes (newest last)."""

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(self.tr("Sessie: live vastleggen"), parent)
        self.setObjectName("capture")
        self.canvas = canvas
        self.document = None
        self._scene = None
        self.target_id: str | None = None
        self.group_id: str | None = None
        self.respondent_id: str | None = None
        self.sentiment = Sentiment.UNKNOWN
        self.captured: list[str] = []
        self._clock = QElapsedTimer()
        self._keys = CaptureKeys(self)
        self._changes = on_changes({"group", "respondent", "touchpoint", "phase", "transition",
                                    "quote"}, self._document_changed)
        self._build()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_clock)
        self.visibilityChanged.connect(self._visibility_changed)
        bind(self, workspace, canvas)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        """Put the view (ui/capture_bar_view.py) in the dock and connect its widgets."""
        self.view = view = CaptureBarView()
        self.group_box = view.group_box
        self.respondent_edit = view.respondent_edit
        self.respondent_label = view.respondent_label
        self.number_edit = view.number_edit
        self.target_label = view.target_label
        self.clock_label = view.clock_label
        self.field = view.field
        self.sentiment_buttons = view.sentiment_buttons
        self.vote_label = view.vote_label
        self.details = details = view.details
        self.message = view.message
        self.recent_title = view.recent_title
        self.recent = view.recent

        self.group_box.currentIndexChanged.connect(self._group_chosen)
        self.respondent_edit.returnPressed.connect(self._respondent_typed)
        self.number_edit.returnPressed.connect(self._number_typed)
        view.restart_button.clicked.connect(self.start_session)
        self.field.submitted.connect(self.submit)
        self.sentiment_buttons.chosen.connect(self.set_sentiment)
        for value, button in view.vote_buttons.items():
            button.clicked.connect(lambda _=False, v=value: self.cast_vote(v))
        self.field.textChanged.connect(lambda: self.details.follow_text(self.field.toPlainText()))
        self.setWidget(view)
        for widget in (self.field, self.respondent_edit, self.number_edit, self.group_box,
                       details.language, details.language.lineEdit(), details.source,
                       details.paraphrase, details.translation, details.translator, details.tags):
            widget.installEventFilter(self._keys)
        self.set_sentiment(Sentiment.UNKNOWN)
        self._show_target()

    # ------------------------------------------------------------------ documents and scenes

    def set_document(self, document) -> None:
        rewire(self.document, document, {"changes": self._changes})
        self.document = document
        self.captured = []
        self.group_id = self.respondent_id = None
        self._fill_groups()
        self._document_changed()

    @property
    def journey(self):
        return self.document.journey if self.document else None

    def touchpoint_selected(self, touchpoint_id: str | None) -> None:
        self.target_id = touchpoint_id
        self._show_target()

    def _document_changed(self) -> None:
        journey = self.journey
        if self.target_id is not None and journey.find("touchpoint", self.target_id) is None:
            self.target_id = None
        if self.respondent_id is not None and journey.find("respondent", self.respondent_id) is None:
            self.respondent_id = None
        if self.group_id is not None and journey.find("group", self.group_id) is None:
            self.group_id = None
        if [(g.id, g.name) for g in journey.groups] != self._group_items():
            self._fill_groups()  # a group added, removed or renamed
        self._show_target()
        self._show_respondent()
        self._show_recent()

    # ------------------------------------------------------------------ keys

    def key_action(self, event):
        """What a key press in one of the bar's fields does, or None for an ordinary key."""
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return None
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        char = chr(key) if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or key == Qt.Key.Key_G else ""
        ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
        jumps = {Qt.Key.Key_P: self.group_box, Qt.Key.Key_R: self.respondent_edit,
                 Qt.Key.Key_M: self.number_edit}
        if mods == alt and key in jumps:
            return lambda: jumps[key].setFocus(Qt.FocusReason.ShortcutFocusReason)
        detail = self.details.widget_for(key) if mods == alt else None
        if detail is not None:
            return lambda: detail.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if mods == alt and key == Qt.Key.Key_A:
            return self.details.toggle_paraphrase
        if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Escape:
            # from a detail field back to the quote; from the quote back to the canvas
            return self.focus_field if not self.field.hasFocus() else self.canvas.focus
        if mods == alt and char in session.SENTIMENT_KEYS:
            sentiment = session.SENTIMENT_KEYS[char]
            return lambda: self.set_sentiment(sentiment)
        if mods == ctrl and char.isdigit():
            return lambda: self.pick_respondent(int(char))
        if mods == ctrl | alt and char in "12345" and char:
            return lambda: self.cast_vote(int(char) - 3)
        return None

    # ------------------------------------------------------------------ actions

    def start_session(self) -> None:
        """Start (or restart) the session clock."""
        self._clock.start()
        self._tick.start()
        self._update_clock()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_sentiment(self, sentiment: Sentiment) -> None:
        self.sentiment = sentiment
        self.sentiment_buttons.show_sentiment(sentiment)

    def pick_respondent(self, number: int) -> None:
        """Ctrl+number: the n-th respondent of the active group; Ctrl+0: nobody."""
        if number == 0:
            self.respondent_id = None
        else:
            found = session.respondent_by_key(self.journey, str(number), self.group_id)
            if found is None:
                self._say(self.tr("Er is geen respondent {number} in deze groep.").format(number=number))
                return
            self.respondent_id = found
        self._say("")
        self._show_respondent()

    def _respondent_typed(self) -> None:
        text = self.respondent_edit.text().strip()
        if not text:
            self.respondent_id = None
        else:
            found = session.respondent_by_key(self.journey, text, self.group_id)
            if found is None:
                self._say(self.tr("Onbekende respondent '{code}'.").format(code=text))
                return
            self.respondent_id = found
            group = self.journey.respondent(found).group_id
            if group is not None and group != self.group_id:
                self._set_group(group)
        self._say("")
        self._show_respondent()
        self.focus_field()

    def _number_typed(self) -> None:
        text = self.number_edit.text().strip()
        self.number_edit.clear()
        if text in ("", "0"):
            if self._scene is not None:
                self._scene.clearSelection()
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
        self.focus_field()

    def submit(self) -> None:
        """Store the typed quote (Enter)."""
        text = self.field.toPlainText().strip()
        if not text or self.document is None:
            return
        if not self._clock.isValid():
            self.start_session()
        try:
            edit = session.capture_quote(
                self.journey, text, touchpoint_id=self.target_id, respondent_id=self.respondent_id,
                group_id=self.group_id, sentiment=self.sentiment, **self.details.values())
        except KlantreisError as error:
            self._say(str(error))
            return
        if not self.document.apply(edit):
            return  # the window has said why; the text stays in the field
        self.captured.append(edit.item.id)
        self.field.clear()
        self.details.captured()
        self.set_sentiment(Sentiment.UNKNOWN)
        self._say("")
        self._show_recent()
        self.focus_field()

    def cast_vote(self, value: int) -> None:
        if self.target_id is None or self.respondent_id is None:
            self._say(self.tr("Kies een respondent en een contactmoment om een stem vast te leggen."))
            return
        edit = session.vote(self.journey, self.target_id, self.respondent_id, value)
        if edit is not None:
            self.document.apply(edit)
        self._say("")

    # ------------------------------------------------------------------ showing

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _group_items(self) -> list[tuple[str, str]]:
        return [(self.group_box.itemData(i), self.group_box.itemText(i))
                for i in range(1, self.group_box.count())]

    def _fill_groups(self) -> None:
        self.group_box.blockSignals(True)
        self.group_box.clear()
        self.group_box.addItem(self.tr("(geen groep)"), None)
        for group in self.journey.groups if self.journey else ():
            self.group_box.addItem(group.name, group.id)
        index = self.group_box.findData(self.group_id) if self.group_id else 0
        self.group_box.setCurrentIndex(max(0, index))
        self.group_box.blockSignals(False)

    def _set_group(self, group_id: str | None) -> None:
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(group_id)) if group_id else 0)

    def _group_chosen(self) -> None:
        self.group_id = self.group_box.currentData()
        if self.respondent_id is not None and self.group_id is not None and (
                self.journey.respondent(self.respondent_id).group_id != self.group_id):
            self.respondent_id = None
        self._show_respondent()

    def _show_respondent(self) -> None:
        journey = self.journey
        if journey is None:
            return
        if self.respondent_id is None:
            self.respondent_edit.clear()
            pool = [r.code for r in journey.respondents
                    if self.group_id is None or r.group_id == self.group_id][:9]
            keys = "  ".join(f"Ctrl+{n}: {code}" for n, code in enumerate(pool, start=1))
            who = (self.tr("Respondent onbekend, groep {group} (Ctrl+0)").format(
                       group=journey.group(self.group_id).name) if self.group_id
                   else self.tr("Geen respondent en geen groep"))
            self.respondent_label.setText(f"{who}  ·  {keys}" if keys
                                          else f"{who}  ·  " + self.tr("Geen respondenten in deze groep."))
            return
        respondent = journey.respondent(self.respondent_id)
        self.respondent_edit.setText(respondent.code)
        details = ", ".join(f"{name}: {value}" for name, value in respondent.attributes)
        self.respondent_label.setText(f"{respondent.code}" + (f" — {details}" if details else ""))

    def _show_target(self) -> None:
        journey = self.journey
        if journey is None or self.target_id is None:
            self.target_label.setText(self.tr("→ parkeerplaats (geen contactmoment gekozen)"))
            return
        number = graph.display_numbers(journey).get(self.target_id, 0)
        self.target_label.setText(f"→ {number}. {journey.touchpoint(self.target_id).title}")

    def _show_recent(self) -> None:
        journey = self.journey
        self.captured = [q for q in self.captured if journey.find("quote", q) is not None]
        self.recent.clear()
        numbers = graph.display_numbers(journey) if self.captured else {}
        for quote_id in reversed(self.captured[-RECENT:]):
            quote = journey.quote(quote_id)
            where = (f"{numbers.get(quote.touchpoint_id, '?')}" if quote.touchpoint_id
                     else self.tr("parkeerplaats"))
            item = QListWidgetItem(sentiment_icon(quote.sentiment, 18),
                                   f"{quote.captured_at[11:16]} · {speaker(journey, quote)} → {where}"
                                   f"\n{quote.text}")
            item.setData(Qt.ItemDataRole.UserRole, quote_id)
            item.setData(DIRECTION_ROLE, direction_of(quote.text))
            item.setToolTip(quote.text)
            self.recent.addItem(item)
        self.recent_title.setText(self.tr("Vastgelegd in deze sessie: %n citaat/citaten", "",
                                          len(self.captured)))

    def _update_clock(self) -> None:
        if not self._clock.isValid():
            self.clock_label.setText(self.tr("Sessie {time}").format(time="00:00:00"))
            return
        seconds = self._clock.elapsed() // 1000
        self.clock_label.setText(self.tr("Sessie {time}").format(
            time=f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"))

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            if not self._clock.isValid():
                self.start_session()
            self._tick.start()
            QTimer.singleShot(0, self.focus_field)
        else:
            self._tick.stop()
