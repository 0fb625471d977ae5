"""The Bestand menu: new from a template, recent files, a copy, JSON import and export."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from klantreis.io import interchange
from klantreis.io.files import convert
from klantreis.store.project import open_project
from klantreis.ui.opening import recent_files, templates
from tests.conftest import RAALTE_JSON, TEMPLATE_JSON
from tests.ui.helpers import state


def test_the_bundled_journeys_are_offered_as_templates():
    titles = [title for _, title, _ in templates()]
    assert "Sjabloon: route Wet inburgering 2021" in titles
    assert "Klantreis inburgering statushouders Raalte" in titles


def test_new_from_a_template_is_untitled_until_the_first_change(qtbot, raalte, tmp_path):
    window = raalte
    target = tmp_path / "dalfsen.klantreis"
    window.prompts.save_path = lambda *args: target
    assert window.opener.new_from(str(TEMPLATE_JSON))
    assert window.document.untitled and "nog niet bewaard" in window.windowTitle()
    template_text = TEMPLATE_JSON.read_text(encoding="utf-8")
    window.scene.select_only(["tp-koppeling"])
    window.editor.actions["delete"].trigger()
    assert not window.document.untitled and target.exists()
    assert "alles opgeslagen" in window.windowTitle()
    assert "tp-koppeling" not in {tp.id for tp in open_project(target).touchpoints}
    assert TEMPLATE_JSON.read_text(encoding="utf-8") == template_text  # template unchanged
    assert recent_files()[0] == str(target.resolve())


def test_a_new_empty_journey_starts_with_nothing(qtbot, raalte):
    window = raalte
    window.opener.new_from("")
    assert window.document.journey.count("touchpoint") == 0
    assert window.document.untitled


def test_recent_files_lists_opened_projects_newest_first(qtbot, raalte, tmp_path):
    QSettings().setValue("recent_files", [])
    window = raalte
    other = tmp_path / "ander.klantreis"
    window.prompts.save_path = lambda *args: other
    assert window.opener.import_json_file(TEMPLATE_JSON)
    first = window.document.path
    assert window.opener.open_path(tmp_path / "raalte.klantreis")
    assert recent_files()[:2] == [str((tmp_path / "raalte.klantreis").resolve()),
                                  str(first.resolve())]
    window.files._fill_recent()
    names = [a.text() for a in window.files.recent_menu.actions() if a.text()]
    assert names[0] == "&1 raalte.klantreis" and names[1] == "&2 ander.klantreis"
    window.files.recent_menu.actions()[1].trigger()  # open the other one from the menu
    assert window.document.path == other


def test_save_copy_writes_the_project_elsewhere_and_stays_on_the_original(qtbot, raalte, tmp_path):
    window = raalte
    original = window.document.path
    copy = tmp_path / "kopie"
    window.prompts.save_path = lambda *args: copy
    window.files.save_copy()
    written = tmp_path / "kopie.klantreis"
    assert interchange.dumps(open_project(written)) == state(window)
    assert window.document.path == original


def test_save_copy_over_the_open_project_is_refused(qtbot, raalte):
    window = raalte
    window.prompts.save_path = lambda *args: window.document.path
    before = window.document.path.read_bytes()
    window.files.save_copy()
    assert "andere naam" in window.statusBar().currentMessage()
    assert window.document.path.read_bytes() == before


def test_import_json_creates_a_project_at_once(qtbot, raalte, tmp_path):
    window = raalte
    target = tmp_path / "import.klantreis"
    window.prompts.save_path = lambda *args: target
    assert window.opener.import_json_file(RAALTE_JSON)
    assert window.document.project is not None and target.exists()
    assert interchange.dumps(open_project(target)) == interchange.dumps(
        interchange.load_json(RAALTE_JSON))


def test_import_of_a_broken_json_says_why_and_keeps_the_open_project(qtbot, raalte, tmp_path):
    window = raalte
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": "klantreis", "version": 1, "phases": [', encoding="utf-8")
    path = window.document.path
    assert not window.opener.import_json_file(broken)
    assert "kapot.json" in window.statusBar().currentMessage()
    assert window.document.path == path


def test_export_json_leaves_internal_notes_out(qtbot, raalte, tmp_path):
    window = raalte
    journey = window.document.journey
    from klantreis.model import edits

    tp = journey.touchpoint("tp-b1")
    window.document.apply(edits.Update(replace(tp, internal_note="Alleen voor het team")))
    target = tmp_path / "uit.json"
    assert window.files.export_json_file(target)
    text = target.read_text(encoding="utf-8")
    assert "Alleen voor het team" not in text
    assert json.loads(text)["format"] == "klantreis"
    assert interchange.load_json(target).count("touchpoint") == journey.count("touchpoint")
    assert "zonder interne notities" in window.statusBar().currentMessage()


def test_a_second_project_opens_in_its_own_window_and_takes_a_paste(qtbot, raalte, tmp_path):
    from klantreis.io.files import convert

    other_path = tmp_path / "sjabloon.klantreis"
    convert(TEMPLATE_JSON, other_path)
    raalte.prompts.open_path = lambda *_args: other_path
    raalte.files.actions["open_window"].trigger()
    windows = [w for w in QApplication.topLevelWidgets()
               if getattr(w, "document", None) is not None and w.document.path == other_path]
    assert len(windows) == 1
    other = windows[0]
    qtbot.addWidget(other)
    assert raalte.document.path != other_path  # the first window keeps its project
    raalte.scene.select_only(["tp-a1"])
    raalte.editor.actions["copy"].trigger()
    count = other.document.journey.count("touchpoint")
    other.editor.actions["paste"].trigger()
    assert other.document.journey.count("touchpoint") == count + 1
    assert interchange.dumps(open_project(other_path)) == state(other)


def test_a_project_open_elsewhere_can_be_looked_at_read_only(qtbot, raalte):
    from dataclasses import replace

    from klantreis.model.edits import Update

    path = raalte.document.project.path
    asked = []
    raalte.prompts.read_only = lambda text: asked.append(text) or True
    raalte.prompts.open_path = lambda *_args: path
    window = raalte.opener.open_in_new_window()
    try:
        assert window is not None and asked and "ander venster" in asked[0]
        assert window.document.read_only and "alleen lezen" in window.windowTitle()
        before = path.read_bytes()
        tp = window.document.journey.touchpoints[0]
        assert not window.document.apply(Update(replace(tp, title="Niet bewaard")))
        assert "alleen-lezen" in window.statusBar().currentMessage()
        assert path.read_bytes() == before and window.document.journey.touchpoints[0] == tp
        raalte.prompts.read_only = lambda text: False  # cancel: nothing opens
        assert raalte.opener.open_in_new_window() is None
    finally:
        window.close()


def test_a_project_changed_by_another_writer_is_offered_again(qtbot, raalte):
    """Another program wrote the file while it was open here: the edit is refused, nothing is
    overwritten, and opening it again shows what the other wrote."""
    import sqlite3

    window = raalte
    path = window.document.path
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE touchpoints SET title = 'Door een ander' WHERE id = 'tp-a1'")
    conn.close()
    asked = []
    window.prompts.reload = lambda text: asked.append(text) or True
    window.scene.select_only(["tp-a2"])
    window.editor.actions["delete"].trigger()
    assert asked and "buiten dit venster gewijzigd" in asked[0]
    qtbot.waitUntil(lambda: window.document.journey.touchpoint("tp-a1").title == "Door een ander")
    assert window.document.journey.find("touchpoint", "tp-a2") is not None  # (refused, not lost)
    window.scene.select_only(["tp-a2"])
    window.editor.actions["delete"].trigger()  # editing goes on, on the file as it is now
    assert open_project(path).find("touchpoint", "tp-a2") is None
    assert open_project(path).touchpoint("tp-a1").title == "Door een ander"


def test_what_opening_noticed_is_shown_once(qtbot, raalte, tmp_path):
    """A -wal of another database beside a project: set aside, and the window says so."""
    import sqlite3

    from klantreis.io.files import convert

    other = tmp_path / "ander.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE x (y)")
    target = tmp_path / "tweede.klantreis"
    convert(RAALTE_JSON, target)
    (tmp_path / "tweede.klantreis-wal").write_bytes((tmp_path / "ander.db-wal").read_bytes())
    conn.close()
    window = raalte
    assert window.opener.open_path(target)
    qtbot.waitUntil(lambda: "niet bij dit project horen" in window.statusBar().currentMessage())
    assert window.document.journey.count("touchpoint") == 26
    assert not (tmp_path / "tweede.klantreis-wal").exists()


def test_suggested_file_names_are_valid_on_windows(qtbot, raalte):
    from dataclasses import replace as change

    from klantreis.model.edits import SetInfo

    window = raalte
    journey = window.document.journey
    window.document.apply(SetInfo(change(journey.info, title="Thuis in Raalte?")))
    assert window.files.suggested_path(".pdf").name == "Thuis in Raalte.pdf"
    assert window.files.suggested_path(".klantreis", " (kopie)").name == "Thuis in Raalte (kopie).klantreis"


def test_two_projects_in_two_windows_of_one_process_stay_apart(qtbot, raalte, tmp_path):
    """Nothing assumes one global document: each window edits, undoes and shows its own."""
    from klantreis.model.edits import Update

    other_path = tmp_path / "ander.klantreis"
    convert(RAALTE_JSON, other_path)
    raalte.prompts.open_path = lambda *_args: other_path
    other = raalte.opener.open_in_new_window()
    try:
        assert other is not None and other.document is not raalte.document
        assert other.workspace is not raalte.workspace and other.prompts is not raalte.prompts
        for window, title in ((raalte, "Hier"), (other, "Daar")):
            tp = window.document.journey.touchpoint("tp-a1")
            assert window.document.apply(Update(replace(tp, title=title)))
            window.scene.select_only(["tp-a1"])
            assert window.inspector.fields["touchpoint"]["title"].text() == title
        assert open_project(raalte.document.path).touchpoint("tp-a1").title == "Hier"
        assert open_project(other_path).touchpoint("tp-a1").title == "Daar"
        other.undo_action.trigger()  # undoes the other window's step only
        assert other.document.journey.touchpoint("tp-a1").title != "Daar"
        assert raalte.document.journey.touchpoint("tp-a1").title == "Hier"
        assert raalte.undo_action.text() == "Ongedaan maken: " + raalte.document.undo_stack.undoText()
        raalte.undo_action.trigger()
        assert raalte.document.journey.touchpoint("tp-a1").title == "Aankomst, opvang en registratie"
        assert open_project(other_path).touchpoint("tp-a1").title == "Aankomst, opvang en registratie"
    finally:
        other.close()
