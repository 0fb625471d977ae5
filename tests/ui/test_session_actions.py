"""The Sessie menu: its windows open, and quotes export to a CSV file Excel reads."""

from __future__ import annotations

from klantreis.io.table import read_table


def test_export_all_quotes_to_csv_from_the_menu(raalte, tmp_path):
    from klantreis.model.edits import Insert
    from klantreis.model.entities import Quote

    raalte.document.apply(Insert(Quote("q-new", "Ik kreeg een brief.", touchpoint_id="tp-c4",
                                       respondent_id="r-r1")))
    target = tmp_path / "citaten"
    raalte.prompts.save_path = lambda *_args: target
    checked = []
    raalte.prompts.run_dialog = lambda dialog: checked.append(dialog) or True  # "Toch exporteren"
    raalte.sessions.actions["export_quotes"].trigger()
    assert checked and checked[0].groups  # R1 and her attributes stand out: the check said so
    written = tmp_path / "citaten.csv"
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = read_table(written)
    assert len(table.rows) == raalte.document.journey.count("quote") == 39
    assert "kenmerk: geslacht" in table.headers  # R1's attributes, as columns
    row = table.rows[-1]
    assert row[table.headers.index("kenmerk: geslacht")] == "vrouw"
    assert row[table.headers.index("respondent")] == "R1"
    assert "citaten.csv" in raalte.statusBar().currentMessage()


def test_an_unwritable_export_says_why_and_writes_nothing(raalte, tmp_path):
    raalte.prompts.run_dialog = lambda dialog: True
    raalte.prompts.save_path = lambda *_args: tmp_path / "geen-map" / "citaten.csv"
    assert raalte.sessions.export_all() is False
    assert "geen-map" in raalte.statusBar().currentMessage()
    assert not (tmp_path / "geen-map").exists()


def test_the_session_menu_lists_capture_docks_and_windows(raalte):
    texts = [a.text() for a in raalte.session_menu.actions() if a.text()]
    assert texts[0] == "&Live vastleggen"
    for expected in ("&Citatenoverzicht…", "&Twee werelden…", "Citaten &importeren (CSV, Excel)…",
                     "&Respondenten importeren (CSV, Excel)…", "Citaten &exporteren (CSV, Excel)…"):
        assert expected in texts
    browser = raalte.sessions.open_browser()
    assert browser.isVisible() and raalte.sessions.open_browser() is browser
    worlds = raalte.sessions.open_worlds()
    assert worlds.isVisible()


def test_open_windows_follow_when_another_project_is_opened(raalte, tmp_path):
    from klantreis.model.entities import JourneyInfo
    from klantreis.model.journey import Journey
    from klantreis.store import Project
    from klantreis.ui.document import open_document

    browser = raalte.sessions.open_browser()
    worlds = raalte.sessions.open_worlds()
    assert browser.model.rowCount() == 38 and len(worlds.rows) == 26
    path = tmp_path / "leeg.klantreis"
    Project.create(path, Journey(JourneyInfo(title="Leeg"))).close()
    raalte.show_document(open_document(path))
    assert raalte.sessions.browser is browser and browser.isVisible()
    assert browser.document is raalte.document and browser.model.rowCount() == 0
    assert worlds.document is raalte.document and worlds.rows == [] and worlds.table.topLevelItemCount() == 0
