"""REFI-QDA in and out for one window: import a .qdpx (the dialog of ui/qdpx_import_dialog.py,
one undo step), export the project as .qdpx (in the background, with progress, after the
privacy check, as the PDF export) or the code book alone as .qdc. The window places the actions
in its menus (``actions``, or ``build_menu(menu)`` for all three)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog

from klantreis.io.fileio import suggested_name
from klantreis.model.errors import KlantreisError
from klantreis.ui.job_progress import close_progress, job_progress
from klantreis.ui.opening import documents_folder, with_suffix


def qdpx_work(path: Path):
    """The export job's work: the project as .qdpx at ``path``, stopped (nothing written) when
    the job is cancelled; the result is the number of quotes written."""

    def work(journey, progress, cancelled):
        from klantreis.exports.pdf import ExportCancelled
        from klantreis.exports.qdpx import write_qdpx

        def step(done: int, total: int) -> None:
            if cancelled():
                raise ExportCancelled
            progress(done, total)
        return write_qdpx(journey, path, progress=step)
    return work


class QdpxActions(QObject):
    """``actions["import_qdpx"]``, ``actions["export_qdpx"]``, ``actions["export_qdc"]`` (on
    ``host``); ``job`` is the running .qdpx export (None when there is none), ``progress`` its
    dialog."""

    def __init__(self, workspace, host) -> None:
        super().__init__(host)
        self.workspace = workspace
        self.prompts = workspace.prompts
        self.host = host
        self.job = None
        self.progress: QProgressDialog | None = None
        self.last_path: Path | None = None
        self.actions: dict[str, QAction] = {}
        for name, text, slot in (
                ("import_qdpx", self.tr("REFI-QDA-project importeren…"), self.import_qdpx),
                ("export_qdpx", self.tr("REFI-QDA-project (.qdpx) exporteren…"), self.export_qdpx),
                ("export_qdc", self.tr("Codeboek (.qdc) exporteren…"), self.export_qdc)):
            action = QAction(text, host)
            action.setToolTip(self.tr("Uitwisseling met QualCoder, MAXQDA, ATLAS.ti en NVivo"))
            action.triggered.connect(slot)
            self.actions[name] = action

    def build_menu(self, menu) -> None:
        menu.addAction(self.actions["import_qdpx"])
        menu.addAction(self.actions["export_qdpx"])
        menu.addAction(self.actions["export_qdc"])

    # ------------------------------------------------------------------ import

    def import_qdpx(self) -> bool:
        from klantreis.ui.qdpx_import_dialog import import_qdpx

        if self.workspace.journey is None:
            return False
        path = self.prompts.open_path(self.tr("REFI-QDA-project kiezen"), documents_folder(),
                                      self.tr("REFI-QDA-projecten (*.qdpx);;Alle bestanden (*)"))
        return bool(path) and import_qdpx(self.workspace, path)

    # ------------------------------------------------------------------ export

    def _ask(self, title: str, suffix: str, filter_text: str, extra: str = "") -> Path | None:
        from klantreis.ui.privacy_check_dialog import privacy_gate

        journey = self.workspace.journey
        if journey is None or not privacy_gate(self.workspace, "qdpx"):
            return None
        folder = documents_folder()
        name = suggested_name(journey.info.title, suffix, folder=folder, extra=extra)
        path = self.prompts.save_path(title, folder / name, filter_text)
        return with_suffix(path, suffix) if path is not None else None

    def export_qdpx(self) -> bool:
        """Ask where, then write the .qdpx in the background (True: the export started)."""
        from klantreis.ui.export_job import ExportJob

        if self.job is not None:
            return False
        title = self.tr("REFI-QDA-project exporteren")
        path = self._ask(title, ".qdpx", self.tr("REFI-QDA-project (*.qdpx)"))
        if path is None:
            return False
        self.job = ExportJob(self.workspace.journey, qdpx_work(path), self)
        self.progress = job_progress(self.job, self.tr("Exporteren naar {name}…").format(name=path.name),
                                     title, self.host)
        self.job.succeeded.connect(lambda count: self._succeeded(path, count))
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.start()
        return True

    def _finish(self) -> None:
        close_progress(self.progress)
        self.progress = None
        self.job = None

    def _succeeded(self, path: Path, count: int) -> None:
        self._finish()
        self.last_path = path
        self.workspace.say(self.tr("REFI-QDA-project geëxporteerd naar {name} ({count} citaten)").format(
            name=path.name, count=count))

    def _failed(self, text: str) -> None:
        self._finish()
        self.workspace.failed(text)

    def _cancelled(self) -> None:
        self._finish()
        self.workspace.say(self.tr("Exporteren geannuleerd; er is niets geschreven."))

    def export_qdc(self) -> bool:
        """Ask where, then write the code book (quick: no background job)."""
        path = self._ask(self.tr("Codeboek exporteren"), ".qdc", self.tr("REFI-QDA-codeboek (*.qdc)"),
                         extra=" - codeboek")
        if path is None:
            return False
        from klantreis.exports.qdpx import write_qdc

        try:
            count = write_qdc(self.workspace.journey, path)
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return False
        self.last_path = path
        self.workspace.say(self.tr("Codeboek geëxporteerd naar {name} ({count} codes)").format(
            name=path.name, count=count))
        return True

    def wait(self, timeout: float = 30) -> bool:
        """Wait for a running export's worker (tests, closing the window)."""
        return self.job is None or self.job.wait(timeout)
