"""An open journey in the app and the one place that changes it.

Every change goes through :meth:`OpenDocument.apply` as an undo command; the command applies a
:mod:`klantreis.model.edits` edit to the journey and writes the rows it touched to the project file in
one transaction (autosave). A JSON file or template opens as an untitled document that becomes a
project file at the first change (``ask_path`` chooses where).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from klantreis.io import interchange
from klantreis.io.files import file_type
from klantreis.model.edits import Edit
from klantreis.model.errors import KlantreisError, ProjectFileError
from klantreis.model.journey import Change, Journey
from klantreis.store import Project
from klantreis.store.project import ProjectChangedElsewhere


class EditCommand(QUndoCommand):
    """One edit on the undo stack. When writing fails, the journey and the file stay as they
    were; a first push is then dropped, and a failed undo or redo puts the stack's index back
    (the next call that Qt makes to realign it changes nothing)."""

    def __init__(self, document: OpenDocument, edit: Edit) -> None:
        super().__init__(edit.text)
        self.document = document
        self.edit = edit
        self.error: KlantreisError | None = None
        self.pushed = False
        self._skip_next = False

    def redo(self) -> None:
        if self._skip_next:  # realigning the index after a failed undo: nothing to do
            self._skip_next = False
            return
        self.error = self.document._run(self.edit.apply, self.edit.revert)
        if self.error is None:
            return
        if not self.pushed:
            self.setObsolete(True)  # nothing changed: QUndoStack.push drops the command
        else:
            self._realign(-1, self.error)

    def undo(self) -> None:
        if self._skip_next:  # realigning the index after a failed redo
            self._skip_next = False
            return
        error = self.document._run(self.edit.revert, self.edit.apply)
        if error is not None:
            self._realign(+1, error)

    def _realign(self, step: int, error: KlantreisError) -> None:
        """The stack moved its index past this command although nothing changed: move it back
        as soon as Qt has finished this call."""
        self._skip_next = True
        stack = self.document.undo_stack
        QTimer.singleShot(0, lambda: stack.setIndex(stack.index() + step))
        self.document._step_failed(error)


class OpenDocument(QObject):
    """An open journey and its undo stack, and the one place that changes it.

    ``changes`` carries what each step changed, as a tuple of :class:`Change` (inserted,
    removed, updated, moved entities and the journey's info): after an edit, an undo or a redo,
    and once for a whole jump in the history (the Geschiedenis dock). Views bind to it and bring
    themselves in line; an empty tuple (after a step that failed) asks them to show the stored
    state again."""

    changes = Signal(object)
    failed = Signal(str)  # a clear Dutch message; the journey is unchanged
    changed_elsewhere = Signal(str)  # the file was written by someone else: offer to reopen it
    saved_state_changed = Signal()

    def __init__(self, path: Path | None, journey: Journey, project: Project | None = None) -> None:
        super().__init__()
        self.path = path
        self.journey = journey
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._pending: list[Change] = []  # of the steps the stack is running now
        self.undo_stack.indexChanged.connect(lambda _index: self._flush())
        self.ask_path: Callable[[], Path | None] = lambda: None

    @property
    def untitled(self) -> bool:
        return self.project is None

    @property
    def read_only(self) -> bool:
        """Opened while another Klantreis edits the file: shown, never written."""
        return self.project is not None and self.project.read_only

    @property
    def display_name(self) -> str:
        if self.project is not None:
            return self.project.path.name
        return self.tr("Naamloos") + (f" ({self.path.name})" if self.path else "")

    def close(self) -> None:
        """Let go of the file (the journey stays in memory, untitled from now on)."""
        if self.project is not None:
            self.project.close()
            self.project = None
            self.saved_state_changed.emit()

    # ------------------------------------------------------------------ changing the journey

    def apply(self, edit: Edit) -> bool:
        """Apply ``edit`` as one undo step and write it to the file; False (and ``failed``
        emitted) when it was refused or could not be saved, leaving everything as it was."""
        if self.project is None and not self._become_project():
            return False
        if self.read_only:
            self.failed.emit(str(ProjectFileError("read_only_project", path=str(self.project.path))))
            return False
        command = EditCommand(self, edit)
        self.undo_stack.push(command)
        command.pushed = True
        self._flush()  # (the stack says nothing when a command merges into the one before)
        if command.error is not None:
            self._report(command.error)
            return False
        return True

    def _report(self, error: KlantreisError) -> None:
        self.failed.emit(str(error))
        if isinstance(error, ProjectChangedElsewhere):
            self.changed_elsewhere.emit(str(error))

    @property
    def notices(self) -> list[str]:
        """What opening the project noticed (side files set aside, a lock that could not be
        taken, a repaired order): the window shows them once."""
        return list(self.project.notices) if self.project is not None else []

    def _become_project(self) -> bool:
        path = self.ask_path()
        if path is None:
            return False
        try:
            self.project = Project.create(path, self.journey)
        except KlantreisError as error:
            self.failed.emit(str(error))
            return False
        self.path = Path(path)
        self.saved_state_changed.emit()
        return True

    def _run(self, action: Callable[[Journey], None],
             inverse: Callable[[Journey], None]) -> KlantreisError | None:
        changes: list[Change] = []
        listener = changes.append
        self.journey.subscribe(listener)
        try:
            try:
                action(self.journey)
            except KlantreisError as error:
                return error  # validated before anything changed
            try:
                self.project.apply(changes)
            except KlantreisError as error:
                inverse(self.journey)  # the file is unchanged, so the model goes back too
                return error
        finally:
            self.journey.unsubscribe(listener)
        self._pending.extend(changes)  # (told when the stack has finished: see _flush)
        return None

    def _flush(self) -> None:
        """Tell the views what the steps just run changed, in one tuple."""
        if self._pending:
            changes, self._pending = tuple(self._pending), []
            self.changes.emit(changes)

    def _step_failed(self, error: KlantreisError) -> None:
        self._report(error)
        self._flush()
        self.changes.emit(())


def open_document(path: str | Path, *, read_only: bool = False) -> OpenDocument:
    """Open a project, or a JSON file as an untitled document; raises KlantreisError with a
    clear message (ProjectLocked when another Klantreis edits the project: open it again with
    ``read_only`` to look without writing)."""
    path = Path(path)
    if file_type(path) == "json":
        return OpenDocument(path, interchange.load_json(path))
    project = Project.open(path, read_only=read_only)
    return OpenDocument(path, project.journey, project)
