"""Groups (focus groups or sessions) and respondents ("Groepen en respondenten" dock).

Groups have a name, perspective, date and place; respondents are codes with the attributes this
project asks for (chosen per project: Kenmerken…). There is never a name field. Every cell edit
is one undo step through the document; a value the model refuses is shown in red and the table
shows the stored value again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis.evidence import session
from klantreis.model.edits import Insert, Remove, Update
from klantreis.model.entities import Group, Perspective, Respondent, new_id
from klantreis.model.errors import KlantreisError
from klantreis.ui.inspector_fields import KeepKeysInField
from klantreis.ui.quote_format import perspective_label
from klantreis.ui.styles import ERROR_STYLE
from klantreis.ui.wiring import FillsWhenShown, bind, on_changes, rewire

GROUP_FIELDS = ("name", "perspective", "date", "place")
# the respondent table's columns: code, group, then these, then the project's attributes
CONSENT, LANGUAGE, INTERPRETER, FIRST_ATTRIBUTE = 2, 3, 4, 5


class RespondentsDock(FillsWhenShown, QDockWidget):
    """Public API: ``set_document``; ``groups`` and ``respondents`` tables (row = position in
    the journey), ``add_group``, ``add_respondent``, ``remove_selected_group``,
    ``remove_selected_respondent``, ``set_attribute_names``; ``error_label``."""

    import_requested = Signal()  # "Importeren uit CSV of Excel…": the window runs the import dialog

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(self.tr("Groepen en respondenten"), parent)
        self.setObjectName("respondents")
        self.prompts = workspace.prompts
        self.document = None
        self._changes = on_changes({"group", "respondent", "journey"}, self._stale)
        self._current = False  # whether the tables show the groups and respondents as they are
        self._filling = False
        keys = KeepKeysInField(self, canvas.focus)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(QLabel(self.tr("<b>Groepen</b> (focusgroepen of sessies)")))
        self.groups = QTableWidget(0, 4)
        self.groups.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Perspectief"),
                                               self.tr("Datum"), self.tr("Plaats")])
        self.groups.itemChanged.connect(self._group_cell_changed)
        column.addWidget(self.groups, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Nieuwe groep"), self.add_group),
                           (self.tr("Groep verwijderen"), self.remove_selected_group)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(QLabel(self.tr("<b>Respondenten</b> (alleen codes en kenmerken, nooit namen)")))
        self.respondents = QTableWidget(0, 2)
        self.respondents.itemChanged.connect(self._respondent_cell_changed)
        column.addWidget(self.respondents, 2)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Nieuwe respondent"), self.add_respondent),
                           (self.tr("Respondent verwijderen"), self.remove_selected_respondent),
                           (self.tr("Kenmerken…"), self.ask_attribute_names),
                           (self.tr("Importeren uit CSV of Excel…"), self.import_requested.emit)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        column.addWidget(self.error_label)
        for table in (self.groups, self.respondents):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.installEventFilter(keys)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.setWidget(body)
        self.watch_visibility()
        bind(self, workspace)

    @property
    def journey(self):
        return self.document.journey if self.document else None

    def set_document(self, document) -> None:
        rewire(self.document, document, {"changes": self._changes})
        self.document = document
        self._stale()

    # ------------------------------------------------------------------ filling

    def refresh(self) -> None:
        """Fill the tables again when groups, respondents or the attribute names changed (a
        captured quote leaves them alone)."""
        journey = self.journey
        if journey is None or not self.on_screen:  # (a large project opens without it)
            return
        if self._current:
            return
        self._current = True
        self._filling = True
        try:
            self._fill_groups(journey)
            self._fill_respondents(journey)
        finally:
            self._filling = False

    def _fill_groups(self, journey) -> None:
        self.groups.setRowCount(len(journey.groups))
        for row, group in enumerate(journey.groups):
            for column, field in enumerate(GROUP_FIELDS):
                if field == "perspective":
                    box = QComboBox()
                    for perspective in Perspective:
                        box.addItem(perspective_label(perspective), perspective.value)
                    box.setCurrentIndex(box.findData(group.perspective.value))
                    box.currentIndexChanged.connect(
                        lambda _i, g=group.id, b=box: self._change_group(g, "perspective",
                                                                         Perspective(b.currentData())))
                    self.groups.setCellWidget(row, column, box)
                    continue
                item = QTableWidgetItem(getattr(group, field))
                item.setData(Qt.ItemDataRole.UserRole, group.id)
                self.groups.setItem(row, column, item)

    def _fill_respondents(self, journey) -> None:
        names = session.attribute_names(journey)
        self.respondents.setColumnCount(FIRST_ATTRIBUTE + len(names))
        self.respondents.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Groep"), self.tr("Toestemming"), self.tr("Taal interview"),
            self.tr("Tolk"), *names])
        self.respondents.horizontalHeaderItem(CONSENT).setToolTip(
            self.tr("Toestemming vastgelegd (Spatie zet het aan of uit)"))
        self.respondents.setRowCount(len(journey.respondents))
        for row, respondent in enumerate(journey.respondents):
            code = QTableWidgetItem(respondent.code)
            code.setData(Qt.ItemDataRole.UserRole, respondent.id)
            self.respondents.setItem(row, 0, code)
            box = QComboBox()
            box.addItem(self.tr("(geen groep)"), None)
            for group in journey.groups:
                box.addItem(group.name, group.id)
            box.setCurrentIndex(max(0, box.findData(respondent.group_id)))
            box.currentIndexChanged.connect(
                lambda _i, r=respondent.id, b=box: self._change_respondent(r, group_id=b.currentData()))
            self.respondents.setCellWidget(row, 1, box)
            consent = QTableWidgetItem()
            consent.setFlags((consent.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                             & ~Qt.ItemFlag.ItemIsEditable)
            consent.setCheckState(Qt.CheckState.Checked if respondent.consent_recorded
                                  else Qt.CheckState.Unchecked)
            consent.setData(Qt.ItemDataRole.UserRole, respondent.id)
            self.respondents.setItem(row, CONSENT, consent)
            language = QTableWidgetItem(respondent.interview_language)
            language.setData(Qt.ItemDataRole.UserRole, respondent.id)
            language.setToolTip(self.tr("Een taalcode: ar, fa, prs, ti, so, nl, ..."))
            self.respondents.setItem(row, LANGUAGE, language)
            interpreter = QComboBox()
            for label, value in ((self.tr("onbekend"), None), (self.tr("ja"), True), (self.tr("nee"), False)):
                interpreter.addItem(label, value)
            interpreter.setCurrentIndex([None, True, False].index(respondent.interpreter_used))
            interpreter.currentIndexChanged.connect(
                lambda i, r=respondent.id: self._change_respondent(
                    r, interpreter_used=[None, True, False][i]))
            self.respondents.setCellWidget(row, INTERPRETER, interpreter)
            values = dict(respondent.attributes)
            for offset, name in enumerate(names):
                item = QTableWidgetItem(values.get(name, ""))
                item.setData(Qt.ItemDataRole.UserRole, respondent.id)
                self.respondents.setItem(row, FIRST_ATTRIBUTE + offset, item)

    # ------------------------------------------------------------------ edits

    def _apply(self, edit) -> bool:
        ok = self.document.apply(edit)
        if ok:
            self._say("")
        return ok

    def _stale(self) -> None:
        """Groups, respondents or the attribute names changed (or another project is shown):
        fill the tables again, now or when the dock comes into view."""
        self._current = False
        self.refresh()

    def _show_stored(self) -> None:
        """Fill the tables again even though nothing changed: a refused cell shows the stored
        value again."""
        self._stale()

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _refused(self, error: KlantreisError) -> None:
        self._say(str(error))
        self._show_stored()

    def _group_cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        field = GROUP_FIELDS[item.column()]
        self._change_group(item.data(Qt.ItemDataRole.UserRole), field, item.text().strip())

    def _change_group(self, group_id: str, field: str, value) -> None:
        group = self.journey.group(group_id)
        if getattr(group, field) == value:
            return
        try:
            new = replace(group, **{field: value})
        except KlantreisError as error:
            self._refused(error)
            return
        if not self._apply(Update(new)):
            self._show_stored()

    def _respondent_cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        respondent_id = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 0:
            self._change_respondent(respondent_id, code=item.text().strip())
            return
        if item.column() == CONSENT:
            self._change_respondent(respondent_id,
                                    consent_recorded=item.checkState() == Qt.CheckState.Checked)
            return
        if item.column() == LANGUAGE:
            self._change_respondent(respondent_id, interview_language=item.text().strip())
            return
        name = self.respondents.horizontalHeaderItem(item.column()).text()
        respondent = self.journey.respondent(respondent_id)
        values = dict(respondent.attributes)
        value = item.text().strip()
        if value:
            values[name] = value
        else:
            values.pop(name, None)
        self._change_respondent(respondent_id, attributes=tuple(values.items()))

    def _change_respondent(self, respondent_id: str, **fields) -> None:
        respondent = self.journey.respondent(respondent_id)
        try:
            new = replace(respondent, **fields)
        except KlantreisError as error:
            self._refused(error)
            return
        if new != respondent and not self._apply(Update(new)):
            self._show_stored()

    def add_group(self) -> None:
        number = len(self.journey.groups) + 1
        name = self.tr("Focusgroep {number}").format(number=number)
        if self._apply(Insert(Group(new_id(), name, Perspective.CLIENT))):
            self.groups.editItem(self.groups.item(self.groups.rowCount() - 1, 0))

    def add_respondent(self) -> None:
        """A new respondent with the next free code (R1, R2, ...) in the selected group."""
        codes = {r.code.casefold() for r in self.journey.respondents}
        number = 1
        while f"r{number}" in codes:
            number += 1
        group_id = None
        row = self.groups.currentRow()
        if 0 <= row < len(self.journey.groups):
            group_id = self.journey.groups[row].id
        self._apply(Insert(Respondent(new_id(), f"R{number}", group_id)))

    def remove_selected_group(self) -> None:
        row = self.groups.currentRow()
        if 0 <= row < len(self.journey.groups):
            self._apply(Remove("group", self.journey.groups[row].id))

    def remove_selected_respondent(self) -> None:
        row = self.respondents.currentRow()
        if 0 <= row < len(self.journey.respondents):
            self._apply(Remove("respondent", self.journey.respondents[row].id))

    def set_attribute_names(self, names: list[str]) -> None:
        self._apply(session.set_attribute_names(self.journey, names))

    def ask_attribute_names(self) -> None:
        current = ", ".join(session.attribute_names(self.journey))
        text = self.prompts.text(
            self.tr("Kenmerken van respondenten"),
            self.tr("Kenmerken, gescheiden door komma's (bijvoorbeeld leeftijdsklasse, geslacht, "
                    "land van herkomst, tijd in NL, opleiding). Geen namen."), current)
        if text is not None:
            self.set_attribute_names([n for n in text.split(",")])
