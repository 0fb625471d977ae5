"""The widgets and layout of the inspector dock ("Eigenschappen"), without its behaviour.

:class:`InspectorView` is the view half of the inspector; the controller is ``InspectorDock`` in
ui/inspector.py. The view only makes the widgets, lays them out and sets their texts: it connects
no signals to the dock's logic and holds no model state. The dock puts the view in its
scroll area, gives the choice fields their choices, fills the fields from the model, connects
their ``commit_requested`` signals and switches the pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis.ui.form_rows import buddy_row, form_page
from klantreis.ui.inspector_fields import (
    ActorChecks,
    CheckField,
    ChoiceBox,
    NumberLine,
    ShareLine,
    TextBlock,
    TextLine,
)
from klantreis.ui.styles import ERROR_STYLE

QUIET_STYLE = "color: #5B6770;"


class InspectorView(QWidget):
    """A bold ``heading``, the red message line ``error_label`` (hidden) and ``pages``, a stack
    of three pages: 0 the ``hint``, 1 the touchpoint's fields, 2 the transition's fields.

    ``touchpoint_fields`` and ``transition_fields`` map a model attribute to its field widget
    (see ui/inspector_fields.py), in tab order; ``deadline_fields`` the fields of a touchpoint's
    deadline (amount, unit, counted_from, source, realised, realised_note). The touchpoint page
    also has ``new_actor_button``, ``exceeded_label`` (red, when the realised duration is
    longer than the term), ``indicator_list`` (the indicators that measure it; ``no_indicators``
    when none); the transition page has ``source_label`` and ``target_label``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.error_label = QLabel()
        self.error_label.setObjectName("inspectorError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.pages = QStackedWidget()
        self.hint = QLabel(self.tr("Selecteer een contactmoment of overgang"))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages.addWidget(self.hint)
        self.touchpoint_fields: dict[str, QWidget] = {}
        self.transition_fields: dict[str, QWidget] = {}
        self.deadline_fields: dict[str, QWidget] = {}
        self.pages.addWidget(self._build_touchpoint_page())
        self.pages.addWidget(self._build_transition_page())
        column.addWidget(self.pages)
        column.addStretch(1)

    def _build_touchpoint_page(self) -> QWidget:
        page, form = form_page()
        f = self.touchpoint_fields
        f["title"] = TextLine()
        buddy_row(form, self.tr("&Titel"), f["title"])
        f["phase_id"] = ChoiceBox()
        buddy_row(form, self.tr("Fas&e"), f["phase_id"])
        f["actor_ids"] = ActorChecks()
        buddy_row(form, self.tr("&Actoren"), f["actor_ids"])
        self.new_actor_button = QPushButton(self.tr("Nieu&we actor…"))
        self.new_actor_button.setToolTip(self.tr("Een nieuwe actor, meteen bij dit contactmoment "
                                                 "(alle actoren: Bewerken > Actoren, Ctrl+Shift+A)"))
        form.addRow("", self.new_actor_button)
        f["description"] = TextBlock()
        buddy_row(form, self.tr("&Omschrijving"), f["description"])
        f["channel"] = ChoiceBox()
        buddy_row(form, self.tr("&Kanaal"), f["channel"])
        f["kind"] = ChoiceBox()
        buddy_row(form, self.tr("&Soort"), f["kind"])
        f["norm"] = TextLine()
        buddy_row(form, self.tr("&Norm/termijn"), f["norm"])
        f["route"] = ChoiceBox()
        buddy_row(form, self.tr("Ontwerp of &praktijk"), f["route"])
        self._build_deadline(form)
        f["matters"] = CheckField(self.tr("&Moment dat ertoe doet"))
        form.addRow(f["matters"])
        f["bottleneck"] = CheckField(self.tr("Kne&lpunt"))
        form.addRow(f["bottleneck"])
        self.indicator_list = QListWidget()
        self.indicator_list.setToolTip(self.tr("Enter of klik: de indicator tonen in het dock "
                                               "Indicatoren"))
        self.indicator_list.setMaximumHeight(90)
        self.no_indicators = QLabel(self.tr("Geen indicator meet dit contactmoment."))
        self.no_indicators.setStyleSheet(QUIET_STYLE)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.indicator_list)
        column.addWidget(self.no_indicators)
        self.indicators_label = QLabel(self.tr("Indi&catoren"))
        self.indicators_label.setBuddy(self.indicator_list)
        form.addRow(self.indicators_label, column)
        note = f["internal_note"] = TextBlock()
        note.setPlaceholderText(self.tr("Alleen voor het onderzoeksteam"))
        note_label = QLabel(self.tr("&Interne notitie"))
        note_label.setBuddy(note)
        note_label.setToolTip(self.tr("Staat alleen in het projectbestand; "
                                      "exports en infographics laten haar weg."))
        note.setToolTip(note_label.toolTip())
        form.addRow(note_label, note)
        explain = QLabel(self.tr("De interne notitie verlaat de app nooit: alleen voor het "
                                 "onderzoeksteam, niet in exports, rapporten of infographics."))
        explain.setWordWrap(True)
        explain.setStyleSheet(QUIET_STYLE)
        form.addRow(explain)
        before = [f[a] for a in ("title", "phase_id", "actor_ids", "description", "channel", "kind",
                                 "norm", "route")]
        self._chain([*before, *self.deadline_fields.values(), f["matters"], f["bottleneck"],
                     self.indicator_list, f["internal_note"]])
        return page

    def _build_deadline(self, form: QFormLayout) -> None:
        """The term of the step (Termijn): a number and its unit on one row, what it counts
        from, its source, and the realised duration with a note."""
        title = QLabel(self.tr("Termijn"))
        title.setStyleSheet("font-weight: bold; margin-top: 6px;")
        form.addRow(title)
        d = self.deadline_fields
        d["amount"] = NumberLine("termijn")
        d["amount"].setPlaceholderText(self.tr("bijv. 18; leeg: geen termijn"))
        d["unit"] = ChoiceBox()
        d["unit"].setAccessibleName(self.tr("Eenheid van de termijn"))
        d["unit"].setToolTip(d["unit"].accessibleName())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(d["amount"], 1)
        row.addWidget(d["unit"], 1)
        amount_label = QLabel(self.tr("Te&rmijn"))
        amount_label.setBuddy(d["amount"])
        form.addRow(amount_label, row)
        d["counted_from"] = TextLine()
        d["counted_from"].setPlaceholderText(self.tr("bijv. vestiging in de gemeente"))
        buddy_row(form, self.tr("Gerekend &vanaf"), d["counted_from"])
        d["source"] = TextLine()
        d["source"].setPlaceholderText(self.tr("bijv. Wet inburgering 2021, art. 16"))
        buddy_row(form, self.tr("Bron van de termi&jn"), d["source"])
        d["realised"] = NumberLine("werkelijke duur")
        d["realised"].setPlaceholderText(self.tr("in dezelfde eenheid; leeg: onbekend"))
        buddy_row(form, self.tr("Werkelijke d&uur"), d["realised"])
        d["realised_note"] = TextLine()
        d["realised_note"].setPlaceholderText(self.tr("bijv. gemiddeld, cohort 2018"))
        buddy_row(form, self.tr("Toelichtin&g"), d["realised_note"])
        self.exceeded_label = QLabel()  # "Werkelijk 39 maanden: 21 maanden langer dan de termijn."
        self.exceeded_label.setStyleSheet(ERROR_STYLE)
        self.exceeded_label.setWordWrap(True)
        self.exceeded_label.hide()
        form.addRow(self.exceeded_label)

    def _build_transition_page(self) -> QWidget:
        page, form = form_page()
        f = self.transition_fields
        self.source_label, self.target_label = QLabel(), QLabel()
        for label in (self.source_label, self.target_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Van:"), self.source_label)
        form.addRow(self.tr("Naar:"), self.target_label)
        f["kind"] = ChoiceBox()
        buddy_row(form, self.tr("&Soort"), f["kind"])
        f["label"] = TextLine()
        buddy_row(form, self.tr("&Label"), f["label"])
        share = f["share"] = ShareLine()
        share.setPlaceholderText(self.tr("leeg, of bijvoorbeeld 35,5"))
        buddy_row(form, self.tr("&Aandeel (%)"), share)
        f["route"] = ChoiceBox()
        buddy_row(form, self.tr("Ontwerp of &praktijk"), f["route"])
        self._chain(f.values())
        return page

    @staticmethod
    def _chain(widgets) -> None:
        """Tab order top to bottom, in the order the fields were made."""
        widgets = list(widgets)
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)
