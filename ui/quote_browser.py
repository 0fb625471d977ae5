"""All quotes of the journey in one table ("Citatenoverzicht"): filter them on text, touchpoint,
phase, group, respondent, perspective, sentiment, language, tag and provenance, sort them by a
column, and tag, move or delete the selected ones (each one undo step). Double-click or Enter
shows the quote's touchpoint on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from klantreis.evidence import session
from klantreis.evidence.quote_filter import QuoteFilter, all_languages, all_tags, filter_quotes
from klantreis.graph.route import display_numbers
from klantreis.model.entities import Perspective, Provenance, Sentiment
from klantreis.ui.quote_format import perspective_label, sentiment_icon, sentiment_label
from klantreis.ui.quote_table_model import COLUMN, DIRECTION_ROLE, DirectionDelegate, QuoteTableModel
from klantreis.ui.wiring import on_changes, rewire

__all__ = ["DIRECTION_ROLE", "QuoteBrowser"]

_ALL = object()  # the value of "Alle" in every filter box
_ASK = object()
SENTIMENT_ORDER = (Sentiment.VERY_NEGATIVE, Sentiment.NEGATIVE, Sentiment.NEUTRAL,
                   Sentiment.POSITIVE, Sentiment.VERY_POSITIVE, Sentiment.MIXED, Sentiment.UNKNOWN)
# filter name -> the QuoteFilter field it sets
FILTER_FIELDS = {
    "touchpoint": "touchpoint_ids", "phase": "phase_ids", "group": "group_ids",
    "respondent": "respondent_ids", "perspective": "perspectives", "sentiment": "sentiments",
    "language": "languages", "tag": "tags", "provenance": "provenances",
}
COLUMN_WIDTHS = {"number": 40, "touchpoint": 200, "phase": 130, "respondent": 84, "group": 140,
                 "perspective": 100, "sentiment": 128, "language": 44, "text": 420, "tags": 160,
                 "source": 240}
MIN_TEXT_WIDTH = 380  # the Citaat column: at least this, else the rest of the visible width


class QuoteBrowser(QDialog):
    """Public API: ``filters`` (name -> widget: "text" is a QLineEdit, the others QComboBoxes
    with "Alle" first), ``table``, ``model``, ``count_label``, ``apply_filter()``,
    ``visible_quote_ids()``, ``selected_ids()``, ``select_ids(ids)``, ``clear_filters()``,
    ``tag_selected()`` / ``add_tag(tag)``, ``move_selected()`` / ``move_to(touchpoint_id)``,
    ``remove_selected()``, ``show_selected()``, ``set_document(document)``;
    ``export_requested(list)`` carries the ids of the shown quotes, in the shown order."""

    export_requested = Signal(list)

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
        self.filters: dict[str, QLineEdit | QComboBox] = {}
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
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        search = QLineEdit()
        search.setPlaceholderText(self.tr("Zoeken in citaten…"))
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self.apply_filter)
        self.filters["text"] = search
        top.addWidget(QLabel(self.tr("Zoeken:")))
        top.addWidget(search, 1)
        clear = QPushButton(self.tr("Filters wissen"))
        clear.clicked.connect(self.clear_filters)
        top.addWidget(clear)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setMinimumWidth(  # room for large counts, so the search field stays put
            self.count_label.fontMetrics().horizontalAdvance("00000 van 00000 citaten") + 8)
        top.addWidget(self.count_label)
        column.addLayout(top)

        grid = QGridLayout()
        labels = (("touchpoint", self.tr("Contactmoment:")), ("phase", self.tr("Fase:")),
                  ("group", self.tr("Groep:")), ("respondent", self.tr("Respondent:")),
                  ("perspective", self.tr("Perspectief:")), ("sentiment", self.tr("Sentiment:")),
                  ("language", self.tr("Taal:")), ("tag", self.tr("Label:")),
                  ("provenance", self.tr("Herkomst:")))
        for i, (name, text) in enumerate(labels):
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
            box.currentIndexChanged.connect(self.apply_filter)
            self.filters[name] = box
            row, pair = divmod(i, 3)
            label = QLabel(text)
            label.setBuddy(box)
            grid.addWidget(label, row, 2 * pair)
            grid.addWidget(box, row, 2 * pair + 1)
            grid.setColumnStretch(2 * pair + 1, 1)
        column.addLayout(grid)

        self.model = QuoteTableModel(self)
        self.table = table = QTableView()
        table.setModel(self.model)
        table.setItemDelegate(DirectionDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSortIndicator(COLUMN["number"], Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        table.setSortingEnabled(True)
        for key, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(COLUMN[key], width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.doubleClicked.connect(lambda _index: self.show_selected())
        table.selectionModel().selectionChanged.connect(self._update_actions)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        column.addWidget(table, 1)

        self.tag_action = self._action(self.tr("Label toevoegen…"), self.tag_selected)
        self.move_action = self._action(self.tr("Verplaatsen naar…"), self.move_selected)
        self.remove_action = self._action(self.tr("Verwijderen"), self.remove_selected,
                                          QKeySequence(Qt.Key.Key_Delete))
        self.show_action = self._action(self.tr("Tonen op de kaart"), self.show_selected,
                                        QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))
        for shortcut, slot in ((QKeySequence.StandardKey.Undo, self.workspace.undo),
                               (QKeySequence.StandardKey.Redo, self.workspace.redo)):
            action = QAction(self)  # undo in the table; a text field keeps its own typing undo
            action.setShortcuts(shortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        buttons = QHBoxLayout()
        for action in (self.tag_action, self.move_action, self.remove_action):
            buttons.addWidget(self._button(action.text(), action.trigger))
        buttons.addStretch(1)
        self.export_button = self._button(self.tr("Exporteren (CSV)…"), self._export)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self._button(self.tr("Sluiten"), self.close))
        column.addLayout(buttons)
        self._action_buttons = [buttons.itemAt(i).widget() for i in range(3)]

    def _action(self, text: str, slot, *keys: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if keys:
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only in the table
            self.table.addAction(action)
        return action

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter in the search field must not press a button
        button.clicked.connect(lambda _checked=False: slot())
        return button

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

    def _context_menu(self, pos) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.show_action)
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
