"""The main window: the journey on the canvas, the menus, the file and its state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from klantreis.evidence import session
from klantreis.io.fileio import suggested_name
from klantreis.model.errors import KlantreisError
from klantreis.model.journey import Journey
from klantreis.store.lock import ProjectLocked
from klantreis.ui.canvas.scene import JourneyScene
from klantreis.ui.canvas.sync import Binding
from klantreis.ui.capture_bar import CaptureBar
from klantreis.ui.disk_events import DiskEvents
from klantreis.ui.dock_actions import dock_action
from klantreis.ui.document import OpenDocument, open_document
from klantreis.ui.editor import JourneyEditor
from klantreis.ui.file_actions import FileActions, documents_folder, remember_recent
from klantreis.ui.find_bar import FindBar
from klantreis.ui.inspector import InspectorDock
from klantreis.ui.journey_actions import JourneyActions
from klantreis.ui.phase_editor import PhaseEditor
from klantreis.ui.quotes_dock import QuotesDock
from klantreis.ui.respondents_dock import RespondentsDock
from klantreis.ui.session_actions import SessionActions
from klantreis.ui.view import JourneyView


class MainWindow(QMainWindow):
    def __init__(self, document: OpenDocument | None = None) -> None:
        super().__init__()
        self.document: OpenDocument | None = None
        self.scene: JourneyScene | None = None
        self._binding: Binding | None = None  # the scene following the document
        self.view = JourneyView(self)
        self.summary = QLabel()
        self.statusBar().addPermanentWidget(self.summary)
        self.editor = JourneyEditor(self)
        self.phase_editor = PhaseEditor(self)
        self.files = FileActions(self)
        self.disk = DiskEvents(self)
        self.journey_actions = JourneyActions(self)
        self.find_bar = FindBar(lambda: self.journey, self)
        self.find_bar.found.connect(self.show_touchpoint)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.view)
        self.setCentralWidget(central)
        self._build_menus()
        self.inspector = InspectorDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.history = QDockWidget(self.tr("Geschiedenis"), self)
        self.history.setObjectName("history")
        self.history_view = QUndoView(self.history)
        self.history_view.setEmptyLabel(self.tr("Zoals geopend"))
        self.history.setWidget(self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.inspector.toggleViewAction())
        self.view_menu.addAction(self.history.toggleViewAction())
        self._build_session_docks()
        self._build_toolbar()
        self.resizeDocks([self.inspector], [380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector, self.history], [640, 170], Qt.Orientation.Vertical)
        self._restore_layout()
        if document is not None:
            self.show_document(document)
        else:
            self._update_title()

    # ------------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.files.build_menu(file_menu)

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
        self.undo_tool = QAction(self.tr("Ongedaan maken"), self)
        self.undo_tool.triggered.connect(self.undo)
        self.redo_tool = QAction(self.tr("Opnieuw"), self)
        self.redo_tool.triggered.connect(self.redo)
        edit_menu.addSeparator()
        for name in ("copy", "paste", "duplicate"):
            edit_menu.addAction(self.editor.actions[name])
        edit_menu.addSeparator()
        for name in ("add", "rename", "connect", "delete"):
            edit_menu.addAction(self.editor.actions[name])
        edit_menu.addAction(self.journey_actions.actions["actors"])
        edit_menu.addSeparator()
        self.find_action = QAction(self.tr("&Zoeken…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_bar.open_bar)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.editor.actions["relayout"])
        phase_menu = self.menuBar().addMenu(self.tr("&Fase"))
        for name in ("add_phase", "rename_phase", "phase_up", "phase_down", "remove_phase"):
            phase_menu.addAction(self.phase_editor.actions[name])

        self.view_menu = view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        self.swimlanes_action = QAction(self.tr("&Baan per actor"), self)
        self.swimlanes_action.setCheckable(True)
        self.swimlanes_action.setShortcut(QKeySequence("Ctrl+B"))
        self.swimlanes_action.setChecked(QSettings().value("view/swimlanes", False, type=bool))
        self.swimlanes_action.toggled.connect(self.set_swimlanes)
        view_menu.addAction(self.swimlanes_action)
        view_menu.addSeparator()
        self.fit_action = fit = QAction(self.tr("&Passend maken"), self)
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
        zoom_in.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Taal"))
        group = QActionGroup(self)
        current = str(QSettings().value("language", "nl"))
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(current.startswith(code))
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over Klantreis"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_session_docks(self) -> None:
        """The focus-group work: live capture at the bottom (Sessie menu)."""
        self.capture = CaptureBar(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.capture)
        self.capture.hide()
        self.quotes = QuotesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.quotes)
        self.tabifyDockWidget(self.inspector, self.quotes)
        self.view.quotes_dropped.connect(self.move_quotes)
        self.respondents = RespondentsDock(self)
        self.respondents.import_requested.connect(lambda: self.sessions.import_respondents())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.respondents)
        self.tabifyDockWidget(self.quotes, self.respondents)
        self.inspector.raise_()
        self.session_menu = menu = QMenu(self.tr("&Sessie"), self)
        self.capture_action = dock_action(self.capture, self.tr("&Live vastleggen"), "F9",
                                          self.capture.field)
        self.quotes_action = dock_action(self.quotes, self.tr("&Citaten en beleving"),
                                         "Ctrl+Shift+Q", self.quotes.quote_list)
        self.respondents_action = dock_action(self.respondents, self.tr("&Groepen en respondenten"),
                                              "Ctrl+Shift+R", self.respondents.respondents)
        for action in (self.capture_action, self.quotes_action, self.respondents_action):
            menu.addAction(action)
        self.sessions = SessionActions(self)
        self.sessions.build_menu(menu)
        self.menuBar().insertMenu(self.view_menu.menuAction(), menu)

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Werkbalk"))
        bar.setObjectName("toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.editor.actions["add"], self.phase_editor.actions["add_phase"],
                       self.editor.actions["connect"], self.editor.actions["delete"]):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_tool)
        bar.addAction(self.redo_tool)
        bar.addSeparator()
        bar.addAction(self.fit_action)
        bar.addAction(self.editor.actions["relayout"])

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
        document.changes.connect(self._document_changed)
        document.failed.connect(self.edit_failed)
        document.saved_state_changed.connect(self._update_title)
        document.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.history_view.setStack(document.undo_stack)
        self.inspector.set_document(document)
        self.capture.set_document(document)
        self.quotes.set_document(document)
        self.respondents.set_document(document)
        self.sessions.document_replaced()
        self._show_scene(keep_selection=False)
        self._update_title()
        self._update_summary()
        self._update_undo_actions()
        self.disk.attach(document)

    # ------------------------------------------------------------------ editing

    def undo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.redo()

    def _update_undo_actions(self) -> None:
        stack = self.document.undo_stack if self.document else None
        for action, tool, can, text, plain in (
            (self.undo_action, self.undo_tool, stack and stack.canUndo(),
             stack and stack.undoText(), self.tr("Ongedaan maken")),
            (self.redo_action, self.redo_tool, stack and stack.canRedo(),
             stack and stack.redoText(), self.tr("Opnieuw")),
        ):
            action.setEnabled(bool(can))
            action.setText(f"{plain}: {text}" if can and text else plain)
            tool.setEnabled(bool(can))
            tool.setToolTip(action.text())

    def _show_scene(self, keep_selection: bool = True) -> None:
        """The journey as phase bands, or as a lane per actor (Beeld menu); the same editing
        actions work on both."""
        keep = self.scene.selected_touchpoints() if self.scene and keep_selection else []
        lanes = self.swimlanes_action.isChecked()
        if lanes:  # (imported when first asked for: a start needs only the phase bands)
            from klantreis.ui.canvas.swimlane_scene import SwimlaneScene as scene_type
        else:
            scene_type = JourneyScene
        old = self.scene
        if self._binding is not None:
            self._binding.release()
        self.scene = scene_type(self.document.journey, self)
        self._binding = Binding(self.scene, self.document)
        self.editor.attach(self.scene)
        self.phase_editor.attach(self.scene)
        self.view.setScene(self.scene)
        self.inspector.follow_scene(self.scene)
        self.capture.follow_scene(self.scene)
        self.quotes.follow_scene(self.scene)
        self.scene.select_only(keep)
        for name in ("add_phase", "rename_phase", "phase_up", "phase_down", "remove_phase"):
            self.phase_editor.actions[name].setEnabled(not lanes)
        if old is not None:
            old.blockSignals(True)  # no selection signals from a scene being torn down
            old.deleteLater()

    def set_swimlanes(self, on: bool) -> None:
        QSettings().setValue("view/swimlanes", on)
        if self.swimlanes_action.isChecked() != on:
            self.swimlanes_action.setChecked(on)  # toggled() calls back here
            return
        if self.document is not None:
            self._show_scene()
            self.view.fit()
            if self.view.transform().m11() < 0.55:  # too small to read: readable, at the selection
                self.view.resetTransform()
                self.view.zoom(0.7)
                selected = self.scene.selected_touchpoints()
                target = (self.scene.card(selected[-1]).sceneBoundingRect() if selected
                          else self.scene.sceneRect().adjusted(0, 0, -1e9, -1e9))
                self.view.ensureVisible(target, 80, 80)

    def _document_changed(self, _changes: tuple) -> None:
        """The window's own part of a step: its title and the counts (the canvas and the docks
        follow the document themselves)."""
        self._update_summary()
        self._update_title()

    def move_quotes(self, quote_ids: list[str], touchpoint_id: str) -> None:
        """Quotes dropped onto a card: moved (or placed, from the parking lot) as one step."""
        known = [q for q in quote_ids if self.journey.find("quote", q) is not None]
        if known:
            self.document.apply(session.move_quotes(self.journey, known, touchpoint_id))

    def run_dialog(self, dialog) -> bool:
        """The one place that runs a modal dialog of a panel (tests replace it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def edit_failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)
        if self.isVisible() and not self.testing:
            QMessageBox.warning(self, self.tr("Niet gewijzigd"), text)

    testing = False  # tests set this to skip modal message boxes

    def ask_save_path(self, title: str, suggestion: Path, filter_text: str) -> Path | None:
        """The one place that asks for a file name to write (tests replace it)."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggestion), filter_text)
        return Path(path) if path else None

    def _ask_project_path(self) -> Path | None:
        """Where an untitled journey (a JSON file or template) is saved at its first change."""
        folder = documents_folder()
        name = suggested_name(self.document.journey.info.title, ".klantreis", folder=folder)
        path = self.ask_save_path(self.tr("Waar wilt u deze klantreis bewaren?"), folder / name,
                                  self.tr("Klantreis-projecten (*.klantreis)"))
        if path is None:
            return None
        path = path if path.suffix == ".klantreis" else path.with_name(path.name + ".klantreis")
        remember_recent(path)
        return path

    def focus_canvas(self) -> None:
        """Escape in a dock field: back to the canvas, where Ins, F2, the arrows ... work."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_touchpoint(self, touchpoint_id: str) -> None:
        """Select a card and scroll it into view (find, lists)."""
        if self.scene is None or touchpoint_id not in self.scene.cards:
            return
        self.scene.select_only([touchpoint_id])
        self.view.ensureVisible(self.scene.card(touchpoint_id).sceneBoundingRect(), 60, 60)

    def open_path(self, path: str | Path) -> bool:
        """Open a file; on a bad file, say why and keep what is open now."""
        try:
            document = self.open_or_look(path)
        except KlantreisError as error:
            self.statusBar().showMessage(str(error), 10000)
            if not self.testing:
                QMessageBox.warning(self, self.tr("Openen mislukt"), str(error))
            return False
        if document is None:
            return False
        self.show_document(document)
        self.view.fit()
        if document.project is not None:
            remember_recent(document.path)
        return True

    def open_or_look(self, path: str | Path):
        """``open_document``, and when another Klantreis (or window) edits the file, the choice
        to open it read-only; None when the user cancels."""
        try:
            return open_document(path)
        except ProjectLocked as error:
            if not self.ask_read_only(str(error)):
                return None
            return open_document(path, read_only=True)

    def ask_read_only(self, text: str) -> bool:
        """The one place that asks whether to look at a project another Klantreis edits (tests
        replace it)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Al geopend"), text, parent=self)
        box.setInformativeText(self.tr("U kunt het bestand alleen-lezen openen: u ziet alles, maar "
                                       "wijzigingen worden niet bewaard."))
        look = box.addButton(self.tr("Alleen lezen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is look

    def ask_open_path(self) -> Path | None:
        """The one place that asks for a file to open (tests replace it)."""
        start = str(self.document.path.parent) if self.document and self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Klantreis openen"), start,
            self.tr("Klantreis-bestanden (*.klantreis *.json);;Alle bestanden (*)"),
        )
        return Path(path) if path else None

    def choose_and_open(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.open_path(path)

    def open_in_new_window(self) -> MainWindow | None:
        """A second project beside this one, e.g. to copy touchpoints from one to the other."""
        path = self.ask_open_path()
        if path is None:
            return None
        try:
            document = self.open_or_look(path)
        except KlantreisError as error:
            self.edit_failed(str(error))
            return None
        if document is None:
            return None
        window = MainWindow(document)
        window.testing = self.testing
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        MainWindow.extra_windows.add(window)  # kept alive until it is closed
        window.show()
        window.view.fit()
        if document.project is not None:
            remember_recent(document.path)
        return window

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("Klantreis")
            return
        state = (self.tr("nog niet bewaard") if self.document.untitled
                 else self.tr("alleen lezen") if self.document.read_only
                 else self.tr("alles opgeslagen"))
        self.setWindowTitle(f"{self.document.journey.info.title} — {self.document.display_name} "
                            f"({state}) — Klantreis")

    def _update_summary(self) -> None:
        j = self.document.journey
        self.summary.setText(" · ".join((
            self.tr("%n fase(n)", "", j.count("phase")),
            self.tr("%n contactmoment(en)", "", j.count("touchpoint")),
            self.tr("%n overgang(en)", "", j.count("transition")),
            self.tr("%n citaat/citaten", "", j.count("quote")))))

    def choose_language(self, code: str) -> None:
        """Remember the language; the menus use it from the next start."""
        if str(QSettings().value("language", "nl")).startswith(code):
            return
        QSettings().setValue("language", code)
        text = ("De nieuwe taal is actief zodra u Klantreis opnieuw start. / "
                "The new language is used when you start Klantreis again.")
        self.statusBar().showMessage(text, 10000)
        if not self.testing:
            QMessageBox.information(self, "Klantreis", text)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("Over Klantreis"),
            self.tr("Klantreis brengt klantreizen van statushouders in kaart: contactmomenten, "
                    "focusgroepen, citaten en beleving, offline en met privacy ingebouwd."),
        )

    extra_windows: set[MainWindow] = set()  # windows opened with "Openen in nieuw venster"

    def _restore_layout(self) -> None:
        """The size, place and docks of the last window (view state: QSettings, never the
        project); the first time 1400x860, or the screen's available room when that is less."""
        settings = QSettings()
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if geometry is not None and self.restoreGeometry(geometry):
            if state is not None:
                self.restoreState(state)
            return
        room = self.screen().availableGeometry()
        self.resize(min(1400, room.width()), min(860, room.height()))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        MainWindow.extra_windows.discard(self)
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)
