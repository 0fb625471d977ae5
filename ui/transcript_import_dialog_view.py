"""The layout of the dialog that imports a transcript (ui/transcript_import_dialog.py): what was
read, the transcript's name, group (session), date and language, a table with a row per speaker
(the label in the file, the role, the respondent, the code of a new respondent, the label in the
project), the advice about labels that look like names, the error line and the buttons. Widgets
only: the dialog fills them in and checks them."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from klantreis.model.enums import SpeakerRole
from klantreis.ui.capture_details import LANGUAGE_CODES
from klantreis.ui.styles import ERROR_STYLE

COLUMNS = ("label", "role", "respondent", "code", "new_label")
COLUMN = {name: index for index, name in enumerate(COLUMNS)}
NEW = "__new__"  # the respondent combo's item "Nieuwe respondent"
ROLES = (SpeakerRole.RESPONDENT, SpeakerRole.INTERVIEWER, SpeakerRole.INTERPRETER, SpeakerRole.UNKNOWN)


def language_name(code: str) -> str:
    """The language's own name ("Nederlands", "العربية"), or the code when Qt knows none."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return locale.nativeLanguageName() or code


class TranscriptImportView(QDialog):
    """``summary``; ``name``, ``group``, ``date``, ``language`` (editable, each item's data its
    code); ``speakers`` (a table; ``row_widgets(row)`` gives the role and respondent combos and
    the code and label fields of a row); ``names_label`` (the advice, shown while a label
    looks like a name), ``error_label``; ``buttons`` with ``import_button``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transcript importeren"))
        self.resize(860, 460)
        column = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        form = QFormLayout()
        self.name = QLineEdit()
        self.group = QComboBox()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("bv. 2021-03-12"))
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in LANGUAGE_CODES:
            self.language.addItem(f"{language_name(code)} ({code})", code)
        form.addRow(self.tr("&Naam:"), self.name)
        form.addRow(self.tr("&Groep (sessie):"), self.group)
        form.addRow(self.tr("&Datum:"), self.date)
        form.addRow(self.tr("&Taal:"), self.language)
        column.addLayout(form)
        column.addWidget(QLabel(self.tr("Wie spreekt er? Kies per spreker de rol en, voor een "
                                        "respondent, de respondentcode.")))
        self.speakers = QTableWidget(0, len(COLUMNS))
        self.speakers.setHorizontalHeaderLabels([
            self.tr("Spreker in het bestand"), self.tr("Rol"), self.tr("Respondent"),
            self.tr("Code nieuwe respondent"), self.tr("Label in het project")])
        self.speakers.verticalHeader().hide()
        self.speakers.setTabKeyNavigation(False)  # Tab goes from field to field, and out to the buttons
        self.speakers.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (its cells' fields take the focus)
        self.speakers.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.speakers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.speakers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN["respondent"], QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.speakers, 1)
        self.names_label = QLabel(self.tr(
            "Rood: dit label lijkt een echte naam. Vervang het door de respondentcode (of een rol): "
            "het wordt bij het importeren ook in de tekst vervangen, zodat de naam nooit in het "
            "project komt."))
        self.names_label.setWordWrap(True)
        self.names_label.setStyleSheet(ERROR_STYLE)
        column.addWidget(self.names_label)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Importeren"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        column.addWidget(self.buttons)
        self.import_button.setDefault(True)  # (after the buttons are in the dialog, so it stays)

    def role_name(self, role: SpeakerRole) -> str:
        return {SpeakerRole.RESPONDENT: self.tr("respondent"),
                SpeakerRole.INTERVIEWER: self.tr("interviewer"),
                SpeakerRole.INTERPRETER: self.tr("tolk"),
                SpeakerRole.UNKNOWN: self.tr("onbekend")}[role]

    def add_speaker_row(self, label: str, flagged: bool, respondents: list[tuple[str, str]]) -> int:
        """A row for speaker ``label`` (red when ``flagged``), its respondent combo holding
        "(geen)", ``respondents`` (text, id) and "Nieuwe respondent"."""
        row = self.speakers.rowCount()
        self.speakers.insertRow(row)
        item = QTableWidgetItem(label)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if flagged:
            item.setForeground(Qt.GlobalColor.red)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(self.tr("Dit lijkt een echte naam: vervang het door de respondentcode."))
        self.speakers.setItem(row, COLUMN["label"], item)
        role = QComboBox()
        for value in ROLES:
            role.addItem(self.role_name(value), value.value)  # (Qt keeps the text, not the enum)
        respondent = QComboBox()
        respondent.addItem(self.tr("(geen)"), None)
        for text, respondent_id in respondents:
            respondent.addItem(text, respondent_id)
        respondent.addItem(self.tr("Nieuwe respondent…"), NEW)
        code = QLineEdit()
        code.setPlaceholderText(self.tr("bv. R7"))
        code.setMaxLength(20)
        new_label = QLineEdit(label)
        if flagged:
            new_label.setStyleSheet("border: 1px solid #B00020;")
        for name, widget in (("role", role), ("respondent", respondent), ("code", code),
                             ("new_label", new_label)):
            self.speakers.setCellWidget(row, COLUMN[name], widget)
        return row

    def chain_tabs(self) -> None:
        """Tab order: the transcript's fields, each speaker's role, respondent, code and label
        row by row, then Importeren and Annuleren."""
        chain = [self.name, self.group, self.date, self.language]
        chain += [w for row in range(self.speakers.rowCount()) for w in self.row_widgets(row)]
        chain += [self.import_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def role_of(self, row: int) -> SpeakerRole:
        return SpeakerRole(self.row_widgets(row)[0].currentData())

    def set_role(self, row: int, role: SpeakerRole) -> None:
        combo = self.row_widgets(row)[0]
        combo.setCurrentIndex(max(0, combo.findData(role.value)))

    def row_widgets(self, row: int) -> tuple[QComboBox, QComboBox, QLineEdit, QLineEdit]:
        cell = self.speakers.cellWidget
        return (cell(row, COLUMN["role"]), cell(row, COLUMN["respondent"]), cell(row, COLUMN["code"]),
                cell(row, COLUMN["new_label"]))
