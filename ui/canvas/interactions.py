"""Mouse gestures on the journey scene that are not plain item moves, as small state machines:
dragging a link from a card's connection handle, and dragging a phase header to reorder phases.
Each shows its own feedback item and, when it ends, says what the user asked for; the scene
turns that into an intent signal. Neither touches the model."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from klantreis.graph import layout

FEEDBACK = QColor("#1F5C99")


class LinkDrag:
    """From a card's handle to another card: a dashed line follows the mouse."""

    def __init__(self, scene: QGraphicsScene, source_id: str, start: QPointF) -> None:
        self.scene = scene
        self.source_id = source_id
        self.start = QPointF(start)
        self.line = QGraphicsLineItem(QLineF(start, start))
        self.line.setPen(QPen(FEEDBACK, 2, Qt.PenStyle.DashLine))
        self.line.setZValue(50)
        scene.addItem(self.line)

    def move(self, pos: QPointF) -> None:
        self.line.setLine(QLineF(self.start, pos))

    def finish(self, target_id: str | None) -> tuple[str, str] | None:
        """(source, target) when released over another card, else None."""
        self.cancel()
        if target_id is None or target_id == self.source_id:
            return None
        return self.source_id, target_id

    def cancel(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


class PhaseDrag:
    """A phase header dragged up or down: a thick line shows where the phase will go."""

    def __init__(self, scene: QGraphicsScene, bands: list[layout.Band], phase_id: str) -> None:
        self.scene = scene
        self.bands = bands
        self.phase_id = phase_id
        self.index = self._current_index()
        self.line = QGraphicsLineItem()
        self.line.setPen(QPen(FEEDBACK, 4))
        self.line.setZValue(50)
        self.line.hide()
        scene.addItem(self.line)

    def _current_index(self) -> int:
        return [b.phase_id for b in self.bands].index(self.phase_id)

    def target_index(self, y: float) -> int:
        """The index the phase gets when dropped at height ``y``: the gap nearest to ``y``."""
        edges = [self.bands[0].top] + [b.bottom for b in self.bands]
        gap = min(range(len(edges)), key=lambda i: abs(edges[i] - y))
        current = self._current_index()
        return gap - 1 if gap > current else gap

    def move(self, pos: QPointF) -> None:
        self.index = self.target_index(pos.y())
        if self.index == self._current_index():
            self.line.hide()
            return
        edges = [self.bands[0].top] + [b.bottom for b in self.bands]
        gap = self.index + 1 if self.index > self._current_index() else self.index
        y = edges[gap]
        self.line.setLine(QLineF(self.bands[0].left, y, self.bands[0].right, y))
        self.line.show()

    def finish(self, pos: QPointF) -> tuple[str, int] | None:
        """(phase, new index) when the phase would move, else None."""
        self.cancel()
        index = self.target_index(pos.y())
        return None if index == self._current_index() else (self.phase_id, index)

    def cancel(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
