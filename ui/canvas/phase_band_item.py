"""A phase on the canvas: a full-height band with its name in a header."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from klantreis.layout import BAND_HEADER
from ui.canvas.palette import INK, darker
from ui.fonts import ui_font


class PhaseBandItem(QGraphicsItem):
    HEADER_FONT = ui_font(10.5, bold=True)

    def __init__(self, phase_id: str, label: str, colour: str, rect: QRectF) -> None:
        super().__init__()
        self.phase_id = phase_id
        self.label = label
        self.colour = QColor(colour)
        self.rect = QRectF(rect)
        self.setZValue(-10)
        self.setToolTip(label)

    def set_geometry(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.rect = QRectF(rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        body = QColor(self.colour)
        body.setAlpha(110)
        painter.fillRect(self.rect, body)
        header = QRectF(self.rect.left(), self.rect.top(), self.rect.width(), BAND_HEADER)
        painter.fillRect(header, self.colour)
        painter.setPen(QPen(darker(self.colour, 130), 1))
        painter.drawLine(self.rect.topRight(), self.rect.bottomRight())
        painter.setPen(INK)
        painter.setFont(self.HEADER_FONT)
        metrics = QFontMetricsF(self.HEADER_FONT)
        text_rect = header.adjusted(12, 4, -12, -4)
        # two lines at most, elided, so long phase names stay inside their band
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        text = self.label
        if metrics.boundingRect(text_rect, flags, text).height() > text_rect.height():
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width() * 1.8)
        painter.drawText(text_rect, flags, text)
