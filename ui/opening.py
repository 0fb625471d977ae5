"""Which project a window shows: opening a file (read-only when another Klantreis edits it), a
second window, a new journey (empty or from a template), a JSON file as a new project, opening
the project again after another program wrote it, the recent files, and where an untitled
journey is saved at its first change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from klantreis.io import interchange
from klantreis.io.fileio import suggested_name
from klantreis.model.entities import JourneyInfo
from klantreis.model.errors import KlantreisError
from klantreis.model.journey import Journey
from klantreis.paths import JOURNEYS_DIR
from klantreis.store import Project
from klantreis.store.lock import ProjectLocked
from klantreis.ui.document import OpenDocument, open_document

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


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` with ``suffix`` added when the user left it off."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


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


class Opener(QObject):
    """Opening for one window: ``show(document)`` puts a document on that window (and fits the
    view), ``new_window(document)`` opens another window on one."""

    def __init__(self, workspace, show: Callable[[OpenDocument], None],
                 new_window: Callable[[OpenDocument], object], parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.prompts = workspace.prompts
        self.show = show
        self.new_window = new_window

    # ------------------------------------------------------------------ opening a file

    def open_path(self, path: str | Path) -> bool:
        """Open a file; on a bad file, say why and keep what is open now."""
        try:
            document = self.open_or_look(path)
        except KlantreisError as error:
            self.workspace.say(str(error))
            self.prompts.warn(self.tr("Openen mislukt"), str(error))
            return False
        if document is None:
            return False
        self.show(document)
        if document.project is not None:
            remember_recent(document.path)
        return True

    def open_or_look(self, path: str | Path):
        """``open_document``, and when another Klantreis (or window) edits the file, the choice
        to open it read-only; None when the user cancels."""
        try:
            return open_document(path)
        except ProjectLocked as error:
            if not self.prompts.read_only(str(error)):
                return None
            return open_document(path, read_only=True)

    def ask_open_path(self) -> Path | None:
        document = self.workspace.document
        start = document.path.parent if document is not None and document.path else ""
        return self.prompts.open_path(
            self.tr("Klantreis openen"), start,
            self.tr("Klantreis-bestanden (*.klantreis *.json);;Alle bestanden (*)"))

    def choose_and_open(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.open_path(path)

    def open_in_new_window(self):
        """A second project beside this one, e.g. to copy touchpoints from one to the other."""
        path = self.ask_open_path()
        if path is None:
            return None
        try:
            document = self.open_or_look(path)
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return None
        if document is None:
            return None
        window = self.new_window(document)
        if document.project is not None:
            remember_recent(document.path)
        return window

    def reopen(self) -> bool:
        """Open the project again from its file (what another writer wrote included). When that
        fails, the journey stays on screen without a file: the next change asks where to save it."""
        document = self.workspace.document
        path = document.path
        document.close()
        return self.open_path(path)

    # ------------------------------------------------------------------ new projects

    def new(self) -> None:
        dialog = NewJourneyDialog(self.prompts.parent_widget)
        try:
            if self.prompts.run_dialog(dialog):
                self.new_from(dialog.chosen())
        finally:
            dialog.deleteLater()

    def new_from(self, template: str) -> bool:
        """An untitled journey, empty or a copy of a template; becomes a project at the first
        change. The template file itself is never changed."""
        try:
            if template:
                journey = interchange.load_json(template)
            else:
                journey = Journey(JourneyInfo(title=self.tr("Nieuwe klantreis")))
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return False
        self.show(OpenDocument(None, journey))
        return True

    def import_json(self) -> None:
        """A JSON file becomes a new project at once (asking where), and opens."""
        source = self.prompts.open_path(self.tr("JSON importeren"), documents_folder(),
                                        self.tr("Klantreis-JSON (*.json)"))
        if source is not None:
            self.import_json_file(source)

    def import_json_file(self, source: Path) -> bool:
        try:
            journey = interchange.load_json(source)
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return False
        suggestion = source.with_suffix(".klantreis")
        if not source.parent.exists() or str(source).startswith(str(JOURNEYS_DIR)):
            suggestion = documents_folder() / suggestion.name
        target = self.prompts.save_path(self.tr("Waar komt het nieuwe project?"), suggestion,
                                        self.tr("Klantreis-projecten (*.klantreis)"))
        if target is None:
            return False
        target = with_suffix(target, ".klantreis")
        try:
            project = Project.create(target, journey)
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return False
        self.show(OpenDocument(target, project.journey, project))
        remember_recent(target)
        return True

    def project_path(self) -> Path | None:
        """Where an untitled journey (a JSON file or template) is saved at its first change."""
        folder = documents_folder()
        name = suggested_name(self.workspace.journey.info.title, ".klantreis", folder=folder)
        path = self.prompts.save_path(self.tr("Waar wilt u deze klantreis bewaren?"), folder / name,
                                      self.tr("Klantreis-projecten (*.klantreis)"))
        if path is None:
            return None
        path = path if path.suffix == ".klantreis" else path.with_name(path.name + ".klantreis")
        remember_recent(path)
        return path
