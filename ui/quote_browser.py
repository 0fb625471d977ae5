"""All quotes of the journey in one table ("Citatenoverzicht"): filter them on text, touchpoint,
phase, group, respondent, perspective, sentiment, language, tag and provenance, sort them by a
column, and tag, move or delete the selected ones (each one undo step). Double-click or Enter
shows the quote's touchpoint on the canvas.

This module is the behaviour; the widgets are laid out in ui/quote_browser_view.py."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QVBoxLayout

from klantreis.evidence import assessment, session
from klantreis.evidence.quote_filter import QuoteFilter, all_languages, all_tags, filter_quotes
from klantreis.graph.route import display_numbers
from klantreis.model.entities import Perspective, Provenance
from klantreis.ui.quote_browser_view import QuoteBrowserView
from klantreis.ui.quote_format import SENTIMENT_ORDER, perspective_label, sentiment_icon, sentiment_label
from klantreis.ui.quote_table_model import COLUMN, DIRECTION_ROLE, QuoteTableModel
from klantreis.ui.wiring import on_changes, rewire

__all__ = ["DIRECTION_ROLE", "QuoteBrowser"]

_ALL = object()  # the value of "Alle" in every filter box
# filter name -> the QuoteFilter field it sets
FILTER_FIELDS = {
    "touchpoint": "touchpoint_ids", "phase": "phase_ids", "group": "group_ids",
    "respondent": "respondent_ids", "perspective": "perspectives", "sentiment": "sentiments",
    "language": "languages", "tag": "tags", "provenance": "provenances",
}
MIN_TEXT_WIDTH = 380  # the Citaat column: at least this, else the rest of the visible width


class QuoteBrowser(QDialog):
    """Public API: ``filters`` (name -> widget: "text" is a QLineEdit, the others QComboBoxes
    with "Alle" first), ``table``, ``model``, ``count_label``, ``apply_filter()``,
    ``visible_quote_ids()``, ``selected_ids()``, ``select_ids(ids)``, ``clear_filters()``,
    ``tag_selected()`` / ``add_tag(tag)``, ``move_selected()`` / ``move_to(touchpoint_id)``,
    ``remove_selected()``, ``show_selected()``, ``set_document(document)``;
    ``export_requested(list)`` carries the ids of the shown quotes, in the shown order."""

    export_requested = Signal(list)
    passage_requested = Signal(str)  # "Toon in transcript" (Ctrl+J): a quote made from a transcript

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(parent)
        self._changes = on_changes({"quote", "touchpoint", "phase", "transition", "group",
                                    "respondent"}, self._document_changed)
        self.setObjectName("quoteBrowser")
        self.setWindowTitle(self.tr("Citatenoverzicht"))
        self.setModal(False)
        self.workspace = workspace
        self.canvas = canvas
        self.document = None
        self._values: dict[str, list] = {}
        self._stale = False
        self._fitted = False
        self._build()
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1440, int(screen.width() * 0.92)) if screen else 1440,
                    min(780, int(screen.height() * 0.85)) if screen else 780)
        self.set_document(workspace.document)
        workspace.document_replaced.connect(self.set_document)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        """Put the view (ui/quote_browser_view.py) in the dialog and connect its widgets."""
        self.model = QuoteTableModel(self)
        self.view = view = QuoteBrowserView(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        self.filters = view.filters
        self.count_label = view.count_label
        self.table = table = view.table
        self.tag_action, self.move_action = view.tag_action, view.move_action
        self.remove_action, self.show_action = view.remove_action, view.show_action
        self.passage_action = view.passage_action
        self.passage_action.setEnabled(False)
        self.passage_action.triggered.connect(lambda _checked=False: self.show_passage())
        self.export_button = view.export_button
        self._action_buttons = view.action_buttons

        for name, widget in self.filters.items():
            if name == "text":
                widget.textChanged.connect(self.apply_filter)
            else:
                widget.currentIndexChanged.connect(self.apply_filter)
        view.clear_button.clicked.connect(self.clear_filters)
        table.doubleClicked.connect(lambda _index: self.show_selected())
        table.selectionModel().selectionChanged.connect(self._update_actions)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        for action, slot in ((self.tag_action, self.tag_selected), (self.move_action, self.move_selected),
                             (self.remove_action, self.remove_selected),
                             (self.show_action, self.show_selected)):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        for shortcut, slot in ((QKeySequence.StandardKey.Undo, self.workspace.undo),
                               (QKeySequence.StandardKey.Redo, self.workspace.redo)):
            action = QAction(self)  # undo in the table; a text field keeps its own typing undo
            action.setShortcuts(shortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        for button, action in zip(self._action_buttons, (self.tag_action, self.move_action,
                                                         self.remove_action), strict=True):
            button.clicked.connect(lambda _checked=False, action=action: action.trigger())
        self.export_button.clicked.connect(lambda _checked=False: self._export())
        view.close_button.clicked.connect(lambda _checked=False: self.close())

    # ------------------------------------------------------------------ document

    def set_document(self, document) -> None:
        """Show the quotes of ``document`` (the window's, or another one after opening a file)."""
        rewire(self.document, document, {"changes": self._changes})
        self.document = document
        self.refresh()

    @property
    def journey(self):
        return self.document.journey if self.document is not None else None

    def _document_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # brought up to date when shown again

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self.refresh()
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_text_column()

    def _fit_text_column(self) -> None:
        """The quote column fills what the columns before it leave of the visible width, so the
        quotes show at once; labels and source are to the right of it."""
        before = sum(self.table.columnWidth(c) for c in range(COLUMN["text"]))
        room = self.table.viewport().width() - before
        self.table.setColumnWidth(COLUMN["text"], max(MIN_TEXT_WIDTH, room))

    def refresh(self) -> None:
        """Fill the filter boxes with the journey's choices (keeping what was chosen), then filter."""
        self._stale = False
        if self.journey is None:
            return
        scrolled = self.table.verticalScrollBar().value()
        for name, choices in self._choices().items():
            self._fill(name, choices)
        self.apply_filter()
        self.table.verticalScrollBar().setValue(scrolled)  # an edit keeps the place in the list

    def _choices(self) -> dict[str, list[tuple[str, object]]]:
        journey = self.journey
        numbers = display_numbers(journey)
        ordered = sorted(journey.touchpoints, key=lambda tp: numbers[tp.id])
        no_one = self.tr("(geen)")
        return {
            "touchpoint": [(self.tr("Parkeerplaats"), None)]
            + [(f"{numbers[tp.id]}. {tp.title}", tp.id) for tp in ordered],
            "phase": [(p.name, p.id) for p in journey.phases],
            "group": [(self.tr("(geen groep)"), None)] + [(g.name, g.id) for g in journey.groups],
            "respondent": [(no_one, None)] + [(r.code, r.id) for r in journey.respondents],
            "perspective": [(perspective_label(p), p) for p in (*Perspective, None)],
            "sentiment": [(sentiment_label(s), s) for s in SENTIMENT_ORDER],
            "language": [(code, code) for code in all_languages(journey)],
            "tag": [(tag, tag) for tag in all_tags(journey)],
            "provenance": [(self.tr("letterlijk"), Provenance.LETTERLIJK),
                           (self.tr("parafrase"), Provenance.PARAFRASE)],
        }

    def _fill(self, name: str, choices: list[tuple[str, object]]) -> None:
        box = self.filters[name]
        values = [_ALL] + [value for _, value in choices]
        texts = [self.tr("Alle")] + [text for text, _ in choices]
        if values == self._values.get(name) and texts == [box.itemText(i) for i in range(box.count())]:
            return
        current = self._value(name)
        box.blockSignals(True)
        box.clear()
        for text, value in zip(texts, values, strict=True):
            if name == "sentiment" and value is not _ALL:
                box.addItem(sentiment_icon(value, 16), text)
            else:
                box.addItem(text)
        self._values[name] = values
        box.setCurrentIndex(values.index(current) if current in values else 0)
        box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)
        box.blockSignals(False)

    def _value(self, name: str):
        values = self._values.get(name)
        index = self.filters[name].currentIndex()
        return values[index] if values and 0 <= index < len(values) else _ALL

    # ------------------------------------------------------------------ filtering

    def current_filter(self) -> QuoteFilter:
        sets = {field: frozenset() if self._value(name) is _ALL else frozenset({self._value(name)})
                for name, field in FILTER_FIELDS.items()}
        return QuoteFilter(text=self.filters["text"].text(), **sets)

    def apply_filter(self) -> None:
        """Show the quotes that pass the filters, keeping the selection where it still shows."""
        journey = self.journey
        if journey is None:
            return
        keep = self.selected_ids()
        self.model.set_quotes(journey, filter_quotes(journey, self.current_filter()))
        self.select_ids(keep)
        total, shown = journey.count("quote"), self.model.rowCount()
        self.count_label.setText(self.tr("{shown} van 1 citaat").format(shown=shown) if total == 1
                                 else self.tr("{shown} van {total} citaten").format(shown=shown, total=total))
        self._update_actions()

    def clear_filters(self) -> None:
        for name, widget in self.filters.items():
            widget.blockSignals(True)
            if name == "text":
                widget.clear()
            else:
                widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.apply_filter()

    def visible_quote_ids(self) -> list[str]:
        """The ids of the quotes that pass the filters, in the shown order."""
        return [q.id for q in self.model.quotes]

    # ------------------------------------------------------------------ selection

    def selected_ids(self) -> list[str]:
        """The selected quotes, in the shown order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.quote_at(row).id for row in rows if row < self.model.rowCount()]

    def select_ids(self, quote_ids: list[str]) -> None:
        rows = [r for r in (self.model.row_of(q) for q in quote_ids) if r is not None]
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _update_actions(self) -> None:
        some = bool(self.table.selectionModel().hasSelection())
        for action in (self.tag_action, self.move_action, self.remove_action):
            action.setEnabled(some)
        for button in self._action_buttons:
            button.setEnabled(some)
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.passage_action.setEnabled(self._passage_quote() is not None)

    def _passage_quote(self) -> str | None:
        """The first selected quote that was made from a transcript."""
        journey = self.journey
        for quote_id in self.selected_ids():
            quote = journey.find("quote", quote_id) if journey is not None else None
            if quote is not None and quote.transcript_id is not None:
                return quote_id
        return None

    def show_passage(self) -> bool:
        quote_id = self._passage_quote()
        if quote_id is not None:
            self.passage_requested.emit(quote_id)
        return quote_id is not None

    def _context_menu(self, pos) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.show_action)
        menu.addAction(self.passage_action)
        menu.addSeparator()
        for action in (self.tag_action, self.move_action, self.remove_action):
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ actions

    def _apply(self, edit) -> bool:
        """One undo step; an edit that would change nothing is not pushed."""
        if not getattr(edit, "edits", True):
            return False
        return self.document.apply(edit)

    def tag_selected(self) -> None:
        """Ask for a tag (an existing one or a new one) and add it to the selected quotes."""
        if not self.selected_ids():
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Label toevoegen"))
        dialog.setLabelText(self.tr("Label voor de gekozen citaten:"))
        dialog.setComboBoxItems(list(all_tags(self.journey)))
        dialog.setComboBoxEditable(True)
        dialog.setTextValue("")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_tag(dialog.textValue())

    def add_tag(self, tag: str) -> bool:
        ids = self.selected_ids()
        if not ids or not tag.strip():
            return False
        return self._apply(session.tag_quotes(self.journey, ids, tag))

    def _targets(self) -> list[tuple[str, str | None]]:
        numbers = display_numbers(self.journey)
        ordered = sorted(self.journey.touchpoints, key=lambda tp: numbers[tp.id])
        return [(self.tr("Parkeerplaats"), None)] + [(f"{numbers[tp.id]}. {tp.title}", tp.id)
                                                     for tp in ordered]

    def move_selected(self) -> None:
        """Ask for a touchpoint (or the parking lot) and move the selected quotes there."""
        ids = self.selected_ids()
        if not ids:
            return
        targets = self._targets()
        here = self.journey.quote(ids[0]).touchpoint_id
        current = next((i for i, (_, tp) in enumerate(targets) if tp == here), 0)
        text, ok = QInputDialog.getItem(self, self.tr("Verplaatsen naar"),
                                        self.tr("Contactmoment voor de gekozen citaten:"),
                                        [t for t, _ in targets], current, False)
        if ok:
            found = [tp for t, tp in targets if t == text]
            if found:
                self.move_to(found[0])

    def move_to(self, touchpoint_id: str | None) -> bool:
        """Move the selected quotes to ``touchpoint_id`` (None: the parking lot)."""
        ids = self.selected_ids()
        if not ids:
            return False
        return self._apply(session.move_quotes(self.journey, ids, touchpoint_id))

    def remove_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        losing = assessment.losing_evidence(self.journey, "quote", ids)  # (norms citing them)
        if losing:  # one question that names the norms
            if not self.workspace.prompts.confirm_losing_evidence(losing):
                return False
        else:
            question = (self.tr("Dit citaat verwijderen?") if len(ids) == 1 else
                        self.tr("Deze {count} citaten verwijderen?").format(count=len(ids)))
            if not self.workspace.prompts.confirm(
                    self.tr("Verwijderen"), question + "\n" + self.tr("U kunt dit ongedaan maken.")):
                return False
        return self._apply(session.remove_quotes(self.journey, ids))

    def show_selected(self) -> None:
        """Show the touchpoint of the current quote on the canvas (a parked quote has none)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        touchpoint_id = self.model.quote_at(index.row()).touchpoint_id
        if touchpoint_id is None:
            return
        self.canvas.bring_forward(touchpoint_id)

    def _export(self) -> None:
        self.export_requested.emit(self.visible_quote_ids())
