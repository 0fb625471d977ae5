"""Bestand > Vorige versies: the snapshots of the open project (one each time it was opened),
restored into a new file or into this project as one undoable step."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from klantreis.io.fileio import write_atomically
from klantreis.model.diff import diff
from klantreis.model.errors import KlantreisError
from klantreis.store.backups import snapshots
from klantreis.store.versions import snapshot_journey


class VersionsDialog(QDialog):
    """``VersionsDialog(workspace, files, parent)``: the versions of the workspace's project;
    ``files`` asks where a file goes. Public API: ``versions`` (list, one item per snapshot,
    newest first), ``restore_here()``, ``save_as_new()``."""

    def __init__(self, workspace, files, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("versions")
        self.setWindowTitle(self.tr("Vorige versies"))
        self.workspace = workspace
        self.document = workspace.document
        self.files = files
        self.resize(560, 420)
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("Elke keer dat dit project wordt geopend, bewaart Klantreis een kopie "
                               "(de laatste 10). Kies een versie om terug te zetten."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.versions = QListWidget()
        column.addWidget(self.versions, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        row = QHBoxLayout()
        column.addLayout(row)
        self.new_button = QPushButton(self.tr("Als &nieuw bestand bewaren…"))
        self.new_button.clicked.connect(self.save_as_new)
        self.here_button = QPushButton(self.tr("In dit project &terugzetten"))
        self.here_button.clicked.connect(self.restore_here)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        row.addWidget(self.new_button)
        row.addWidget(self.here_button)
        row.addStretch(1)
        row.addWidget(close)
        self._fill()

    def _fill(self) -> None:
        document = self.document
        self.versions.clear()
        found = snapshots(document.project.path) if document.project is not None else []
        locale = QLocale()
        for snapshot in found:
            try:
                journey = snapshot_journey(snapshot)
            except KlantreisError:
                continue  # a damaged copy is not offered
            when = locale.toString(snapshot.taken_at, QLocale.FormatType.LongFormat)
            text = self.tr("{when} · {touchpoints} contactmomenten · {quotes} citaten").format(
                when=when, touchpoints=journey.count("touchpoint"), quotes=journey.count("quote"))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, snapshot)
            self.versions.addItem(item)
        if self.versions.count():
            self.versions.setCurrentRow(0)
        else:
            self.message.setText(self.tr("Er zijn nog geen vorige versies van dit project."))
        for button in (self.new_button, self.here_button):
            button.setEnabled(self.versions.count() > 0)

    def _chosen(self):
        item = self.versions.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def restore_here(self) -> bool:
        """The chosen version replaces the project's content (Ctrl+Z takes it back)."""
        snapshot = self._chosen()
        if snapshot is None:
            return False
        document = self.document
        restore = diff(document.journey, snapshot_journey(snapshot), "edit_restore_version").edit
        if not document.apply(restore):
            return False
        self.message.setText(self.tr("Teruggezet. Met Ongedaan maken (Ctrl+Z) gaat u terug."))
        return True

    def save_as_new(self) -> bool:
        """The chosen version as a new project file; the open project stays as it is."""
        snapshot = self._chosen()
        if snapshot is None:
            return False
        files = self.files
        stamp = snapshot.taken_at.strftime("%Y-%m-%d %H.%M")
        path = files.ask_save(self.tr("Vorige versie bewaren als"), files.suggested_path(
            ".klantreis", f" (versie {stamp})"), self.tr("Klantreis-projecten (*.klantreis)"), ".klantreis")
        if path is None:
            return False
        try:
            write_atomically(path, lambda temp: shutil.copyfile(snapshot.path, temp))
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return False
        self.message.setText(self.tr("Bewaard als {path}.").format(path=path))
        return True
