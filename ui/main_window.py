"""The main window: the canvas, the docks and the menus around them, and its title.

The window builds the services its controllers and docks share (``workspace``: the document,
the prompts, the status line; ``canvas``: the scene, the current phase) and hands those out;
nothing reaches back into the window. Which project it shows is the opener's work
(ui/opening.py); what a step changes, the canvas and each dock learn from the document itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QUndoView, QVBoxLayout, QWidget

from klantreis.model.journey import Journey
from klantreis.ui.assessment_docks import AssessmentDocks
from klantreis.ui.canvas.state import CanvasState
from klantreis.ui.capture_bar import CaptureBar
from klantreis.ui.design_actions import DesignActions
from klantreis.ui.disk_events import DiskEvents
from klantreis.ui.dock_actions import dock_action
from klantreis.ui.document import OpenDocument
from klantreis.ui.editor import JourneyEditor
from klantreis.ui.file_actions import FileActions
from klantreis.ui.find_bar import FindBar
from klantreis.ui.inspector import InspectorDock
from klantreis.ui.journey_actions import JourneyActions
from klantreis.ui.opening import Opener
from klantreis.ui.phase_editor import PhaseEditor
from klantreis.ui.prompts import Prompts
from klantreis.ui.qdpx_actions import QdpxActions
from klantreis.ui.quotes_dock import QuotesDock
from klantreis.ui.respondents_dock import RespondentsDock
from klantreis.ui.session_actions import SessionActions
from klantreis.ui.transcript_actions import TranscriptActions
from klantreis.ui.view import JourneyView
from klantreis.ui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, document: OpenDocument | None = None) -> None:
        super().__init__()
        self.prompts = Prompts(self)
        self.summary = QLabel()
        self.statusBar().addPermanentWidget(self.summary)
        self.workspace = Workspace(self.prompts, self.statusBar().showMessage, self)
        self.view = JourneyView(self)
        self.canvas = CanvasState(self.view, self)
        self.undo_group = QUndoGroup(self)
        self.editor = JourneyEditor(self.workspace, self.canvas, self)
        self.phase_editor = PhaseEditor(self.workspace, self.canvas, self)
        self.editor.phase_actions = self.phase_editor.actions
        self.opener = Opener(self.workspace, self._show_and_fit, self._new_window, self)
        self.files = FileActions(self.workspace, self.opener, self)
        self.disk = DiskEvents(self.workspace, self.opener, self)
        self.journey_actions = JourneyActions(self.workspace, self)
        self.find_bar = FindBar(lambda: self.workspace.journey, self)
        self.find_bar.found.connect(self.canvas.show_touchpoint)
        self.view.quotes_dropped.connect(self._move_quotes)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.view)
        self.setCentralWidget(central)
        self._build_menus()
        self._place_docks()
        self._build_toolbar()
        self._restore_layout()
        if document is not None:
            self.show_document(document)
        else:
            self._update_title()

    # ------------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        """Bestand, Bewerken, Fase, Sessie (filled when the docks are placed), Beeld, Help. Undo
        and redo are Qt's own actions on the window's undo group (one stack per open document);
        their texts ("Ongedaan maken: fase toevoegen") come from ui/i18n/qt_wording_*.ts."""
        bar = self.menuBar()
        self.files.build_menu(bar.addMenu(self.tr("&Bestand")),
                              self.journey_actions.actions["properties"])

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        self.undo_action = undo = self.undo_group.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIconText(self.tr("Ongedaan maken"))  # (the toolbar's text; its tooltip says what)
        self.redo_action = redo = self.undo_group.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        redo.setShortcuts(redo_keys)
        redo.setIconText(self.tr("Opnieuw"))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        editor = self.editor.actions
        for name in ("copy", "paste", "duplicate"):
            edit_menu.addAction(editor[name])
        edit_menu.addSeparator()
        for name in ("add", "rename", "connect", "delete"):
            edit_menu.addAction(editor[name])
        edit_menu.addAction(self.journey_actions.actions["actors"])
        edit_menu.addSeparator()
        self.find_action = find = QAction(self.tr("&Zoeken…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_bar.open_bar)
        edit_menu.addAction(find)
        edit_menu.addAction(editor["relayout"])
        phase_menu = bar.addMenu(self.tr("&Fase"))
        for name in ("add_phase", "rename_phase", "phase_up", "phase_down", "remove_phase"):
            phase_menu.addAction(self.phase_editor.actions[name])

        self.session_menu = bar.addMenu(self.tr("&Sessie"))
        # judging practice against norms: the design, the toetsingskader, the indicators
        self.assessment_menu = bar.addMenu(self.tr("&Toetsing"))
        self.design = DesignActions(self.workspace, self)
        self.assessment_menu.addAction(self.design.actions["compare_design"])
        self.assessment_menu.addSeparator()
        self.view_menu = view_menu = bar.addMenu(self.tr("Beel&d"))
        self._build_view_menu(view_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over Klantreis"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)


    def _build_view_menu(self, view_menu) -> None:
        self.swimlanes_action = lanes = QAction(self.tr("&Baan per actor"), self)
        lanes.setCheckable(True)
        lanes.setShortcut(QKeySequence("Ctrl+B"))
        lanes.setChecked(QSettings().value("view/swimlanes", False, type=bool))
        lanes.toggled.connect(self.set_swimlanes)
        view_menu.addAction(lanes)
        view_menu.addSeparator()
        self.fit_action = fit = QAction(self.tr("&Passend maken"), self)
        fit.setShortcut(QKeySequence("Ctrl+0"))
        fit.triggered.connect(self.view.fit)
        view_menu.addAction(fit)
        zoom_in = QAction(self.tr("&Inzoomen"), self)
        zoom_in.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        zoom_in.triggered.connect(lambda: self.view.zoom(1.25))
        view_menu.addAction(zoom_in)
        zoom_out = QAction(self.tr("&Uitzoomen"), self)
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_out.triggered.connect(lambda: self.view.zoom(0.8))
        view_menu.addAction(zoom_out)
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


    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Werkbalk"))
        bar.setObjectName("toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        editor = self.editor.actions
        for action in (editor["add"], self.phase_editor.actions["add_phase"], editor["connect"],
                       editor["delete"]):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addAction(self.fit_action)
        bar.addAction(editor["relayout"])

    # ------------------------------------------------------------------ docks

    def _place_docks(self) -> None:
        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        self.inspector = InspectorDock(self.workspace, self.canvas, self)
        self.addDockWidget(right, self.inspector)
        self.history = QDockWidget(self.tr("Geschiedenis"), self)
        self.history.setObjectName("history")
        self.history_view = QUndoView(self.undo_group, self.history)
        self.history_view.setEmptyLabel(self.tr("Zoals geopend"))
        self.history.setWidget(self.history_view)
        self.addDockWidget(right, self.history)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.inspector.toggleViewAction())
        self.view_menu.addAction(self.history.toggleViewAction())
        # the focus-group work: live capture at the bottom, the evidence beside the inspector
        self.capture = CaptureBar(self.workspace, self.canvas, self)
        self.addDockWidget(bottom, self.capture)
        self.capture.hide()
        self.quotes = QuotesDock(self.workspace, self.canvas, self)
        self.addDockWidget(right, self.quotes)
        self.tabifyDockWidget(self.inspector, self.quotes)
        self.respondents = RespondentsDock(self.workspace, self.canvas, self)
        self.addDockWidget(right, self.respondents)
        self.tabifyDockWidget(self.quotes, self.respondents)
        self.sessions = SessionActions(self.workspace, self.canvas, self)
        self.respondents.import_requested.connect(self.sessions.import_respondents)
        menu = self.session_menu
        self.capture_action = dock_action(self.capture, self.tr("&Live vastleggen"), "F9",
                                          self.capture.field)
        self.quotes_action = dock_action(self.quotes, self.tr("&Citaten en beleving"),
                                         "Ctrl+Shift+Q", self.quotes.quote_list)
        self.respondents_action = dock_action(self.respondents, self.tr("&Groepen en respondenten"),
                                              "Ctrl+Shift+R", self.respondents.respondents)
        for action in (self.capture_action, self.quotes_action, self.respondents_action):
            menu.addAction(action)
        self.sessions.build_menu(menu)
        self.assessment = AssessmentDocks(self.workspace, self.canvas, self, inspector=self.inspector,
                                          quotes=self.quotes, browser=self.sessions.open_browser)
        for dock in (self.assessment.norms, self.assessment.indicators):
            self.addDockWidget(right, dock)
            self.tabifyDockWidget(self.respondents, dock)
        self.assessment.build_menu(self.assessment_menu)
        # transcripts to code: hidden until imported or asked for (Ctrl+Shift+J)
        self.transcripts = TranscriptActions(self.workspace, self.canvas, self, quotes=self.quotes)
        self.addDockWidget(right, self.transcripts.dock)
        self.tabifyDockWidget(self.assessment.indicators, self.transcripts.dock)
        self.transcripts.dock.hide()
        self.transcripts.build_menus(self.session_menu, self.files.import_menu)
        self.sessions.show_passage = self.transcripts.show_passage
        self.qdpx = QdpxActions(self.workspace, self)  # REFI-QDA: in Bestand > Importeren/Exporteren
        self.files.import_menu.addAction(self.qdpx.actions["import_qdpx"])
        for name in ("export_qdpx", "export_qdc"):
            self.files.export_menu.addAction(self.qdpx.actions[name])
        self.inspector.raise_()
        self.resizeDocks([self.inspector], [380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector, self.history], [640, 170], Qt.Orientation.Vertical)

    # ------------------------------------------------------------------ documents

    @property
    def document(self) -> OpenDocument | None:
        return self.workspace.document

    @property
    def journey(self) -> Journey | None:
        return self.workspace.journey

    @property
    def scene(self):
        return self.canvas.scene

    def show_document(self, document: OpenDocument) -> None:
        old = self.workspace.document
        if old is not None:
            old.close()
            self.undo_group.removeStack(old.undo_stack)
        document.setParent(self)
        document.ask_path = self.opener.project_path
        document.changes.connect(self._document_changed)
        document.failed.connect(self.workspace.failed)
        document.saved_state_changed.connect(self._update_title)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.workspace.set_document(document)
        self.canvas.show(document, lanes=self.swimlanes_action.isChecked(), keep_selection=False)
        self._update_title()
        self._update_summary()

    def _show_and_fit(self, document: OpenDocument) -> None:
        self.show_document(document)
        self.view.fit()

    def _new_window(self, document: OpenDocument) -> MainWindow:
        window = MainWindow(document)
        window.prompts.interactive = self.prompts.interactive
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        MainWindow.extra_windows.add(window)  # kept alive until it is closed
        window.show()
        window.view.fit()
        return window

    extra_windows: set[MainWindow] = set()  # windows opened with "Openen in nieuw venster"

    def _move_quotes(self, quote_ids: list[str], touchpoint_id: str) -> None:
        """Quotes dropped onto a card: moved (or placed, from the parking lot) as one step."""
        from klantreis.evidence import session

        journey = self.workspace.journey
        known = [q for q in quote_ids if journey is not None and journey.find("quote", q) is not None]
        if known:
            self.workspace.apply(session.move_quotes(journey, known, touchpoint_id))

    def set_swimlanes(self, on: bool) -> None:
        QSettings().setValue("view/swimlanes", on)
        if self.swimlanes_action.isChecked() != on:
            self.swimlanes_action.setChecked(on)  # toggled() calls back here
            return
        if self.workspace.document is None:
            return
        self.canvas.show(self.workspace.document, lanes=on)
        self.view.fit()
        if self.view.transform().m11() < 0.55:  # too small to read: readable, at the selection
            self.view.resetTransform()
            self.view.zoom(0.7)
            selected = self.scene.selected_touchpoints()
            target = (self.scene.card(selected[-1]).sceneBoundingRect() if selected
                      else self.scene.sceneRect().adjusted(0, 0, -1e9, -1e9))
            self.view.ensureVisible(target, 80, 80)

    # ------------------------------------------------------------------ title and counts

    def _document_changed(self, _changes: tuple) -> None:
        """The window's own part of a step: its title and the counts (the canvas and the docks
        follow the document themselves)."""
        self._update_summary()
        self._update_title()

    def _update_title(self) -> None:
        document = self.workspace.document
        if document is None:
            self.setWindowTitle("Klantreis")
            return
        state = (self.tr("nog niet bewaard") if document.untitled
                 else self.tr("alleen lezen") if document.read_only
                 else self.tr("alles opgeslagen"))
        self.setWindowTitle(f"{document.journey.info.title} — {document.display_name} "
                            f"({state}) — Klantreis")

    def _update_summary(self) -> None:
        j = self.workspace.journey
        self.summary.setText(" · ".join((
            self.tr("%n fase(n)", "", j.count("phase")),
            self.tr("%n contactmoment(en)", "", j.count("touchpoint")),
            self.tr("%n overgang(en)", "", j.count("transition")),
            self.tr("%n citaat/citaten", "", j.count("quote")))))

    # ------------------------------------------------------------------ the window itself

    def choose_language(self, code: str) -> None:
        """Remember the language; the menus use it from the next start."""
        if str(QSettings().value("language", "nl")).startswith(code):
            return
        QSettings().setValue("language", code)
        text = ("De nieuwe taal is actief zodra u Klantreis opnieuw start. / "
                "The new language is used when you start Klantreis again.")
        self.workspace.say(text)
        self.prompts.inform("Klantreis", text)

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("Over Klantreis"),
            self.tr("Klantreis brengt klantreizen van statushouders in kaart: contactmomenten, "
                    "focusgroepen, citaten en beleving, offline en met privacy ingebouwd."),
        )

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
        document = self.workspace.document
        if document is not None:
            document.close()
            self.workspace.document = None
        super().closeEvent(event)

