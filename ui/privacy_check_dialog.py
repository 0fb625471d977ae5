"""Before every export: the privacy check. What looks like personal data in what the export
will show is listed in context, each with a one-click, undoable replacement ("[naam]"), with
the respondents an export would single out (fewer than k with the same attributes). The user
then exports anyway or cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from klantreis.evidence.privacy_scan import place, redaction, scan, small_groups
from klantreis.messages import message
from klantreis.model.errors import KlantreisError
from klantreis.store.backups import backup_folder, snapshots
from klantreis.store.versions import redact_snapshots, remove_snapshots
from klantreis.ui.styles import ERROR_STYLE


def export_respondents(journey, kind: str):
    """The respondents whose attributes the export shows: none in a PDF (it prints codes only),
    those of the shared quotes in a CSV or JSON export."""
    if kind == "pdf":
        return []
    return [q.respondent_id for q in journey.quotes if q.respondent_id and not q.internal]


class PrivacyCheckDialog(QDialog):
    """``PrivacyCheckDialog(workspace, kind, found=None, parent=None)``: the check of the
    workspace's document for an export of ``kind``. Public API: ``findings`` (the current list),
    ``table`` (one row per finding), ``groups_list``, ``redact_selected()``, ``redact_all()``,
    ``refresh()``."""

    def __init__(self, workspace, kind: str, found=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyCheck")
        self.setWindowTitle(self.tr("Privacycontrole voor het exporteren"))
        self.workspace = workspace
        self.document = workspace.document
        self.kind = kind
        self.resize(820, 520)
        column = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([self.tr("Soort"), self.tr("Waar"), self.tr("In de tekst")])
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.table.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 3)
        row = QHBoxLayout()
        column.addLayout(row)
        self.redact_button = QPushButton(self.tr("&Vervangen door een aanduiding"))
        self.redact_button.clicked.connect(self.redact_selected)
        self.all_button = QPushButton(self.tr("&Alles vervangen"))
        self.all_button.clicked.connect(self.redact_all)
        row.addWidget(self.redact_button)
        row.addWidget(self.all_button)
        row.addStretch(1)
        self.problem = QLabel()  # findings that could not be replaced, and why
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        column.addWidget(self.problem)
        self.versions_note = QLabel()  # what became of the previous versions after a replacement
        self.versions_note.setWordWrap(True)
        self.versions_note.hide()
        column.addWidget(self.versions_note)
        self.groups_label = QLabel()
        self.groups_label.setWordWrap(True)
        column.addWidget(self.groups_label)
        self.groups_list = QListWidget()
        column.addWidget(self.groups_list, 1)
        buttons = QHBoxLayout()
        column.addLayout(buttons)
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("&Toch exporteren"))
        self.export_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)
        buttons.addWidget(self.export_button)
        buttons.addWidget(cancel)
        self.findings = []
        self.refresh(found)

    @property
    def journey(self):
        return self.document.journey

    def refresh(self, found=None) -> None:
        """Check again (or show ``found``, the (findings, groups) a caller just worked out)."""
        journey = self.journey
        self.findings, self.groups = found if found is not None else check(journey, self.kind)
        self.table.clear()
        for index, finding in enumerate(self.findings):
            item = QTreeWidgetItem([message(f"privacy_{finding.kind}"), place(self.journey, finding),
                                    finding.context().replace("\n", " ")])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(2, finding.context(200))
            self.table.addTopLevelItem(item)
        if self.findings:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.intro.setText(self.tr("Dit lijkt op persoonsgegevens in wat de export laat zien (%n keer). "
                                   "Vervang het door een aanduiding zoals [naam], of exporteer toch.",
                                   "", len(self.findings)) if self.findings else
                           self.tr("Geen namen, nummers of adressen gevonden in wat de export laat zien."))
        k = journey.info.privacy.k
        self.groups_label.setText(
            self.tr("Deze respondenten zijn met hun kenmerken herkenbaar (minder dan {k} met dezelfde "
                    "kenmerken). Overweeg kenmerken privé te maken.").format(k=k) if self.groups else "")
        self.groups_label.setVisible(bool(self.groups))
        self.groups_list.setVisible(bool(self.groups))
        self.groups_list.clear()
        for group in self.groups:
            self.groups_list.addItem(f"{', '.join(group.codes)}: "
                                     + ", ".join(f"{n}: {v}" for n, v in group.attributes))
        for button in (self.redact_button, self.all_button):
            button.setEnabled(bool(self.findings))

    def _selected(self) -> list:
        return [self.findings[item.data(0, Qt.ItemDataRole.UserRole)] for item in self.table.selectedItems()]

    def redact_selected(self) -> bool:
        return self._redact(self._selected())

    def redact_all(self) -> bool:
        return self._redact(list(self.findings))

    def _redact(self, findings) -> bool:
        """Replace the findings (one undo step); the list is made again afterwards."""
        if not findings:
            return False
        edit, refused = redaction(self.journey, findings)
        ok = bool(edit.edits) and self.document.apply(edit)
        if ok:
            done = [f for f in findings if f not in {r[0] for r in refused}]
            self.clean_previous_versions([(f.found, f.placeholder) for f in done])
        self.refresh()
        lines = [f"{place(self.journey, finding)}: {reason}" for finding, reason in refused]
        self.problem.setText(self.tr("Niet vervangen:") + "\n" + "\n".join(lines) if lines else "")
        self.problem.setVisible(bool(lines))
        return ok

    def clean_previous_versions(self, pairs: list[tuple[str, str]]) -> None:
        """The previous versions of the project still hold the old text: say so, and replace it
        there too or remove them, as the user chooses (one step, not undoable: it is about
        copies the undo history does not reach)."""
        document = self.document
        if document.project is None:
            return
        path = document.project.path
        count = len(snapshots(path))
        if not count:
            return
        choice = self.workspace.prompts.previous_versions(count, backup_folder(path))
        try:
            if choice == "redact":
                done = redact_snapshots(path, pairs)
                text = self.tr("De oude tekst is ook in %n vorige versie(s) vervangen.", "", done)
            elif choice == "remove":
                done = remove_snapshots(path)
                text = self.tr("%n vorige versie(s) verwijderd.", "", done)
            else:
                text = self.tr("Let op: de vorige versies bevatten de oude tekst nog.")
        except KlantreisError as error:
            text = str(error)
        self.workspace.say(text, 15000)
        self.versions_note.setText(text)
        self.versions_note.setVisible(True)


def check(journey, kind: str):
    """(findings, small groups) of what an export of ``kind`` would show."""
    return (scan(journey, only_shared=True, transcripts=kind == "qdpx"),  # (only it carries them)
            small_groups(journey, export_respondents(journey, kind)))


def privacy_gate(workspace, kind: str) -> bool:
    """True when the export may go ahead: nothing found, or the user chose to export anyway."""
    found = check(workspace.journey, kind)
    if not any(found):
        return True
    dialog = PrivacyCheckDialog(workspace, kind, found, workspace.prompts.parent_widget)
    try:
        return workspace.prompts.run_dialog(dialog)
    finally:
        dialog.deleteLater()
