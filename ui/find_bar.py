"""Ctrl+F: a slim bar above the canvas that finds touchpoints by text or route number.
Enter goes to the next match (Shift+Enter to the previous), Escape closes the bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from klantreis.evidence.search import find_touchpoints


class FindBar(QWidget):
    found = Signal(str)  # the touchpoint to select and show

    def __init__(self, journey_of: Callable[[], object], parent=None) -> None:
        super().__init__(parent)
        self._journey_of = journey_of
        self.matches: list[str] = []
        self.current = -1
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Zoek een contactmoment (tekst of nummer)"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)
        self.count = QLabel()
        previous = QToolButton(text="▲", toolTip=self.tr("Vorige (Shift+Enter)"))
        previous.clicked.connect(lambda: self.step(-1))
        following = QToolButton(text="▼", toolTip=self.tr("Volgende (Enter)"))
        following.clicked.connect(lambda: self.step(1))
        close = QToolButton(text="✕", toolTip=self.tr("Sluiten (Esc)"))
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        label = QLabel(self.tr("&Zoeken:"))
        label.setBuddy(self.field)
        for widget in (label, self.field, self.count, previous, following, close):
            row.addWidget(widget)
        row.setStretchFactor(self.field, 1)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        if self.parentWidget() is not None:
            self.parentWidget().setFocus()

    def _search(self, text: str) -> None:
        journey = self._journey_of()
        self.matches = find_touchpoints(journey, text) if journey is not None else []
        self.current = -1
        if self.matches:
            self.step(1)
        else:
            self.count.setText(self.tr("geen treffers") if text.strip() else "")

    def step(self, direction: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + direction) % len(self.matches)
        self.count.setText(self.tr("{n} van {total}").format(n=self.current + 1,
                                                             total=len(self.matches)))
        self.found.emit(self.matches[self.current])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.field and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.step(-1 if shift else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
