"""Exports off the UI thread: a job renders a snapshot of the journey in a worker thread and
reports back through Qt signals (delivered on the UI thread), so the window stays responsive and
the export can be cancelled. One reportlab build runs at a time."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from klantreis.io import interchange
from klantreis.model.errors import KlantreisError
from klantreis.model.journey import Journey

_RENDER_LOCK = threading.Lock()  # reportlab keeps global state: one build at a time


def snapshot(journey: Journey) -> Journey:
    """A copy that later edits in the window cannot change while the worker reads it."""
    return interchange.journey_from_dict(interchange.journey_to_dict(journey))


class WorkerJob(QObject):
    """Work on a worker thread (``_run``, to implement), reporting through signals:
    ``progressed(done, total)``, then exactly one of ``succeeded(result)``, ``failed(message)``
    or ``cancelled()``. ``cancel()`` asks the work to stop; ``wait()`` joins the thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    thread_name = "klantreis-worker"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def was_cancelled(self) -> bool:
        return self._stop.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the worker (tests and closing the window); True when it has ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        raise NotImplementedError


class ExportJob(WorkerJob):
    """Run ``work(journey, progress, cancelled)`` on a snapshot of ``journey``, one export at a
    time (reportlab keeps global state)."""

    thread_name = "klantreis-export"

    def __init__(self, journey: Journey, work, parent=None) -> None:
        super().__init__(parent)
        self.journey = snapshot(journey)
        self.work = work

    def _run(self) -> None:
        from klantreis.exports.pdf import ExportCancelled

        try:
            with _RENDER_LOCK:
                if self._stop.is_set():
                    raise ExportCancelled
                result = self.work(self.journey, self.progressed.emit, self._stop.is_set)
        except ExportCancelled:
            self.cancelled.emit()
        except KlantreisError as error:
            self.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 (a bug must not take the window down)
            self.failed.emit(self.tr("Het exporteren is mislukt ({kind}: {detail}).").format(
                kind=type(error).__name__, detail=error))
        else:
            self.succeeded.emit(result)


def file_work(name: str, path: Path, options):
    """Write format ``name`` of the export registry (``pdf``, ``png``) to ``path`` with the PDF
    ``options``, reporting progress; the result is the path."""

    def work(journey, progress, cancelled):
        from klantreis.exports.registry import Options, write

        write(name, journey, path, Options(pdf=options, progress=progress, cancelled=cancelled))
        return path
    return work


def preview_work(options, dpi: float = 60):
    """Page 1 rendered small, as (width, height, RGB bytes), for the dialog's preview."""
    from dataclasses import replace

    from klantreis.exports.pdf import pdf_bytes
    from klantreis.exports.png import render_first_page

    def work(journey, progress, cancelled):  # noqa: ARG001
        pdf = pdf_bytes(journey, replace(options, details=False), cancelled=cancelled)
        image = render_first_page(pdf, dpi)
        return image.width, image.height, image.tobytes()
    return work
