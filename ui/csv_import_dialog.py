"""Importing quotes or respondents from a CSV file or an Excel workbook: the two fillings of
the import dialog (ui/import_dialog.py). A workbook with more than one worksheet shows a chooser;
another sheet is read and mapped anew at once. A respondent file with a column that looks like
names or contact details is shown in red and cannot be imported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from klantreis.evidence import session
from klantreis.graph import route as graph
from klantreis.io.quote_import import FIELD_LABELS, QUOTE_FIELDS, QUOTES
from klantreis.io.respondent_import import RESPONDENTS, looks_personal
from klantreis.io.table import sheet_names
from klantreis.model.edits import Sequence
from klantreis.model.errors import CsvError
from klantreis.ui.import_dialog import ImportDialog, combo, note
from klantreis.ui.quote_format import direction_of, perspective_label, sentiment_icon, sentiment_label


class TableImportDialog(ImportDialog):
    """The file of an import: a CSV file, or a worksheet of a workbook. Public for tests:
    ``sheets`` (the workbook's worksheets; () for a CSV file), ``sheet`` (the one read),
    ``sheet_box`` and ``sheet_row`` (shown for more than one sheet), ``choose_sheet(name)``.
    Subclasses give their column choosers (``mapping_boxes``) and ``_columns_read()``."""

    def __init__(self, importer, journey, path, parent=None) -> None:
        super().__init__(importer, journey, path, parent)
        self.mapping_boxes: dict[str, QComboBox] = {}
        try:
            self.sheets = sheet_names(self.path)
        except CsvError:
            self.sheets = ()  # (reading the file says why)
        self.sheet = self.sheets[0] if self.sheets else None
        self.sheet_box = QComboBox()
        self.sheet_box.addItems(list(self.sheets))
        label = QLabel(self.tr("&Werkblad:"))
        label.setBuddy(self.sheet_box)
        self.sheet_row = QWidget()
        row = QHBoxLayout(self.sheet_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.sheet_box)
        row.addStretch(1)
        self.column.insertWidget(1, self.sheet_row)
        self.sheet_row.setVisible(len(self.sheets) > 1)
        self.sheet_box.currentTextChanged.connect(self.choose_sheet)

    def _read(self) -> None:
        self.table = None
        try:
            self.table = self.importer.parse(self.path, sheet=self.sheet)
        except CsvError as error:
            self.file_label.setText(self.tr("Bestand: {name}").format(name=self.path.name))
            self._refuse(str(error))
            return
        count = len(self.table.rows)
        rows = self.tr("1 rij") if count == 1 else self.tr("{count} rijen").format(count=count)
        if self.table.sheet:
            self.file_label.setText(self.tr("Bestand: {name} · werkblad: {sheet} · {rows}").format(
                name=self.path.name, sheet=self.table.sheet, rows=rows))
            return
        separators = {",": self.tr("komma (,)"), ";": self.tr("puntkomma (;)"), "\t": self.tr("tab")}
        self.file_label.setText(self.tr("Bestand: {name} · scheidingsteken: {separator} · {rows}").format(
            name=self.path.name, separator=separators[self.table.delimiter], rows=rows))

    def choose_sheet(self, name: str) -> None:
        """Read worksheet ``name`` and map its columns anew (guessed from its headers)."""
        if name not in self.sheets or name == self.sheet:
            return
        self.sheet = name
        if self.sheet_box.currentText() != name:
            self.sheet_box.setCurrentText(name)
        self._read()
        headers = self.table.headers if self.table is not None else ()
        guessed = self.importer.guess_mapping(headers)
        for field, box in self.mapping_boxes.items():
            box.blockSignals(True)
            none_text = box.itemText(0)
            box.clear()
            box.addItem(none_text, None)
            for header in headers:
                box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(guessed.get(field))) if guessed.get(field) else 0)
            box.blockSignals(False)
        self._columns_read()

    def _columns_read(self) -> None:
        """The columns of the file are in the choosers: enable them and plan (or refuse)."""
        for box in self.mapping_boxes.values():
            box.setEnabled(self.table is not None)
        if self.table is not None:
            self._replan()

    def _source_title(self, csv_title: str, workbook_title: str) -> str:
        return workbook_title if self.sheets else csv_title


class QuoteImportDialog(TableImportDialog):
    """``QuoteImportDialog(journey, path, parent)``; public for tests: ``mapping_boxes`` (field ->
    combo, data: the header or None), ``preview``, ``errors``, ``summary_label``, ``plan`` (an
    import plan, None when nothing can be planned), ``error_label``, ``import_button``, and the
    worksheet choice of :class:`TableImportDialog`. After accept, ``edit()`` is the import as one
    edit."""

    def __init__(self, journey, path, parent=None) -> None:
        super().__init__(QUOTES, journey, path, parent)
        self.setWindowTitle(self._source_title(self.tr("Citaten importeren uit CSV"),
                                               self.tr("Citaten importeren uit Excel")))
        self._numbers = graph.display_numbers(journey)
        self._read()
        headers = self.table.headers if self.table is not None else ()
        guessed = self.importer.guess_mapping(headers)
        mapping_box = QGroupBox(self.tr("Welke kolom is wat?"))
        grid = QGridLayout(mapping_box)
        half = (len(QUOTE_FIELDS) + 1) // 2
        for index, field in enumerate(QUOTE_FIELDS):
            box = combo(self.tr("(niet gebruiken)"), headers, guessed[field])
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
        self._columns_read()

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


class RespondentImportDialog(TableImportDialog):
    """``RespondentImportDialog(journey, path, parent)``; public for tests: ``code_box`` and
    ``group_box`` (data: the header, or None), ``preview``, ``errors``, ``summary_label``,
    ``new_attributes_label``, ``plan`` (a RespondentPlan or None), ``error_label``,
    ``import_button``, and the worksheet choice of :class:`TableImportDialog`. After accept,
    ``edit()`` adds the respondents and the project's new attribute names as one edit."""

    def __init__(self, journey, path, parent=None) -> None:
        super().__init__(RESPONDENTS, journey, path, parent)
        self.setWindowTitle(self._source_title(self.tr("Respondenten importeren uit CSV"),
                                               self.tr("Respondenten importeren uit Excel")))
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
        self.mapping_boxes = {"code": self.code_box, "group": self.group_box}
        for box in self.mapping_boxes.values():
            box.currentIndexChanged.connect(self._replan)
        self._columns_read()

    def _columns_read(self) -> None:
        personal = next((h for h in self.table.headers if looks_personal(h)), None) if self.table else None
        if personal is not None:  # refused as a whole
            self._refuse(str(CsvError("csv_personal_data", column=personal)))
            self.table = None
            self.new_attributes_label.clear()
        super()._columns_read()

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
