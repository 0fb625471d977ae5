"""The progress dialog of work running off the UI thread (an export, reading a transcript): a
window-modal QProgressDialog, shown once the work takes longer than 300 ms, whose Annuleren
cancels the job and whose bar follows the job's ``progressed(done, total)``."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog


def job_progress(job, text: str, title: str, parent) -> QProgressDialog:
    """The dialog for ``job`` (an object with ``cancel()`` and a ``progressed`` signal)."""
    dialog = QProgressDialog(text, QCoreApplication.translate("JobProgress", "Annuleren"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(job.cancel)
    job.progressed.connect(lambda done, total: _advance(dialog, done, total))
    return dialog


def _advance(dialog: QProgressDialog, done: int, total: int) -> None:
    with suppress(RuntimeError):  # (closed meanwhile: Qt deleted it)
        if not dialog.wasCanceled():
            dialog.setMaximum(total)
            dialog.setValue(done)


def close_progress(dialog: QProgressDialog | None) -> None:
    """Take the dialog away (its Annuleren no longer cancels anything)."""
    if dialog is not None:
        dialog.canceled.disconnect()
        dialog.reset()
        dialog.deleteLater()
