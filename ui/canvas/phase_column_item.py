"""A phase in the swimlane view: a header at the top of the phase's columns and a light tint of
the phase colour down through the lanes."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from klantreis.ui.canvas.palette import INK, darker
from klantreis.ui.fonts import ui_font


class PhaseColumnItem(QGraphicsItem):
    NAME_FONT = ui_font(10, bold=True)

    def __init__(self, phase_id: str, label: str, colour: str, header: QRectF,
                 body_bottom: float, tooltip: str = "") -> None:
        super().__init__()
        self.phase_id = phase_id
        self.label = label
        self.colour = QColor(colour)
        self.header = QRectF(header)
        self.body = QRectF(header.left(), header.bottom(), header.width(),
                           max(0.0, body_bottom - header.bottom()))
        self.setZValue(-15)  # above the lane backgrounds, below everything else
        self.setToolTip(tooltip or label)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.header.united(self.body).adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        tint = QColor(self.colour)
        tint.setAlpha(70)
        painter.fillRect(self.body, tint)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(darker(self.colour, 125), 1))
        painter.setBrush(self.colour)
        painter.drawRoundedRect(self.header.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.setPen(INK)
        painter.setFont(self.NAME_FONT)
        text = self.header.adjusted(12, 4, -12, -4)
        metrics = QFontMetricsF(self.NAME_FONT)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        used = metrics.boundingRect(text, flags, self.label)
        if used.height() <= text.height() + 1:
            painter.drawText(text, flags, self.label)
        else:  # too long for the span: one elided line, the full name is in the tooltip
            painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(self.label, Qt.TextElideMode.ElideRight,
                                                text.width()))
