"""Field widgets of the inspector, with one small shared API.

Each field has ``fill(value)`` (show the model's value without emitting anything), ``value()``
(what the user entered, in the model's type; may raise :class:`InvalidValue`), ``edited()``
(whether the user changed what ``fill`` showed) and a ``commit_requested`` signal that fires when
an edit is complete: text lines on Enter or focus-out, text blocks on focus-out or Ctrl+Enter,
choices and checks at once. The fields never touch the model; the inspector commits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
)

from klantreis.evidence.assessment import format_number, parse_number
from klantreis.model.errors import InvalidValue


class TextLine(QLineEdit):
    """One line of text. Enter or leaving the field commits; Escape shows the model value again."""

    commit_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filled = ""
        self.editingFinished.connect(self.commit_requested)

    def fill(self, value: str) -> None:
        self.blockSignals(True)
        self.setText(value)
        self.setCursorPosition(0)  # show the start of a long text
        self.blockSignals(False)
        self._filled = self.text()  # what the widget made of it, so an untouched field is unchanged

    def edited(self) -> bool:
        return self.text() != self._filled

    def value(self) -> str:
        return self.text().strip()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.edited():
            self.fill(self._filled)
            event.accept()
        else:
            super().keyPressEvent(event)


class ShareLine(TextLine):
    """A percentage 0..100 or empty; accepts a Dutch decimal comma ("35,5") or a point."""

    def fill(self, value: float | None) -> None:
        super().fill(format_share(value))

    def value(self) -> float | None:
        return parse_share(self.text())


def format_share(value: float | None) -> str:
    """Exact and short: 35.0 -> "35", 35.5 -> "35,5" (in English "35.5"; parse_share gives the
    same float back)."""
    if value is None:
        return ""
    text = repr(float(value))
    return (text[:-2] if text.endswith(".0") else text).replace(".", QLocale().decimalPoint())


def parse_share(text: str) -> float | None:
    """"" -> None; "35" / "35,5" / "35.5" / "35 %" -> float; else InvalidValue (a Dutch message)."""
    cleaned = text.strip().removesuffix("%").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise InvalidValue("invalid_share", what="aandeel", value=text.strip()) from None
    if not 0 <= value <= 100:  # also refuses nan and inf
        raise InvalidValue("invalid_share", what="aandeel", value=text.strip())
    return value + 0.0


class NumberLine(TextLine):
    """A number or empty; a Dutch decimal comma or a point. ``what`` names the field in the
    message that refuses other text ("termijn: 'abc' is geen getal ...")."""

    def __init__(self, what: str, parent=None) -> None:
        super().__init__(parent)
        self.what = what

    def fill(self, value: float | None) -> None:
        super().fill(format_number(value, QLocale().decimalPoint()))

    def value(self) -> float | None:
        return parse_number(self.text(), self.what)


class TextBlock(QPlainTextEdit):
    """Several lines of text. Leaving the field or Ctrl+Enter commits; Tab moves on."""

    commit_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filled = ""
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)

    def fill(self, value: str) -> None:
        if self.toPlainText() == value:
            self._filled = value
            return  # keep the cursor where it is
        self.blockSignals(True)
        self.setPlainText(value)
        self.blockSignals(False)
        self._filled = self.toPlainText()

    def edited(self) -> bool:
        return self.toPlainText() != self._filled

    def value(self) -> str:
        return self.toPlainText()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.commit_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.commit_requested.emit()


class ChoiceBox(QComboBox):
    """A choice from a list of (label, value) pairs; a new pick commits at once. The values are
    kept in Python (Qt would turn an enum member into a plain string)."""

    commit_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._values: list[object] = []
        self.currentIndexChanged.connect(lambda _index: self.commit_requested.emit())

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """No type-ahead with the list closed: a letter typed here (meant for the canvas, say)
        would pick another choice and commit it at once. Arrow keys, F4, Alt+Down and Space
        (open the list) work as usual."""
        if event.text() and event.text().isprintable() and event.text() != " " and not (
                event.modifiers() & KeepKeysInField.MODIFIERS):
            event.ignore()
            return
        super().keyPressEvent(event)

    def set_choices(self, choices: list[tuple[str, object]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = [value for _label, value in choices]
        self.addItems([label for label, _value in choices])
        self.setCurrentIndex(self.index_of(current))
        self.blockSignals(False)

    def index_of(self, value: object) -> int:
        return self._values.index(value) if value in self._values else -1

    def fill(self, value: object) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.index_of(value))
        self.blockSignals(False)

    def edited(self) -> bool:
        return True

    def value(self) -> object:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None


class CheckField(QCheckBox):
    """A yes/no field; toggling commits at once."""

    commit_requested = Signal()

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _checked: self.commit_requested.emit())

    def fill(self, value: bool) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)

    def edited(self) -> bool:
        return True

    def value(self) -> bool:
        return self.isChecked()


class ActorChecks(QListWidget):
    """The journey's actors, each with a check box (Space toggles); a toggle commits at once.
    ``value()`` keeps the order of the ids that were there and adds new ones in list order."""

    commit_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filled: tuple[str, ...] = ()
        self.setMinimumHeight(80)
        self.itemChanged.connect(lambda _item: self.commit_requested.emit())

    def set_actors(self, actors: list[tuple[str, str]]) -> None:
        """(name, id) pairs; keeps the current row, so keyboard users do not lose their place."""
        row = self.currentRow()
        self.blockSignals(True)
        self.clear()
        for name, actor_id in actors:
            item = QListWidgetItem(name, self)
            item.setData(Qt.ItemDataRole.UserRole, actor_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if 0 <= row < self.count():
            self.setCurrentRow(row)
        self.blockSignals(False)

    def fill(self, value: tuple[str, ...]) -> None:
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in value
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self._filled = tuple(value)

    def edited(self) -> bool:
        return True

    def checked_ids(self) -> list[str]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def value(self) -> tuple[str, ...]:
        checked = self.checked_ids()
        return tuple(a for a in self._filled if a in checked) + tuple(
            a for a in checked if a not in self._filled)


class KeepKeysInField(QObject):
    """Event filter: plain keys (Delete, Insert, arrows, F2 ...) typed in a field go to the field,
    not to the window's canvas shortcuts, so tabbing through the inspector and pressing Delete on
    a check box never deletes a card. Ctrl/Alt combinations (undo, mnemonics) still work.
    ``back()``, when given, is where Escape takes the focus (the canvas)."""

    MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                 | Qt.KeyboardModifier.MetaModifier)

    def __init__(self, parent=None, back=None) -> None:
        super().__init__(parent)
        self.back = back

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ShortcutOverride and not event.modifiers() & self.MODIFIERS:
            event.accept()
            return True
        # Escape: the field does with it what it does (a text shows the stored value again),
        # then the focus goes back to the canvas, where the canvas keys work at once
        if (self.back is not None and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and not event.modifiers() & self.MODIFIERS):
            QTimer.singleShot(0, self.back)
        return False
