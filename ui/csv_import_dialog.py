"""Importing quotes or respondents from a CSV file: choose which column is which, see at once how
every row will be read (a preview and one line per error), and import all rows as one undo step
or nothing at all. A file that cannot be read, or a respondent file with a column that looks like
names or contact details, is shown in red and cannot be imported.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from klantreis.evidence import session
from klantreis.evidence.search import fold
from klantreis.graph import route as graph
from klantreis.io.quote_csv import (
    FIELD_LABELS,
    QUOTE_FIELDS,
    CsvTable,
    guess_mapping,
    import_edit,
    plan_quote_import,
    read_table,
)
from klantreis.io.respondent_csv import (
    CODE_HEADERS,
    GROUP_HEADERS,
    looks_personal,
    plan_respondent_import,
    respondent_import_edit,
)
from klantreis.model.edits import Sequence
from klantreis.model.errors import CsvError
from klantreis.ui.quote_format import direction_of, perspective_label, sentiment_icon, sentiment_label
from klantreis.ui.styles import ERROR_STYLE

ERROR_COLOR = QColor("#B00020")
PREVIEW_ROWS = 20


def _key(text: str) -> str:
    """A header as the import modules compare it: folded, '-' and '_' as spaces."""
    return " ".join(re.sub(r"[-_]+", " ", fold(text)).split())


def _guess(headers: tuple[str, ...], names: tuple[str, ...]) -> str | None:
    keys = {_key(h): h for h in reversed(headers)}
    return next((keys[n] for n in names if n in keys), None)


class _ImportDialog(QDialog):
    """What both imports share: the file line, the red message, the preview, the error list,
    the summary and the Importeren button. Subclasses fill the mapping and ``_replan``."""

    def __init__(self, journey, path, parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.path = Path(path)
        self.plan = None
        self.table: CsvTable | None = None
        self.resize(1180, 760)
        self.caps: dict[int, int] = {}  # preview column -> widest it gets (the rest is in the tooltip)
        self.stretch_column = 1
        self.column = QVBoxLayout(self)
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.file_label)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.column.addWidget(self.error_label)
        self.body = QVBoxLayout()
        self.column.addLayout(self.body, 1)

        self.preview_box = QGroupBox(self.tr("Voorbeeld"))
        preview_column = QVBoxLayout(self.preview_box)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(False)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().hide()
        preview_column.addWidget(self.preview)
        self.errors = QListWidget()
        self.errors.hide()
        self.errors_title = QLabel()
        preview_column.addWidget(self.errors_title)
        preview_column.addWidget(self.errors)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.column.addWidget(self.summary_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Importeren"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.column.addWidget(self.buttons)

    def _read(self) -> None:
        try:
            self.table = read_table(self.path)
        except CsvError as error:
            self.file_label.setText(self.tr("Bestand: {name}").format(name=self.path.name))
            self._refuse(str(error))
            return
        separators = {",": self.tr("komma (,)"), ";": self.tr("puntkomma (;)"), "\t": self.tr("tab")}
        rows = len(self.table.rows)
        self.file_label.setText(self.tr("Bestand: {name} · scheidingsteken: {separator} · {rows}").format(
            name=self.path.name, separator=separators[self.table.delimiter],
            rows=self.tr("1 rij") if rows == 1 else self.tr("{count} rijen").format(count=rows)))

    def _refuse(self, text: str) -> None:
        """Nothing can be imported from this file: the reason in red, everything else empty."""
        self.error_label.setText(text)
        self.error_label.show()
        self.plan = None
        self.preview.setRowCount(0)
        self.preview_box.hide()
        self.errors.clear()
        self.summary_label.setText(self.tr("Er wordt niets geïmporteerd."))
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.import_button.setEnabled(False)

    def _show(self, plan, items: list, headers: list[str]) -> None:
        """Show ``plan``: ``items`` are its planned entities, in file order."""
        self.plan = plan
        self.error_label.hide()
        self.preview_box.show()
        bad_lines = {e.line for e in plan.errors}
        good = iter(items)
        shown = self.table.lines[:PREVIEW_ROWS]
        self.preview_box.setTitle(self.tr("Voorbeeld: zo wordt het gelezen (eerste {shown} van {rows} rijen)")
                                  .format(shown=len(shown), rows=len(self.table.rows)))
        self.preview.clearSpans()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(shown))
        for row, line in enumerate(shown):
            self.preview.setItem(row, 0, QTableWidgetItem(str(line)))
            if line in bad_lines:
                text = " · ".join(e.message for e in plan.errors if e.line == line)
                item = QTableWidgetItem("⚠ " + text)
                item.setToolTip(text)
                for cell in (self.preview.item(row, 0), item):
                    cell.setForeground(QBrush(ERROR_COLOR))
                self.preview.setItem(row, 1, item)
                for column in range(2, len(headers)):
                    self.preview.setItem(row, column, QTableWidgetItem())
                self.preview.setSpan(row, 1, 1, len(headers) - 1)
            else:
                for column, cell in enumerate(self._cells(next(good)), start=1):
                    cell.setToolTip(cell.toolTip() or cell.text())
                    self.preview.setItem(row, column, cell)
        self.preview.resizeColumnsToContents()
        for column, width in self.caps.items():
            self.preview.setColumnWidth(column, min(width, self.preview.columnWidth(column)))
        self.preview.horizontalHeader().setSectionResizeMode(self.stretch_column,
                                                             QHeaderView.ResizeMode.Stretch)
        self.errors.clear()
        self.errors.addItems([e.text for e in plan.errors])
        self.errors.setVisible(bool(plan.errors))
        if plan.errors:  # up to five lines high, so the preview keeps its room
            self.errors.setFixedHeight(min(5, len(plan.errors)) * self.errors.sizeHintForRow(0)
                                       + 2 * self.errors.frameWidth() + 4)
        self.errors_title.setText(self.tr("Fouten: geen") if not plan.errors
                                  else self.tr("Fouten ({count}):").format(count=len(plan.errors)))
        self.errors_title.setStyleSheet(ERROR_STYLE if plan.errors else "")
        if plan.errors:
            lines = len(bad_lines)
            self.summary_label.setText(
                self.tr("1 regel met fouten: er wordt niets geïmporteerd") if lines == 1 else
                self.tr("{count} regels met fouten: er wordt niets geïmporteerd").format(count=lines))
            self.summary_label.setStyleSheet(ERROR_STYLE)
        else:
            self.summary_label.setText(self._ready_text(len(items)))
            self.summary_label.setStyleSheet("font-weight: bold;" if items else ERROR_STYLE)
        self.import_button.setEnabled(plan.ok)

    def _add_mapping(self, box: QGroupBox) -> None:
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body.addWidget(box)
        self.body.addWidget(self.preview_box, 1)
        self.body.addStretch(0)  # takes the room when there is no preview

    def _plan_failed(self, error: CsvError) -> None:
        """The chosen columns cannot be used (e.g. no text column): the reason, nothing planned."""
        self._refuse(str(error))
        self.summary_label.setText(self.tr("Kies de kolommen hierboven."))

    def accept(self) -> None:
        if self.plan is not None and self.plan.ok:
            super().accept()

    def _cells(self, item) -> list[QTableWidgetItem]:
        raise NotImplementedError

    def _ready_text(self, count: int) -> str:
        raise NotImplementedError


def _combo(none_text: str, headers: tuple[str, ...], current: str | None) -> QComboBox:
    box = QComboBox()
    box.addItem(none_text, None)
    for header in headers:
        box.addItem(header, header)
    box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(14)
    return box


def _note(text: str) -> QLabel:
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet("color: #52606D;")
    return note


class QuoteImportDialog(_ImportDialog):
    """``QuoteImportDialog(journey, path, parent)``; public for tests: ``mapping_boxes`` (field ->
    combo, data: the header or None), ``preview``, ``errors``, ``summary_label``, ``plan`` (an
    ImportPlan, None when nothing can be planned), ``error_label``, ``import_button``. After
    accept, ``edit()`` is the import as one edit."""

    def __init__(self, journey, path, parent=None) -> None:
        super().__init__(journey, path, parent)
        self.setWindowTitle(self.tr("Citaten importeren uit CSV"))
        self._numbers = graph.display_numbers(journey)
        self._read()
        headers = self.table.headers if self.table is not None else ()
        guessed = guess_mapping(headers)
        mapping_box = QGroupBox(self.tr("Welke kolom is wat?"))
        grid = QGridLayout(mapping_box)
        self.mapping_boxes: dict[str, QComboBox] = {}
        half = (len(QUOTE_FIELDS) + 1) // 2
        for index, field in enumerate(QUOTE_FIELDS):
            box = _combo(self.tr("(niet gebruiken)"), headers, guessed[field])
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
        grid.addWidget(_note(self.tr("* verplicht. Een leeg contactmoment gaat naar de parkeerplaats; "
                                     "een import maakt geen respondenten of groepen aan.")),
                       half, 0, 1, 5)
        self.caps = {2: 230, 3: 90, 4: 170}
        self._add_mapping(mapping_box)
        if self.table is not None:
            self._replan()

    def mapping(self) -> dict[str, str | None]:
        return {field: box.currentData() for field, box in self.mapping_boxes.items()}

    def _replan(self) -> None:
        try:
            plan = plan_quote_import(self.journey, self.table, self.mapping())
        except CsvError as error:
            self._plan_failed(error)
            return
        self._show(plan, list(plan.quotes), [
            self.tr("regel"), self.tr("citaat"), self.tr("contactmoment"), self.tr("respondent"),
            self.tr("groep"), self.tr("perspectief"), self.tr("sentiment"), self.tr("taal")])

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

    def edit(self) -> Sequence:
        """All planned quotes as one undoable step (raises CsvError when the plan has errors)."""
        return import_edit(self.plan)


class RespondentImportDialog(_ImportDialog):
    """``RespondentImportDialog(journey, path, parent)``; public for tests: ``code_box`` and
    ``group_box`` (data: the header, or None), ``preview``, ``errors``, ``summary_label``,
    ``new_attributes_label``, ``plan`` (a RespondentPlan or None), ``error_label``,
    ``import_button``. After accept, ``edit()`` adds the respondents and the project's new
    attribute names as one edit."""

    def __init__(self, journey, path, parent=None) -> None:
        super().__init__(journey, path, parent)
        self.setWindowTitle(self.tr("Respondenten importeren uit CSV"))
        self.resize(980, 640)
        self._read()
        headers = self.table.headers if self.table is not None else ()
        mapping_box = QGroupBox(self.tr("Welke kolom is wat?"))
        grid = QGridLayout(mapping_box)
        self.code_box = _combo(self.tr("(kies een kolom)"), headers, _guess(headers, CODE_HEADERS))
        self.group_box = _combo(self.tr("(geen)"), headers, _guess(headers, GROUP_HEADERS))
        code_label = QLabel(self.tr("Respondentcode *"))
        code_label.setStyleSheet("font-weight: bold;")
        code_label.setBuddy(self.code_box)
        group_label = QLabel(self.tr("Groep"))
        group_label.setBuddy(self.group_box)
        for column, widget in enumerate((code_label, self.code_box, group_label, self.group_box)):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(4, 1)
        grid.addWidget(_note(self.tr("* verplicht. Alle andere kolommen worden kenmerken. Respondenten "
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

    def _replan(self) -> None:
        code = self.code_box.currentData()
        try:
            if code is None:
                raise CsvError("csv_no_code_column")
            plan = plan_respondent_import(self.journey, self.table, code_column=code,
                                          group_column=self.group_box.currentData() or "")
        except CsvError as error:
            self._plan_failed(error)
            self.new_attributes_label.clear()
            return
        self._show(plan, list(plan.respondents),
                   [self.tr("regel"), self.tr("code"), self.tr("groep"), self.tr("kenmerken")])
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
        edits = list(respondent_import_edit(self.plan).edits)
        new = self.new_attribute_names()
        if new:
            edits.append(session.set_attribute_names(
                self.journey, [*self.journey.info.attribute_names, *new]))
        return Sequence(edits, "edit_import_respondents")


def _run(window, dialog: _ImportDialog, count) -> bool:
    try:
        if not window.run_dialog(dialog) or dialog.plan is None or not dialog.plan.ok:
            return False
        if not window.document.apply(dialog.edit()):
            return False  # the document said why (status bar, message box)
        window.statusBar().showMessage(dialog.done_text(count(dialog.plan)), 10000)
        return True
    finally:
        dialog.deleteLater()


def import_quotes(window, path) -> bool:
    """Run the quote import dialog for ``path``; True when quotes were imported (one undo step)."""
    dialog = QuoteImportDialog(window.document.journey, path, window)
    return _run(window, dialog, lambda plan: len(plan.quotes))


def import_respondents(window, path) -> bool:
    """Run the respondent import dialog for ``path``; True when respondents were imported."""
    dialog = RespondentImportDialog(window.document.journey, path, window)
    return _run(window, dialog, lambda plan: len(plan.respondents))
