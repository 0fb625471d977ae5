"""A transition in the swimlane view: the journey view's arrow (style, arrow head, selection),
drawn along a right-angled route from :mod:`klantreis.graph.swimlane_routes` with its label in the
box that the route planned for it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from klantreis.graph.swimlane_routes import Route
from klantreis.model.entities import RouteRole, TransitionKind
from klantreis.ui.canvas.transition_item import TransitionItem, TransitionLabelItem, rounded_path

CORNER = 6.0  # radius of the rounded corners


def label_width(text: str) -> float:
    """The width of a label box, as the journey view's label item sizes it."""
    font = TransitionLabelItem.FONT
    return min(QFontMetricsF(font).horizontalAdvance(text) + 12, TransitionLabelItem.MAX_W)


class RoutedTransitionItem(TransitionItem):
    def __init__(self, transition_id: str, kind: TransitionKind, label: str,
                 route: RouteRole = RouteRole.BOTH) -> None:
        super().__init__(transition_id, kind, label, route)
        self.label_box: QRectF | None = None
        if label:
            self.label_item = RoutedLabelItem(self)

    def set_route(self, route: Route) -> None:
        self.prepareGeometryChange()
        self.lane = None
        self.set_path(rounded_path([QPointF(x, y) for x, y in route.points], CORNER))
        self.label_box = QRectF(*route.label) if route.label is not None else None
        if self.label_item is not None:
            self.label_item.follow()


class RoutedLabelItem(TransitionLabelItem):
    """The label, in the arrow's planned box (or at the middle of the arrow without one)."""

    def follow(self) -> None:
        box = getattr(self.arrow, "label_box", None)
        if box is None:
            super().follow()
            return
        self.prepareGeometryChange()
        self.rect = QRectF(box)
        wanted = self.width_for(self.arrow.label)  # (the diamond of an arrow only in practice)
        if wanted > box.width():
            self.rect.adjust(-(wanted - box.width()) / 2, 0, (wanted - box.width()) / 2, 0)
        self.waiting = False
