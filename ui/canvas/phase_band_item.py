"""A phase on the canvas: a full-width band with its letter and name in a header at the left."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from klantreis.graph.layout import LABEL_W
from klantreis.ui.canvas.palette import INK, MUTED, darker
from klantreis.ui.fonts import ui_font


class PhaseBandItem(QGraphicsItem):
    LETTER_FONT = ui_font(20, bold=True)
    NAME_FONT = ui_font(10.5, bold=True)
    NOTE_FONT = ui_font(8)

    def __init__(self, phase_id: str, letter: str, name: str, note: str, colour: str,
                 rect: QRectF, tooltip: str = "") -> None:
        super().__init__()
        self.phase_id = phase_id
        self.letter = letter
        self.name = name
        self.note = note
        self.colour = QColor(colour)
        self.rect = QRectF(rect)
        self.setZValue(-10)
        self.setToolTip(f"<b>{letter}. {name}</b>" + (f"<br>{tooltip}" if tooltip else ""))

    @property
    def label(self) -> str:
        return f"{self.letter}. {self.name}"

    def set_geometry(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.rect = QRectF(rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        body = QColor(self.colour)
        body.setAlpha(90)
        painter.fillRect(self.rect, body)
        header = QRectF(self.rect.left(), self.rect.top(), LABEL_W - 16, self.rect.height())
        painter.fillRect(header, self.colour)
        painter.setPen(QPen(darker(self.colour, 125), 1))
        painter.drawLine(self.rect.bottomLeft(), self.rect.bottomRight())
        inner = header.adjusted(14, 12, -10, -10)
        painter.save()
        painter.setClipRect(header)
        painter.setPen(darker(self.colour, 260))
        painter.setFont(self.LETTER_FONT)
        letter_h = QFontMetricsF(self.LETTER_FONT).height()
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), letter_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.letter)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        name_rect = QRectF(inner.left(), inner.top() + letter_h + 2, inner.width(),
                           inner.height() - letter_h - 2)
        painter.setPen(INK)
        painter.setFont(self.NAME_FONT)
        used = QFontMetricsF(self.NAME_FONT).boundingRect(name_rect, flags, self.name)
        painter.drawText(name_rect, flags, self.name)
        if self.note:
            note_rect = QRectF(name_rect.left(), used.bottom() + 4, name_rect.width(),
                               name_rect.bottom() - used.bottom() - 4)
            if note_rect.height() > 12:
                painter.setPen(MUTED)
                painter.setFont(self.NOTE_FONT)
                painter.drawText(note_rect, flags, self.note)
        painter.restore()
