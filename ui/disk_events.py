"""What happened to the project file outside the editing: what opening it noticed (side files
set aside, a lock that could not be taken, a repaired order), and another writer that changed
the file while it was open here (offer to open it again)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from klantreis.ui.document import OpenDocument


class DiskEvents(QObject):
    """For one window: says what opening a document noticed, and offers to open the project
    again (through ``opener``) when another program wrote it."""

    def __init__(self, workspace, opener, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.prompts = workspace.prompts
        self.opener = opener
        workspace.document_replaced.connect(self.attach)

    def attach(self, document: OpenDocument | None) -> None:
        if document is None:
            return
        document.changed_elsewhere.connect(self.offer_reload)
        if document.notices:
            QTimer.singleShot(0, lambda: self.show_notices(document))

    def show_notices(self, document: OpenDocument) -> None:
        """Tell once what opening the project noticed (in the status bar, and in a message box
        when a person is looking)."""
        if document is not self.workspace.document:
            return
        text = "\n\n".join(document.notices)
        self.workspace.say(text.replace("\n\n", " "), 20000)
        self.prompts.inform(self.tr("Bij het openen"), text)

    def offer_reload(self, text: str) -> None:
        document = self.workspace.document
        if document is not None and document.project is not None and self.prompts.reload(text):
            self.reload()

    def reload(self) -> bool:
        """Open the project again from its file (what another writer wrote included). When that
        fails, the journey stays on screen without a file: the next change asks where to save it."""
        return self.opener.reopen()
