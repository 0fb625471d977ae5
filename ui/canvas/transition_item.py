"""A transition on the canvas: an arrow between two cards, styled by its kind, with its label.

Forward steps run from the right side of one card to the left side of the next; a step back
(a loop) arcs over the cards; steps within a column run vertically.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem

from klantreis.entities import TransitionKind
from ui.canvas.palette import ARROW, BRANCH, INK
from ui.fonts import ui_font

STYLES: dict[TransitionKind, tuple[QColor, float, Qt.PenStyle]] = {
    TransitionKind.VOLGENDE: (ARROW, 1.6, Qt.PenStyle.SolidLine),
    TransitionKind.VERTAKKING: (BRANCH, 1.8, Qt.PenStyle.SolidLine),
    TransitionKind.PARALLEL: (BRANCH, 1.6, Qt.PenStyle.DashLine),
    TransitionKind.TERUGKEER: (QColor("#7B8794"), 1.5, Qt.PenStyle.DotLine),
    TransitionKind.OMWEG: (QColor("#7B8794"), 1.5, Qt.PenStyle.DashDotLine),
    TransitionKind.OVERDRACHT: (ARROW, 2.6, Qt.PenStyle.SolidLine),
}
ARROW_SIZE = 9.0


def route_path(source: QRectF, target: QRectF) -> QPainterPath:
    """The curve from the source card to the target card."""
    if target.left() >= source.right() - 1:
        start = QPointF(source.right(), source.center().y())
        end = QPointF(target.left(), target.center().y())
        dx = max(30.0, (end.x() - start.x()) / 2)
        path = QPainterPath(start)
        path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end)
        return path
    if abs(target.center().x() - source.center().x()) < source.width() / 2:
        down = target.top() >= source.bottom()
        start = QPointF(source.center().x(), source.bottom() if down else source.top())
        end = QPointF(target.center().x(), target.top() if down else target.bottom())
        path = QPainterPath(start)
        path.lineTo(end)
        return path
    if source.top() > target.bottom():
        # back up to an earlier step that lies above: from the left side to its bottom
        start = QPointF(source.left(), source.center().y())
        end = QPointF(target.center().x(), target.bottom())
        path = QPainterPath(start)
        path.cubicTo(QPointF(end.x(), start.y()), QPointF(end.x(), start.y()), end)
        return path
    # back to an earlier step: an arc over the cards
    start = QPointF(source.center().x(), source.top())
    end = QPointF(target.center().x() + 14, target.top())
    lift = 36 + 0.12 * abs(start.x() - end.x())
    top = min(source.top(), target.top()) - lift
    path = QPainterPath(start)
    path.cubicTo(QPointF(start.x(), top), QPointF(end.x(), top), end)
    return path


class TransitionItem(QGraphicsItem):
    LABEL_FONT = ui_font(7.5)

    def __init__(self, transition_id: str, kind: TransitionKind, label: str) -> None:
        super().__init__()
        self.transition_id = transition_id
        self.kind = kind
        self.label = label
        self.path = QPainterPath()
        self.setZValue(5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        if label:
            self.setToolTip(label)

    def set_ends(self, source: QRectF, target: QRectF) -> None:
        self.prepareGeometryChange()
        self.path = route_path(source, target)

    def _label_rect(self) -> QRectF:
        metrics = QFontMetricsF(self.LABEL_FONT)
        width = min(metrics.horizontalAdvance(self.label) + 10, 180)
        mid = self.path.pointAtPercent(0.5)
        return QRectF(mid.x() - width / 2, mid.y() - 9, width, 18)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        rect = self.path.controlPointRect().adjusted(-12, -12, 12, 12)
        if self.label:
            rect = rect.united(self._label_rect())
        return rect

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        colour, width, style = STYLES[self.kind]
        if self.isSelected():
            colour, width = INK, width + 1.2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, width, style, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        end = self.path.pointAtPercent(1.0)
        angle = math.radians(self.path.angleAtPercent(1.0))
        back = QPointF(math.cos(angle), -math.sin(angle))
        normal = QPointF(-back.y(), back.x())
        head = QPolygonF([
            end,
            end - back * ARROW_SIZE + normal * (ARROW_SIZE / 2),
            end - back * ARROW_SIZE - normal * (ARROW_SIZE / 2),
        ])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(head)
        if self.label:
            rect = self._label_rect()
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.setPen(QPen(colour, 0.8))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(INK)
            painter.setFont(self.LABEL_FONT)
            metrics = QFontMetricsF(self.LABEL_FONT)
            text = metrics.elidedText(self.label, Qt.TextElideMode.ElideRight, rect.width() - 8)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
