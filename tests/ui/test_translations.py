"""Dutch first, English through Qt Linguist files: every text translated, none left in Dutch."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from klantreis import messages
from klantreis.ui.app import I18N_DIR, create_application, install_language
from klantreis.ui.document import open_document
from klantreis.ui.main_window import MainWindow
from tests.conftest import RAALTE_JSON

EN_TS = I18N_DIR / "klantreis_en.ts"
SAME_IN_BOTH = {"Help", "Nederlands", "English", "Klantreis", "JSON…", "Transcript…"}


def _messages(path):
    return ET.parse(path).getroot().iter("message")


def test_every_text_has_an_english_translation():
    missing = []
    for message in _messages(EN_TS):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(source)
    assert missing == [], "run 'make translations' and translate these in ui/i18n/klantreis_en.ts"


def test_dutch_plural_forms_exist_for_every_count_text():
    for message in _messages(I18N_DIR / "klantreis_nl.ts"):
        forms = [f.text for f in message.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")


def _texts(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            yield action.menu().title()
            yield from _texts(action.menu())
        elif action.text():
            yield action.text()


@pytest.fixture
def english(qtbot):
    app = create_application()
    assert (I18N_DIR / "klantreis_en.qm").exists(), "build it with 'make qm' (lrelease)"
    install_language(app, "en")
    yield app
    install_language(app, "nl")
    QSettings().setValue("language", "nl")


def test_with_english_loaded_no_dutch_menu_titles_remain(qtbot, english, tmp_path):
    dutch = {m.findtext("source").replace("&", "") for m in _messages(EN_TS)} - SAME_IN_BOTH
    window = MainWindow(open_document(RAALTE_JSON))
    window.prompts.interactive = False
    qtbot.addWidget(window)
    titles = []
    for action in window.menuBar().actions():
        titles.append(action.menu().title())
        titles.extend(_texts(action.menu()))
    plain = [t.replace("&", "").split("\t")[0] for t in titles]
    assert "File" in plain and "Edit" in plain and "Undo" in plain
    left = [t for t in plain if t in dutch]
    assert left == []
    assert window.inspector.windowTitle() != "Eigenschappen"
    assert messages.language() == "en"


def test_the_language_choice_is_remembered(qtbot, english):
    assert QSettings().value("language") == "en"
    install_language(english, None)  # the next start, without --lang
    assert messages.language() == "en"


@pytest.mark.parametrize("name", ["klantreis_en", "klantreis_nl", "qt_wording_en", "qt_wording_nl"])
def test_the_committed_translations_are_built_from_the_current_ts(tmp_path, name):
    """The .qm files are kept in the repository (a wheel built from a clean clone needs them);
    lrelease gives the same bytes for the same .ts."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    built = tmp_path / f"{name}.qm"
    subprocess.run([lrelease, "-silent", str(I18N_DIR / f"{name}.ts"), "-qm", str(built)],
                   check=True, timeout=120)
    assert built.read_bytes() == (I18N_DIR / f"{name}.qm").read_bytes(), "run 'make qm'"


def test_labels_shared_by_several_widgets_are_translated_whichever_widget_asks(qtbot, english):
    """Texts made by a function for any widget (the assessments, the kinds of actor) have one
    fixed context, so English is found for the norms dock and the actors dialog alike."""
    from PySide6.QtWidgets import QWidget

    from klantreis.model.entities import ActorKind, Assessment
    from klantreis.ui.actors_dialog import actor_kind_labels
    from klantreis.ui.norm_page_view import assessment_labels

    widget = QWidget()
    qtbot.addWidget(widget)
    labels = assessment_labels(widget)
    assert (labels[Assessment.VOLDOET], labels[Assessment.DEELS], labels[Assessment.NIET]) == (
        "meets", "partly meets", "does not meet")
    assert actor_kind_labels(widget)[ActorKind.GEMEENTE] == "Municipality"
