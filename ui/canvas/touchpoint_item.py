"""A contactmoment on the canvas: a numbered card with title, actors and a sentiment smiley, and
its marks of the designed route and the norms (ui/canvas/card_marks.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem

from klantreis.evidence.card_marks import NO_MARKS, CardMarks
from klantreis.graph.layout import CARD_H, CARD_W
from klantreis.ui.canvas import card_marks as marks_painter
from klantreis.ui.canvas.palette import (
    BADGE,
    BOTTLENECK,
    CARD,
    DISAGREE,
    INK,
    MUTED,
    darker,
    sentiment_colour,
)
from klantreis.ui.canvas.smiley import paint_smiley
from klantreis.ui.fonts import ui_font

HANDLE_R = 8.0  # radius of the connection handle
LOW_DETAIL = 0.35  # below this zoom a card is drawn without text


def VOTE_WORD() -> str:  # noqa: N802 (reads like the constant it stands for)
    return QCoreApplication.translate("TouchpointItem", "stem")


@dataclass(frozen=True)
class CardData:
    number: int
    title: str
    actors: str
    phase_colour: str
    mean: float | None
    n: int
    bottleneck: bool
    matters: bool
    tooltip: str
    vote_mean: float | None = None  # the respondents' votes, kept apart from the quotes
    vote_n: int = 0
    vote_spread: float | None = None
    disagree: bool = False  # statushouders and uitvoerders differ by 2 points or more
    marks: CardMarks = NO_MARKS  # designed or lived only, deadline, indicator


class TouchpointItem(QGraphicsItem):
    """Movable and selectable; moving only shows the drag, the scene turns it into an intent."""

    TITLE_FONT = ui_font(9.0, bold=True)
    SMALL_FONT = ui_font(7.5)
    NUMBER_FONT = ui_font(8.5, bold=True)

    def __init__(self, touchpoint_id: str, data: CardData | Callable[[], CardData]) -> None:
        """``data``: the card's contents, or what to call for them when the card is first
        drawn (or asked for its data)."""
        super().__init__()
        self.touchpoint_id = touchpoint_id
        self._data: CardData | None = None
        self._source: Callable[[], CardData] | None = None
        if isinstance(data, CardData):
            self._set(data)
        else:
            self._source = data
        self.setZValue(10)
        self.setAcceptHoverEvents(True)
        flag = QGraphicsItem.GraphicsItemFlag  # (in one call: each change passes itemChange)
        self.setFlags(flag.ItemIsSelectable | flag.ItemIsMovable | flag.ItemSendsGeometryChanges
                      | flag.ItemIsFocusable)
        # drawn once per zoom level and then blitted: a canvas of a thousand cards pans smoothly
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._hovered = False
        self.placed: tuple[float, float] | None = None  # where the scene last put it
        self.made_from: tuple | None = None  # what the scene last made its contents from
        self._title_lines = None  # (title, height, [(rect, text)]): the wrapped title, made once
        self._actors_line = None  # (actors, width, elided text)

    def itemChange(self, change, value):  # noqa: N802 (Qt override)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if scene is not None and hasattr(scene, "card_moved"):
                scene.card_moved(self.touchpoint_id)
        return super().itemChange(change, value)

    @property
    def data(self) -> CardData:
        if self._data is None:
            source, self._source = self._source, None
            self._set(source())
        return self._data

    def _set(self, data: CardData) -> None:
        self._data = data
        self.setToolTip(data.tooltip)

    def set_source(self, source: Callable[[], CardData]) -> None:
        """New contents to work out when the card is next drawn (or asked for its data)."""
        self._data, self._source = None, source
        self.setToolTip("")
        self.update()

    def set_data(self, data: CardData) -> None:
        self.prepareGeometryChange()
        self._source = None
        self._set(data)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(-3, -3, CARD_W + 6 + HANDLE_R, CARD_H + 6)

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, CARD_W, CARD_H)

    def handle_rect(self) -> QRectF:
        """The connection handle at the right edge: drag from it to another card to connect."""
        return QRectF(CARD_W - HANDLE_R, CARD_H / 2 - HANDLE_R, 2 * HANDLE_R, 2 * HANDLE_R)

    def handle_visible(self) -> bool:
        return self._hovered or self.isSelected()

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.data  # noqa: B018 (the contents, and with them the tooltip, before Qt asks for it)
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        d = self.data
        rect = self.card_rect()
        border = darker(d.phase_colour, 170)
        width = 2.6 if self.isSelected() else (1.8 if d.matters else 1.1)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOW_DETAIL:  # zoomed far out: the card, its number and its mood, no text
            self._paint_overview(painter, rect, border, width)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        marks = d.marks
        painter.setPen(marks_painter.border_pen(marks, INK if self.isSelected() else border, width))
        painter.setBrush(marks_painter.fill(marks))
        painter.drawRoundedRect(rect, 8, 8)
        faded = marks_painter.designed(marks)
        if faded:  # a step only in the design: its contents pale, its marks at full strength
            painter.setOpacity(marks_painter.FADED)
        if d.bottleneck:  # an orange stripe on the left marks a knelpunt
            stripe = QPainterPath()
            stripe.addRoundedRect(QRectF(0, 0, 7, CARD_H), 3, 3)
            painter.fillPath(stripe, BOTTLENECK)
        # number badge
        badge = QRectF(10, 8, 24, 24)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE)
        painter.drawEllipse(badge)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(self.NUMBER_FONT)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(d.number))
        if d.matters:  # a star next to the number: a moment that matters
            painter.setPen(BOTTLENECK)
            painter.drawText(QRectF(36, 8, 16, 24), Qt.AlignmentFlag.AlignCenter, "★")
        # quote smiley with n; below it the votes (mean, spread, n)
        painter.setFont(self.SMALL_FONT)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if d.mean is not None:
            paint_smiley(painter, QRectF(CARD_W - 36, 8, 26, 26), d.mean)
            painter.setPen(MUTED)
            painter.drawText(QRectF(CARD_W - 110, 6, 70, 14), right, f"n={d.n}")
        if d.vote_n:  # between the star and the smiley; without the spread when it is narrow
            painter.setPen(INK)
            locale = QLocale()  # (a decimal comma in Dutch, a point in English)
            mean = ("+" if round(d.vote_mean, 1) > 0 else "−" if round(d.vote_mean, 1) < 0 else "") + \
                locale.toString(abs(d.vote_mean), "f", 1)
            spread = f" ±{locale.toString(d.vote_spread, 'f', 1)}" if d.vote_n > 1 else ""
            box = QRectF(54, 21, CARD_W - 40 - 54, 14)
            text = f"{VOTE_WORD()} {mean}{spread} n={d.vote_n}"
            if QFontMetricsF(self.SMALL_FONT).horizontalAdvance(text) > box.width():
                text = f"{VOTE_WORD()} {mean} n={d.vote_n}"
            painter.drawText(box, right, text)
        if d.disagree:  # two worlds: a red badge on the smiley's top right corner
            marker = QRectF(CARD_W - 19, 2, 15, 15)
            painter.setPen(QPen(CARD, 1.2))
            painter.setBrush(DISAGREE)
            painter.drawEllipse(marker)
            painter.setPen(QColor("#FFFFFF"))
            painter.setFont(self.NUMBER_FONT)
            painter.drawText(marker, Qt.AlignmentFlag.AlignCenter, "≠")
        # title, wrapped to at most three lines (two above a deadline)
        painter.setPen(INK)
        line = marks.deadline is not None
        self._draw_wrapped(painter, d.title,
                           QRectF(12, 38, CARD_W - 24, CARD_H - 38 - (38 if line else 24)))
        # actors (beside an indicator's bar)
        painter.setPen(MUTED)
        painter.setFont(self.SMALL_FONT)
        actors_w = CARD_W - 24 - (marks_painter.BAR_W + 8 if marks.indicator else 0)
        if self._actors_line is None or self._actors_line[:2] != (d.actors, actors_w):
            metrics = QFontMetricsF(self.SMALL_FONT)
            elided = metrics.elidedText(d.actors, Qt.TextElideMode.ElideRight, actors_w)
            self._actors_line = (d.actors, actors_w, elided)
        actors = self._actors_line[2]
        painter.drawText(QRectF(12, CARD_H - 20, actors_w, 14),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, actors)
        if faded:
            painter.setOpacity(1.0)
        if marks is not NO_MARKS:
            self._paint_marks(painter, marks)
        if self.handle_visible():
            painter.setPen(QPen(CARD, 1.5))
            painter.setBrush(BADGE)
            painter.drawEllipse(self.handle_rect())
            painter.setPen(QPen(CARD, 1.6))
            centre = self.handle_rect().center()
            painter.drawLine(centre + QPointF(-3.5, 0), centre + QPointF(3.5, 0))
            painter.drawLine(centre + QPointF(0, -3.5), centre + QPointF(0, 3.5))

    def _paint_marks(self, painter: QPainter, marks: CardMarks) -> None:
        """The route label after the number (and star), the deadline line above the actors,
        the indicator's bar beside them."""
        marks_painter.paint_route_label(painter, marks, 54.0, 7.0)
        if marks.deadline is not None:
            marks_painter.paint_deadline(painter, marks.deadline,
                                         QRectF(9, CARD_H - 35, CARD_W - 15, 14))
        if marks.indicator is not None:
            marks_painter.paint_indicator(
                painter, marks.indicator,
                QRectF(CARD_W - 12 - marks_painter.BAR_W, CARD_H - 20, marks_painter.BAR_W, 14))

    def _paint_overview(self, painter: QPainter, rect: QRectF, border, width: float) -> None:
        """Level of detail for an overview of a large journey: a few fills, no text layout."""
        d = self.data
        painter.setPen(marks_painter.border_pen(d.marks, INK if self.isSelected() else border,
                                                width * 2))
        painter.setBrush(marks_painter.fill(d.marks))
        painter.drawRect(rect)
        if d.bottleneck:
            painter.fillRect(QRectF(0, 0, 10, CARD_H), BOTTLENECK)
        painter.fillRect(QRectF(10, 8, 40, 40), BADGE)
        if d.mean is not None:
            painter.fillRect(QRectF(CARD_W - 50, 8, 40, 40), sentiment_colour(d.mean))
        if d.marks is not NO_MARKS:
            marks_painter.paint_overview(painter, d.marks, CARD_W, CARD_H)

    def _draw_wrapped(self, painter: QPainter, text: str, rect: QRectF) -> None:
        painter.setFont(self.TITLE_FONT)
        if self._title_lines is None or self._title_lines[:2] != (text, rect.height()):
            self._title_lines = (text, rect.height(), _wrapped_lines(text, rect, self.TITLE_FONT))
        for line_rect, chunk in self._title_lines[2]:
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chunk)


def _wrapped_lines(text: str, rect: QRectF, font) -> list[tuple[QRectF, str]]:
    """The title wrapped into ``rect`` (the last line elided), laid out once per title: a
    card's paint then only draws strings (a canvas of a thousand cards repaints often)."""
    metrics = QFontMetricsF(font)
    max_lines = max(1, round(rect.height() / metrics.lineSpacing()))
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long Dutch compounds
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    y = 0.0
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, y))
        lines.append(line)
        y += metrics.lineSpacing()
    layout.endLayout()
    out = []
    for i, line in enumerate(lines):
        start, length = line.textStart(), line.textLength()
        chunk = text[start:start + length].rstrip()
        if i == len(lines) - 1 and start + length < len(text):
            chunk = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, rect.width())
        out.append((QRectF(rect.left(), rect.top() + i * metrics.lineSpacing(), rect.width(),
                           metrics.lineSpacing()), chunk))
    return out
