"""The capture bar's quote field and its keys: Enter stores the quote, Shift+Enter is a new
line, and the bar's own keys (Alt+1..5, Ctrl+1..9, Alt+P/R/M, the details' Alt keys) win over the
window's shortcuts while the focus is in one of the bar's fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

from klantreis.ui.fonts import ui_font
from klantreis.ui.quote_format import follow_text_direction


class QuoteField(QPlainTextEdit):
    """The entry field: Enter submits, Shift+Enter is a new line; the capture keys are handled
    by the bar before any window shortcut sees them."""

    submitted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFont(ui_font(13.0))
        self.setFixedHeight(78)
        # Arabic and Farsi are typed right-to-left: the field turns with the first letter
        self.textChanged.connect(lambda: follow_text_direction(self))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CaptureKeys(QObject):
    """Event filter on the bar's fields: capture keys win over the window's shortcuts; plain
    keys stay in the field; Ctrl+Z in an empty quote field goes to the window (undo the last
    captured quote) instead of the field's own typing undo."""

    def __init__(self, bar) -> None:
        super().__init__(bar)
        self.bar = bar

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        action = self.bar.key_action(event)
        if kind == QEvent.Type.ShortcutOverride:
            if action is not None:
                event.accept()
                return True
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                    QKeySequence.StandardKey.Redo):
                if watched is self.bar.field and not self.bar.field.toPlainText():
                    event.ignore()  # let the window's Ongedaan maken / Opnieuw have it
                    return True
                return False
            mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                        | Qt.KeyboardModifier.AltModifier
                                        | Qt.KeyboardModifier.MetaModifier)
            if not mods:  # Delete, arrows, Insert ... belong to the field here
                event.accept()
                return True
            return False
        if action is not None:
            action()
            return True
        return False
