"""An "also involved" marker in the swimlane view: a low dashed box with the touchpoint's number
and title, in the lane of an actor that takes part in a touchpoint whose card lies elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from klantreis.ui.canvas.palette import MUTED
from klantreis.ui.fonts import ui_font


class AlsoInvolvedItem(QGraphicsItem):
    """Not selectable itself: the scene selects the touchpoint's card when it is clicked."""

    FONT = ui_font(7.5)
    NUMBER_FONT = ui_font(7.5, bold=True)

    def __init__(self, touchpoint_id: str, number: int, title: str, colour: str,
                 size: tuple[float, float], tooltip: str = "") -> None:
        super().__init__()
        self.touchpoint_id = touchpoint_id
        self.number = number
        self.title = title
        self.colour = QColor(colour)
        self.rect = QRectF(0, 0, *size)
        self.setZValue(8)  # above the arrows, below the cards
        self.setToolTip(tooltip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRoundedRect(self.rect, 6, 6)
        badge = QRectF(8, (self.rect.height() - 20) / 2, 20, 20)
        painter.setPen(QPen(self.colour, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(badge)
        painter.setFont(self.NUMBER_FONT)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.number))
        text = QRectF(badge.right() + 6, 0, self.rect.width() - badge.right() - 12,
                      self.rect.height())
        painter.setPen(MUTED)
        painter.setFont(self.FONT)
        title = QFontMetricsF(self.FONT).elidedText(self.title, Qt.TextElideMode.ElideRight,
                                                    text.width())
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
