"""The arrows of a zoomed-out journey drawn by one item: a stroke per arrow style instead of a
thousand small items, each with its own cached picture to blit in every frame.

The scene switches to it when its view is zoomed out past LOW_DETAIL (where labels are not
drawn); the arrows then keep their place, their selection and their hit tests, but draw
nothing unless selected. (One scene, one zoom: a scene shown in two views at once follows the
view that drew last.)"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from klantreis.ui.canvas.transition_item import TransitionItem


@dataclass
class _Stroke:
    pen: QPen
    colour: QColor
    lines: QPainterPath
    heads: QPainterPath


class RoutesOverview(QGraphicsItem):
    def __init__(self, arrows: Callable[[], Iterable[TransitionItem]]) -> None:
        super().__init__()
        self._arrows = arrows
        self._strokes: list[_Stroke] | None = None
        self._bounds = QRectF()
        self.setZValue(4.9)  # just below the arrows (a selected one is drawn over it), below the cards
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setVisible(False)

    def invalidate(self) -> None:
        """An arrow moved or changed: the strokes are made again when next drawn. Hidden (at
        normal zoom) the item has no extent and makes nothing, so opening a journey or
        dragging a card does not pay for it."""
        if self.isVisible():
            self.prepareGeometryChange()
        self._strokes = None
        self.update()

    def itemChange(self, change, value):  # noqa: N802 (Qt override)
        if change == QGraphicsItem.GraphicsItemChange.ItemVisibleHasChanged:
            self.prepareGeometryChange()  # (shown: its extent is worked out; hidden: none)
        return super().itemChange(change, value)

    @property
    def strokes(self) -> list[_Stroke]:
        if self._strokes is None:
            by_style: dict[tuple, _Stroke] = {}
            for arrow in self._arrows():
                colour, width, style = arrow.style()
                key = (colour.name(QColor.NameFormat.HexArgb), width, style)
                if key not in by_style:
                    by_style[key] = _Stroke(QPen(colour, width, style, Qt.PenCapStyle.RoundCap),
                                            colour, QPainterPath(), QPainterPath())
                by_style[key].lines.addPath(arrow.path)
                by_style[key].heads.addPolygon(arrow.head())
            self._strokes = list(by_style.values())
            bounds = QRectF()
            for stroke in self._strokes:
                bounds = bounds.united(stroke.lines.controlPointRect()).united(
                    stroke.heads.boundingRect())
            self._bounds = bounds.adjusted(-4, -4, 4, 4)
        return self._strokes

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        if not self.isVisible():
            return QRectF()
        self.strokes  # noqa: B018 (made with their bounds)
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # (as the arrows far out)
        for stroke in self.strokes:
            painter.setPen(stroke.pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(stroke.lines)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(stroke.colour)
            painter.drawPath(stroke.heads)
