"""The journey's own fields and its actors: Bestand > Eigenschappen van de klantreis (Alt+Enter)
and Bewerken > Actoren (Ctrl+Shift+A). Both open a dialog on the open document."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class JourneyActions(QObject):
    """``actions["properties"]`` and ``actions["actors"]`` (shortcuts on ``host``); the dialogs
    run through the workspace's prompts."""

    def __init__(self, workspace, host) -> None:
        super().__init__(host)
        self.workspace = workspace
        self.host = host
        self.actions: dict[str, QAction] = {}
        for name, text, keys, slot in (
                ("properties", self.tr("&Eigenschappen van de klantreis…"), "Alt+Return", self.properties),
                ("actors", self.tr("&Actoren…"), "Ctrl+Shift+A", self.edit_actors)):
            action = QAction(text, host)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.actions[name] = action

    def properties(self) -> bool:
        from klantreis.ui.journey_dialog import JourneyDialog

        document = self.workspace.document
        if document is None:
            return False
        dialog = JourneyDialog(document, self.host)
        try:
            return self.workspace.prompts.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def edit_actors(self) -> bool:
        from klantreis.ui.actors_dialog import ActorsDialog

        document = self.workspace.document
        if document is None:
            return False
        dialog = ActorsDialog(document, self.host)
        try:
            return self.workspace.prompts.run_dialog(dialog)
        finally:
            dialog.deleteLater()
