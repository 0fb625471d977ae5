"""What the controllers and docks of one window share, instead of the window: the open document
(replaced when another project opens), the prompts, and the status line.

Each window has its own workspace; nothing here is global, so two projects open in one process
(two windows) never see each other's document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from klantreis.model.journey import Journey
from klantreis.ui.prompts import Prompts


class Workspace(QObject):
    """``document`` (an OpenDocument, or None), ``document_replaced(document)`` when another
    one is shown, ``prompts``, ``say(text)`` on the status line, ``failed(text)`` for a change
    that was refused (status line and a message box), ``apply(edit)``."""

    document_replaced = Signal(object)

    def __init__(self, prompts: Prompts, status: Callable[[str, int], None], parent=None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self._status = status
        self.document = None

    @property
    def journey(self) -> Journey | None:
        return self.document.journey if self.document is not None else None

    def set_document(self, document) -> None:
        self.document = document
        self.document_replaced.emit(document)

    def apply(self, edit) -> bool:
        """Push ``edit`` as one undo step; False when there is no document or it was refused
        (the document has said why)."""
        return self.document is not None and self.document.apply(edit)

    def undo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.redo()

    def say(self, text: str, timeout: int = 10000) -> None:
        self._status(text, timeout)

    def failed(self, text: str) -> None:
        self.say(text)
        self.prompts.warn(self.tr("Niet gewijzigd"), text)
