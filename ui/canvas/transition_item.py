"""A transition on the canvas: an arrow between two cards, styled by its kind, with its label.

Forward steps run from the right side of one card to the left side of the next; a step on to a
later band leaves the bottom and arrives on top; a step back (a loop) arcs over the cards; steps
within a column run vertically.

A transition only in the design is drawn pale and dashed, with a hollow head; one only in
practice carries a purple diamond (at its middle, or in its label).
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
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

from klantreis.evidence.card_marks import route_description
from klantreis.model.entities import RouteRole, TransitionKind
from klantreis.ui.canvas.palette import ARROW, BRANCH, INK, LIVED, pale
from klantreis.ui.canvas.touchpoint_item import LOW_DETAIL, TouchpointItem
from klantreis.ui.fonts import ui_font

STYLES: dict[TransitionKind, tuple[QColor, float, Qt.PenStyle]] = {
    TransitionKind.VOLGENDE: (ARROW, 1.6, Qt.PenStyle.SolidLine),
    TransitionKind.VERTAKKING: (BRANCH, 1.8, Qt.PenStyle.SolidLine),
    TransitionKind.PARALLEL: (BRANCH, 1.6, Qt.PenStyle.DashLine),
    TransitionKind.TERUGKEER: (QColor("#7B8794"), 1.5, Qt.PenStyle.DotLine),
    TransitionKind.OMWEG: (QColor("#7B8794"), 1.5, Qt.PenStyle.DashDotLine),
    TransitionKind.OVERDRACHT: (ARROW, 2.6, Qt.PenStyle.SolidLine),
}
ARROW_SIZE = 9.0
DIAMOND_ROOM = 12.0  # room for the diamond in the label of an arrow only in practice


def route_path(source: QRectF, target: QRectF, lane: float | None = None) -> QPainterPath:
    """The curve from the source card to the target card. With ``lane`` (an x in scene units
    left of the cards), a step down past other bands runs along that lane instead of across
    the cards in between."""
    if lane is not None and target.top() >= source.bottom():
        return _lane_path(source, target, lane)
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
    if target.top() >= source.bottom():
        # on to a later band, like the start of a new line: leave at the bottom, arrive on top
        start = QPointF(source.center().x(), source.bottom())
        end = QPointF(target.center().x() - 14, target.top())
        bend = min(40.0, (end.y() - start.y()) / 2)
        path = QPainterPath(start)
        path.cubicTo(start + QPointF(0, bend * 2.2), end - QPointF(0, bend * 2.2), end)
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


def _lane_path(source: QRectF, target: QRectF, lane: float) -> QPainterPath:
    """Down out of the source, left to the lane, down the lane, right to above the target."""
    start = QPointF(source.center().x(), source.bottom())
    end = QPointF(target.center().x() - 14, target.top())
    y1, y2 = source.bottom() + 14, target.top() - 14
    corners = [start, QPointF(start.x(), y1), QPointF(lane, y1), QPointF(lane, y2),
               QPointF(end.x(), y2), end]
    return rounded_path(corners, 8.0)


def rounded_path(points: list[QPointF], radius: float) -> QPainterPath:
    """Straight segments through ``points`` with rounded corners (the last segment stays
    straight, so the arrow head points along it)."""
    points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    path = QPainterPath(points[0])
    for before, corner, after in zip(points, points[1:], points[2:], strict=False):
        into, out = corner - before, after - corner
        d_in = math.hypot(into.x(), into.y()) or 1.0
        d_out = math.hypot(out.x(), out.y()) or 1.0
        r = min(radius, d_in / 2, d_out / 2)
        path.lineTo(corner - into * (r / d_in))
        path.quadTo(corner, corner + out * (r / d_out))
    path.lineTo(points[-1])
    return path


def label_anchor(path: QPainterPath, lane: float | None) -> QPointF:
    """Where a transition's label goes: the middle of the arrow, or for a lane route the middle
    of its last horizontal run, in the gap above the target."""
    if lane is None or path.elementCount() < 2:
        return path.pointAtPercent(0.5)
    end = path.pointAtPercent(1.0)
    y = end.y() - 14
    return QPointF((lane + end.x()) / 2, y)


class TransitionItem(QGraphicsItem):
    """The arrow. Its label is a separate item (:attr:`label_item`) that lies above the cards,
    so a label between two close cards stays readable; the scene adds both."""

    def __init__(self, transition_id: str, kind: TransitionKind, label: str,
                 route: RouteRole = RouteRole.BOTH) -> None:
        super().__init__()
        self.transition_id = transition_id
        self.kind = kind
        self.label = label
        self.route = route
        self.path = QPainterPath()
        self.setZValue(5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # (see TouchpointItem)
        self.lane: float | None = None
        self.ends: tuple[QRectF, ...] = ()  # the cards it joins, in scene coordinates
        self._bounds = QRectF()
        self.label_item = TransitionLabelItem(self) if label else None
        self._overview = False  # the scene's RoutesOverview draws it (unless it is selected)
        tooltip = [label] if label else []
        if route != RouteRole.BOTH:
            tooltip.append(route_description(route))
        if tooltip:
            self.setToolTip("\n".join(tooltip))

    @property
    def lived(self) -> bool:
        """Only in practice: marked with a purple diamond (on its label, or at its middle)."""
        return self.route == RouteRole.LIVED

    def set_ends(self, source: QRectF, target: QRectF, lane: float | None = None) -> None:
        self.prepareGeometryChange()
        self.lane = lane
        self.ends = (QRectF(source), QRectF(target))
        self.set_path(route_path(source, target, lane))
        if self.label_item is not None:
            self.label_item.follow()

    def set_path(self, path: QPainterPath) -> None:
        self.path = path
        self._bounds = path.controlPointRect().adjusted(-12, -12, 12, 12)  # (asked for often)

    def style(self) -> tuple[QColor, float, Qt.PenStyle]:
        """Colour, width and pen style by kind; pale and dashed (where the kind's line is
        solid) when only in the design."""
        colour, width, pen_style = STYLES[self.kind]
        if self.route != RouteRole.DESIGNED:
            return colour, width, pen_style
        if pen_style == Qt.PenStyle.SolidLine:
            pen_style = Qt.PenStyle.DashLine
        return pale(colour, 150), min(width, 1.6), pen_style

    def colour(self) -> QColor:
        return INK if self.isSelected() else self.style()[0]

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path)

    def set_overview(self, on: bool) -> None:
        """Zoomed out: draw nothing (the scene's RoutesOverview strokes every arrow at once)
        unless selected; the label, too small to read, is not drawn at all."""
        self._overview = on
        flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        self.setFlag(flag, on and not self.isSelected())
        if self.label_item is not None:
            self.label_item.setFlag(flag, on)

    def itemChange(self, change, value):  # noqa: N802 (Qt override)
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            if self.label_item is not None:
                self.label_item.update()
            if self._overview:
                self.set_overview(True)
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        _, width, style = self.style()
        colour = self.colour()
        if self.isSelected():
            width += 1.2
        overview = option.levelOfDetailFromTransform(painter.worldTransform()) < LOW_DETAIL
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not overview)  # (far out: faster)
        painter.setPen(QPen(colour, width, style, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        if self.route == RouteRole.DESIGNED:  # a hollow head: not (yet) walked
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(QColor(255, 255, 255, 200))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        painter.drawPolygon(self.head())
        if self.lived and self.label_item is None and not overview:
            paint_diamond(painter, self.path.pointAtPercent(0.5))

    def head(self) -> QPolygonF:
        """The arrow head at the end of the path, pointing along it."""
        end = self.path.pointAtPercent(1.0)
        angle = math.radians(self.path.angleAtPercent(1.0))
        back = QPointF(math.cos(angle), -math.sin(angle))
        normal = QPointF(-back.y(), back.x())
        return QPolygonF([
            end,
            end - back * ARROW_SIZE + normal * (ARROW_SIZE / 2),
            end - back * ARROW_SIZE - normal * (ARROW_SIZE / 2),
        ])


def paint_diamond(painter: QPainter, centre: QPointF, size: float = 5.5) -> None:
    """The mark of an arrow only in practice: a purple diamond with a white rim."""
    painter.setPen(QPen(QColor("#FFFFFF"), 1.2))
    painter.setBrush(LIVED)
    painter.drawPolygon(QPolygonF([centre + QPointF(0, -size), centre + QPointF(size, 0),
                                   centre + QPointF(0, size), centre + QPointF(-size, 0)]))


class TransitionLabelItem(QGraphicsItem):
    """The label of a transition (e.g. "B1-route"), in a small box on the arrow: at its middle,
    or where the arrow is clear of the cards (their knelpunt stripe, number, text) and of the
    other labels; narrower, with the text elided, where only that fits (the tooltip has it all)."""

    FONT = ui_font(7.5)
    MAX_W = 180.0
    HEIGHT = 18.0
    # where else on the arrow it may go, from the middle outwards (0.45, 0.55, 0.4, ...)
    ALONG = tuple(t / 20 for k in range(1, 10) for t in (10 - k, 10 + k))
    MARGIN = 3.0  # kept free around a label

    def __init__(self, arrow: TransitionItem) -> None:
        super().__init__()
        self.arrow = arrow
        self.rect = QRectF()
        self.waiting = False  # put in a scene, not yet placed there (the others pay it no heed)
        self.setZValue(12)
        self.setToolTip(arrow.toolTip())

    def width_for(self, text: str) -> float:
        """The width of the box for the whole label (and the diamond of an arrow only in
        practice), at most MAX_W."""
        extra = DIAMOND_ROOM if self.arrow.lived else 0.0
        return min(QFontMetricsF(self.FONT).horizontalAdvance(text) + 12 + extra, self.MAX_W)

    def follow(self) -> None:
        full = self.width_for(self.arrow.label)
        path = self.arrow.path
        middle = label_anchor(path, self.arrow.lane)
        rect = self._box(middle, full)
        if self._covered(rect, self._others(self._room(rect))):  # (mostly it is free: one look)
            reach = full / 2 + self.MARGIN
            others = self._others(path.controlPointRect().adjusted(-reach, -reach, reach, reach))
            anchors = [middle] + [path.pointAtPercent(t) for t in self.ALONG]
            sizes = dict.fromkeys((full, full * 0.75, full * 0.55, min(full, 40.0), min(full, 24.0)))
            least = None
            for box in (self._box(anchor, width) for width in sizes for anchor in anchors):
                covered = self._covered(box, others)
                if least is None or covered < least:
                    rect, least = box, covered
                if not covered:
                    break
        self.prepareGeometryChange()
        self.rect = rect
        self.waiting = False

    def _box(self, centre: QPointF, width: float) -> QRectF:
        return QRectF(centre.x() - width / 2, centre.y() - self.HEIGHT / 2, width, self.HEIGHT)

    def _room(self, rect: QRectF) -> QRectF:
        return rect.adjusted(-self.MARGIN, -self.MARGIN, self.MARGIN, self.MARGIN)

    def _covered(self, rect: QRectF, others: list[QRectF]) -> float:
        room = self._room(rect)
        return sum(both.width() * both.height() for both in (room.intersected(o) for o in others)
                   if not both.isEmpty())

    def _others(self, region: QRectF) -> list[QRectF]:
        """The cards (the ends of the arrow, and in a scene every card) and the other labels
        in ``region``."""
        others = list(self.arrow.ends)
        scene = self.scene()
        if scene is not None:
            for item in scene.items(region, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                if isinstance(item, TouchpointItem):
                    others.append(item.mapRectToScene(item.card_rect()))
                elif isinstance(item, TransitionLabelItem) and item is not self and not item.waiting:
                    others.append(item.rect)
        return others

    def itemChange(self, change, value):  # noqa: N802 (Qt override)
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged and value is not None:
            _place_later(self)  # (now it can see the other cards and labels)
        return super().itemChange(change, value)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        if option.levelOfDetailFromTransform(painter.worldTransform()) < LOW_DETAIL:
            return  # a label too small to read is not drawn in an overview
        colour = self.arrow.colour()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(255, 255, 255, 240))
        painter.setPen(QPen(colour, 0.8))
        painter.drawRoundedRect(self.rect, 4, 4)
        text_rect = self.rect
        if self.arrow.lived:
            paint_diamond(painter, QPointF(self.rect.left() + 8.5, self.rect.center().y()), 4.5)
            text_rect = self.rect.adjusted(DIAMOND_ROOM, 0, 0, 0)
        painter.setPen(INK)
        painter.setFont(self.FONT)
        metrics = QFontMetricsF(self.FONT)
        text = metrics.elidedText(self.arrow.label, Qt.TextElideMode.ElideRight,
                                  text_rect.width() - 8)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, text)


_PENDING: list[TransitionLabelItem] = []  # labels put in a scene, to be placed there


def _place_later(label: TransitionLabelItem) -> None:
    """Place ``label`` once the scene it was put in is built: while items are still being
    added, a scene answers "what is here" slowly (a large journey would open seconds later)."""
    if not _PENDING:
        QTimer.singleShot(0, _place_pending)
    label.waiting = True
    _PENDING.append(label)


def _place_pending() -> None:
    labels = list(_PENDING)
    _PENDING.clear()
    for label in labels:
        if shiboken6.isValid(label) and label.scene() is not None:
            label.follow()
