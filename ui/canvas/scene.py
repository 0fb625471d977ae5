"""The journey scene: builds one item per phase, touchpoint and transition from the model."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from klantreis import graph, layout
from klantreis.analysis import quote_sentiment_by_touchpoint
from klantreis.journey import Journey
from ui.canvas.phase_band_item import PhaseBandItem
from ui.canvas.touchpoint_item import CardData, TouchpointItem
from ui.canvas.transition_item import TransitionItem


class JourneyScene(QGraphicsScene):
    """Mirrors a journey. Items never change the model; they only show it."""

    def __init__(self, journey: Journey, parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.setBackgroundBrush(QColor("#F5F7FA"))
        self._cards: dict[str, TouchpointItem] = {}
        self._arrows: dict[str, TransitionItem] = {}
        self._bands: dict[str, PhaseBandItem] = {}
        self.rebuild()

    # ------------------------------------------------------------------ lookup

    def card(self, touchpoint_id: str) -> TouchpointItem:
        return self._cards[touchpoint_id]

    def arrow(self, transition_id: str) -> TransitionItem:
        return self._arrows[transition_id]

    def band(self, phase_id: str) -> PhaseBandItem:
        return self._bands[phase_id]

    @property
    def cards(self) -> dict[str, TouchpointItem]:
        return dict(self._cards)

    @property
    def arrows(self) -> dict[str, TransitionItem]:
        return dict(self._arrows)

    @property
    def bands(self) -> dict[str, PhaseBandItem]:
        return dict(self._bands)

    # ------------------------------------------------------------------ building

    def rebuild(self) -> None:
        self.clear()
        self._cards.clear()
        self._arrows.clear()
        self._bands.clear()
        journey = self.journey
        bands, positions = layout.scene_layout(journey)
        for band in bands:
            phase = journey.phase(band.phase_id)
            letter = phase_letter(journey.index_of("phase", phase.id))
            count = len(journey.touchpoints_in_phase(phase.id))
            note = self.tr("%n contactmoment(en)", "", count)
            item = PhaseBandItem(phase.id, letter, phase.name, note, phase.colour,
                                 QRectF(band.left, band.top, band.width, band.height),
                                 _escape(phase.description))
            self.addItem(item)
            self._bands[phase.id] = item
        numbers = graph.display_numbers(journey)
        sentiment = quote_sentiment_by_touchpoint(journey)
        for tp in journey.touchpoints:
            card = TouchpointItem(tp.id, self._card_data(tp, numbers[tp.id], sentiment[tp.id]))
            x, y = positions[tp.id]
            card.setPos(x, y)
            self.addItem(card)
            self._cards[tp.id] = card
        band_index = {tp.id: journey.index_of("phase", tp.phase_id) for tp in journey.touchpoints}
        lanes = 0
        for tr in journey.transitions:
            arrow = TransitionItem(tr.id, tr.kind, tr.label)
            lane = None
            if band_index[tr.target_id] - band_index[tr.source_id] > 1:
                # past whole bands: along a lane left of the cards, each arrow its own lane
                lane = layout.LABEL_W - 4 + 7 * (lanes % 4)
                lanes += 1
            arrow.set_ends(self._scene_rect_of(tr.source_id), self._scene_rect_of(tr.target_id),
                           lane)
            self.addItem(arrow)
            if arrow.label_item is not None:
                self.addItem(arrow.label_item)
            self._arrows[tr.id] = arrow
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))

    def _scene_rect_of(self, touchpoint_id: str) -> QRectF:
        card = self._cards[touchpoint_id]
        return card.mapRectToScene(card.card_rect())

    def _card_data(self, tp, number: int, summary) -> CardData:
        journey = self.journey
        actors = ", ".join(journey.actor(a).name for a in tp.actor_ids)
        tooltip = f"<b>{number}. {_escape(tp.title)}</b>"
        if tp.description:
            tooltip += f"<br>{_escape(tp.description[:400])}"
        if tp.norm:
            tooltip += f"<br><i>{self.tr('Norm')}: {_escape(tp.norm)}</i>"
        return CardData(
            number=number,
            title=tp.title,
            actors=actors,
            phase_colour=journey.phase(tp.phase_id).colour,
            mean=summary.mean,
            n=summary.n,
            bottleneck=tp.bottleneck,
            matters=tp.matters,
            tooltip=tooltip,
        )


def phase_letter(index: int) -> str:
    """A, B, ... Z, then AA, AB, ...: the letter shown for the phase at ``index``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
