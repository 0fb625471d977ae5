"""The Indicatoren dock: every indicator of the journey with its target, what was realised, the
gap between them (most behind target first, until the user sorts on another column), when and
where it was measured and the touchpoints it measures. Choosing a row shows those touchpoints
on the canvas. Adding, editing (a dialog) and removing are one undo step each; removing an
indicator that norms cite asks first, naming them, and lets them go of it in the same step.

This module is the behaviour; the widgets are laid out in ui/indicators_dock_view.py."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDockWidget

from klantreis.evidence import assessment
from klantreis.model.errors import KlantreisError
from klantreis.ui.indicator_dialog import IndicatorDialog
from klantreis.ui.indicators_dock_view import (
    COLUMN,
    COLUMNS,
    ID_ROLE,
    SORT_ROLE,
    IndicatorsDockView,
    SortItem,
)
from klantreis.ui.shown_refresh import RefreshWhenShown
from klantreis.ui.wiring import bind, on_changes, rewire

BEHIND = QColor("#B00020")  # the gap of an indicator behind its target
AHEAD = QColor("#1B7A3D")


class IndicatorsDock(RefreshWhenShown, QDockWidget):
    """``IndicatorsDock(workspace, canvas, parent)``. Public API: ``set_document``, ``table``,
    ``summary``, ``error_label``; ``row_ids()`` (the ids in the shown order),
    ``selected_ids()``, ``show_indicator(id)`` (select its row without changing the canvas),
    ``add_indicator()``, ``edit_selected()``, ``remove_selected()``."""

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(self.tr("Indicatoren"), parent)
        self.setObjectName("indicators")
        self.workspace = workspace
        self.prompts = workspace.prompts
        self.canvas = canvas
        self.document = None
        self._quiet = False  # filling or showing: the canvas keeps its selection
        self.view = IndicatorsDockView(canvas.focus)
        self.setWidget(self.view)
        self.table, self.summary = self.view.table, self.view.summary
        self.error_label = self.view.error_label
        self.table.add_requested.connect(self.add_indicator)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.remove_selected)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.view.add_button.clicked.connect(self.add_indicator)
        self.view.edit_button.clicked.connect(self.edit_selected)
        self.view.remove_button.clicked.connect(self.remove_selected)
        self.table.horizontalHeader().setSortIndicator(COLUMN["gap"], Qt.SortOrder.AscendingOrder)
        self._changes = on_changes({"indicator", "touchpoint", "transition", "phase"}, self.changed)
        self.watch_view()
        bind(self, workspace)

    @property
    def journey(self):
        return self.document.journey if self.document is not None else None

    def set_document(self, document) -> None:
        rewire(self.document, document, {"changes": self._changes})
        self.document = document
        self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Fill the table again, keeping the selection, the current row and the sort order."""
        journey = self.journey
        if journey is None:
            return
        keep, current = self.selected_ids(), self._current_id()
        self._quiet = True
        try:
            self.table.setSortingEnabled(False)
            self.table.clearContents()
            self.table.setRowCount(len(journey.indicators))
            for row, indicator in enumerate(journey.indicators):
                for column, (text, key) in enumerate(self._cells(indicator)):
                    item = SortItem(text)
                    item.setData(SORT_ROLE, key)
                    item.setData(ID_ROLE, indicator.id)
                    if COLUMNS[column] in ("target", "realised", "gap"):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(row, column, item)
                self._mark_gap(row, indicator)
            self.table.setSortingEnabled(True)
            self._select(keep, current)
        finally:
            self._quiet = False
        self._summarise(journey)

    def _cells(self, indicator) -> list[tuple[str, object]]:
        point = QLocale().decimalPoint()
        number = assessment.format_number
        gap = indicator.gap
        gap_text = "" if gap is None else ("+" if gap > 0 else "") + number(gap, point).replace("-", "−")
        touchpoints = assessment.touchpoint_numbers(self.journey, indicator.touchpoint_ids)
        return [(indicator.name, indicator.name),
                (number(indicator.target, point), indicator.target),
                (number(indicator.realised, point), indicator.realised),
                # (sorted by how far behind: the worst first, whichever way is better)
                (gap_text, None if gap is None else -indicator.shortfall), (indicator.unit, indicator.unit),
                (indicator.measured_on, indicator.measured_on), (indicator.source, indicator.source),
                (touchpoints, touchpoints)]

    def _mark_gap(self, row: int, indicator) -> None:
        item = self.table.item(row, COLUMN["gap"])
        shortfall = indicator.shortfall
        if shortfall is not None and shortfall != 0:
            item.setForeground(QBrush(BEHIND if shortfall > 0 else AHEAD))
            item.setToolTip(self.tr("Achter op de streefwaarde") if shortfall > 0
                            else self.tr("Beter dan de streefwaarde"))
        if indicator.note:
            self.table.item(row, COLUMN["name"]).setToolTip(indicator.note)

    def _summarise(self, journey) -> None:
        count = len(journey.indicators)
        behind = sum(1 for i in journey.indicators if i.behind)
        self.summary.setText(self.tr("%n indicator(en)", "", count) + (
            " · " + self.tr("%n achter op de streefwaarde", "", behind) if behind else "")
            if count else self.tr("Nog geen indicatoren. Ins of ‘Nieuwe indicator…’ voegt er "
                                  "een toe."))

    # ------------------------------------------------------------------ selection

    def row_ids(self) -> list[str]:
        return [self.table.item(row, 0).data(ID_ROLE) for row in range(self.table.rowCount())]

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).data(ID_ROLE) for row in rows]

    def _current_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def _select(self, ids: list[str], current: str | None = None) -> None:
        model, selection = self.table.model(), self.table.selectionModel()
        selection.clearSelection()
        rows = {indicator_id: row for row, indicator_id in enumerate(self.row_ids())}
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for indicator_id in ids:
            if indicator_id in rows:
                selection.select(model.index(rows[indicator_id], 0), flags)
        target = current if current in rows else next((i for i in ids if i in rows), None)
        if target is not None:
            selection.setCurrentIndex(model.index(rows[target], 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(model.index(rows[target], 0))

    def show_indicator(self, indicator_id: str) -> None:
        """Select ``indicator_id``'s row (from the inspector or a norm); the canvas keeps its
        selection."""
        self.fresh()
        self._quiet = True
        try:
            self._select([indicator_id], indicator_id)
        finally:
            self._quiet = False

    def _selection_changed(self) -> None:
        """The user chose rows: their touchpoints are selected on the canvas."""
        if self._quiet or self.journey is None or self.canvas.scene is None:
            return
        ids = list(dict.fromkeys(t for i in self.selected_ids()
                                 for t in self.journey.get("indicator", i).touchpoint_ids))
        scene = self.canvas.scene
        ids = [t for t in ids if t in scene.cards]
        if not ids:
            return
        scene.select_only(ids)
        self.canvas.view.ensureVisible(scene.card(ids[0]).sceneBoundingRect(), 60, 60)

    # ------------------------------------------------------------------ actions

    def _dialog(self, indicator=None) -> IndicatorDialog:
        """Made here so tests can fill it in and accept it without a modal loop."""
        scene = self.canvas.scene
        return IndicatorDialog(self.journey, indicator,
                               lambda: scene.selected_touchpoints() if scene is not None else [], self)

    def _apply(self, edit) -> bool:
        self.error_label.hide()
        return edit is not None and self.workspace.apply(edit)

    def add_indicator(self) -> bool:
        if self.journey is None:
            return False
        dialog = self._dialog()
        try:
            if not self.prompts.run_dialog(dialog) or dialog.result_indicator is None:
                return False
            if not self._apply(assessment.add_indicator(dialog.result_indicator)):
                return False
        finally:
            dialog.deleteLater()
        self._select([dialog.result_indicator.id])
        return True

    def edit_selected(self) -> bool:
        current = self._current_id() or next(iter(self.selected_ids()), None)
        if current is None:
            return False
        dialog = self._dialog(self.journey.get("indicator", current))
        try:
            if not self.prompts.run_dialog(dialog) or dialog.result_indicator is None:
                return False
            return self._apply(assessment.change_indicator(self.journey, dialog.result_indicator))
        finally:
            dialog.deleteLater()

    def remove_selected(self) -> bool:
        """Remove the selected indicators; when norms cite them, first ask (naming the norms)."""
        ids = self.selected_ids()
        if not ids:
            return False
        losing = assessment.losing_evidence(self.journey, "indicator", ids)
        if losing and not self.prompts.confirm_losing_evidence(losing):
            return False
        try:
            edit = assessment.remove_indicators(self.journey, ids)
        except KlantreisError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        return self._apply(edit)
