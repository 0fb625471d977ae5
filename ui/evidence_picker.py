"""Small dialogs to choose the evidence of a norm: :class:`PickerDialog` (quotes or indicators
from a list that a typed filter narrows; Enter takes the chosen ones) and
:class:`ReferenceDialog` (a document's title and the place in it). Both keep the keyboard: the
filter or the title has the focus, arrows move in the list, Enter accepts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from klantreis.model.errors import KlantreisError
from klantreis.model.norms import Reference
from klantreis.ui.styles import ERROR_STYLE, show_error


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("EvidencePicker", "Annuleren"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class PickerDialog(QDialog):
    """``PickerDialog(title, label, choices, parent)``: ``choices`` are (text, id) pairs;
    ``filter`` narrows the ``list`` (several can be chosen: Ctrl or Shift with a click or the
    arrows and Space); ``chosen_ids()`` after it was accepted."""

    def __init__(self, title: str, label: str, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 460)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(label))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Typ om te zoeken; pijltjes om te kiezen"))
        self.filter.setClearButtonEnabled(True)
        column.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for text, item_id in choices:
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
        column.addWidget(self.list, 1)
        column.addWidget(_buttons(self))
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        self.filter.setFocus()

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            if hidden:
                item.setSelected(False)
            elif first is None:
                first = row
        if first is not None and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentRow(first)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """Up and Down in the filter move through the list."""
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                                    Qt.Key.Key_PageDown)):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def chosen_ids(self) -> list[str]:
        """The chosen items (or the current one when none is chosen), in list order."""
        chosen = [self.list.item(r) for r in range(self.list.count())
                  if self.list.item(r).isSelected() and not self.list.item(r).isHidden()]
        current = self.list.currentItem()
        if not chosen and current is not None and not current.isHidden():
            chosen = [current]
        return [item.data(Qt.ItemDataRole.UserRole) for item in chosen]


class ReferenceDialog(QDialog):
    """A place in a document as evidence: ``title`` and ``location`` ("p. 34", "r. 120-124");
    ``result_reference`` after it was accepted. An empty title is refused in red."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Documentverwijzing"))
        self.resize(480, 160)
        self.result_reference: Reference | None = None
        column = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("bijv. Thuis in Raalte? (rapport 2021)"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("bijv. p. 34 of r. 1721-1727"))
        for text, widget in ((self.tr("&Document"), self.title), (self.tr("&Plaats"), self.location)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        column.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        column.addWidget(self.error_label)
        column.addWidget(_buttons(self))
        self.title.setFocus()

    def accept(self) -> None:
        try:
            self.result_reference = Reference(self.title.text().strip(), self.location.text().strip())
        except KlantreisError as error:
            show_error(self.error_label, str(error))
            return
        super().accept()
