"""Toetsing > Vergelijk met ontwerp… as an action a window places; the dialog and the comparison
(ui/design_dialog.py, klantreis/graph/design.py) are loaded when it is first used, not at
start-up."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class DesignActions(QObject):
    """``actions["compare_design"]``: Vergelijk met ontwerp… (Ctrl+Shift+D, on ``host``)."""

    def __init__(self, workspace, host) -> None:
        super().__init__(host)
        self.workspace = workspace
        self.host = host
        action = QAction(self.tr("Vergelijk met &ontwerp…"), host)
        action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        action.setStatusTip(self.tr("De ontworpen route naast de geleefde route: markeert ‘beide’, "
                                    "‘praktijk’ en ‘ontwerp’"))
        action.triggered.connect(self.compare_design)
        self.actions = {"compare_design": action}

    def compare_design(self) -> bool:
        from klantreis.ui.design_dialog import compare_with_design  # (loaded when first used)

        return compare_with_design(self.workspace, self.host)
