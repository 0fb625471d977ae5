"""The Bestand menu: new (empty or from a template), open, recent files, a copy of the project,
import and export of JSON. There is no Save: every change is already in the project file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QVBoxLayout,
)

from klantreis.evidence.privacy import internal_content
from klantreis.io import interchange
from klantreis.io.fileio import suggested_name
from klantreis.io.files import save_journey
from klantreis.model.entities import JourneyInfo
from klantreis.model.errors import KlantreisError
from klantreis.model.journey import Journey
from klantreis.paths import JOURNEYS_DIR
from klantreis.store import Project
from klantreis.ui.document import OpenDocument

MAX_RECENT = 10


def templates() -> list[tuple[Path, str, str]]:
    """(file, title, subtitle) of every journey bundled in journeys/, sorted by title."""
    found = []
    for path in sorted(JOURNEYS_DIR.glob("*.json")):
        try:
            info = interchange.load_json(path).info
        except KlantreisError:
            continue  # a broken bundled file is a test failure, not the user's problem
        found.append((path, info.title, info.subtitle))
    return sorted(found, key=lambda t: t[1].casefold())


def recent_files() -> list[str]:
    value = QSettings().value("recent_files", [])
    if isinstance(value, str):  # QSettings gives a single string for a one-item list
        value = [value]
    return [str(v) for v in value or []]


def remember_recent(path: Path) -> None:
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files() if p != path]
    QSettings().setValue("recent_files", files[:MAX_RECENT])


def documents_folder() -> Path:
    """Where new files are offered: the user's Documents folder, or the home folder when that
    does not exist (a fresh Linux account has none until a desktop makes it)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return folder if folder.is_dir() else Path.home()


class NewJourneyDialog(QDialog):
    """Choose an empty journey or one of the bundled templates and examples."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe klantreis"))
        self.choices = QListWidget()
        self.choices.setAlternatingRowColors(True)  # each choice is two lines: keep them together
        self.choices.setSpacing(3)
        empty = QListWidgetItem(self.tr("Lege klantreis\nBegin met een lege kaart."))
        empty.setData(256, "")
        self.choices.addItem(empty)
        for path, title, subtitle in templates():
            item = QListWidgetItem(f"{title}\n{subtitle}" if subtitle else title)
            item.setData(256, str(path))
            self.choices.addItem(item)
        self.choices.setCurrentRow(0)
        self.choices.itemDoubleClicked.connect(self.accept)
        label = QLabel(self.tr("&Waarmee wilt u beginnen?"))
        label.setBuddy(self.choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.choices)
        layout.addWidget(QLabel(self.tr("U kiest waar het project komt zodra u iets verandert.")))
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> str:
        """The chosen template file, or "" for an empty journey."""
        item = self.choices.currentItem()
        return item.data(256) if item is not None else ""


class FileActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self._action("new", self.tr("&Nieuw…"), QKeySequence.StandardKey.New, self.new)
        self._action("open", self.tr("&Openen…"), QKeySequence.StandardKey.Open,
                     self.window.choose_and_open)
        self._action("open_window", self.tr("Openen in nieuw &venster…"), "Ctrl+Shift+O",
                     self.window.open_in_new_window)
        self.recent_menu = QMenu(self.tr("&Recente bestanden"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action("save_copy", self.tr("Opslaan als &kopie…"), None, self.save_copy)
        self._action("versions", self.tr("Vorige &versies…"), None, self.show_versions)
        self._action("import_json", self.tr("&Importeren (JSON)…"), None, self.import_json)
        self.export_menu = QMenu(self.tr("&Exporteren"), window)
        self._action("export_pdf", self.tr("&PDF (infographic en details)…"), "Ctrl+E", self.export_pdf)
        self._action("export_png", self.tr("P&NG van de infographic…"), None, self.export_png)
        self._action("export_json", self.tr("&JSON…"), None, self.export_json)
        for name in ("export_pdf", "export_png", "export_json"):
            self.export_menu.addAction(self.actions[name])
        self.pdf_dialog = None
        self._action("quit", self.tr("&Afsluiten"), QKeySequence.StandardKey.Quit, window.close)

    def _action(self, name, text, shortcut, slot) -> None:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.actions[name] = action

    def build_menu(self, menu: QMenu) -> None:
        for name in ("new", "open", "open_window"):
            menu.addAction(self.actions[name])
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.window.journey_actions.actions["properties"])
        menu.addSeparator()
        for name in ("save_copy", "versions", "import_json"):
            menu.addAction(self.actions[name])
        menu.addMenu(self.export_menu)
        menu.addSeparator()
        menu.addAction(self.actions["quit"])

    # ------------------------------------------------------------------ new and recent

    def new(self) -> None:
        dialog = NewJourneyDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.new_from(dialog.chosen())

    def new_from(self, template: str) -> bool:
        """An untitled journey, empty or a copy of a template; becomes a project at the first
        change. The template file itself is never changed."""
        try:
            if template:
                journey = interchange.load_json(template)
            else:
                journey = Journey(JourneyInfo(title=self.tr("Nieuwe klantreis")))
        except KlantreisError as error:
            self.window.edit_failed(str(error))
            return False
        self.window.show_document(OpenDocument(None, journey))
        self.window.view.fit()
        return True

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = [p for p in recent_files() if Path(p).exists()]
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.window.open_path(p))
        if not files:
            menu.addAction(self.tr("(geen recente bestanden)")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Lijst &wissen"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(lambda: QSettings().setValue("recent_files", []))

    # ------------------------------------------------------------------ copies, import, export

    def ask_save(self, title: str, suggestion: Path, filter_text: str, suffix: str) -> Path | None:
        """Where to write a file (None: cancelled), with ``suffix`` added when the user left it
        off; the other dialogs (PDF, previous versions) ask through here too."""
        path = self.window.ask_save_path(title, suggestion, filter_text)
        if path is None:
            return None
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def suggested_path(self, suffix: str, extra: str = "") -> Path:
        """A file name to offer: the journey's title, beside the project (or in Documents)."""
        document = self.window.document
        folder = document.path.parent if document and document.path else documents_folder()
        title = document.journey.info.title if document else ""
        return folder / suggested_name(title, suffix, folder=folder, extra=extra)

    def save_copy(self) -> None:
        """Write the whole project to another file; the window stays on the current one."""
        document = self.window.document
        if document is None:
            return
        path = self.ask_save(self.tr("Kopie opslaan als"),
                              self.suggested_path(".klantreis", self.tr(" (kopie)")),
                              self.tr("Klantreis-projecten (*.klantreis)"), ".klantreis")
        if path is None:
            return
        if document.project is not None and path.resolve() == document.project.path.resolve():
            self.window.edit_failed(self.tr("Kies een andere naam dan die van het open project."))
            return
        try:
            notices = save_journey(path, document.journey)
        except KlantreisError as error:
            self.window.edit_failed(str(error))
            return
        for notice in notices:  # (side files of a file it replaced, set aside)
            self.window.statusBar().showMessage(notice, 15000)
        remember_recent(path)
        self.window.statusBar().showMessage(self.tr("Kopie opgeslagen: {path}").format(path=path),
                                            8000)

    def import_json(self) -> None:
        """A JSON file becomes a new project at once (asking where), and opens."""
        source, _ = QFileDialog.getOpenFileName(self.window, self.tr("JSON importeren"),
                                                str(documents_folder()),
                                                self.tr("Klantreis-JSON (*.json)"))
        if source:
            self.import_json_file(Path(source))

    def import_json_file(self, source: Path) -> bool:
        try:
            journey = interchange.load_json(source)
        except KlantreisError as error:
            self.window.edit_failed(str(error))
            return False
        suggestion = source.with_suffix(".klantreis")
        if not source.parent.exists() or str(source).startswith(str(JOURNEYS_DIR)):
            suggestion = documents_folder() / suggestion.name
        target = self.ask_save(self.tr("Waar komt het nieuwe project?"), suggestion,
                                self.tr("Klantreis-projecten (*.klantreis)"), ".klantreis")
        if target is None:
            return False
        try:
            project = Project.create(target, journey)
        except KlantreisError as error:
            self.window.edit_failed(str(error))
            return False
        self.window.show_document(OpenDocument(target, project.journey, project))
        self.window.view.fit()
        remember_recent(target)
        return True

    def show_versions(self):
        """The previous versions of the open project (snapshots taken when it was opened)."""
        from klantreis.ui.versions_dialog import VersionsDialog

        if self.window.document is None or self.window.document.project is None:
            self.window.statusBar().showMessage(self.tr("Dit bestand is nog geen project: er zijn "
                                                        "geen vorige versies."), 10000)
            return None
        dialog = VersionsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export_pdf(self):
        """The PDF dialog: options, a preview of page 1, export with progress."""
        from klantreis.ui.pdf_export_dialog import PdfExportDialog

        if self.window.document is None:
            return None
        if self.pdf_dialog is not None and self.pdf_dialog.window.document is self.window.document:
            self.pdf_dialog.show()
            self.pdf_dialog.raise_()
            return self.pdf_dialog
        if self.pdf_dialog is not None:
            self.pdf_dialog.close()
        self.pdf_dialog = PdfExportDialog(self.window)
        self.pdf_dialog.show()
        return self.pdf_dialog

    def export_png(self):
        dialog = self.export_pdf()
        if dialog is not None:
            dialog.export_png()
        return dialog

    def export_json(self) -> None:
        """The journey as JSON for other tools, without internal notes and internal quotes."""
        from klantreis.ui.privacy_check_dialog import privacy_gate

        document = self.window.document
        if document is None or not privacy_gate(self.window, "json"):
            return
        path = self.ask_save(self.tr("Exporteren als JSON"), self.suggested_path(".json"),
                              self.tr("JSON (*.json)"), ".json")
        if path is None:
            return
        self.export_json_file(path)

    def export_json_file(self, path: Path) -> bool:
        journey = self.window.document.journey
        notes, quotes = internal_content(journey)
        try:
            from klantreis.exports.registry import write  # (imported when first used)

            write("json", journey, path)
        except KlantreisError as error:
            self.window.edit_failed(str(error))
            return False
        text = self.tr("Geëxporteerd: {path}").format(path=path)
        if notes or quotes:
            text += " " + self.tr("(zonder interne notities en interne citaten)")
        self.window.statusBar().showMessage(text, 10000)
        if not self.window.testing and (notes or quotes):
            QMessageBox.information(self.window, self.tr("Exporteren"), text)
        return True
