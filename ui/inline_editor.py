"""A one-line editor laid over the canvas for renaming in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


class InlineTitleEditor(QLineEdit):
    """Rename a card or phase in place: Enter or leaving the field keeps the new text, Escape
    keeps the old one. ``on_done(key, text or None)`` is called once."""

    def __init__(self, view, key: str, title: str, on_done) -> None:
        super().__init__(title, view.viewport())
        self.key = key
        self._on_done = on_done
        self._finished = False
        self.selectAll()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self._finish(True)

    def _finish(self, keep: bool) -> None:
        if self._finished:
            return
        self._finished = True
        self.hide()
        self._on_done(self.key, self.text() if keep else None)
        self.deleteLater()
