"""Importing quotes or respondents from a CSV file: the two fillings of the import dialog
(ui/import_dialog.py). A respondent file with a column that looks like names or contact details
is shown in red and cannot be imported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QTableWidgetItem

from klantreis.evidence import session
from klantreis.graph import route as graph
from klantreis.io.quote_import import FIELD_LABELS, QUOTE_FIELDS, QUOTES
from klantreis.io.respondent_import import RESPONDENTS, looks_personal
from klantreis.model.edits import Sequence
from klantreis.model.errors import CsvError
from klantreis.ui.import_dialog import ImportDialog, combo, note
from klantreis.ui.quote_format import direction_of, perspective_label, sentiment_icon, sentiment_label


class QuoteImportDialog(ImportDialog):
    """``QuoteImportDialog(journey, path, parent)``; public for tests: ``mapping_boxes`` (field ->
    combo, data: the header or None), ``preview``, ``errors``, ``summary_label``, ``plan`` (an
    import plan, None when nothing can be planned), ``error_label``, ``import_button``. After
    accept, ``edit()`` is the import as one edit."""

    def __init__(self, journey, path, parent=None) -> None:
        super().__init__(QUOTES, journey, path, parent)
        self.setWindowTitle(self.tr("Citaten importeren uit CSV"))
        self._numbers = graph.display_numbers(journey)
        self._read()
        headers = self.table.headers if self.table is not None else ()
        guessed = self.importer.guess_mapping(headers)
        mapping_box = QGroupBox(self.tr("Welke kolom is wat?"))
        grid = QGridLayout(mapping_box)
        self.mapping_boxes: dict[str, QComboBox] = {}
        half = (len(QUOTE_FIELDS) + 1) // 2
        for index, field in enumerate(QUOTE_FIELDS):
            box = combo(self.tr("(niet gebruiken)"), headers, guessed[field])
            box.setEnabled(self.table is not None)
            box.currentIndexChanged.connect(self._replan)
            label = QLabel(FIELD_LABELS[field] + (" *" if field == "text" else ""))
            label.setBuddy(box)
            if field == "text":
                label.setStyleSheet("font-weight: bold;")
                label.setToolTip(self.tr("Verplicht"))
            row, column = index % half, 3 * (index // half)
            grid.addWidget(label, row, column)
            grid.addWidget(box, row, column + 1)
            self.mapping_boxes[field] = box
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        grid.addWidget(note(self.tr("* verplicht. Een leeg contactmoment gaat naar de parkeerplaats; "
                                     "een import maakt geen respondenten of groepen aan.")),
                       half, 0, 1, 5)
        self.caps = {2: 230, 3: 90, 4: 170}
        self._add_mapping(mapping_box)
        if self.table is not None:
            self._replan()

    def mapping(self) -> dict[str, str | None]:
        return {field: box.currentData() for field, box in self.mapping_boxes.items()}

    def _headers(self) -> list[str]:
        return [self.tr("regel"), self.tr("citaat"), self.tr("contactmoment"), self.tr("respondent"),
                self.tr("groep"), self.tr("perspectief"), self.tr("sentiment"), self.tr("taal")]

    def _cells(self, quote) -> list[QTableWidgetItem]:
        journey = self.journey
        if quote.touchpoint_id is None:
            where = self.tr("parkeerplaats")
        else:
            where = f"{self._numbers[quote.touchpoint_id]}. {journey.touchpoint(quote.touchpoint_id).title}"
        who = journey.respondent(quote.respondent_id).code if quote.respondent_id else "–"
        group = journey.group(quote.group_id).name if quote.group_id else "–"
        text = QTableWidgetItem(quote.text)
        text.setToolTip(quote.text if not quote.translation else f"{quote.text}\n\n{quote.translation}")
        if direction_of(quote.text) == Qt.LayoutDirection.RightToLeft:
            text.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        sentiment = QTableWidgetItem(sentiment_icon(quote.sentiment, 16), sentiment_label(quote.sentiment))
        return [text, QTableWidgetItem(where), QTableWidgetItem(who), QTableWidgetItem(group),
                QTableWidgetItem(perspective_label(quote.perspective)), sentiment,
                QTableWidgetItem(quote.language)]

    def _ready_text(self, count: int) -> str:
        if count == 0:
            return self.tr("Het bestand bevat geen citaten om te importeren.")
        return (self.tr("1 citaat klaar om te importeren") if count == 1 else
                self.tr("{count} citaten klaar om te importeren").format(count=count))

    def done_text(self, count: int) -> str:
        return (self.tr("1 citaat geïmporteerd uit {name}") if count == 1 else
                self.tr("{count} citaten geïmporteerd uit {name}")).format(count=count, name=self.path.name)


class RespondentImportDialog(ImportDialog):
    """``RespondentImportDialog(journey, path, parent)``; public for tests: ``code_box`` and
    ``group_box`` (data: the header, or None), ``preview``, ``errors``, ``summary_label``,
    ``new_attributes_label``, ``plan`` (a RespondentPlan or None), ``error_label``,
    ``import_button``. After accept, ``edit()`` adds the respondents and the project's new
    attribute names as one edit."""

    def __init__(self, journey, path, parent=None) -> None:
        super().__init__(RESPONDENTS, journey, path, parent)
        self.setWindowTitle(self.tr("Respondenten importeren uit CSV"))
        self.resize(980, 640)
        self._read()
        headers = self.table.headers if self.table is not None else ()
        mapping_box = QGroupBox(self.tr("Welke kolom is wat?"))
        grid = QGridLayout(mapping_box)
        guessed = self.importer.guess_mapping(headers)
        self.code_box = combo(self.tr("(kies een kolom)"), headers, guessed["code"])
        self.group_box = combo(self.tr("(geen)"), headers, guessed["group"])
        code_label = QLabel(self.tr("Respondentcode *"))
        code_label.setStyleSheet("font-weight: bold;")
        code_label.setBuddy(self.code_box)
        group_label = QLabel(self.tr("Groep"))
        group_label.setBuddy(self.group_box)
        for column, widget in enumerate((code_label, self.code_box, group_label, self.group_box)):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(4, 1)
        grid.addWidget(note(self.tr("* verplicht. Alle andere kolommen worden kenmerken. Respondenten "
                                     "zijn codes, nooit namen: een kolom met namen of contactgegevens "
                                     "wordt geweigerd.")), 1, 0, 1, 5)
        self.new_attributes_label = QLabel()
        self.new_attributes_label.setWordWrap(True)
        grid.addWidget(self.new_attributes_label, 2, 0, 1, 5)
        self.caps = {1: 160, 2: 320}
        self.stretch_column = 3
        self._add_mapping(mapping_box)
        personal = next((h for h in headers if looks_personal(h)), None)
        if self.table is not None and personal is not None:  # refused as a whole
            self._refuse(str(CsvError("csv_personal_data", column=personal)))
            self.table = None
        for box in (self.code_box, self.group_box):
            box.setEnabled(self.table is not None)
            box.currentIndexChanged.connect(self._replan)
        if self.table is not None:
            self._replan()

    def new_attribute_names(self) -> list[str]:
        existing = self.journey.info.attribute_names
        if self.plan is None:
            return []
        return [name for name in self.plan.attribute_names if name not in existing]

    def mapping(self) -> dict[str, str | None]:
        return {"code": self.code_box.currentData(), "group": self.group_box.currentData()}

    def _headers(self) -> list[str]:
        return [self.tr("regel"), self.tr("code"), self.tr("groep"), self.tr("kenmerken")]

    def _replan(self) -> None:
        if self.code_box.currentData() is None:  # (the import itself would guess one)
            self._plan_failed(CsvError("csv_no_code_column"))
            self.new_attributes_label.clear()
            return
        super()._replan()
        if self.plan is None:
            self.new_attributes_label.clear()
            return
        new = self.new_attribute_names()
        self.new_attributes_label.setText(
            self.tr("Nieuwe kenmerken voor dit project: {names}").format(names=", ".join(new)) if new
            else self.tr("Geen nieuwe kenmerken."))

    def _cells(self, respondent) -> list[QTableWidgetItem]:
        group = self.journey.group(respondent.group_id).name if respondent.group_id else "–"
        attributes = " · ".join(f"{name}: {value}" for name, value in respondent.attributes)
        cells = [QTableWidgetItem(respondent.code), QTableWidgetItem(group), QTableWidgetItem(attributes)]
        cells[2].setToolTip("\n".join(f"{name}: {value}" for name, value in respondent.attributes))
        return cells

    def _ready_text(self, count: int) -> str:
        if count == 0:
            return self.tr("Het bestand bevat geen respondenten om te importeren.")
        return (self.tr("1 respondent klaar om te importeren") if count == 1 else
                self.tr("{count} respondenten klaar om te importeren").format(count=count))

    def done_text(self, count: int) -> str:
        return (self.tr("1 respondent geïmporteerd uit {name}") if count == 1 else
                self.tr("{count} respondenten geïmporteerd uit {name}")).format(
            count=count, name=self.path.name)

    def edit(self) -> Sequence:
        """The respondents, plus the new attribute names the project asks for, as one step."""
        edits = list(super().edit().edits)
        new = self.new_attribute_names()
        if new:
            edits.append(session.set_attribute_names(
                self.journey, [*self.journey.info.attribute_names, *new]))
        return Sequence(edits, "edit_import_respondents")


def _run(workspace, dialog: ImportDialog, count) -> bool:
    try:
        if not workspace.prompts.run_dialog(dialog) or dialog.plan is None or not dialog.plan.ok:
            return False
        if not workspace.apply(dialog.edit()):
            return False  # the document said why (status bar, message box)
        workspace.say(dialog.done_text(count(dialog.plan)))
        return True
    finally:
        dialog.deleteLater()


def import_quotes(workspace, path) -> bool:
    """Run the quote import dialog for ``path``; True when quotes were imported (one undo step)."""
    dialog = QuoteImportDialog(workspace.journey, path, workspace.prompts.parent_widget)
    return _run(workspace, dialog, lambda plan: len(plan.items))


def import_respondents(workspace, path) -> bool:
    """Run the respondent import dialog for ``path``; True when respondents were imported."""
    dialog = RespondentImportDialog(workspace.journey, path, workspace.prompts.parent_widget)
    return _run(workspace, dialog, lambda plan: len(plan.items))
