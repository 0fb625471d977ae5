"""Bestand > Importeren > Transcript…: choose a file, read it off the UI thread with a progress
dialog that can be cancelled (nothing changes then), map its speakers in a dialog
(ui/transcript_import_dialog.py) and import it as one undo step. A file that cannot be read
gives one Dutch message and changes nothing."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QProgressDialog

from klantreis.model.errors import KlantreisError
from klantreis.ui.export_job import WorkerJob
from klantreis.ui.job_progress import close_progress, job_progress
from klantreis.ui.opening import documents_folder


class ReadJob(WorkerJob):
    """Read the transcript at ``path`` on a worker thread (``succeeded(parsed)``). A job
    cancelled before it has reported ends with ``cancelled`` even when the reading was already
    done."""

    thread_name = "klantreis-transcript"

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)

    def _progress(self, done: int, total: int) -> bool:
        self._tell(self.progressed, done, total)
        return not self._stop.is_set()

    @staticmethod
    def _tell(signal, *values) -> None:
        with suppress(RuntimeError):  # (the window was closed while reading: nobody listens)
            signal.emit(*values)

    def _run(self) -> None:
        from klantreis.io.transcript_read import TranscriptCancelled, read_transcript  # (when first used)

        try:
            parsed = None if self._stop.is_set() else read_transcript(self.path, progress=self._progress)
        except TranscriptCancelled:
            parsed = None
        except KlantreisError as error:
            self._tell(self.failed, str(error))
            return
        except OSError as error:
            self._tell(self.failed, self.tr("‘{name}’ kan niet worden gelezen: {reason}.").format(
                name=self.path.name, reason=error.strerror or error))
            return
        except Exception as error:  # noqa: BLE001 (a bug must not take the window down)
            self._tell(self.failed, self.tr("Het transcript kon niet worden gelezen ({kind}: {detail}).")
                       .format(kind=type(error).__name__, detail=error))
            return
        if parsed is None or self._stop.is_set():
            self._tell(self.cancelled)
        else:
            self._tell(self.succeeded, parsed)


class TranscriptImport(QObject):
    """``TranscriptImport(workspace, host)``: ``start()`` asks for a file, ``read(path)`` reads
    one; ``job`` and ``progress`` while reading; ``imported(transcript_id)`` after an import.
    ``dialog_for(journey, parsed, name)`` makes the speakers dialog (tests fill it in)."""

    imported = Signal(str)

    def __init__(self, workspace, host) -> None:
        super().__init__(host)
        self.workspace = workspace
        self.host = host
        self.job: ReadJob | None = None
        self.progress: QProgressDialog | None = None
        self._document = None

    def start(self) -> ReadJob | None:
        if self.workspace.document is None or self.job is not None:
            return None
        folder = QSettings().value("transcripts/folder", "") or str(documents_folder())
        path = self.workspace.prompts.open_path(
            self.tr("Transcript importeren"), folder,
            self.tr("Transcripten (*.txt *.docx *.vtt *.srt);;Alle bestanden (*)"))
        if path is None:
            return None
        QSettings().setValue("transcripts/folder", str(Path(path).parent))
        return self.read(path)

    def read(self, path: Path) -> ReadJob:
        self._document = self.workspace.document
        self.job = job = ReadJob(path, self)
        self.progress = job_progress(job, self.tr("Transcript lezen: {name}…").format(name=Path(path).name),
                                     self.tr("Transcript importeren"), self.host)
        job.succeeded.connect(self._read)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.start()
        return job

    def cancel(self) -> None:
        """What the progress dialog's Annuleren does."""
        if self.job is not None:
            self.job.cancel()
        if self.progress is not None:
            self.progress.cancel()

    def _finish(self) -> Path | None:
        path = self.job.path if self.job is not None else None
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        close_progress(self.progress)
        self.progress = None
        return path

    def _cancelled(self) -> None:
        path = self._finish()
        self.workspace.say(self.tr("Importeren van {name} afgebroken: er is niets veranderd.")
                           .format(name=path.name if path else ""))

    def _failed(self, text: str) -> None:
        self._finish()
        self.workspace.failed(text)

    def dialog_for(self, journey, parsed, name: str):
        from klantreis.ui.transcript_import_dialog import TranscriptImportDialog

        return TranscriptImportDialog(journey, parsed, name, self.host)

    def _read(self, parsed) -> None:
        if self.job is not None and self.job.was_cancelled:  # (cancelled after it had read all)
            self._cancelled()
            return
        path = self._finish()
        document = self.workspace.document
        if document is None or document is not self._document:
            return  # another project was opened meanwhile
        journey = document.journey
        from klantreis.io.transcript_import import same_file

        twin = same_file(journey, parsed)
        if twin is not None and not self.workspace.prompts.confirm(
                self.tr("Transcript importeren"),
                self.tr("Dit bestand is al geïmporteerd als ‘{name}’. Nog een keer importeren?")
                .format(name=twin.name)):
            return
        dialog = self.dialog_for(journey, parsed, path.name)
        try:
            if not self.workspace.prompts.run_dialog(dialog) or dialog.result_edit is None:
                self.workspace.say(self.tr("Niet geïmporteerd: er is niets veranderd."))
                return
            if self.workspace.apply(dialog.result_edit):
                self.workspace.say(self.tr("Transcript geïmporteerd: {name}").format(
                    name=dialog.name.text().strip()))
                self.imported.emit(dialog.result_transcript_id)
        finally:
            dialog.deleteLater()
