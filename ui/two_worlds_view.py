"""Two worlds ("Twee werelden"): per touchpoint how statushouders experience it next to how the
executors (uitvoerders) see it, the biggest differences first. A difference of two points or
more is shown in red with a "≠". A third column holds the design: whether the step is in the
designed route (once the journey has been compared with a design) and its deadline against the
realised duration, red with "overschreden" when that is longer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from klantreis.evidence import analysis
from klantreis.evidence.card_marks import deadline_mark
from klantreis.graph.route import display_numbers
from klantreis.messages import message
from klantreis.model.entities import RouteRole
from klantreis.ui.quote_format import signed, summary_text
from klantreis.ui.wiring import on_changes, rewire

DISAGREE_COLOUR = QColor("#B00020")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NUMBER, TITLE, CLIENT, EXECUTOR, DESIGN, DIFFERENCE, BASIS = range(7)
COLUMN_WIDTHS = (42, 300, 170, 170, 290, 90, 70)


class TwoWorldsView(QDialog):
    """Public API: ``table`` (a QTreeWidget, one top-level item per row), ``basis_box`` (data:
    "auto", "votes", "quotes"), ``rows`` (the shown :class:`klantreis.evidence.analysis.WorldsRow` list),
    ``row_disagrees(row)``, ``row_exceeded(row)``, ``refresh()``, ``set_document(document)``."""

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(parent)
        self._changes = on_changes({"quote", "score", "touchpoint", "phase", "transition", "group",
                                    "respondent"}, self._document_changed)
        self.setObjectName("twoWorlds")
        self.setWindowTitle(self.tr("Twee werelden"))
        self.setModal(False)
        self.canvas = canvas
        self.document = None
        self.rows: list[analysis.WorldsRow] = []
        self._stale = False
        self._build()
        self.resize(1180, 640)
        self.set_document(workspace.document)
        workspace.document_replaced.connect(self.set_document)

    def _build(self) -> None:
        column = QVBoxLayout(self)
        explanation = QLabel(self.tr(
            "Per contactmoment de beleving van statushouders naast die van uitvoerders, en het "
            "ontwerp: of de stap in de ontworpen route zit en de termijn tegen de werkelijke duur; "
            "bovenaan de grootste verschillen. Rood: verschil van 2 punten of meer, of een "
            "overschreden termijn."))
        explanation.setWordWrap(True)
        column.addWidget(explanation)
        row = QHBoxLayout()
        label = QLabel(self.tr("Vergelijk op:"))
        row.addWidget(label)
        self.basis_box = QComboBox()
        automatic = self.tr("Automatisch (stemmen als beide groepen gestemd hebben, anders citaten)")
        for text, basis in ((automatic, "auto"), (self.tr("Stemmen"), "votes"),
                            (self.tr("Citaten"), "quotes")):
            self.basis_box.addItem(text, basis)
        self.basis_box.currentIndexChanged.connect(self.refresh)
        label.setBuddy(self.basis_box)
        row.addWidget(self.basis_box)
        row.addStretch(1)
        column.addLayout(row)

        self.table = table = QTreeWidget()
        table.setHeaderLabels([self.tr("Nr"), self.tr("Contactmoment"), self.tr("Statushouders"),
                               self.tr("Uitvoerders"), self.tr("Ontwerp"), self.tr("Verschil"),
                               self.tr("Basis")])
        table.setRootIsDecorated(False)
        table.setUniformRowHeights(True)
        table.setAlternatingRowColors(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAllColumnsShowFocus(True)
        for index, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(index, width)
        table.headerItem().setTextAlignment(NUMBER, RIGHT)
        table.headerItem().setTextAlignment(DIFFERENCE, Qt.AlignmentFlag.AlignCenter)
        table.itemDoubleClicked.connect(lambda _item, _column: self.show_current())
        show = QAction(self)
        show.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        show.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        show.triggered.connect(self.show_current)
        table.addAction(show)
        column.addWidget(table, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Sluiten"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        column.addLayout(buttons)

    # ------------------------------------------------------------------ document

    def set_document(self, document) -> None:
        rewire(self.document, document, {"changes": self._changes})
        self.document = document
        self.refresh()

    def _document_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    @property
    def basis(self) -> str:
        return self.basis_box.currentData()

    def refresh(self) -> None:
        """Compute the rows again for the chosen basis; the current touchpoint stays current."""
        self._stale = False
        journey = self.document.journey if self.document is not None else None
        if journey is None:
            return
        current = self.table.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.rows = analysis.two_worlds(journey, self.basis)
        numbers = display_numbers(journey)
        compared = any(item.route != RouteRole.BOTH
                       for kind in ("touchpoint", "transition") for item in journey.items(kind))
        scrolled = self.table.verticalScrollBar().value()
        self.table.clear()
        for row in self.rows:
            tp = journey.touchpoint(row.touchpoint_id)
            item = self._item(row, numbers[row.touchpoint_id], tp.title)
            self._design_cell(item, tp, compared)
            self.table.addTopLevelItem(item)
            if row.touchpoint_id == keep:
                self.table.setCurrentItem(item)
        self.table.verticalScrollBar().setValue(scrolled)

    def _item(self, row: analysis.WorldsRow, number: int, title: str) -> QTreeWidgetItem:
        difference = signed(row.difference)
        if row.disagree:
            difference = f"≠ {difference}"
        basis = self.tr("stemmen") if row.basis == "votes" else self.tr("citaten")
        item = QTreeWidgetItem([str(number), title, summary_text(row.client), summary_text(row.executor),
                                "", difference, basis])
        item.setData(0, Qt.ItemDataRole.UserRole, row.touchpoint_id)
        item.setTextAlignment(NUMBER, RIGHT)
        item.setTextAlignment(DIFFERENCE, Qt.AlignmentFlag.AlignCenter)
        item.setToolTip(TITLE, title)
        if row.disagree:
            item.setForeground(DIFFERENCE, QBrush(DISAGREE_COLOUR))
            font = item.font(DIFFERENCE)
            font.setBold(True)
            item.setFont(DIFFERENCE, font)
            item.setToolTip(DIFFERENCE, self.tr("Verschil van 2 punten of meer"))
        return item

    def _design_cell(self, item: QTreeWidgetItem, tp, compared: bool) -> None:
        """Whether the step is in the designed route (when the journey was compared with a
        design: else nobody knows), and its deadline; red, bold and "overschreden" when the
        realised duration is longer."""
        parts = []
        if compared:
            parts.append({RouteRole.BOTH: self.tr("in het ontwerp"),
                          RouteRole.DESIGNED: self.tr("alleen in het ontwerp"),
                          RouteRole.LIVED: self.tr("niet in het ontwerp")}[tp.route])
        mark = deadline_mark(tp.deadline)
        tooltip = [self.tr("Ontwerp en praktijk nog niet vergeleken")] if not compared else []
        if mark is not None:
            parts.append(mark.text)
            tooltip.append(mark.tooltip)
            if mark.exceeded:
                parts.append(message("design_exceeded"))
                item.setForeground(DESIGN, QBrush(DISAGREE_COLOUR))
                font = item.font(DESIGN)
                font.setBold(True)
                item.setFont(DESIGN, font)
        item.setText(DESIGN, " · ".join(parts) or "–")
        item.setToolTip(DESIGN, "\n".join(tooltip))

    def row_exceeded(self, row_index: int) -> bool:
        """True when the row shows an exceeded deadline: red, bold, with "overschreden"."""
        item = self.table.topLevelItem(row_index)
        return item is not None and item.foreground(DESIGN).color() == DISAGREE_COLOUR and \
            item.font(DESIGN).bold() and message("design_exceeded") in item.text(DESIGN)

    def row_disagrees(self, row_index: int) -> bool:
        """True when the row is shown as a disagreement: red, bold, with the ≠ marker."""
        item = self.table.topLevelItem(row_index)
        if item is None:
            return False
        return (item.foreground(DIFFERENCE).color() == DISAGREE_COLOUR and item.font(DIFFERENCE).bold()
                and item.text(DIFFERENCE).startswith("≠"))

    def show_current(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        self.canvas.bring_forward(item.data(0, Qt.ItemDataRole.UserRole))
