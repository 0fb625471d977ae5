"""The keys of the Transcripten dock: its own (Alt+1..5, Alt+G, Alt+0, Alt+M, Enter, Escape)
win over the window's shortcuts while the focus is in the dock, and the keys that select and
copy text (the arrows with or without Shift and Ctrl, Home, End, Ctrl+A, Ctrl+C) or that would
edit the canvas (Delete, Insert, F2, Ctrl+D, Ctrl+L, Ctrl+T, Ctrl+V, the phase keys) stay in the
dock: a key pressed in the dock never reaches the canvas. Undo and redo, the dock keys
(Ctrl+Shift+Q, ...) and the menus still work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence

_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier)
_STANDARD = QKeySequence.StandardKey
# what a read-only text does with Ctrl: move and select by word or to the ends, copy, select all
_TEXT_KEYS = (_STANDARD.Copy, _STANDARD.SelectAll, _STANDARD.MoveToNextWord,
              _STANDARD.MoveToPreviousWord, _STANDARD.SelectNextWord, _STANDARD.SelectPreviousWord,
              _STANDARD.MoveToStartOfDocument, _STANDARD.MoveToEndOfDocument,
              _STANDARD.SelectStartOfDocument, _STANDARD.SelectEndOfDocument)
_EDIT_KEYS = (_STANDARD.Cut, _STANDARD.Paste, _STANDARD.Delete)  # (the text ignores them, a field uses them)
# the canvas's keys with Ctrl (ui/editor.py, ui/phase_editor.py)
_CANVAS_KEYS = tuple(QKeySequence(keys) for keys in (
    "Ctrl+D", "Ctrl+L", "Ctrl+T", "Ctrl+Shift+L", "Ctrl+Shift+F", "Ctrl+Shift+Del",
    "Ctrl+Shift+Up", "Ctrl+Shift+Down", "Ctrl+Up", "Ctrl+Down"))


def _blocked(event) -> bool:
    """A key with Ctrl that would edit the canvas (or cut or paste the cards): kept from the
    window's shortcuts while the focus is in the dock."""
    if any(event.matches(key) for key in _EDIT_KEYS):
        return True
    combination = QKeySequence(event.keyCombination())
    return any(combination.matches(key) == QKeySequence.SequenceMatch.ExactMatch
               for key in _CANVAS_KEYS)


def stays_in_dock(event) -> bool:
    """Whether a key belongs to the dock's widget rather than to a window shortcut."""
    return (not event.modifiers() & _MODIFIERS or any(event.matches(key) for key in _TEXT_KEYS)
            or _blocked(event))


class TranscriptKeys(QObject):
    """Event filter on the dock's widgets; ``dock.key_action(event, watched)`` names what a key
    does there (None: the widget's own)."""

    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.dock = dock

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        action = self.dock.key_action(event, watched)
        if kind == QEvent.Type.ShortcutOverride:
            if action is not None or stays_in_dock(event):
                event.accept()
                return True
            return False
        if action is not None:
            action()
            event.accept()
            return True
        return False  # (a key kept from the shortcuts goes to the widget, which may ignore it)
