"""The layout of the PDF export dialog (ui/pdf_export_dialog.py): on the left the paper, the
language of the fixed texts, detail pages, the Toetsingskader and Indicatoren pages, phase
colours and accent colour, the check lists of
phases, perspectives and groups, and the quotes for the speech bubbles (automatic or chosen);
on the right the preview of page 1, a status line and the buttons PDF, PNG and Sluiten. Widgets
only: the dialog fills in the journey's items and the stored options and connects the signals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from klantreis.model.entities import Paper


def _checklist() -> QListWidget:
    """An empty list for check boxes (the dialog adds them)."""
    widget = QListWidget()
    widget.setMaximumHeight(110)
    return widget


class PdfExportView(QWidget):
    """The dialog's widgets: ``paper`` and ``language`` (combo boxes with the choices),
    ``details``, ``norms``, ``indicators`` and ``phase_colours`` (check boxes),
    ``accent_button``; the empty check lists ``phases``, ``perspectives``, ``groups`` and
    ``quotes`` with the radio buttons ``automatic`` and ``own_choice``; ``preview`` (QLabel for
    page 1), ``status``, ``pdf_button`` (the default button), ``png_button`` and
    ``close_button``. The layout has no margins of its own: the dialog's layout around it has
    them. Made as a child of the dialog, so that the dialog knows its default button."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        outer.addLayout(left, 2)
        form = QFormLayout()
        left.addLayout(form)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A3 liggend (zoals een rapportbijlage)"), Paper.A3.value)
        self.paper.addItem(self.tr("A4 liggend"), Paper.A4.value)
        form.addRow(self.tr("&Papier:"), self.paper)
        self.language = QComboBox()
        self.language.addItem(self.tr("Nederlands"), "nl")
        self.language.addItem(self.tr("Engels"), "en")
        form.addRow(self.tr("&Taal van de vaste teksten:"), self.language)
        self.details = QCheckBox(self.tr("&Detailpagina's per contactmoment"))
        form.addRow("", self.details)
        self.norms = QCheckBox(self.tr("T&oetsingskader"))
        self.norms.setToolTip(self.tr("Een pagina met per deelvraag de normen, het oordeel, de "
                                      "onderbouwing en het bewijs (als het project deelvragen heeft)"))
        form.addRow("", self.norms)
        self.indicators = QCheckBox(self.tr("&Indicatoren"))
        self.indicators.setToolTip(self.tr("Een pagina met per indicator de streefwaarde en de "
                                           "gerealiseerde waarde (als het project indicatoren heeft)"))
        form.addRow("", self.indicators)
        self.phase_colours = QCheckBox(self.tr("&Fasekleuren van het project"))
        form.addRow("", self.phase_colours)
        self.accent_button = QPushButton()
        form.addRow(self.tr("&Accentkleur:"), self.accent_button)

        self.phases, self.perspectives, self.groups = _checklist(), _checklist(), _checklist()
        for title, widget in ((self.tr("Fasen"), self.phases), (self.tr("Perspectieven"), self.perspectives),
                              (self.tr("Groepen"), self.groups)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            left.addWidget(box)

        bubbles = QGroupBox(self.tr("Citaten in tekstballonnen"))
        column = QVBoxLayout(bubbles)
        self.automatic = QRadioButton(self.tr("Automatisch: per fase het meest negatieve en het meest "
                                              "positieve citaat"))
        self.own_choice = QRadioButton(self.tr("Zelf kiezen:"))
        self.quotes = _checklist()
        column.addWidget(self.automatic)
        column.addWidget(self.own_choice)
        column.addWidget(self.quotes)
        left.addWidget(bubbles)

        right = QVBoxLayout()
        outer.addLayout(right, 3)
        right.addWidget(QLabel(self.tr("<b>Voorbeeld van pagina 1</b>")))
        self.preview = QLabel()
        self.preview.setMinimumSize(520, 370)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #E4E7EB; border: 1px solid #CBD2D9;")
        right.addWidget(self.preview, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        buttons = QHBoxLayout()
        right.addLayout(buttons)
        buttons.addStretch(1)
        self.pdf_button = QPushButton(self.tr("&PDF exporteren…"))
        self.pdf_button.setDefault(True)  # (the dialog takes it as default when it is added below)
        self.png_button = QPushButton(self.tr("P&NG (300 dpi)…"))
        self.close_button = QPushButton(self.tr("Sluiten"))
        for button in (self.pdf_button, self.png_button, self.close_button):
            buttons.addWidget(button)
