"""Painting what a card shows of the designed route and the norms (the contents come from
:mod:`klantreis.evidence.card_marks`): never by colour alone.

- a step only in the design: a dashed border, a pale card (the band shows through, the text
  faded) and a dashed label "ontwerp";
- a step only in practice: a solid purple label "praktijk";
- a deadline: a line "norm 36 mnd · werkelijk 39 mnd", red after a warning triangle when the
  term is exceeded;
- an indicator: a small bar, the realised value filled against a tick at the target (a gap
  shows as the space between the fill and the tick; red below the target).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from klantreis.evidence.card_marks import CardMarks, DeadlineMark, IndicatorMark
from klantreis.model.entities import RouteRole
from klantreis.ui.canvas.palette import (
    BADGE,
    CARD,
    DESIGNED_FILL,
    EXCEEDED,
    INK,
    LIVED,
    MUTED,
    TRACK,
)
from klantreis.ui.fonts import ui_font

PILL_FONT = ui_font(6.5, bold=True)
LINE_FONT = ui_font(7.0)  # (the whole of "norm 36 mnd · werkelijk 39 mnd" fits a card)
DASHES = [4.0, 3.0]  # the border of a designed-only card (in pen widths)
FADED = 0.55  # the opacity of a designed-only card's contents
BAR_W = 40.0


def designed(marks: CardMarks) -> bool:
    return marks.route == RouteRole.DESIGNED


def border_pen(marks: CardMarks, colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    if designed(marks):
        pen.setDashPattern(DASHES)
    return pen


def fill(marks: CardMarks) -> QColor:
    return DESIGNED_FILL if designed(marks) else CARD


@lru_cache(maxsize=64)
def _width(text: str) -> float:
    return QFontMetricsF(PILL_FONT).horizontalAdvance(text)


def pill_rect(marks: CardMarks, left: float, top: float) -> QRectF | None:
    if not marks.route_label:
        return None
    return QRectF(left, top, _width(marks.route_label) + 10, 13)


def paint_route_label(painter: QPainter, marks: CardMarks, left: float, top: float) -> None:
    """"ontwerp" in a dashed outline, "praktijk" white on purple."""
    rect = pill_rect(marks, left, top)
    if rect is None:
        return
    if designed(marks):
        pen = QPen(MUTED, 1.0)
        pen.setDashPattern([3.0, 2.0])
        painter.setPen(pen)
        painter.setBrush(CARD)
        text = MUTED
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LIVED)
        text = QColor("#FFFFFF")
    painter.drawRoundedRect(rect, 6.5, 6.5)
    painter.setPen(text)
    painter.setFont(PILL_FONT)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, marks.route_label)


def paint_deadline(painter: QPainter, mark: DeadlineMark, rect: QRectF) -> None:
    """The deadline line in ``rect``; exceeded: after a warning triangle, in red."""
    colour = INK
    if mark.exceeded:
        size = 9.0
        top = rect.center().y() - size / 2
        left = rect.left()
        triangle = QPolygonF([QPointF(left + size / 2, top), QPointF(left + size, top + size),
                              QPointF(left, top + size)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(EXCEEDED)
        painter.drawPolygon(triangle)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.2))
        centre = left + size / 2
        painter.drawLine(QPointF(centre, top + 3.2), QPointF(centre, top + 6.2))
        painter.drawPoint(QPointF(centre, top + 7.8))
        rect = rect.adjusted(size + 3, 0, 0, 0)
        colour = EXCEEDED
    painter.setFont(LINE_FONT)
    painter.setPen(colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     _elided(mark.text, rect.width()))


@lru_cache(maxsize=512)
def _elided(text: str, width: float) -> str:
    return QFontMetricsF(LINE_FONT).elidedText(text, Qt.TextElideMode.ElideRight, width)


def paint_indicator(painter: QPainter, mark: IndicatorMark, rect: QRectF) -> None:
    """A bar on a scale from 0 to the larger of target and realised (a little more, so the
    tick stays inside): the realised value filled, the target a tick across the track."""
    top = rect.center().y() - 3
    track = QRectF(rect.left(), top, rect.width(), 6)
    scale = max(mark.target, mark.realised) * 1.08 or 1.0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TRACK)
    painter.drawRoundedRect(track, 2, 2)
    filled = QRectF(track.left(), top, track.width() * mark.realised / scale, 6)
    painter.setBrush(EXCEEDED if mark.below else BADGE)
    path = QPainterPath()
    path.addRoundedRect(filled, 2, 2)
    painter.drawPath(path)
    x = track.left() + track.width() * mark.target / scale
    painter.setPen(QPen(INK, 1.6))
    painter.drawLine(QPointF(x, top - 2.5), QPointF(x, top + 8.5))


def paint_overview(painter: QPainter, marks: CardMarks, width: float, height: float) -> None:
    """Far out, without text: a purple block for a step only in practice, a red one for an
    exceeded deadline (the dashed border of a designed-only card is drawn by the card)."""
    if marks.route == RouteRole.LIVED:
        painter.fillRect(QRectF(60, 8, 40, 40), LIVED)
    if marks.deadline is not None and marks.deadline.exceeded:
        painter.fillRect(QRectF(10, height - 30, width - 20, 20), EXCEEDED)
