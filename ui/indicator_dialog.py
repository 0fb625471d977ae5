"""Adding or editing one indicator: name, unit, target, realised, which way is better (a share
higher, a duration lower: chosen by the unit until the user picks), when measured, source, the
touchpoints it measures (by number, or the cards selected on the canvas) and a note. A value the
model refuses ("+- 50", 120 %) is shown in red and the dialog stays open, so nothing typed is
lost; OK gives one new value, which the Indicatoren dock pushes as one undo step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from klantreis.evidence import assessment
from klantreis.model.entities import new_id
from klantreis.model.errors import KlantreisError
from klantreis.model.norms import PERCENT, Indicator
from klantreis.ui.styles import ERROR_STYLE, show_error

UNITS = (PERCENT, "dagen", "weken", "maanden", "jaren", "aantal", "euro")
DURATIONS = frozenset(("dagen", "weken", "maanden", "jaren"))


class IndicatorDialog(QDialog):
    """``IndicatorDialog(journey, indicator=None, selected=callable, parent)``; ``selected()``
    gives the ids of the cards selected on the canvas. After ``exec()`` the new value is in
    ``result_indicator`` (the same id when editing). Fields: ``name``, ``unit``, ``target``,
    ``realised``, ``direction`` (data: lower is better), ``measured_on``, ``source``,
    ``touchpoints`` (numbers, "3, 5-7"), ``from_canvas`` (the button), ``note``, ``error_label``,
    ``buttons``."""

    def __init__(self, journey, indicator: Indicator | None = None, selected=None,
                 parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.original = indicator
        self.selected = selected or (lambda: [])
        self.result_indicator: Indicator | None = None
        self.setWindowTitle(self.tr("Indicator bewerken") if indicator else self.tr("Nieuwe indicator"))
        self.resize(520, 480)
        column = QVBoxLayout(self)
        form = QFormLayout()
        column.addLayout(form)
        self.name = QLineEdit()
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(list(UNITS))
        self.target, self.realised = QLineEdit(), QLineEdit()
        for field in (self.target, self.realised):
            field.setPlaceholderText(self.tr("een getal, bijv. 85 of 12,5; leeg: onbekend"))
        self.direction = QComboBox()
        self.direction.addItem(self.tr("hoger is beter (bijv. een percentage)"), False)
        self.direction.addItem(self.tr("lager is beter (bijv. een duur)"), True)
        self._direction_chosen = indicator is not None
        self.direction.activated.connect(self._choose_direction)
        self.unit.currentTextChanged.connect(self._unit_changed)
        self.measured_on = QLineEdit()
        self.measured_on.setPlaceholderText(self.tr("bijv. 2020 of 1-1-2021"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("bijv. Monitor inburgering, p. 12"))
        self.touchpoints = QLineEdit()
        self.touchpoints.setPlaceholderText(self.tr("nummers, bijv. 3, 5-7"))
        self.from_canvas = QPushButton(self.tr("&Selectie op het canvas"))
        self.from_canvas.setAutoDefault(False)
        self.from_canvas.setToolTip(self.tr("De nummers van de kaarten die op het canvas "
                                            "geselecteerd zijn"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        numbers = QHBoxLayout()
        numbers.addWidget(self.touchpoints, 1)
        numbers.addWidget(self.from_canvas)
        for text, widget in ((self.tr("&Naam"), self.name), (self.tr("&Eenheid"), self.unit),
                             (self.tr("S&treefwaarde"), self.target),
                             (self.tr("&Gerealiseerd"), self.realised),
                             (self.tr("&Richting"), self.direction),
                             (self.tr("Gemeten &op"), self.measured_on), (self.tr("&Bron"), self.source),
                             (self.tr("&Contactmomenten"), numbers),
                             (self.tr("Toe&lichting"), self.note)):
            label = QLabel(text)
            label.setBuddy(self.touchpoints if widget is numbers else widget)
            form.addRow(label, widget)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.from_canvas.clicked.connect(self.take_canvas_selection)
        self._filled: dict[str, str] = {}
        self._fill(indicator)

    def _fill(self, indicator: Indicator | None) -> None:
        point = QLocale().decimalPoint()
        indicator = indicator or Indicator("new", "-")
        self.name.setText("" if self.original is None else indicator.name)
        self.unit.setCurrentText(indicator.unit)
        self.target.setText(assessment.format_number(indicator.target, point))
        self.realised.setText(assessment.format_number(indicator.realised, point))
        self.direction.setCurrentIndex(1 if indicator.lower_is_better else 0)
        self.measured_on.setText(indicator.measured_on)
        self.source.setText(indicator.source)
        self.touchpoints.setText(assessment.touchpoint_numbers(self.journey, indicator.touchpoint_ids))
        self.note.setPlainText(indicator.note)
        self._filled = {"target": self.target.text(), "realised": self.realised.text(),
                        "touchpoints": self.touchpoints.text()}
        self.name.setFocus()

    def _choose_direction(self, _index: int) -> None:
        self._direction_chosen = True

    def _unit_changed(self, unit: str) -> None:
        """A new indicator in days, weeks, months or years is better lower, until the user
        says otherwise."""
        if not self._direction_chosen:
            self.direction.setCurrentIndex(1 if unit.strip() in DURATIONS else 0)

    def take_canvas_selection(self) -> None:
        ids = list(self.selected())
        if ids:
            self.touchpoints.setText(assessment.touchpoint_numbers(self.journey, ids))

    def _number(self, field: str, what: str) -> float | None:
        widget = getattr(self, field)
        if self.original is not None and widget.text() == self._filled[field]:
            return getattr(self.original, field)  # untouched: exactly the stored value
        return assessment.parse_number(widget.text(), what)

    def value(self) -> Indicator:
        """The indicator as filled in; raises KlantreisError for what the model refuses."""
        if self.original is not None and self.touchpoints.text() == self._filled["touchpoints"]:
            touchpoint_ids = self.original.touchpoint_ids  # (keeps their order)
        else:
            touchpoint_ids = assessment.touchpoints_by_number(self.journey, self.touchpoints.text())
        fields = dict(
            name=self.name.text().strip(), unit=self.unit.currentText().strip(),
            target=self._number("target", "streefwaarde"),
            realised=self._number("realised", "gerealiseerd"),
            measured_on=self.measured_on.text().strip(), source=self.source.text().strip(),
            touchpoint_ids=touchpoint_ids, note=self.note.toPlainText().strip(),
            lower_is_better=bool(self.direction.currentData()))
        if self.original is not None:
            return replace(self.original, **fields)
        return Indicator(new_id(), **fields)

    def accept(self) -> None:
        try:
            self.result_indicator = self.value()
        except KlantreisError as error:
            show_error(self.error_label, str(error))
            return
        super().accept()
