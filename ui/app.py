"""Starting the app: fonts, language, the first document, the main window."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QMessageBox

from klantreis import messages
from klantreis.io.files import example_copy
from klantreis.model.errors import KlantreisError
from klantreis.store.lock import ProjectLocked
from klantreis.ui.document import open_document
from klantreis.ui.fonts import apply_app_font, load_bundled_fonts

I18N_DIR = Path(str(resources.files("klantreis.ui").joinpath("i18n")))  # (the .qm files)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Klantreis")
    app.setOrganizationName("Klantreis")
    # the cards and arrows keep their drawing as pixmaps (device coordinate cache): room for
    # the visible part of a large journey (Qt's default of 10 MB holds about a hundred cards)
    QPixmapCache.setCacheLimit(96 * 1024)
    load_bundled_fonts()
    apply_app_font(app)
    return app


def install_language(app: QApplication, language: str | None) -> str:
    """Dutch is the source language; English comes from ui/i18n/klantreis_en.qm, Dutch plural
    forms from klantreis_nl.qm, Qt's own dialog texts from Qt's translations. The choice is
    remembered in QSettings."""
    settings = QSettings()
    language = language or str(settings.value("language", "nl"))
    language = "en" if language.startswith("en") else "nl"
    settings.setValue("language", language)
    messages.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch))
    for translator in app.findChildren(QTranslator, "klantreis"):
        app.removeTranslator(translator)
        translator.deleteLater()
    for folder, name in ((QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                          f"qtbase_{language}"),
                         (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                          f"qt_{language}"),
                         (str(I18N_DIR), f"qt_wording_{language}"),  # (our words for Qt's undo texts)
                         (str(I18N_DIR), f"klantreis_{language}")):
        translator = QTranslator(app)
        translator.setObjectName("klantreis")
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
    return language


def _look_anyway(text: str) -> bool:
    """At start-up, the file is open in another Klantreis: look at it read-only, or stop."""
    box = QMessageBox(QMessageBox.Icon.Question, "Klantreis", text)
    box.setInformativeText(QApplication.translate(
        "App", "U kunt het bestand alleen-lezen openen: u ziet alles, maar wijzigingen worden niet bewaard."))
    look = box.addButton(QApplication.translate("App", "Alleen lezen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("App", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is look


def run_app(file: str | None = None, screenshot: str | None = None,
            language: str | None = None) -> int:
    app = create_application()
    install_language(app, language)
    try:
        path = Path(file) if file else example_copy()
        try:
            document = open_document(path)
        except ProjectLocked as error:
            headless = app.platformName() in ("offscreen", "minimal")
            if screenshot or headless or not _look_anyway(str(error)):
                raise
            document = open_document(path, read_only=True)
    except KlantreisError as error:
        print(f"klantreis: {error}", file=sys.stderr)
        if not screenshot and app.platformName() not in ("offscreen", "minimal"):
            QMessageBox.warning(None, "Klantreis", str(error))
        return 2

    from klantreis.ui.main_window import MainWindow

    window = MainWindow(document)
    window.show()
    QTimer.singleShot(0, window.view.fit)
    if os.environ.get("KLANTREIS_QUIT_WHEN_SHOWN"):  # for the start-up benchmark (make bench)
        def shown() -> None:
            print("shown", flush=True)
            app.quit()
        QTimer.singleShot(0, shown)
        return app.exec()
    if screenshot:
        result = {"code": 0}

        def save() -> None:
            window.view.fit()
            print(f"{screenshot}: {window.windowTitle()}", flush=True)  # (what was shown)
            if not window.grab().save(screenshot):
                print(f"klantreis: {messages.message('write_failed', path=screenshot, reason='PNG')}",
                      file=sys.stderr)
                result["code"] = 2
            app.quit()

        QTimer.singleShot(600, save)
        app.exec()
        return result["code"]
    return app.exec()
