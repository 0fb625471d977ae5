"""The two docks of judging practice against norms, as one controller a window places: the
Indicatoren dock and the Toetsingskader dock, the actions that bring them forward (Ctrl+Shift+I,
Ctrl+Shift+T) and the links between them and the other docks: an indicator clicked in the
inspector or in a norm's evidence is shown in the Indicatoren dock, a quote in a norm's
evidence in the Citaten dock (or, without it, in the quote browser), and a norm takes the
quotes chosen in the Citaten dock as evidence.

The window keeps the docks' places (``addDockWidget``, ``tabifyDockWidget``) and puts
``actions`` in a menu (``build_menu``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from klantreis.ui.dock_actions import dock_action
from klantreis.ui.indicators_dock import IndicatorsDock
from klantreis.ui.norms_dock import NormsDock


class AssessmentDocks(QObject):
    """``AssessmentDocks(workspace, canvas, host, inspector=None, quotes=None, browser=None)``:
    ``indicators`` and ``norms`` (the docks, parented to ``host``), ``actions`` ("norms",
    "indicators"). ``inspector`` (an InspectorDock), ``quotes`` (a QuotesDock) and ``browser``
    (a callable that opens the quote browser and returns it) are the window's, each optional."""

    def __init__(self, workspace, canvas, host, *, inspector=None, quotes=None,
                 browser: Callable | None = None) -> None:
        super().__init__(host)
        self.workspace, self.canvas = workspace, canvas
        self.quotes, self.browser = quotes, browser
        self.indicators = IndicatorsDock(workspace, canvas, host)
        self.norms = NormsDock(workspace, canvas, host)
        self.actions: dict[str, QAction] = {
            "norms": dock_action(self.norms, self.tr("&Toetsingskader"), "Ctrl+Shift+T", self.norms.tree),
            "indicators": dock_action(self.indicators, self.tr("&Indicatoren"), "Ctrl+Shift+I",
                                      self.indicators.table),
        }
        self.norms.indicator_requested.connect(self.show_indicator)
        self.norms.quote_requested.connect(self.show_quote)
        if inspector is not None:
            inspector.indicator_requested.connect(self.show_indicator)
        if quotes is not None:
            self.norms.quote_selection = quotes.quote_list.selected_ids

    def build_menu(self, menu) -> None:
        for name in ("norms", "indicators"):
            menu.addAction(self.actions[name])

    # ------------------------------------------------------------------ showing evidence

    @staticmethod
    def _bring_forward(dock, focus) -> None:
        dock.show()
        dock.raise_()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_indicator(self, indicator_id: str) -> None:
        """The indicator's row in the Indicatoren dock, brought forward (the canvas keeps its
        selection)."""
        journey = self.workspace.journey
        if journey is None or journey.find("indicator", indicator_id) is None:
            return
        self._bring_forward(self.indicators, self.indicators.table)
        self.indicators.show_indicator(indicator_id)

    def show_quote(self, quote_id: str) -> None:
        """The quote in the Citaten dock: its card chosen on the canvas (or none: the parking
        lot) and the quote chosen in the list; without that dock, in the quote browser."""
        journey = self.workspace.journey
        quote = journey.find("quote", quote_id) if journey is not None else None
        if quote is None:
            return
        if self.quotes is None:
            if self.browser is not None:
                browser = self.browser()
                browser.clear_filters()
                browser.select_ids([quote_id])
            return
        self._bring_forward(self.quotes, self.quotes.quote_list)
        scene = self.canvas.scene
        if quote.touchpoint_id is not None:
            self.canvas.show_touchpoint(quote.touchpoint_id)
        elif scene is not None:
            scene.clearSelection()
        listed = self.quotes.quote_list
        for row in range(listed.count()):
            item = listed.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == quote_id)
            if item.isSelected():
                listed.setCurrentItem(item)
                listed.scrollToItem(item)
