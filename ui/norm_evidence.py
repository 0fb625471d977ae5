"""The evidence of the norm shown in the Toetsingskader dock: the list of what it rests on, and
linking more: touchpoints by number or the cards selected on the canvas, the quotes chosen in
the Citaten dock or picked from a list, indicators, and places in documents. Each link or
unlink is one undo step. Showing an item: a touchpoint on the canvas, a quote or an indicator in
its dock (``quote_requested`` / ``indicator_requested``; the window connects them)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QMenu

from klantreis.evidence import assessment
from klantreis.graph import route as graph
from klantreis.model.errors import KlantreisError
from klantreis.ui.evidence_picker import PickerDialog, ReferenceDialog
from klantreis.ui.norm_page_view import EVIDENCE_KEY_ROLE, EVIDENCE_KIND_ROLE


class NormEvidence(QObject):
    """``NormEvidence(page, workspace, canvas, show_error, parent)``: ``norm_id`` is the norm on
    display (None: none); ``quote_selection()`` gives the quotes chosen in the Citaten dock (the
    window sets it). ``last_menu``: the last link menu (tests pick an action from it)."""

    quote_requested = Signal(str)
    indicator_requested = Signal(str)

    def __init__(self, page, workspace, canvas, show_error, parent=None) -> None:
        super().__init__(parent)
        self.page, self.workspace, self.canvas = page, workspace, canvas
        self.prompts = workspace.prompts
        self.show_error = show_error
        self.norm_id: str | None = None
        self.quote_selection = lambda: []
        self.last_menu: QMenu | None = None
        self.list = page.evidence_list
        self.list.show_requested.connect(self.show_current)
        self.list.itemClicked.connect(lambda _item: self.show_current())
        self.list.unlink_requested.connect(self.unlink_current)
        self.list.link_requested.connect(self.open_link_menu)
        page.unlink_button.clicked.connect(self.unlink_current)
        self.menu = QMenu(page.link_button)
        self.menu.aboutToShow.connect(lambda: self._fill_menu(self.menu))
        page.link_button.setMenu(self.menu)

    @property
    def journey(self):
        return self.workspace.journey

    # ------------------------------------------------------------------ the list

    def fill(self, norm) -> None:
        """Show ``norm``'s evidence, keeping the current item where it is still there."""
        journey = self.journey
        keep = self._current()  # (no item is held past clear(): see NormsDock._keys)
        self.list.clear()
        numbers = graph.display_numbers(journey)
        rows = [("touchpoint", t, self.tr("Contactmoment {number}: {title}").format(
                    number=numbers.get(t, "?"), title=journey.touchpoint(t).title))
                for t in norm.touchpoint_ids]
        rows += [("quote", q, self.tr("Citaat: {quote}").format(quote=self.quote_label(q, numbers)))
                 for q in norm.quote_ids]
        rows += [("indicator", i, self.tr("Indicator: {text}").format(text=self.indicator_label(i)))
                 for i in norm.indicator_ids]
        rows += [("document", index, self.tr("Document: {title}").format(
                    title=", ".join(part for part in (ref.title, ref.location) if part)))
                 for index, ref in enumerate(norm.documents)]
        for kind, key, text in rows:
            item = QListWidgetItem(text, self.list)
            item.setData(EVIDENCE_KIND_ROLE, kind)
            item.setData(EVIDENCE_KEY_ROLE, key)
            if (kind, key) == keep:
                self.list.setCurrentItem(item)
        if not rows:  # (a hint, not an item: it cannot be chosen)
            QListWidgetItem(self.tr("Nog geen bewijs: B of ‘Bewijs koppelen’"), self.list).setFlags(
                Qt.ItemFlag.NoItemFlags)
        self.page.unlink_button.setEnabled(bool(rows))

    def quote_label(self, quote_id: str, numbers) -> str:
        journey = self.journey
        quote = journey.quote(quote_id)
        who = (journey.respondent(quote.respondent_id).code if quote.respondent_id
               else journey.group(quote.group_id).name if quote.group_id else "")
        where = numbers.get(quote.touchpoint_id) if quote.touchpoint_id else None
        text = f"“{assessment.shortened(quote.translation or quote.text, 90)}”"
        return " — ".join(part for part in (
            str(where) if where is not None else self.tr("parkeerplaats"), text, who) if part)

    def indicator_label(self, indicator_id: str) -> str:
        indicator = self.journey.get("indicator", indicator_id)
        point = QLocale().decimalPoint()
        target, realised = (assessment.format_number(v, point) or "?"
                            for v in (indicator.target, indicator.realised))
        return f"{indicator.name} ({target} → {realised} {indicator.unit})".replace(" )", ")")

    def _current(self) -> tuple[str, object] | None:
        item = self.list.currentItem()
        if item is None or item.data(EVIDENCE_KIND_ROLE) is None:
            return None
        return item.data(EVIDENCE_KIND_ROLE), item.data(EVIDENCE_KEY_ROLE)

    def show_current(self) -> None:
        """Show the current item where it lives: the card, the quote, the indicator."""
        current = self._current()
        if current is None:
            return
        kind, key = current
        if kind == "touchpoint":
            self.canvas.show_touchpoint(key)
        elif kind == "quote":
            self.quote_requested.emit(key)
        elif kind == "indicator":
            self.indicator_requested.emit(key)

    def unlink_current(self) -> bool:
        current = self._current()
        if current is None or self.norm_id is None:
            return False
        kind, key = current
        if kind == "document":
            return self._apply(assessment.remove_document(self.journey, self.norm_id, key))
        return self._apply(assessment.unlink_evidence(self.journey, self.norm_id, kind, key))

    # ------------------------------------------------------------------ linking

    def open_link_menu(self) -> None:
        """The link menu under the current item of the list (B, Ins)."""
        if self.norm_id is None:
            return
        menu = QMenu(self.list)
        self._fill_menu(menu)
        self.last_menu = menu
        rect = self.list.visualItemRect(self.list.currentItem()) if self.list.currentItem() else None
        where = rect.bottomLeft() if rect is not None else QPoint(0, 0)
        self.prompts.show_menu(menu, self.list.viewport().mapToGlobal(where))

    def _fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        cards = self.canvas.scene.selected_touchpoints() if self.canvas.scene is not None else []
        quotes = list(self.quote_selection())
        for text, slot, enabled in (
                (self.tr("Contactmomenten op &nummer…"), self.link_by_numbers, True),
                (self.tr("Geselecteerde &kaarten op het canvas (%n)", "", len(cards)),
                 self.link_canvas_selection, bool(cards)),
                (self.tr("Gekozen &citaten in het dock Citaten (%n)", "", len(quotes)),
                 self.link_quote_selection, bool(quotes)),
                (self.tr("Citaat &zoeken en kiezen…"), self.pick_quotes, True),
                (self.tr("&Indicator kiezen…"), self.pick_indicators, True),
                (self.tr("&Document en plaats…"), self.add_document, True)):
            action = menu.addAction(text)
            action.setEnabled(enabled and self.norm_id is not None)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())

    def _apply(self, edit) -> bool:
        return edit is not None and self.workspace.apply(edit)

    def _link(self, kind: str, ids) -> bool:
        if self.norm_id is None or not ids:
            return False
        try:
            edit = assessment.link_evidence(self.journey, self.norm_id, kind, ids)
        except KlantreisError as error:
            self.show_error(str(error))
            return False
        return self._apply(edit)

    def link_by_numbers(self) -> bool:
        text = self.prompts.text(self.tr("Contactmomenten als bewijs"),
                                 self.tr("Nummers van de contactmomenten (bijv. 3, 5-7):"))
        if not text or not text.strip():
            return False
        try:
            ids = assessment.touchpoints_by_number(self.journey, text)
        except KlantreisError as error:
            self.show_error(str(error))
            return False
        return self._link("touchpoint", ids)

    def link_canvas_selection(self) -> bool:
        scene = self.canvas.scene
        return self._link("touchpoint", scene.selected_touchpoints() if scene is not None else [])

    def link_quote_selection(self) -> bool:
        return self._link("quote", list(self.quote_selection()))

    def _pick(self, kind: str, title: str, label: str, choices) -> bool:
        if self.norm_id is None:
            return False
        already = set(getattr(self.journey.get("norm", self.norm_id), assessment.EVIDENCE_FIELDS[kind]))
        dialog = PickerDialog(title, label, [(t, i) for t, i in choices if i not in already],
                              self.list.window())
        try:
            return self.prompts.run_dialog(dialog) and self._link(kind, dialog.chosen_ids())
        finally:
            dialog.deleteLater()

    def pick_quotes(self) -> bool:
        numbers = graph.display_numbers(self.journey)
        return self._pick("quote", self.tr("Citaten als bewijs"),
                          self.tr("Kies een of meer citaten (Ctrl of Shift voor meer):"),
                          [(self.quote_label(q.id, numbers), q.id) for q in self.journey.quotes])

    def pick_indicators(self) -> bool:
        return self._pick("indicator", self.tr("Indicatoren als bewijs"),
                          self.tr("Kies een of meer indicatoren:"),
                          [(self.indicator_label(i.id), i.id) for i in self.journey.indicators])

    def add_document(self) -> bool:
        if self.norm_id is None:
            return False
        dialog = ReferenceDialog(self.list.window())
        try:
            if not self.prompts.run_dialog(dialog) or dialog.result_reference is None:
                return False
            reference = dialog.result_reference
            return self._apply(assessment.add_document(self.journey, self.norm_id, reference.title,
                                                       reference.location))
        finally:
            dialog.deleteLater()
