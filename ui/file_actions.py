"""The Bestand menu: new (empty or from a template), open, recent files, a copy of the project,
previous versions, import and export. There is no Save: every change is already in the project
file. Opening is the :class:`~klantreis.ui.opening.Opener`'s work; this module holds the menu
and the files written from the open project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from klantreis.evidence.privacy import internal_content
from klantreis.io.fileio import suggested_name
from klantreis.io.files import save_journey
from klantreis.model.errors import KlantreisError
from klantreis.ui.opening import documents_folder, recent_files, remember_recent, with_suffix


class FileActions(QObject):
    """The Bestand menu's actions (``actions``, ``recent_menu``, ``import_menu``,
    ``export_menu``) for one window: ``host`` holds their shortcuts and parents the dialogs.
    Other controllers add their imports to ``import_menu`` (a transcript: ui/transcript_actions.py)."""

    def __init__(self, workspace, opener, host) -> None:
        super().__init__(host)
        self.workspace = workspace
        self.prompts = workspace.prompts
        self.opener = opener
        self.host = host
        self.actions: dict[str, QAction] = {}
        self._action("new", self.tr("&Nieuw…"), QKeySequence.StandardKey.New, opener.new)
        self._action("open", self.tr("&Openen…"), QKeySequence.StandardKey.Open, opener.choose_and_open)
        self._action("open_window", self.tr("Openen in nieuw &venster…"), "Ctrl+Shift+O",
                     opener.open_in_new_window)
        self.recent_menu = QMenu(self.tr("&Recente bestanden"), host)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action("save_copy", self.tr("Opslaan als &kopie…"), None, self.save_copy)
        self._action("versions", self.tr("Vorige &versies…"), None, self.show_versions)
        self.import_menu = QMenu(self.tr("&Importeren"), host)
        self._action("import_json", self.tr("&JSON (als nieuw project)…"), None, opener.import_json)
        self.import_menu.addAction(self.actions["import_json"])
        self.export_menu = QMenu(self.tr("&Exporteren"), host)
        self._action("export_pdf", self.tr("&PDF (infographic en details)…"), "Ctrl+E", self.export_pdf)
        self._action("export_png", self.tr("P&NG van de infographic…"), None, self.export_png)
        self._action("export_json", self.tr("&JSON…"), None, self.export_json)
        for name in ("export_pdf", "export_png", "export_json"):
            self.export_menu.addAction(self.actions[name])
        self.pdf_dialog = None
        self._action("quit", self.tr("&Afsluiten"), QKeySequence.StandardKey.Quit, host.close)

    def _action(self, name, text, shortcut, slot) -> None:
        action = QAction(text, self.host)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.actions[name] = action

    def build_menu(self, menu: QMenu, properties: QAction) -> None:
        for name in ("new", "open", "open_window"):
            menu.addAction(self.actions[name])
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(properties)
        menu.addSeparator()
        for name in ("save_copy", "versions"):
            menu.addAction(self.actions[name])
        menu.addMenu(self.import_menu)
        menu.addMenu(self.export_menu)
        menu.addSeparator()
        menu.addAction(self.actions["quit"])

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = [p for p in recent_files() if Path(p).exists()]
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.opener.open_path(p))
        if not files:
            menu.addAction(self.tr("(geen recente bestanden)")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Lijst &wissen"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(lambda: QSettings().setValue("recent_files", []))

    # ------------------------------------------------------------------ copies and export

    def ask_save(self, title: str, suggestion: Path, filter_text: str, suffix: str) -> Path | None:
        """Where to write a file (None: cancelled), with ``suffix`` added when the user left it
        off; the other dialogs (PDF, previous versions) ask through here too."""
        path = self.prompts.save_path(title, suggestion, filter_text)
        return None if path is None else with_suffix(path, suffix)

    def suggested_path(self, suffix: str, extra: str = "") -> Path:
        """A file name to offer: the journey's title, beside the project (or in Documents)."""
        document = self.workspace.document
        folder = document.path.parent if document and document.path else documents_folder()
        title = document.journey.info.title if document else ""
        return folder / suggested_name(title, suffix, folder=folder, extra=extra)

    def save_copy(self) -> None:
        """Write the whole project to another file; the window stays on the current one."""
        document = self.workspace.document
        if document is None:
            return
        path = self.ask_save(self.tr("Kopie opslaan als"),
                             self.suggested_path(".klantreis", self.tr(" (kopie)")),
                             self.tr("Klantreis-projecten (*.klantreis)"), ".klantreis")
        if path is None:
            return
        if document.project is not None and path.resolve() == document.project.path.resolve():
            self.workspace.failed(self.tr("Kies een andere naam dan die van het open project."))
            return
        try:
            notices = save_journey(path, document.journey)
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return
        for notice in notices:  # (side files of a file it replaced, set aside)
            self.workspace.say(notice, 15000)
        remember_recent(path)
        self.workspace.say(self.tr("Kopie opgeslagen: {path}").format(path=path), 8000)

    def show_versions(self):
        """The previous versions of the open project (snapshots taken when it was opened)."""
        from klantreis.ui.versions_dialog import VersionsDialog

        document = self.workspace.document
        if document is None or document.project is None:
            self.workspace.say(self.tr("Dit bestand is nog geen project: er zijn geen vorige "
                                       "versies."))
            return None
        dialog = VersionsDialog(self.workspace, self, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export_pdf(self):
        """The PDF dialog: options, a preview of page 1, export with progress."""
        from klantreis.ui.pdf_export_dialog import PdfExportDialog

        document = self.workspace.document
        if document is None:
            return None
        if self.pdf_dialog is not None and self.pdf_dialog.document is document:
            self.pdf_dialog.show()
            self.pdf_dialog.raise_()
            return self.pdf_dialog
        if self.pdf_dialog is not None:
            self.pdf_dialog.close()
        self.pdf_dialog = PdfExportDialog(self.workspace, self, self.host)
        self.pdf_dialog.show()
        return self.pdf_dialog

    def export_png(self):
        dialog = self.export_pdf()
        if dialog is not None:
            dialog.export_png()
        return dialog

    def export_json(self) -> None:
        """The journey as JSON for other tools, without internal notes and internal quotes."""
        from klantreis.ui.privacy_check_dialog import privacy_gate

        if self.workspace.document is None or not privacy_gate(self.workspace, "json"):
            return
        path = self.ask_save(self.tr("Exporteren als JSON"), self.suggested_path(".json"),
                             self.tr("JSON (*.json)"), ".json")
        if path is None:
            return
        self.export_json_file(path)

    def export_json_file(self, path: Path) -> bool:
        journey = self.workspace.journey
        notes, quotes = internal_content(journey)
        try:
            from klantreis.exports.registry import write  # (imported when first used)

            write("json", journey, path)
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return False
        text = self.tr("Geëxporteerd: {path}").format(path=path)
        if notes or quotes:
            text += " " + self.tr("(zonder interne notities en interne citaten)")
        self.workspace.say(text)
        if notes or quotes:
            self.prompts.inform(self.tr("Exporteren"), text)
        return True
