"""Sessie > Privacy-instellingen: the project's word list for the privacy check (names of people
in this study, a street, a school), the respondent attributes that never leave the app, and k,
the smallest group of respondents an export may single out. One undo step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from klantreis.evidence import session
from klantreis.model.edits import SetInfo
from klantreis.model.entities import PrivacySettings


class PrivacySettingsDialog(QDialog):
    """Public API: ``words`` (one per line), ``attributes`` (checkable: private), ``k``,
    ``settings()``, ``accept()`` (stores them as one undo step)."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("privacySettings")
        self.setWindowTitle(self.tr("Privacy-instellingen"))
        self.document = document
        journey = document.journey
        current = journey.info.privacy
        column = QVBoxLayout(self)
        form = QFormLayout()
        column.addLayout(form)
        self.words = QPlainTextEdit("\n".join(current.words))
        self.words.setPlaceholderText(self.tr("Eén woord of naam per regel"))
        form.addRow(self.tr("&Woordenlijst (namen, straten, scholen in dit onderzoek):"), self.words)
        self.attributes = QListWidget()
        for name in session.attribute_names(journey):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            private = name.casefold() in {p.casefold() for p in current.private_attributes}
            item.setCheckState(Qt.CheckState.Checked if private else Qt.CheckState.Unchecked)
            self.attributes.addItem(item)
        form.addRow(self.tr("&Privé-kenmerken (nooit in een export):"), self.attributes)
        self.k = QSpinBox()
        self.k.setRange(1, 100)
        self.k.setValue(current.k)
        form.addRow(self.tr("&Kleinste groep (k):"), self.k)
        note = QLabel(self.tr("Een export waarin minder dan k respondenten dezelfde kenmerken hebben, "
                              "geeft eerst een waarschuwing."))
        note.setWordWrap(True)
        column.addWidget(note)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def settings(self) -> PrivacySettings:
        words = tuple(dict.fromkeys(w.strip() for w in self.words.toPlainText().splitlines() if w.strip()))
        private = tuple(self.attributes.item(i).text() for i in range(self.attributes.count())
                        if self.attributes.item(i).checkState() == Qt.CheckState.Checked)
        return PrivacySettings(words=words, private_attributes=private, k=self.k.value())

    def accept(self) -> None:
        document = self.document
        settings = self.settings()
        if settings == document.journey.info.privacy or document.apply(
                SetInfo(replace(document.journey.info, privacy=settings), code="edit_privacy_settings")):
            super().accept()
