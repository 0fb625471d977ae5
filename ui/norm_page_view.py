"""The fields of one norm in the Toetsingskader dock: its text, the assessment (a button per
value, each with its key), the reasoning and the evidence it rests on (EvidenceList: Enter or a
click shows an item, Delete unlinks it, B or Ins links more). Widgets only: the dock
(ui/norms_dock.py) and its evidence controller (ui/norm_evidence.py) fill them and connect the
signals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klantreis.evidence.assessment import KEY_OF_ASSESSMENT
from klantreis.model.enums import Assessment
from klantreis.ui.form_rows import buddy_row
from klantreis.ui.inspector_fields import TextBlock

EVIDENCE_KIND_ROLE = Qt.ItemDataRole.UserRole  # "touchpoint", "quote", "indicator", "document"
EVIDENCE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the id, or a document's index
# the order of the buttons: the judgements 1-4, then open (0)
ASSESSMENT_ORDER = (Assessment.VOLDOET, Assessment.DEELS, Assessment.NIET,
                    Assessment.NIET_TE_BEOORDELEN, Assessment.OPEN)
ASSESSMENT_COLOURS = {Assessment.VOLDOET: "#1B7A3D", Assessment.DEELS: "#9A5B00",
                      Assessment.NIET: "#B00020", Assessment.NIET_TE_BEOORDELEN: "#52606D",
                      Assessment.OPEN: "#52606D"}


def assessment_labels(widget) -> dict[Assessment, str]:
    """The assessments in the interface language (``widget.tr``)."""
    return {Assessment.VOLDOET: QCoreApplication.translate("Assessment", "voldoet"),
            Assessment.DEELS: QCoreApplication.translate("Assessment", "voldoet deels"),
            Assessment.NIET: QCoreApplication.translate("Assessment", "voldoet niet"),
            Assessment.NIET_TE_BEOORDELEN: QCoreApplication.translate("Assessment", "niet te beoordelen"),
            Assessment.OPEN: QCoreApplication.translate("Assessment", "open")}


class EvidenceList(QListWidget):
    """A norm's evidence, one item each (touchpoints, quotes, indicators, documents)."""

    show_requested = Signal()
    unlink_requested = Signal()
    link_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setMinimumHeight(90)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        signal = {Qt.Key.Key_Return: self.show_requested, Qt.Key.Key_Enter: self.show_requested,
                  Qt.Key.Key_Delete: self.unlink_requested, Qt.Key.Key_B: self.link_requested,
                  Qt.Key.Key_Insert: self.link_requested}.get(event.key()) if plain else None
        if signal is not None:
            signal.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class NormPage(QWidget):
    """``heading`` (the norm's number and deelvraag), ``fields`` ("text", "reasoning": text
    blocks committed on leaving or Ctrl+Enter), ``assessment_buttons`` (by Assessment, checkable,
    one checked), ``evidence_list``, ``link_button`` (its menu is set by the dock) and
    ``unlink_button``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        form.addRow(self.heading)
        self.fields = {"text": TextBlock(), "reasoning": TextBlock()}
        self.fields["text"].setMaximumHeight(80)
        buddy_row(form, self.tr("&Norm"), self.fields["text"])
        row = QGridLayout()  # (three and two: they fit the narrow dock)
        row.setSpacing(2)
        self.assessment_buttons: dict[Assessment, QToolButton] = {}
        self.assessment_group = QButtonGroup(self)
        labels = assessment_labels(self)
        for place, value in enumerate(ASSESSMENT_ORDER):
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCheckable(True)
            button.setText(f"{KEY_OF_ASSESSMENT[value]} {labels[value]}")
            button.setToolTip(self.tr("Toets {key} in de lijst").format(key=KEY_OF_ASSESSMENT[value]))
            button.setStyleSheet(f"QToolButton:checked {{ color: white; background: "
                                 f"{ASSESSMENT_COLOURS[value]}; font-weight: bold; }}")
            self.assessment_group.addButton(button)
            self.assessment_buttons[value] = button
            row.addWidget(button, place // 3, place % 3)
        form.addRow(self.tr("Oordeel"), row)
        self.fields["reasoning"].setPlaceholderText(self.tr("Waarom dit oordeel? Verwijs naar het "
                                                            "bewijs hieronder."))
        buddy_row(form, self.tr("&Onderbouwing"), self.fields["reasoning"])
        evidence = QVBoxLayout()
        evidence.setContentsMargins(0, 0, 0, 0)
        self.evidence_list = EvidenceList()
        self.evidence_list.setToolTip(self.tr("Enter of klik: tonen · Del: loskoppelen · B: bewijs "
                                              "koppelen"))
        evidence.addWidget(self.evidence_list)
        buttons = QHBoxLayout()
        self.link_button = QToolButton()
        self.link_button.setText(self.tr("Bewijs koppelen"))
        self.link_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.unlink_button = QPushButton(self.tr("Loskoppelen"))
        self.unlink_button.setAutoDefault(False)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        evidence.addLayout(buttons)
        label = QLabel(self.tr("Bewi&js"))
        label.setBuddy(self.evidence_list)
        form.addRow(label, evidence)
        for first, second in ((self.fields["text"], self.fields["reasoning"]),
                              (self.fields["reasoning"], self.evidence_list)):
            QWidget.setTabOrder(first, second)
