"""An actor's lane in the swimlane view: a full-width row with the actor's name at the left."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QGraphicsItem

from klantreis.graph.layout import LABEL_W
from klantreis.ui.fonts import ui_font

SHADE = QColor("#E9EDF2")  # every other lane
PLAIN = QColor("#FBFCFD")
LINE = QColor("#CBD2D9")
STRIPE_W = 6.0


class LaneItem(QGraphicsItem):
    """Background only: not selectable, below everything else. ``actor_id`` is None for the
    lane of touchpoints without actors."""

    NAME_FONT = ui_font(9.5, bold=True)

    def __init__(self, actor_id: str | None, label: str, colour: str, rect: QRectF,
                 shaded: bool, tooltip: str = "") -> None:
        super().__init__()
        self.actor_id = actor_id
        self.label = label
        self.colour = QColor(colour)
        self.rect = QRectF(rect)
        self.shaded = shaded
        self.setZValue(-20)
        self.setToolTip(tooltip or label)

    def header_rect(self) -> QRectF:
        return QRectF(self.rect.left(), self.rect.top(), LABEL_W - 16, self.rect.height())

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        painter.fillRect(self.rect, SHADE if self.shaded else PLAIN)
        header = self.header_rect()
        tint = QColor(self.colour)
        tint.setAlpha(28)
        painter.fillRect(header, QColor("#FFFFFF"))
        painter.fillRect(header, tint)
        painter.fillRect(QRectF(header.left(), header.top(), STRIPE_W, header.height()), self.colour)
        painter.setPen(QPen(LINE, 1))
        painter.drawLine(self.rect.bottomLeft(), self.rect.bottomRight())
        painter.drawLine(header.topRight(), header.bottomRight())
        painter.setPen(self.colour)
        self._draw_name(painter, header.adjusted(STRIPE_W + 10, 6, -8, -6))

    def _draw_name(self, painter: QPainter, rect: QRectF) -> None:
        """The name wrapped to the lines that fit, centred vertically; the last line elided."""
        font = self.NAME_FONT
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        max_lines = max(1, int(rect.height() // metrics.lineSpacing()))
        layout = QTextLayout(self.label, font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(text_option)
        lines: list[str] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            lines.append(self.label[line.textStart():line.textStart() + line.textLength()])
        layout.endLayout()
        if len(lines) > max_lines:
            rest = "".join(lines[max_lines - 1:])
            lines = lines[:max_lines - 1] + [
                metrics.elidedText(rest, Qt.TextElideMode.ElideRight, rect.width())]
        top = rect.top() + (rect.height() - len(lines) * metrics.lineSpacing()) / 2
        for i, text in enumerate(lines):
            painter.drawText(QRectF(rect.left(), top + i * metrics.lineSpacing(), rect.width(),
                                    metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text.strip())
