"""The Sessie menu's windows and files: the quote browser, the two-worlds view, import of
quotes and respondents from CSV or Excel, and export of quotes to CSV or an Excel workbook (the
browser's filtered rows, or all)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from klantreis.io.fileio import suggested_name
from klantreis.model.errors import KlantreisError
from klantreis.ui.opening import documents_folder, with_suffix


class SessionActions(QObject):
    """The Sessie menu's actions for one window (``host`` parents them and the windows)."""

    def __init__(self, workspace, canvas, host) -> None:
        super().__init__(host)
        self.workspace = workspace
        self.prompts = workspace.prompts
        self.canvas = canvas
        self.host = host
        self.browser = None
        self.worlds = None
        # where "Toon in transcript" in the quote browser goes (the window sets the transcripts')
        self.show_passage = lambda _quote_id: False
        self.actions: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("browser", self.tr("&Citatenoverzicht…"), "Ctrl+Shift+K", self.open_browser),
            ("worlds", self.tr("&Twee werelden…"), "Ctrl+Shift+W", self.open_worlds),
            ("import_quotes", self.tr("Citaten &importeren (CSV, Excel)…"), "", self.import_quotes),
            ("import_respondents", self.tr("&Respondenten importeren (CSV, Excel)…"), "",
             self.import_respondents),
            ("export_quotes", self.tr("Citaten &exporteren (CSV, Excel)…"), "", self.export_all),
            ("privacy_check", self.tr("Privacy&controle…"), "", self.check_privacy),
            ("privacy_settings", self.tr("Privacy-&instellingen…"), "", self.privacy_settings),
        ):
            action = QAction(text, host)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.actions[name] = action

    def build_menu(self, menu) -> None:
        menu.addSeparator()
        for name in ("browser", "worlds"):
            menu.addAction(self.actions[name])
        menu.addSeparator()
        for name in ("import_quotes", "import_respondents", "export_quotes"):
            menu.addAction(self.actions[name])
        menu.addSeparator()
        for name in ("privacy_check", "privacy_settings"):
            menu.addAction(self.actions[name])

    # ------------------------------------------------------------------ windows

    def open_browser(self):
        from klantreis.ui.quote_browser import QuoteBrowser

        if self.browser is None:
            self.browser = QuoteBrowser(self.workspace, self.canvas, self.host)
            self.browser.export_requested.connect(self.export_quotes)
            self.browser.passage_requested.connect(lambda quote_id: self.show_passage(quote_id))
        self.browser.show()
        self.browser.raise_()
        return self.browser

    def open_worlds(self):
        from klantreis.ui.two_worlds_view import TwoWorldsView

        if self.worlds is None:
            self.worlds = TwoWorldsView(self.workspace, self.canvas, self.host)
        self.worlds.show()
        self.worlds.raise_()
        return self.worlds

    def check_privacy(self) -> None:
        """The privacy check of the whole project, without an export (redact from the list)."""
        from klantreis.ui.privacy_check_dialog import PrivacyCheckDialog

        dialog = PrivacyCheckDialog(self.workspace, "json", parent=self.host)
        dialog.export_button.hide()
        try:
            self.prompts.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def privacy_settings(self) -> bool:
        from klantreis.ui.privacy_settings_dialog import PrivacySettingsDialog

        dialog = PrivacySettingsDialog(self.workspace.document, self.host)
        try:
            return self.prompts.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    # ------------------------------------------------------------------ files

    def ask_table_path(self) -> Path | None:
        """A CSV file or an Excel workbook to import (None: cancelled)."""
        return self.prompts.open_path(
            self.tr("CSV-bestand of Excel-werkmap kiezen"), documents_folder(),
            self.tr("Tabellen (*.csv *.txt *.xlsx);;CSV-bestanden (*.csv *.txt);;"
                    "Excel-werkmappen (*.xlsx);;Alle bestanden (*)"))

    def import_quotes(self) -> bool:
        from klantreis.ui.csv_import_dialog import import_quotes

        path = self.ask_table_path()
        return bool(path) and import_quotes(self.workspace, path)

    def import_respondents(self) -> bool:
        from klantreis.ui.csv_import_dialog import import_respondents

        path = self.ask_table_path()
        return bool(path) and import_respondents(self.workspace, path)

    def export_all(self) -> bool:
        journey = self.workspace.journey
        return self.export_quotes([q.id for q in journey.quotes]) if journey else False

    def export_quotes(self, quote_ids: list[str]) -> bool:
        """Write the quotes to a file the user chooses (internal quotes never): an Excel workbook
        when its name ends in .xlsx, else CSV (.csv is added when the name has no suffix)."""
        from klantreis.ui.privacy_check_dialog import privacy_gate

        journey = self.workspace.journey
        if not privacy_gate(self.workspace, "csv"):  # (a workbook shows what the CSV shows)
            return False
        folder = documents_folder()
        name = suggested_name(journey.info.title, ".csv", folder=folder, fallback="citaten",
                              extra=" - citaten")
        path = self.prompts.save_path(
            self.tr("Citaten exporteren"), folder / name,
            self.tr("CSV-bestanden (*.csv);;Excel-werkmap (*.xlsx)"))
        if path is None:
            return False
        format_ = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
        if format_ == "csv":
            path = with_suffix(path, ".csv")
        try:
            from klantreis.exports.registry import Options, write  # (imported when first used)

            count = write(format_, journey, path, Options(quote_ids=tuple(quote_ids)))
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return False
        self.workspace.say(
            self.tr("%n citaat/citaten geëxporteerd naar {path}", "", count).format(path=path.name))
        return True
