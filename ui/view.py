"""The canvas view: zoom with Ctrl+wheel or Ctrl+plus/minus, pan with space+drag or the middle
mouse button, rubber-band selection with the left button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QStyleOptionGraphicsItem

from klantreis.ui.canvas.touchpoint_item import LOW_DETAIL

QUOTES_MIME = "application/x-klantreis-quotes"  # quote ids, one per line (ui.quotes_dock)


class JourneyView(QGraphicsView):
    MIN_ZOOM, MAX_ZOOM = 0.1, 4.0

    quotes_dropped = Signal(list, str)  # quote ids dropped onto the card of a touchpoint id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._space_held = False
        self._pan_from: QPoint | None = None
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    # ------------------------------------------------------------------ quotes dropped on a card

    def _card_under(self, event) -> str | None:
        scene = self.scene()
        if scene is None or not event.mimeData().hasFormat(QUOTES_MIME):
            return None
        return scene._touchpoint_at(self.mapToScene(event.position().toPoint()))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasFormat(QUOTES_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._card_under(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        tp_id = self._card_under(event)
        if tp_id is None:
            event.ignore()
            return
        ids = [i for i in bytes(event.mimeData().data(QUOTES_MIME)).decode().split("\n") if i]
        event.acceptProposedAction()
        self.quotes_dropped.emit(ids, tp_id)

    # ------------------------------------------------------------------ zoom

    def drawBackground(self, painter: QPainter, rect) -> None:  # noqa: N802 (Qt override)
        """Every frame starts here, with the zoom it is drawn at: the scene learns whether it
        is an overview (before its items are drawn)."""
        scene = self.scene()
        if hasattr(scene, "set_overview"):
            lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
            scene.set_overview(lod < LOW_DETAIL)
        super().drawBackground(painter, rect)

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(self.MIN_ZOOM / current, min(self.MAX_ZOOM / current, factor))
        self.scale(factor, factor)

    def fit(self) -> None:
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    # ------------------------------------------------------------------ pan

    @property
    def panning(self) -> bool:
        return self._pan_from is not None

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            if not self.panning:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self._space_held):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_held:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
