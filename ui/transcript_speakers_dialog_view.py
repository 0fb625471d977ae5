"""The layout of the dialog that corrects who speaks in a transcript
(ui/transcript_speakers_dialog.py): a line about the transcript, its group (session), date and
language, a row per speaker (the label as in the text, the role, the respondent), the error line
and OK / Annuleren. Widgets only: the dialog fills them in and checks them. Every field is
reached with Tab in reading order; Enter is OK, Escape is Annuleren."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from klantreis.model.enums import SpeakerRole
from klantreis.ui.capture_details import LANGUAGE_CODES
from klantreis.ui.styles import ERROR_STYLE
from klantreis.ui.transcript_import_dialog_view import ROLES, language_name


class TranscriptSpeakersView(QDialog):
    """``summary``; ``group`` (each item's data a group id, None: no group), ``date``,
    ``language`` (editable, each item's data its code); a row per speaker added with
    ``add_speaker_row(label, respondents)``, its combos in ``roles`` and ``respondents`` (by
    row); ``error_label`` (hidden while empty); ``buttons`` with ``ok_button``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sprekers wijzigen"))
        self.resize(640, 420)
        column = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.summary)
        form = QFormLayout()
        self.group = QComboBox()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("bv. 2021-03-12"))
        self.date.setMaxLength(100)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in LANGUAGE_CODES:
            self.language.addItem(f"{language_name(code)} ({code})", code)
        form.addRow(self.tr("&Groep (sessie):"), self.group)
        form.addRow(self.tr("&Datum:"), self.date)
        form.addRow(self.tr("&Taal:"), self.language)
        column.addLayout(form)
        advice = QLabel(self.tr("Wie spreekt er? Kies per spreker de rol en, voor een respondent, "
                                "de respondentcode. De labels in de tekst blijven zoals ze zijn."))
        advice.setWordWrap(True)
        column.addWidget(advice)
        rows = QWidget()
        rows_column = QVBoxLayout(rows)
        self.grid = QGridLayout()
        rows_column.addLayout(self.grid)
        rows_column.addStretch(1)  # (the rows stay at the top)
        for index, title in enumerate((self.tr("Spreker"), self.tr("Rol"), self.tr("Respondent"))):
            header = QLabel(title)
            header.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(header, 0, index)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        column.addWidget(scroll, 1)
        self.roles: list[QComboBox] = []
        self.respondents: list[QComboBox] = []
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        column.addWidget(self.buttons)
        self.cancel_button.setAutoDefault(False)
        # (in the dialog first: only then is OK the dialog's default again after Tab left it)
        self.ok_button.setDefault(True)

    def role_name(self, role: SpeakerRole) -> str:
        return {SpeakerRole.RESPONDENT: self.tr("respondent"),
                SpeakerRole.INTERVIEWER: self.tr("interviewer"),
                SpeakerRole.INTERPRETER: self.tr("tolk"),
                SpeakerRole.UNKNOWN: self.tr("onbekend")}[role]

    def add_speaker_row(self, label: str, respondents: list[tuple[str, str]]) -> int:
        """A row for speaker ``label``, its respondent combo holding "(geen)" and
        ``respondents`` (text, id)."""
        row = len(self.roles)
        name = QLabel(label)
        name.setTextFormat(Qt.TextFormat.PlainText)
        role = QComboBox()
        for value in ROLES:
            role.addItem(self.role_name(value), value.value)  # (Qt keeps the text, not the enum)
        role.setAccessibleName(self.tr("Rol van {label}").format(label=label))
        respondent = QComboBox()
        respondent.addItem(self.tr("(geen)"), None)
        for text, respondent_id in respondents:
            respondent.addItem(text, respondent_id)
        respondent.setAccessibleName(self.tr("Respondent van {label}").format(label=label))
        for index, widget in enumerate((name, role, respondent)):
            self.grid.addWidget(widget, row + 1, index)
        self.roles.append(role)
        self.respondents.append(respondent)
        return row

    def fields(self) -> list[QWidget]:
        """The fields in Tab order: the transcript's, the speakers' row by row, OK, Annuleren."""
        speakers = [w for pair in zip(self.roles, self.respondents, strict=True) for w in pair]
        return [self.group, self.date, self.language, *speakers, self.ok_button, self.cancel_button]

    def set_tab_order(self) -> None:
        chain = self.fields()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def role_of(self, row: int) -> SpeakerRole:
        return SpeakerRole(self.roles[row].currentData())

    def set_role(self, row: int, role: SpeakerRole) -> None:
        self.roles[row].setCurrentIndex(max(0, self.roles[row].findData(role.value)))
