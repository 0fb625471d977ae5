"""Driving the main window as a user does, for the UI tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from klantreis.io import interchange
from klantreis.store.project import open_project
from klantreis.ui.app import create_application
from klantreis.ui.document import open_document
from klantreis.ui.main_window import MainWindow


def window(qtbot, path):
    create_application()
    QSettings().remove("window")  # (each test starts from the first-time layout)
    win = MainWindow(open_document(path))
    win.prompts.interactive = False
    win.prompts.run_dialog = _unexpected_dialog  # a test that expects a modal dialog replaces this
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # window shortcuts need the active window, as for a user
    qtbot.waitUntil(win.isActiveWindow)
    win.view.setFocus()
    return win


def in_view(dock):
    """The dock's tab brought to the front, as the user does (a dock fills itself then)."""
    dock.raise_()
    QApplication.processEvents()
    return dock


def _unexpected_dialog(dialog) -> bool:
    """A modal dialog would wait for a user that is not there: fail instead of hanging."""
    raise AssertionError(f"unexpected modal dialog: {dialog.windowTitle()}")


def drag(qtbot, view, start: QPointF, end: QPointF) -> None:
    """A real mouse drag through the viewport: press, several moves with the button held, release."""
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)

    def send(kind, pos, button, buttons):
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, a, left, left)
    for i in range(1, 11):
        send(QEvent.Type.MouseMove, a + (b - a) * (i / 10), Qt.MouseButton.NoButton, left)
    send(QEvent.Type.MouseButtonRelease, b, left, Qt.MouseButton.NoButton)
    qtbot.wait(20)  # the move is applied after the event, like in the app


def state(window) -> str:
    return interchange.dumps(window.document.journey)


def on_disk(window) -> str:
    return interchange.dumps(open_project(window.document.project.path))


def type_text(widget, text: str) -> None:
    """Type ``text`` as key events, also letters outside ASCII (QTest.keyClicks asserts on those,
    but users type 'Vóór' and Arabic)."""
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
