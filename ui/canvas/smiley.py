"""A sentiment smiley: face colour on the PuOr scale, mouth from frown (-2) to smile (+2)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from klantreis.ui.canvas.palette import INK, sentiment_colour


def paint_smiley(painter: QPainter, rect: QRectF, mean: float) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(INK, max(1.0, rect.width() / 16)))
    painter.setBrush(sentiment_colour(mean))
    painter.drawEllipse(rect)
    w, h = rect.width(), rect.height()
    painter.setBrush(INK)
    painter.setPen(Qt.PenStyle.NoPen)
    eye = w * 0.09
    for fx in (0.35, 0.65):
        painter.drawEllipse(QPointF(rect.left() + w * fx, rect.top() + h * 0.38), eye, eye)
    curve = max(-2.0, min(2.0, mean)) / 2.0  # -1 .. +1
    mouth_y = rect.top() + h * (0.68 - 0.06 * curve)
    path = QPainterPath(QPointF(rect.left() + w * 0.28, mouth_y))
    path.quadTo(QPointF(rect.center().x(), mouth_y + h * 0.22 * curve),
                QPointF(rect.left() + w * 0.72, mouth_y))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(INK, max(1.2, w / 12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(path)
    painter.restore()
