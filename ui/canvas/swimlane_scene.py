"""The swimlane view of a journey: a lane per actor, the route left to right, phases as column
headers. Built from :func:`klantreis.graph.swimlanes.swimlane_layout`, arrows along the routes of
:func:`klantreis.graph.swimlane_routes.route_transitions`.

Positions are the layout's, never the user's: cards are selectable but not movable here. The
scene offers the selection API and the intent signals of :class:`ui.canvas.scene.JourneyScene`,
so the editors attach to either view and their actions (rename, connect, delete via the
selection, the right-click menu) work in both.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from klantreis.graph import swimlane_routes, swimlanes
from klantreis.graph.layout import phase_letter
from klantreis.model.journey import Journey
from klantreis.ui.canvas.also_involved_item import AlsoInvolvedItem
from klantreis.ui.canvas.card_scene import CardScene
from klantreis.ui.canvas.lane_item import LaneItem
from klantreis.ui.canvas.palette import MUTED
from klantreis.ui.canvas.phase_column_item import PhaseColumnItem
from klantreis.ui.canvas.routed_transition_item import RoutedTransitionItem, label_width
from klantreis.ui.canvas.touchpoint_item import TouchpointItem
from klantreis.ui.canvas.transition_item import TransitionItem


class SwimlaneScene(CardScene):
    """Mirrors a journey in lanes. Positions and phase order are not edited in this view, so
    it never emits ``moved``, ``add_requested``, ``phase_move_requested`` or
    ``phase_rename_requested``; a click in a phase's columns emits ``phase_activated``."""

    phase_bands = False  # (a lane per actor: the phases are columns, edited in the phase bands)

    HIT_TYPES = (TouchpointItem, AlsoInvolvedItem, TransitionItem)  # a marker stands for its card

    def __init__(self, journey: Journey, parent=None) -> None:
        super().__init__(journey, parent)
        self.lane_layout: swimlanes.SwimlaneLayout | None = None
        self._lanes: dict[str | None, LaneItem] = {}
        self._phases: list[PhaseColumnItem] = []
        self._markers: dict[str, list[AlsoInvolvedItem]] = {}
        self.rebuild()

    # ------------------------------------------------------------------ lookup

    def lane(self, actor_id: str | None) -> LaneItem:
        """The lane of an actor; None: the lane of touchpoints without actors."""
        return self._lanes[actor_id]

    def markers(self, touchpoint_id: str) -> list[AlsoInvolvedItem]:
        return list(self._markers.get(touchpoint_id, ()))

    @property
    def lanes(self) -> dict[str | None, LaneItem]:
        return dict(self._lanes)

    @property
    def phase_columns(self) -> list[PhaseColumnItem]:
        return list(self._phases)

    def phase_at(self, x: float) -> str | None:
        """The phase whose columns hold scene x, or None (lane headers, gaps between phases)."""
        for span in self.lane_layout.phases:
            if span.left <= x < span.right:
                return span.phase_id
        return None

    # ------------------------------------------------------------------ building

    def rebuild(self) -> None:
        """Recreate every item from the journey, keeping the selection."""
        self._cancel_gesture()
        keep = self._clear_items()
        for items in (self._lanes, self._markers):
            items.clear()
        self._phases.clear()
        journey = self.journey
        result = swimlanes.swimlane_layout(journey, self.tr("Zonder actor"))
        self.lane_layout = result
        self._add_lanes(result)
        self._add_phases(result)
        for tp_id, placement in result.cards.items():
            card = TouchpointItem(tp_id, self.card_source(tp_id, placement.number))
            card.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
            card.setPos(placement.x, placement.y)
            self.addItem(card)
            self._cards[tp_id] = card
        for marker in result.markers:
            self._add_marker(marker)
        routes = swimlane_routes.route_transitions(journey, result, label_width)
        for tr in journey.transitions:
            arrow = RoutedTransitionItem(tr.id, tr.kind, tr.label, tr.route)
            arrow.set_route(routes[tr.id])
            self.addItem(arrow)
            if arrow.label_item is not None:
                self.addItem(arrow.label_item)
            self._arrows[tr.id] = arrow
        self.setSceneRect(self.itemsBoundingRect().adjusted(-24, -24, 24, 24))
        self._finish_rebuild(keep)

    def _add_lanes(self, result: swimlanes.SwimlaneLayout) -> None:
        for lane in result.lanes:
            if lane.actor_id is None:
                colour, tooltip = MUTED.name(), self.tr("Contactmomenten zonder actor")
            else:
                actor = self.journey.actor(lane.actor_id)
                colour, tooltip = actor.colour, f"<b>{escape(actor.name, quote=False)}</b>"
            item = LaneItem(lane.actor_id, lane.label, colour,
                            QRectF(0, lane.top, result.width, lane.height), lane.index % 2 == 1,
                            tooltip)
            self.addItem(item)
            self._lanes[lane.actor_id] = item

    def _add_phases(self, result: swimlanes.SwimlaneLayout) -> None:
        for span in result.phases:
            phase = self.journey.phase(span.phase_id)
            label = f"{phase_letter(self.journey.index_of('phase', phase.id))}. {phase.name}"
            tooltip = f"<b>{escape(label, quote=False)}</b>"
            if phase.description:
                tooltip += f"<br>{escape(phase.description[:400], quote=False)}"
            # the header leaves a corridor (LANE_PAD) free above the first lane
            header = QRectF(span.left, 0, span.width, swimlanes.PHASE_HEADER_H - swimlanes.LANE_PAD)
            item = PhaseColumnItem(phase.id, label, phase.colour, header, result.height, tooltip)
            self.addItem(item)
            self._phases.append(item)

    def _add_marker(self, marker: swimlanes.Marker) -> None:
        tp = self.journey.touchpoint(marker.touchpoint_id)
        lane = self.lane_layout.lanes[marker.lane]
        colour = self.journey.actor(lane.actor_id).colour if lane.actor_id else MUTED.name()
        tooltip = self.tr("{number}. {title}<br>Ook betrokken: {actor}").format(
            number=marker.number, title=escape(tp.title, quote=False),
            actor=escape(lane.label, quote=False))
        item = AlsoInvolvedItem(tp.id, marker.number, tp.title, colour,
                                (marker.width, marker.height), tooltip)
        item.setPos(marker.x, marker.y)
        self.addItem(item)
        self._markers.setdefault(tp.id, []).append(item)

    # ------------------------------------------------------------------ interaction

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        pos = event.scenePos()
        item = self.top_item_at(pos)
        if self._start_link_drag(event, item):
            return
        left = event.button() == Qt.MouseButton.LeftButton
        if left and isinstance(item, AlsoInvolvedItem):
            # a marker stands for its card: select that card (Ctrl toggles it)
            card = self._cards[item.touchpoint_id]
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                card.setSelected(not card.isSelected())
            else:
                self.select_only([item.touchpoint_id])
            event.accept()
            return
        if item is None and (phase_id := self.phase_at(pos.x())) is not None:
            self.phase_activated.emit(phase_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt override)
        touchpoint_id = self._touchpoint_at(event.scenePos())
        if touchpoint_id is not None:
            self.rename_requested.emit(touchpoint_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Like JourneyScene's, except that "phase_id" stays empty: the editor would offer a
        new card at (x, y) in a band, and this view has no such place."""
        pos = event.scenePos()
        item = self.top_item_at(pos)
        request = {"kind": "canvas", "id": "", "screen": event.screenPos(), "phase_id": "",
                   "x": 0.0, "y": 0.0}
        if isinstance(item, TouchpointItem | AlsoInvolvedItem):
            if not self._cards[item.touchpoint_id].isSelected():
                self.select_only([item.touchpoint_id])
            request.update(kind="touchpoint", id=item.touchpoint_id)
        elif isinstance(item, TransitionItem):
            if not item.isSelected():
                self.clearSelection()
                item.setSelected(True)
            request.update(kind="transition", id=item.transition_id)
        elif (phase_id := self.phase_at(pos.x())) is not None:
            self.phase_activated.emit(phase_id)  # the phase actions of the menu act on it
        self.menu_requested.emit(request)
        event.accept()
