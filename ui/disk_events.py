"""What happened to the project file outside the editing: what opening it noticed (side files
set aside, a lock that could not be taken, a repaired order), and another writer that changed
the file while it was open here (offer to open it again)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from klantreis.ui.document import OpenDocument


class DiskEvents(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def attach(self, document: OpenDocument) -> None:
        document.changed_elsewhere.connect(self.offer_reload)
        if document.notices:
            QTimer.singleShot(0, lambda: self.show_notices(document))

    def show_notices(self, document: OpenDocument) -> None:
        """Tell once what opening the project noticed (in the status bar, and in a message box
        when a person is looking)."""
        window = self.window
        if document is not window.document:
            return
        text = "\n\n".join(document.notices)
        window.statusBar().showMessage(text.replace("\n\n", " "), 20000)
        if window.isVisible() and not window.testing:
            QMessageBox.information(window, self.tr("Bij het openen"), text)

    def offer_reload(self, text: str) -> None:
        document = self.window.document
        if document is not None and document.project is not None and self.ask_reload(text):
            self.reload()

    def ask_reload(self, text: str) -> bool:
        """The one place that asks whether to open the project again after someone else wrote
        it (tests replace it)."""
        window = self.window
        if window.testing or not window.isVisible():
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Buiten Klantreis gewijzigd"), text,
                          parent=window)
        again = box.addButton(self.tr("Opnieuw openen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Niet nu"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is again

    def reload(self) -> bool:
        """Open the project again from its file (what another writer wrote included). When that
        fails, the journey stays on screen without a file: the next change asks where to save it."""
        window = self.window
        path = window.document.path
        window.document.close()
        if window.open_path(path):
            return True
        window._update_title()
        return False
