"""The menu actions that bring a dock into view: a dock hidden, or open behind another tab,
comes to the front with the focus in it; only a dock already in front is hidden. (Qt's own
toggle action hides a dock that is open behind a tab, which looks like doing nothing.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget


def in_front(dock: QDockWidget) -> bool:
    """Shown and not covered by another tab of the same place."""
    return not dock.isHidden() and not dock.visibleRegion().isEmpty()


def bring_or_hide(dock: QDockWidget, focus: QWidget | None = None) -> None:
    if in_front(dock):
        dock.hide()
        return
    dock.show()
    dock.raise_()
    target = focus or dock.widget()
    if target is not None:
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def dock_action(dock: QDockWidget, text: str, keys: str, focus: QWidget | None = None) -> QAction:
    """A checkable action (checked while the dock is open, in front or not) with ``keys``."""
    action = QAction(text, dock.parent())
    action.setCheckable(True)
    action.setShortcut(QKeySequence(keys))
    action.setChecked(not dock.isHidden())
    dock.visibilityChanged.connect(lambda _visible: action.setChecked(not dock.isHidden()))
    action.triggered.connect(lambda _checked=False: (bring_or_hide(dock, focus),
                                                     action.setChecked(not dock.isHidden())))
    return action
