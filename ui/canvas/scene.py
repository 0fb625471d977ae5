"""The journey scene: builds one item per phase, touchpoint and transition from the model."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer

from klantreis.evidence import analysis
from klantreis.evidence.card_marks import indicators_of
from klantreis.graph import layout
from klantreis.graph import route as graph
from klantreis.graph.layout import phase_letter
from klantreis.model.journey import Journey
from klantreis.ui.canvas.card_scene import CardScene
from klantreis.ui.canvas.interactions import PhaseDrag
from klantreis.ui.canvas.phase_band_item import PhaseBandItem
from klantreis.ui.canvas.touchpoint_item import TouchpointItem
from klantreis.ui.canvas.transition_item import TransitionItem

ROOM = (-40, -40, 240, 200)  # around the items: space to add a card to the right and below


class JourneyScene(CardScene):
    """The journey as phase bands stacked top to bottom, cards where the user put them."""

    HIT_TYPES = (TouchpointItem, TransitionItem, PhaseBandItem)
    phase_bands = True  # the phases can be edited here (added, renamed, moved)

    def __init__(self, journey: Journey, parent=None) -> None:
        super().__init__(journey, parent)
        self._bands: dict[str, PhaseBandItem] = {}
        self._band_geometry: list[layout.Band] = []
        self._links: dict[str, list[str]] = {}
        self._pressed_at: dict[str, QPointF] = {}
        self.rebuild()

    def band(self, phase_id: str) -> PhaseBandItem:
        return self._bands[phase_id]

    @property
    def bands(self) -> dict[str, PhaseBandItem]:
        return dict(self._bands)

    # ------------------------------------------------------------------ building

    def rebuild(self) -> None:
        """Bring every item in line with the journey, keeping the selection. Items whose part of
        the journey is unchanged stay as they are; the rest are made (or moved) again: a new
        card, connection or deletion in a large journey touches a few of its thousands."""
        self._cancel_gesture()
        journey = self.journey
        keep = (self.selected_touchpoints(), self.selected_transitions())
        bands, positions = layout.scene_layout(journey)
        self._band_geometry = bands
        self.blockSignals(True)  # (listeners see one selection change, at the end)
        self._syncing = True  # (cards put in place do not drag their arrows along one by one)
        try:
            self._sync_bands(bands)
            moved = self._sync_cards(positions)
            self._sync_arrows(moved)
        finally:
            self._syncing = False
            self.blockSignals(False)
        self._finish_rebuild(keep)
        self.setSceneRect(self.itemsBoundingRect().adjusted(*ROOM))

    _syncing = False

    def _sync_bands(self, bands: list[layout.Band]) -> None:
        journey = self.journey
        wanted = {}
        for band in bands:
            phase = journey.phase(band.phase_id)
            count = len(journey.touchpoints_in_phase(phase.id))
            wanted[phase.id] = (phase_letter(journey.index_of("phase", phase.id)), phase.name,
                                self.tr("%n contactmoment(en)", "", count), phase.colour,
                                QRectF(band.left, band.top, band.width, band.height),
                                escape(phase.description, quote=False))
        for phase_id, item in list(self._bands.items()):
            if wanted.get(phase_id) != item.made_from:
                self.removeItem(item)
                del self._bands[phase_id]
        for phase_id, made_from in wanted.items():
            if phase_id not in self._bands:
                item = PhaseBandItem(phase_id, *made_from)
                item.made_from = made_from
                self.addItem(item)
                self._bands[phase_id] = item

    def _sync_cards(self, positions: dict[str, tuple[float, float]]) -> set[str]:
        """Cards for the touchpoints, each made from its parts and at its place; returns the
        touchpoints whose card was put somewhere else (or is new)."""
        journey = self.journey
        moved: set[str] = set()
        numbers = graph.display_numbers(journey)
        present = {tp.id for tp in journey.touchpoints}
        for tp_id in [t for t in self._cards if t not in present]:
            self.removeItem(self._cards.pop(tp_id))
            self._shown_evidence.pop(tp_id, None)
        actors = {a.id: a for a in journey.actors}
        colours = {p.id: p.colour for p in journey.phases}
        measured = journey.count("indicator") > 0
        for tp in journey.touchpoints:
            made_from = (tp, numbers[tp.id], tuple(actors[a] for a in tp.actor_ids),
                         colours[tp.phase_id], indicators_of(journey, tp.id) if measured else ())
            shown = self._shown_evidence.get(tp.id)
            card = self._cards.get(tp.id)
            if card is None:
                card = TouchpointItem(tp.id, self.card_source(tp.id, numbers[tp.id]))
                self.addItem(card)
                self._cards[tp.id] = card
            elif (not _same(card.made_from, made_from)  # new contents, worked out when drawn
                  or (shown is not None and analysis.kept_evidence(journey, tp.id) is not shown)):
                # (new evidence, e.g. a group's perspective changed)
                card.set_source(self.card_source(tp.id, numbers[tp.id]))
                self._shown_evidence.pop(tp.id, None)
            card.made_from = made_from
            place = positions[tp.id]
            # (a selected card may have been dragged, and its move refused: it goes back)
            if card.placed != place or card.isSelected():
                if card.x() != place[0] or card.y() != place[1]:
                    card.setPos(*place)
                    moved.add(tp.id)
                card.placed = place
        return moved

    def _sync_arrows(self, moved: set[str]) -> None:
        """Arrows for the transitions: a new one where a new transition is, new ends where a
        card moved or the lane changed; the others are left as they are."""
        journey = self.journey
        band_index = {tp.id: journey.index_of("phase", tp.phase_id) for tp in journey.touchpoints}
        present = {tr.id for tr in journey.transitions}
        for tr_id in [t for t in self._arrows if t not in present]:
            self._remove_arrow(tr_id)
        self._links = {tp.id: [] for tp in journey.touchpoints}
        lanes = 0
        for tr in journey.transitions:
            lane = None
            if band_index[tr.target_id] - band_index[tr.source_id] > 1:
                # past whole bands: along a lane left of the cards, each arrow its own lane
                lane = layout.LABEL_W - 4 + 7 * (lanes % 4)
                lanes += 1
            arrow = self._arrows.get(tr.id)
            if arrow is not None and (arrow.kind, arrow.label, arrow.route) != (tr.kind, tr.label,
                                                                                tr.route):
                self._remove_arrow(tr.id)
                arrow = None
            if arrow is None:
                arrow = TransitionItem(tr.id, tr.kind, tr.label, tr.route)
                self._route(arrow, tr, lane)
                self.addItem(arrow)
                if arrow.label_item is not None:
                    self.addItem(arrow.label_item)
                self._arrows[tr.id] = arrow
            elif lane != arrow.lane or tr.source_id in moved or tr.target_id in moved:
                self._route(arrow, tr, lane)
            self._links[tr.source_id].append(tr.id)
            self._links[tr.target_id].append(tr.id)

    def _route(self, arrow: TransitionItem, tr, lane: float | None) -> None:
        """The arrow from the card of its source to the card of its target, where they are."""
        arrow.set_ends(self._scene_rect_of(tr.source_id), self._scene_rect_of(tr.target_id), lane)

    def _remove_arrow(self, transition_id: str) -> None:
        arrow = self._arrows.pop(transition_id)
        if arrow.label_item is not None:
            self.removeItem(arrow.label_item)
        self.removeItem(arrow)

    def move_in_place(self, touchpoint_ids) -> bool:
        """Touchpoints that only moved within their phase (a drag, or its undo): when the phase
        bands keep their size, the cards move and their arrows follow; the other thousand
        items of a large journey stay as they are."""
        journey = self.journey
        for tp_id in touchpoint_ids:
            tp = journey.find("touchpoint", tp_id)
            built = self._built_keys.get(tp_id)
            if tp is None or built is None or tp_id not in self._cards:
                return False
            key = self.layout_key(tp)
            if (key[0], *key[3:]) != (built[0], *built[3:]):  # another phase, lanes or kind
                return False
        bands, positions = layout.scene_layout(journey)
        if bands != self._band_geometry:
            return False
        room = self.sceneRect()
        for tp_id in touchpoint_ids:
            card = self._cards[tp_id]
            card.setPos(*positions[tp_id])  # (its arrows follow: card_moved)
            card.placed = positions[tp_id]
            tp = journey.touchpoint(tp_id)
            self._built_keys[tp_id] = self.layout_key(tp)
            card.made_from = (tp, *card.made_from[1:])
            room = room.united(card.sceneBoundingRect().adjusted(*ROOM))
            for tr_id in self._links.get(tp_id, ()):  # (an arc over the cards may rise higher)
                room = room.united(self._arrows[tr_id].sceneBoundingRect().adjusted(-40, -40, 40, 40))
        self.setSceneRect(room)
        self.update_cards(touchpoint_ids)  # (in case more than the place changed)
        return True

    # ------------------------------------------------------------------ interaction

    def card_moved(self, touchpoint_id: str) -> None:
        """A card is being dragged: its arrows follow (the model changes on release)."""
        if self._syncing:
            return
        for tr_id in self._links.get(touchpoint_id, ()):
            arrow = self._arrows[tr_id]
            self._route(arrow, self.journey.transition(tr_id), arrow.lane)
        self.arrows_moved()

    def _header_at(self, pos: QPointF) -> PhaseBandItem | None:
        item = self.top_item_at(pos)
        if isinstance(item, PhaseBandItem) and pos.x() < item.rect.left() + layout.LABEL_W - 16:
            return item
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        pos = event.scenePos()
        item = self.top_item_at(pos)
        if self._start_link_drag(event, item):
            return
        if event.button() == Qt.MouseButton.LeftButton and self._gesture is None:
            header = self._header_at(pos)
            if header is not None:
                self._gesture = PhaseDrag(self, self._band_geometry, header.phase_id)
                self.phase_activated.emit(header.phase_id)
                event.accept()
                return
        if isinstance(item, PhaseBandItem):
            self.phase_activated.emit(item.phase_id)
        super().mousePressEvent(event)
        self._pressed_at = {tp_id: self._cards[tp_id].pos() for tp_id in self.selected_touchpoints()}

    def _finish_gesture(self, gesture, pos: QPointF) -> None:
        if isinstance(gesture, PhaseDrag):
            result = gesture.finish(pos)
            if result:
                QTimer.singleShot(0, lambda: self.phase_move_requested.emit(*result))
        else:
            super()._finish_gesture(gesture, pos)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        ended_gesture = self._gesture is not None
        super().mouseReleaseEvent(event)  # ends a link or phase drag, or the item moves
        if ended_gesture:
            return
        moves, dragged = {}, False
        for tp_id, before in self._pressed_at.items():
            card = self._cards.get(tp_id)
            if card is None or card.pos() == before:
                continue
            dragged = True
            hit = layout.to_band(self._band_geometry, card.pos().x(), card.pos().y())
            if hit is None:  # dropped outside every band: the card goes back (its arrows follow)
                if card.placed is not None:
                    card.setPos(*card.placed)
                continue
            band, (x, y) = hit
            moves[tp_id] = (band.phase_id, x, y)
        self._pressed_at = {}
        # deferred, so the items are rebuilt after Qt has finished with this event
        if moves:
            QTimer.singleShot(0, lambda: self.moved.emit(moves))
        elif dragged:
            QTimer.singleShot(0, self.rebuild)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt override)
        pos = event.scenePos()
        item = self.top_item_at(pos)
        if isinstance(item, TouchpointItem):
            self.rename_requested.emit(item.touchpoint_id)
            event.accept()
            return
        header = self._header_at(pos)
        if header is not None:
            QTimer.singleShot(0, lambda: self.phase_rename_requested.emit(header.phase_id))
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            # a new card centred on the click; to_band judges the band by the card's middle
            hit = layout.to_band(self._band_geometry, pos.x() - layout.CARD_W / 2,
                                 pos.y() - layout.CARD_H / 2)
            if hit is not None:
                target, (x, y) = hit
                self.add_requested.emit(target.phase_id, x, y)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        pos = event.scenePos()
        item = self.top_item_at(pos)
        request = {"kind": "canvas", "id": "", "screen": event.screenPos(), "phase_id": "",
                   "x": 0.0, "y": 0.0}
        if isinstance(item, TouchpointItem):
            if not item.isSelected():
                self.select_only([item.touchpoint_id])
            request.update(kind="touchpoint", id=item.touchpoint_id)
        elif isinstance(item, TransitionItem):
            if not item.isSelected():
                self.clearSelection()
                item.setSelected(True)
            request.update(kind="transition", id=item.transition_id)
        hit = layout.to_band(self._band_geometry, pos.x() - layout.CARD_W / 2,
                             pos.y() - layout.CARD_H / 2)
        if hit is not None:
            band, (x, y) = hit
            request.update(phase_id=band.phase_id, x=x, y=y)
            if request["kind"] == "canvas" and self._header_at(pos) is not None:
                request.update(kind="phase", id=band.phase_id)
        self.menu_requested.emit(request)
        event.accept()

    def _scene_rect_of(self, touchpoint_id: str) -> QRectF:
        card = self._cards[touchpoint_id]
        return card.mapRectToScene(card.card_rect())


def _same(old: tuple, new: tuple) -> bool:
    """Whether a card was made from these very parts: the touchpoint, its actors and the
    indicators that measure it by identity (an edit replaces an entity, it never changes one),
    the number and the colour by value."""
    tp, number, actors, colour, indicators = new
    return (old[0] is tp and old[1] == number and old[3] == colour and _all_is(old[2], actors)
            and _all_is(old[4], indicators))


def _all_is(old: tuple, new: tuple) -> bool:
    return len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True))

