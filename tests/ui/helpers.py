"""Driving the main window as a user does, for the UI tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from klantreis.io import interchange
from klantreis.store.project import open_project
from klantreis.ui.app import create_application, install_language
from klantreis.ui.document import open_document
from klantreis.ui.main_window import MainWindow


class Desk:
    """A document with the services a widget gets from its window, without the window: a host
    window (parent of docks and dialogs, holder of shortcuts), prompts nobody answers, the
    workspace and the canvas state with the journey's scene in a view. Tests of one widget build
    that widget on a desk (``Dock(desk.workspace, desk.canvas, desk.host)``); the main window is
    for the tests that go through the whole app."""

    def __init__(self, qtbot, path) -> None:
        from PySide6.QtWidgets import QMainWindow

        from klantreis.ui.canvas.state import CanvasState
        from klantreis.ui.prompts import Prompts
        from klantreis.ui.view import JourneyView
        from klantreis.ui.workspace import Workspace

        application()
        self.host = QMainWindow()
        qtbot.addWidget(self.host)
        self.prompts = Prompts(self.host)
        self.prompts.interactive = False
        self.prompts.run_dialog = _unexpected_dialog
        self.workspace = Workspace(self.prompts, self.host.statusBar().showMessage, self.host)
        self.view = JourneyView(self.host)
        self.host.setCentralWidget(self.view)
        self.canvas = CanvasState(self.view, self.host)
        document = open_document(path)
        document.setParent(self.host)
        document.failed.connect(self.workspace.failed)
        self.workspace.set_document(document)
        self.canvas.show(document, lanes=False, keep_selection=False)
        self.undo_action = document.undo_stack.createUndoAction(self.host)
        self.redo_action = document.undo_stack.createRedoAction(self.host)
        from PySide6.QtGui import QKeySequence

        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)  # (Ctrl+Z, as in the window)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.host.addActions([self.undo_action, self.redo_action])
        self.host.resize(1400, 860)

    def statusBar(self):  # noqa: N802 (as the window's)
        return self.host.statusBar()

    def activateWindow(self) -> None:  # noqa: N802 (as the window's)
        self.host.activateWindow()

    @property
    def document(self):
        return self.workspace.document

    @property
    def journey(self):
        return self.workspace.journey

    @property
    def scene(self):
        return self.canvas.scene

    def editors(self):
        """The canvas editors (JourneyEditor, PhaseEditor) with their keyboard shortcuts on the
        host, as the window makes them; keys go to ``desk.host``."""
        from klantreis.ui.editor import JourneyEditor
        from klantreis.ui.phase_editor import PhaseEditor

        self.editor = JourneyEditor(self.workspace, self.canvas, self.host)
        self.phase_editor = PhaseEditor(self.workspace, self.canvas, self.host)
        self.editor.phase_actions = self.phase_editor.actions
        self.editor.attach(self.scene)
        self.phase_editor.attach(self.scene)
        self.show()
        self.host.activateWindow()
        return self

    def docks(self, *names: str):
        """The docks ``names`` ("inspector", "quotes", "respondents" tabbed on the right, in that
        order; "capture" at the bottom, hidden until F9), built on this desk as the window builds them and
        set as attributes; the first of the tabbed ones in front. Returns the first."""
        from klantreis.ui.capture_bar import CaptureBar
        from klantreis.ui.inspector import InspectorDock
        from klantreis.ui.quotes_dock import QuotesDock
        from klantreis.ui.respondents_dock import RespondentsDock

        make = {"inspector": lambda: InspectorDock(self.workspace, self.canvas, self.host),
                "quotes": lambda: QuotesDock(self.workspace, self.canvas, self.host),
                "respondents": lambda: RespondentsDock(self.workspace, self.canvas, self.host),
                "capture": lambda: CaptureBar(self.workspace, self.canvas, self.host)}
        right, tabbed = Qt.DockWidgetArea.RightDockWidgetArea, []
        for name in names:
            dock = make[name]()
            setattr(self, name, dock)
            if name == "capture":  # hidden until F9, as in the window
                from klantreis.ui.dock_actions import dock_action

                self.host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
                dock.hide()
                self.capture_action = dock_action(dock, "Live vastleggen", "F9", dock.field)
                self.host.addAction(self.capture_action)
                continue
            self.host.addDockWidget(right, dock)
            if tabbed:
                self.host.tabifyDockWidget(tabbed[-1], dock)
            tabbed.append(dock)
        if tabbed:
            tabbed[0].raise_()  # (before the host is shown: the others never were on screen)
        self.show()
        QApplication.processEvents()
        return getattr(self, names[0])

    def show(self) -> None:
        if not self.host.isVisible():
            self.host.show()
            self.host.activateWindow()
        self.view.setFocus()



def application():
    """The app as it starts: Dutch, with its translations installed (Qt's own texts, such as the
    undo action's, come from them) unless a test chose another language."""
    from PySide6.QtCore import QTranslator

    app = create_application()
    if not app.findChildren(QTranslator, "klantreis"):
        install_language(app, "nl")
    return app


def window(qtbot, path):
    application()
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
