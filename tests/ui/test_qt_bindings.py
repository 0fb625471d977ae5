"""Guards against Qt binding defects that would crash a long session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView, QLabel


def test_void_methods_keep_the_reference_count_of_none(qtbot):
    """PySide6 6.12.0 under Python 3.11 dropped one reference to None per call of a void method;
    after a few thousand calls the interpreter aborts with "deallocating None"."""
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 10, 10)
    scene.addItem(item)
    view = QGraphicsView(scene)
    label = QLabel()
    qtbot.addWidget(view)
    qtbot.addWidget(label)
    calls = [
        lambda: view.scale(1.0, 1.0),
        lambda: view.centerOn(QPointF(5, 5)),
        lambda: view.fitInView(QRectF(0, 0, 10, 10)),
        lambda: item.setPos(1, 1),
        lambda: label.setText("x"),
    ]
    for call in calls:
        call()
    before = sys.getrefcount(None)
    for _ in range(50):
        for call in calls:
            call()
    assert sys.getrefcount(None) >= before
