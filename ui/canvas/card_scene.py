"""What the two views of a journey share (phase bands and a lane per actor): the intent signals
the editors connect to, the cards and arrows by id, the selection in the order the user made it,
and the card contents. Subclasses build the items in :meth:`rebuild`."""

from __future__ import annotations

import time
import weakref
from html import escape

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from klantreis.evidence import analysis
from klantreis.evidence.card_marks import card_marks
from klantreis.model.journey import Journey
from klantreis.ui.canvas.interactions import LinkDrag
from klantreis.ui.canvas.routes_overview import RoutesOverview
from klantreis.ui.canvas.touchpoint_item import CardData, TouchpointItem
from klantreis.ui.canvas.transition_item import TransitionItem
from klantreis.ui.quote_format import summary_text


class CardScene(QGraphicsScene):
    """Mirrors a journey; items never change the model. What the user does comes out as
    intents (signals) that the editors turn into undoable edits, after which the window
    rebuilds the scene. A view that cannot do something simply never emits its signal."""

    moved = Signal(dict)  # {touchpoint id: (phase id, x, y in band)}
    add_requested = Signal(str, float, float)  # phase id, x, y in band
    rename_requested = Signal(str)  # touchpoint id
    connect_requested = Signal(str, str)  # source touchpoint id, target touchpoint id
    phase_move_requested = Signal(str, int)  # phase id, new index
    phase_rename_requested = Signal(str)  # phase id
    phase_activated = Signal(str)  # the user clicked in a phase
    menu_requested = Signal(dict)  # {"kind", "id", "screen": QPoint, "phase_id", "x", "y"}

    def __init__(self, journey: Journey, parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.setBackgroundBrush(QColor("#F5F7FA"))
        self._cards: dict[str, TouchpointItem] = {}
        self._arrows: dict[str, TransitionItem] = {}
        self._shown_evidence: dict = {}  # per touchpoint id, the evidence object its card shows
        self._built_keys: dict = {}  # per touchpoint id, its layout key at the last rebuild
        self.selection_order: list[str] = []  # touchpoint ids, in the order they were selected
        self._gesture = None  # a LinkDrag (or a subclass's own gesture) while the mouse is down
        self._overview = False  # zoomed out past LOW_DETAIL: the arrows drawn as one item
        self._routes: RoutesOverview | None = None
        # cards not drawn yet get their contents a few at a time while the app is idle, so
        # zooming out on a large journey later does not wait for all of them at once
        self._prefetch = QTimer(self)
        self._prefetch.setInterval(0)
        self._prefetch.timeout.connect(self._prefetch_some)
        self._waiting: list[str] = []
        # through a weak reference: Qt reports the selection change of its own clear() while
        # the scene is being deleted, and a bound method would then run on a dead scene
        self.selectionChanged.connect(_selection_tracker(self))

    # ------------------------------------------------------------------ lookup

    def card(self, touchpoint_id: str) -> TouchpointItem:
        return self._cards[touchpoint_id]

    def arrow(self, transition_id: str) -> TransitionItem:
        return self._arrows[transition_id]

    @property
    def cards(self) -> dict[str, TouchpointItem]:
        return dict(self._cards)

    @property
    def arrows(self) -> dict[str, TransitionItem]:
        return dict(self._arrows)

    # ------------------------------------------------------------------ selection

    def selected_touchpoints(self) -> list[str]:
        """Selected cards, in the order the user selected them."""
        return [tp_id for tp_id in self.selection_order if tp_id in self._cards]

    def selected_transitions(self) -> list[str]:
        return [item.transition_id for item in self.selectedItems()
                if isinstance(item, TransitionItem)]

    def select_only(self, touchpoint_ids: list[str]) -> None:
        self.clearSelection()
        for tp_id in touchpoint_ids:
            if tp_id in self._cards:
                self._cards[tp_id].setSelected(True)

    def _track_selection(self) -> None:
        try:
            selected = {i.touchpoint_id for i in self.selectedItems() if isinstance(i, TouchpointItem)}
        except RuntimeError:  # items already deleted during clear()
            return
        self.selection_order = [t for t in self.selection_order if t in selected]
        self.selection_order += sorted(selected - set(self.selection_order))

    def _clear_items(self) -> tuple[list[str], list[str]]:
        """Remove every item (silently); returns the selection to restore afterwards."""
        keep = (self.selected_touchpoints(), self.selected_transitions())
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._cards.clear()
        self._arrows.clear()
        self._shown_evidence.clear()
        self._routes = None
        return keep

    def _finish_rebuild(self, keep: tuple[list[str], list[str]]) -> None:
        """After the subclass made every item: the arrows' overview, the layout keys and the
        selection as it was."""
        if self._routes is None:
            self._routes = RoutesOverview(self._arrows.values)
            self.addItem(self._routes)
        else:
            self._routes.invalidate()
        if self._overview:
            self._overview = False
            self.set_overview(True)
        self._remember_layout()
        self._restore_selection(keep)
        self._waiting = [tp_id for tp_id, card in reversed(self._cards.items()) if card._data is None]
        self._prefetch.start()

    PREFETCH_BUDGET = 0.008  # seconds of idle time per turn of the event loop

    def _prefetch_some(self) -> None:
        deadline = time.perf_counter() + self.PREFETCH_BUDGET
        while self._waiting and time.perf_counter() < deadline:
            card = self._cards.get(self._waiting.pop())
            if card is not None:
                card.data  # noqa: B018 (worked out now, when nobody waits for it)
        if not self._waiting:
            self._prefetch.stop()

    # ------------------------------------------------------------------ level of detail

    def set_overview(self, on: bool) -> None:
        """The view is zoomed out past LOW_DETAIL (on) or back in: all arrows are then drawn
        by one item (a frame of a whole large journey blits a few pictures, not thousands)."""
        if on == self._overview:
            return
        self._overview = on
        for arrow in self._arrows.values():
            arrow.set_overview(on)
        if self._routes is not None:
            self._routes.setVisible(on)

    def arrows_moved(self) -> None:
        """Arrows got new ends (a card being dragged): the overview follows."""
        if self._routes is not None:
            self._routes.invalidate()

    def _restore_selection(self, keep: tuple[list[str], list[str]]) -> None:
        """The same selection again after a rebuild, announced once (listeners see no
        partial selections)."""
        touchpoints, transitions = keep
        self.blockSignals(True)
        self.select_only(touchpoints)
        for tr_id in transitions:
            if tr_id in self._arrows:
                self._arrows[tr_id].setSelected(True)
        self.blockSignals(False)
        self.selection_order = [t for t in touchpoints if t in self._cards]
        self.selectionChanged.emit()

    # ------------------------------------------------------------------ hit tests and gestures

    HIT_TYPES: tuple[type, ...] = (TouchpointItem, TransitionItem)  # what top_item_at finds

    def top_item_at(self, pos: QPointF):
        """The topmost item of HIT_TYPES under a scene point (a card's parts count as the card)."""
        for item in self.items(pos):
            while item.parentItem() is not None:
                item = item.parentItem()
            if isinstance(item, self.HIT_TYPES):
                return item
        return None

    def _touchpoint_at(self, pos: QPointF) -> str | None:
        """The touchpoint a card (or anything standing for one) under ``pos`` belongs to."""
        return getattr(self.top_item_at(pos), "touchpoint_id", None)

    def _cancel_gesture(self) -> None:
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None

    def _start_link_drag(self, event, item) -> bool:
        """A left press on a card's visible handle starts dragging a new link."""
        pos = event.scenePos()
        if (event.button() == Qt.MouseButton.LeftButton and self._gesture is None
                and isinstance(item, TouchpointItem) and item.handle_visible()
                and item.mapRectToScene(item.handle_rect()).contains(pos)):
            self._gesture = LinkDrag(self, item.touchpoint_id,
                                     item.mapToScene(item.handle_rect().center()))
            event.accept()
            return True
        return False

    def _finish_gesture(self, gesture, pos: QPointF) -> None:
        """A gesture ended at ``pos``: say what the user asked for. Deferred, because the window
        rebuilds this scene when the model changes."""
        result = gesture.finish(self._touchpoint_at(pos))
        if result:
            QTimer.singleShot(0, lambda: self.connect_requested.emit(*result))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._gesture is not None:
            self._gesture.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._gesture is not None:
            gesture, self._gesture = self._gesture, None
            self._finish_gesture(gesture, event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ------------------------------------------------------------------ card contents

    def card_source(self, touchpoint_id: str, number: int):
        """What a new card calls for its contents the first time it is drawn: a card that is
        never on screen never has its evidence worked out (opening a large journey)."""
        ref = weakref.ref(self)
        return lambda: ref().card_data_of(touchpoint_id, number)

    def card_data_of(self, touchpoint_id: str, number: int) -> CardData:
        """A card's contents from the touchpoint's evidence, which is remembered as shown."""
        ev = analysis.evidence_of(self.journey, touchpoint_id)
        self._shown_evidence[touchpoint_id] = ev
        return self._card_data(self.journey.touchpoint(touchpoint_id), number, ev)

    def refresh_cards(self) -> None:
        """New card contents (quotes, votes, two worlds) without rebuilding the scene: what a
        captured quote or a vote changes. Numbers and titles stay as they are. Only the cards
        that show evidence that has changed are touched (the journey keeps unchanged evidence
        as it was; a card not drawn yet gets its contents when it is)."""
        journey, kept = self.journey, analysis.kept_evidence
        for tp_id, shown in list(self._shown_evidence.items()):
            card = self._cards.get(tp_id)
            if card is not None and kept(journey, tp_id) is not shown:
                card.set_data(self.card_data_of(tp_id, card.data.number))

    @staticmethod
    def layout_key(tp) -> tuple:
        """What a card's place depends on; a change elsewhere (title, description, norm, flags)
        only needs the card's contents drawn again."""
        return tp.phase_id, tp.x, tp.y, tp.actor_ids, tp.kind

    def can_update_in_place(self, touchpoint_ids) -> bool:
        """True when these touchpoints are on the canvas and their place has not changed."""
        built = self._built_keys
        for tp_id in touchpoint_ids:
            tp = self.journey.find("touchpoint", tp_id)
            if tp is None or tp_id not in self._cards or built.get(tp_id) != self.layout_key(tp):
                return False
        return True

    def move_in_place(self, touchpoint_ids) -> bool:
        """Put these cards where their touchpoints now are, without a rebuild; False when the
        scene must be rebuilt instead (a view whose layout ignores the positions says so)."""
        return False

    def update_cards(self, touchpoint_ids) -> None:
        """New contents for these cards (a renamed or re-described touchpoint), in place."""
        for tp_id in touchpoint_ids:
            card = self._cards[tp_id]
            card.set_data(self.card_data_of(tp_id, card.data.number))

    def _remember_layout(self) -> None:
        """After a rebuild: the layout keys the cards were placed with."""
        self._built_keys = {tp_id: self.layout_key(self.journey.touchpoint(tp_id)) for tp_id in self._cards}

    def _card_data(self, tp, number: int, ev: analysis.TouchpointEvidence) -> CardData:
        journey = self.journey
        worlds = analysis.worlds_row(tp.id, ev)
        actors = ", ".join(journey.actor(a).name for a in tp.actor_ids)
        tooltip = f"<b>{number}. {escape(tp.title, quote=False)}</b>"
        if tp.description:
            tooltip += f"<br>{escape(tp.description[:400], quote=False)}"
        if tp.norm:
            label = self.tr("Norm")
            tooltip += f"<br><i>{label}: {escape(tp.norm, quote=False)}</i>"
        tooltip += "<br>" + self.tr("Citaten: {quotes}").format(quotes=summary_text(ev.quotes))
        if ev.votes.n:
            tooltip += "<br>" + self.tr("Stemmen: {votes}").format(votes=summary_text(ev.votes))
        if worlds.difference is not None:
            tooltip += "<br>" + self.tr("Statushouders {client} · uitvoerders {executor}").format(
                client=summary_text(worlds.client), executor=summary_text(worlds.executor))
        marks = card_marks(journey, tp)
        if marks.tooltip:
            tooltip += "<br>" + escape(marks.tooltip, quote=False).replace("\n", "<br>")
        return CardData(number=number, title=tp.title, actors=actors,
                        phase_colour=journey.phase(tp.phase_id).colour, mean=ev.quotes.mean,
                        n=ev.quotes.n, bottleneck=tp.bottleneck,
                        matters=tp.matters, tooltip=tooltip, vote_mean=ev.votes.mean,
                        vote_n=ev.votes.n, vote_spread=ev.votes.spread,
                        disagree=worlds.disagree, marks=marks)


def _selection_tracker(scene: CardScene):
    ref = weakref.ref(scene)

    def track() -> None:
        live = ref()
        if live is not None:
            live._track_selection()

    return track
