"""The main window: the journey on the canvas, the menus, the file and its state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import QFileDialog, QGraphicsView, QLabel, QMainWindow, QMessageBox

from klantreis.errors import KlantreisError
from klantreis.journey import Journey
from ui.canvas.scene import JourneyScene
from ui.document import OpenDocument, open_document
from ui.editor import JourneyEditor


class JourneyView(QGraphicsView):
    """The canvas view: antialiased, zoom with Ctrl+wheel."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(0.1 / current, min(4.0 / current, factor))
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


class MainWindow(QMainWindow):
    def __init__(self, document: OpenDocument | None = None) -> None:
        super().__init__()
        self.document: OpenDocument | None = None
        self.scene: JourneyScene | None = None
        self.view = JourneyView(self)
        self.setCentralWidget(self.view)
        self.summary = QLabel()
        self.statusBar().addPermanentWidget(self.summary)
        self.editor = JourneyEditor(self)
        self._build_menus()
        self.resize(1400, 860)
        if document is not None:
            self.show_document(document)
        else:
            self._update_title()

    # ------------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.open_action = QAction(self.tr("&Openen…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_and_open)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        self.undo_action = QAction(self.tr("Ongedaan maken"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        edit_menu.addAction(self.undo_action)
        self.redo_action = QAction(self.tr("Opnieuw"), self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.redo)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for name in ("add", "add_phase", "rename", "connect", "delete"):
            edit_menu.addAction(self.editor.actions[name])

        view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        fit = QAction(self.tr("&Passend maken"), self)
        fit.setShortcut(QKeySequence("Ctrl+0"))
        fit.triggered.connect(self.view.fit)
        view_menu.addAction(fit)
        zoom_in = QAction(self.tr("&Inzoomen"), self)
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        zoom_in.triggered.connect(lambda: self.view.zoom(1.25))
        view_menu.addAction(zoom_in)
        zoom_out = QAction(self.tr("&Uitzoomen"), self)
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_out.triggered.connect(lambda: self.view.zoom(0.8))
        view_menu.addAction(zoom_out)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over Klantreis"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # ------------------------------------------------------------------ documents

    @property
    def journey(self) -> Journey | None:
        return self.document.journey if self.document else None

    def show_document(self, document: OpenDocument) -> None:
        if self.document is not None:
            self.document.close()
        self.document = document
        document.setParent(self)
        document.ask_path = self._ask_project_path
        document.changed.connect(self._document_changed)
        document.failed.connect(self._edit_failed)
        document.saved_state_changed.connect(self._update_title)
        document.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.scene = JourneyScene(document.journey, self)
        self.editor.attach(self.scene)
        self.view.setScene(self.scene)
        self._update_title()
        self._update_summary()
        self._update_undo_actions()

    # ------------------------------------------------------------------ editing

    def undo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.redo()

    def _update_undo_actions(self) -> None:
        stack = self.document.undo_stack if self.document else None
        for action, can, text, plain in (
            (self.undo_action, stack and stack.canUndo(), stack and stack.undoText(),
             self.tr("Ongedaan maken")),
            (self.redo_action, stack and stack.canRedo(), stack and stack.redoText(),
             self.tr("Opnieuw")),
        ):
            action.setEnabled(bool(can))
            action.setText(f"{plain}: {text}" if can and text else plain)

    def _document_changed(self) -> None:
        self.scene.rebuild()
        self._update_summary()
        self._update_title()

    def _edit_failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)
        if self.isVisible() and not self.testing:
            QMessageBox.warning(self, self.tr("Niet gewijzigd"), text)

    testing = False  # tests set this to skip modal message boxes

    def _ask_project_path(self) -> Path | None:
        """Where an untitled journey (a JSON file or template) is saved at its first change."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = (self.document.journey.info.title or "klantreis").replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Waar wilt u deze klantreis bewaren?"),
            str(Path(folder) / f"{name}.klantreis"),
            self.tr("Klantreis-projecten (*.klantreis)"))
        if not path:
            return None
        return Path(path if path.endswith(".klantreis") else path + ".klantreis")

    def open_path(self, path: str | Path) -> bool:
        """Open a file; on a bad file, say why and keep what is open now."""
        try:
            document = open_document(path)
        except KlantreisError as error:
            QMessageBox.warning(self, self.tr("Openen mislukt"), str(error))
            return False
        self.show_document(document)
        self.view.fit()
        return True

    def choose_and_open(self) -> None:
        start = str(self.document.path.parent) if self.document else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Klantreis openen"), start,
            self.tr("Klantreis-bestanden (*.klantreis *.json);;Alle bestanden (*)"),
        )
        if path:
            self.open_path(path)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("Klantreis")
            return
        state = (self.tr("nog niet bewaard") if self.document.untitled
                 else self.tr("alles opgeslagen"))
        self.setWindowTitle(f"{self.document.journey.info.title} — {self.document.display_name} "
                            f"({state}) — Klantreis")

    def _update_summary(self) -> None:
        j = self.document.journey
        self.summary.setText(
            self.tr("{phases} fasen · {touchpoints} contactmomenten · {transitions} overgangen · "
                    "{quotes} citaten").format(
                phases=j.count("phase"), touchpoints=j.count("touchpoint"),
                transitions=j.count("transition"), quotes=j.count("quote"))
        )

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("Over Klantreis"),
            self.tr("Klantreis brengt klantreizen van statushouders in kaart: contactmomenten, "
                    "focusgroepen, citaten en beleving, offline en met privacy ingebouwd."),
        )

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)
