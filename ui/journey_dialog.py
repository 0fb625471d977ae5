"""Bestand > Eigenschappen van de klantreis: the journey's own fields (title, subtitle,
organisation, period, description, method, the respondent attributes it asks for). The PDF's
title, source line and method box come from these. OK stores them as one undo step; a value the
model refuses is named in the dialog, which stays open."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from klantreis.model.edits import SetInfo
from klantreis.model.errors import KlantreisError
from klantreis.ui.styles import ERROR_STYLE

TEXT_FIELDS = ("title", "subtitle", "organisation", "period")
BLOCK_FIELDS = ("description", "method")


class JourneyDialog(QDialog):
    """Public API: ``fields[name]`` (title ... method, attribute_names), ``error``, ``accept()``."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyProperties")
        self.setWindowTitle(self.tr("Eigenschappen van de klantreis"))
        self.document = document
        info = document.journey.info
        labels = {"title": self.tr("&Titel:"), "subtitle": self.tr("&Ondertitel:"),
                  "organisation": self.tr("O&rganisatie (opdrachtgever, onderzoeker):"),
                  "period": self.tr("&Periode:"), "description": self.tr("&Beschrijving:"),
                  "method": self.tr("&Methode (wie, hoeveel, wanneer; staat in het methodekader):"),
                  "attribute_names": self.tr("&Kenmerken van respondenten (één per regel):")}
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in (*TEXT_FIELDS, *BLOCK_FIELDS, "attribute_names"):
            if name in TEXT_FIELDS:
                widget = QLineEdit(getattr(info, name))
            else:
                text = "\n".join(info.attribute_names) if name == "attribute_names" else getattr(info, name)
                widget = QPlainTextEdit(text)
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(70)
            label = QLabel(labels[name])
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.fields[name] = widget
        self.fields["attribute_names"].setPlaceholderText(
            self.tr("bijvoorbeeld leeftijdsklasse, land van herkomst, tijd in Nederland"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.resize(620, 560)
        self.fields["title"].setFocus()
        self.fields["title"].selectAll()

    def value(self, name: str) -> str:
        widget = self.fields[name]
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def accept(self) -> None:
        info = self.document.journey.info
        names = tuple(dict.fromkeys(n.strip() for n in self.value("attribute_names").splitlines()
                                    if n.strip()))
        try:
            new = replace(info, attribute_names=names,
                          **{name: self.value(name).strip() for name in (*TEXT_FIELDS, *BLOCK_FIELDS)})
        except KlantreisError as error:  # (e.g. an empty title: the dialog stays open)
            self.error.setText(str(error))
            self.error.show()
            return
        failures: list[str] = []
        self.document.failed.connect(failures.append)
        try:
            ok = new == info or self.document.apply(SetInfo(new))
        finally:
            self.document.failed.disconnect(failures.append)
        if ok:
            super().accept()
            return
        self.error.setText(failures[-1] if failures else "")
        self.error.show()
