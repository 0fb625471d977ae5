"""Excel workbooks in the Sessie menu: quotes export to .xlsx (from the menu and from the quote
browser) after the same privacy check as the CSV, and the quote and respondent imports read a
workbook, with a sheet chooser when it has more than one sheet. Bad workbooks change nothing."""

from __future__ import annotations

import zipfile

import pytest

from klantreis.io.table import read_table
from klantreis.model.edits import Insert
from klantreis.model.entities import Quote, Sentiment
from klantreis.model.errors import CsvError
from klantreis.ui.csv_import_dialog import QuoteImportDialog, RespondentImportDialog
from klantreis.ui.privacy_check_dialog import PrivacyCheckDialog
from klantreis.ui.session_actions import SessionActions
from tests.klantreis.io.test_table_xlsx import BAD, _bad_file, workbook_with
from tests.ui.helpers import on_disk, state

QUOTE_ROWS = [
    ["tekst", "contactmoment", "respondent", "sentiment", "taal"],
    ["De woning was te klein.", 5, "R1", -1, "nl"],
    ["=ZO ZEI ZE HET", "Asielbeslissing en verblijfsvergunning", "R7", "negatief", "nl"],
    ["Fijn dat de buurvrouw hielp.", None, "U2", "+2", "en"],
]
FORMULA_NOTE = ("De cel in kolom 'tekst' bevat een formule zonder opgeslagen uitkomst (Klantreis "
                "voert geen formules uit). Open het bestand in Excel, sla het op en probeer het "
                "opnieuw, of zet de waarde zelf in de cel.")


@pytest.fixture
def sessions(desk):
    return SessionActions(desk.workspace, desk.canvas, desk.host)


def _answer(desk, check=None, accept: bool = True) -> list:
    """Replace the modal loop: record the dialog, look at it (``check``), accept or cancel it."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        if check is not None:
            check(dialog)
        if isinstance(dialog, PrivacyCheckDialog):
            return accept  # ("Toch exporteren")
        dialog.accept() if accept else dialog.reject()
        return dialog.result() == dialog.DialogCode.Accepted
    desk.prompts.run_dialog = run
    return seen


# ----------------------------------------------------------------------------- export


@pytest.mark.parametrize("name", ["citaten.xlsx", "CITATEN.XLSX"])
def test_the_menu_exports_all_quotes_to_a_workbook_after_the_privacy_check(desk, sessions, tmp_path, name):
    desk.document.apply(Insert(Quote("q-new", "=HYPERLINK(\"http://x\")", touchpoint_id="tp-c4",
                                     respondent_id="r-r1")))
    asked = []
    desk.prompts.save_path = lambda title, suggestion, filters: asked.append(filters) or tmp_path / name
    seen = _answer(desk)
    sessions.actions["export_quotes"].trigger()
    assert len(seen) == 1 and isinstance(seen[0], PrivacyCheckDialog) and seen[0].groups
    assert asked == ["CSV-bestanden (*.csv);;Excel-werkmap (*.xlsx)"]
    written = tmp_path / name
    assert written.read_bytes().startswith(b"PK\x03\x04")
    assert not list(tmp_path.glob("*.csv"))
    table = read_table(written)
    assert table.sheet == "Citaten"
    assert len(table.rows) == desk.document.journey.count("quote") == 39
    row = dict(zip(table.headers, table.rows[-1], strict=True))
    assert row["tekst"] == "=HYPERLINK(\"http://x\")" and row["respondent"] == "R1"
    assert row["kenmerk: geslacht"] == "vrouw"
    with zipfile.ZipFile(written) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
    assert desk.statusBar().currentMessage() == f"39 citaten geëxporteerd naar {name}"


def test_a_cancelled_privacy_check_writes_no_workbook(desk, sessions, tmp_path):
    desk.document.apply(Insert(Quote("q-new", "Ik kreeg een brief.", touchpoint_id="tp-c4",
                                     respondent_id="r-r1")))
    desk.prompts.save_path = lambda *_args: pytest.fail("no file is asked for")
    seen = _answer(desk, accept=False)
    assert sessions.export_all() is False
    assert len(seen) == 1 and list(tmp_path.glob("*.xlsx")) == []


def test_an_unwritable_workbook_says_why_and_writes_nothing(desk, sessions, tmp_path):
    _answer(desk)
    desk.prompts.save_path = lambda *_args: tmp_path / "geen-map" / "citaten.xlsx"
    assert sessions.export_all() is False
    assert "geen-map" in desk.statusBar().currentMessage()
    assert not (tmp_path / "geen-map").exists()


def test_the_browser_exports_its_shown_quotes_to_a_workbook(desk, sessions, tmp_path, qtbot):
    browser = sessions.open_browser()
    qtbot.addWidget(browser)
    box = browser.filters["perspective"]
    box.setCurrentIndex(box.findText("uitvoerders"))
    shown = browser.visible_quote_ids()
    assert 0 < len(shown) < desk.document.journey.count("quote")
    desk.prompts.save_path = lambda *_args: tmp_path / "uitvoerders.xlsx"
    _answer(desk)
    browser.export_button.click()
    journey = desk.document.journey
    rows = read_table(tmp_path / "uitvoerders.xlsx").rows
    assert [row[8] for row in rows] == [journey.quote(q).text for q in shown]
    assert {row[5] for row in rows} == {"uitvoerder"}


# ----------------------------------------------------------------------------- import


def test_the_imports_offer_csv_and_excel_files(desk, sessions):
    asked = []
    desk.prompts.open_path = lambda title, start, filters: asked.append((title, filters)) and None
    assert sessions.import_quotes() is False and sessions.import_respondents() is False
    assert asked == [("CSV-bestand of Excel-werkmap kiezen",
                      "Tabellen (*.csv *.txt *.xlsx);;CSV-bestanden (*.csv *.txt);;"
                      "Excel-werkmappen (*.xlsx);;Alle bestanden (*)")] * 2


def test_quotes_from_the_chosen_sheet_of_a_workbook_in_one_undo_step(desk, sessions, tmp_path):
    path = workbook_with(tmp_path, {"Uitleg": [["Toelichting"], ["Zie het tweede werkblad."]],
                                    "Citaten": QUOTE_ROWS})
    desk.prompts.open_path = lambda *_args: path
    before = state(desk)
    count = desk.document.journey.count("quote")

    def check(dialog):
        assert dialog.windowTitle() == "Citaten importeren uit Excel"
        assert not dialog.sheet_row.isHidden()
        assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == [
            "Uitleg", "Citaten"]
        assert dialog.sheet == "Uitleg" and dialog.plan is None  # (no quote text in it)
        assert dialog.error_label.text() == str(CsvError("csv_mapping_no_text", field="Citaattekst"))
        dialog.sheet_box.setCurrentText("Citaten")
        assert dialog.sheet == "Citaten"
        assert dialog.file_label.text() == "Bestand: tabel.xlsx · werkblad: Citaten · 3 rijen"
        assert dialog.mapping_boxes["text"].currentData() == "tekst"
        assert dialog.mapping_boxes["sentiment"].currentData() == "sentiment"
        assert dialog.plan.ok and len(dialog.plan.items) == 3 and dialog.import_button.isEnabled()
        assert dialog.error_label.isHidden()
        assert dialog.preview.item(1, 1).text() == "=ZO ZEI ZE HET"

    seen = _answer(desk, check)
    assert sessions.import_quotes() is True
    assert len(seen) == 1
    journey = desk.document.journey
    added = journey.quotes[count:]
    assert [(q.text, q.touchpoint_id, journey.respondent(q.respondent_id).code, q.sentiment)
            for q in added] == [
        ("De woning was te klein.", "tp-b2", "R1", Sentiment.NEGATIVE),
        ("=ZO ZEI ZE HET", "tp-a2", "R7", Sentiment.NEGATIVE),
        ("Fijn dat de buurvrouw hielp.", None, "U2", Sentiment.VERY_POSITIVE)]
    assert desk.statusBar().currentMessage() == "3 citaten geïmporteerd uit tabel.xlsx"
    assert on_disk(desk) == state(desk) and desk.document.undo_stack.count() == 1
    desk.undo_action.trigger()
    assert state(desk) == before == on_disk(desk)


def test_a_workbook_of_one_sheet_shows_no_chooser(desk, tmp_path):
    path = workbook_with(tmp_path, {"Blad1": QUOTE_ROWS})
    dialog = QuoteImportDialog(desk.document.journey, path, desk.host)
    assert dialog.sheets == ("Blad1",) and dialog.sheet_row.isHidden()
    assert dialog.plan.ok and len(dialog.plan.items) == 3
    csv = tmp_path / "c.csv"
    csv.write_text("tekst;contactmoment\nA;1\n", encoding="utf-8")
    dialog = QuoteImportDialog(desk.document.journey, csv, desk.host)
    assert dialog.sheets == () and dialog.sheet_row.isHidden()
    assert dialog.windowTitle() == "Citaten importeren uit CSV"
    assert "puntkomma (;)" in dialog.file_label.text()


def test_a_formula_without_a_stored_value_is_a_bad_row_and_nothing_is_imported(desk, tmp_path):
    rows = [list(r) for r in QUOTE_ROWS]
    rows[2][0] = ("formula", '=CONCATENATE("Te ","laat")')
    path = workbook_with(tmp_path, {"Blad1": rows})
    before = state(desk)
    dialog = QuoteImportDialog(desk.document.journey, path, desk.host)
    assert [dialog.errors.item(i).text() for i in range(dialog.errors.count())] == [
        f"regel 3: {FORMULA_NOTE}"]
    assert not dialog.import_button.isEnabled() and not dialog.plan.ok
    _answer(desk)
    from klantreis.ui.csv_import_dialog import import_quotes

    assert import_quotes(desk.workspace, path) is False
    assert state(desk) == before and desk.document.undo_stack.count() == 0


def test_respondents_from_a_workbook_a_sheet_with_names_is_refused(desk, sessions, tmp_path):
    path = workbook_with(tmp_path, {
        "Met namen": [["code", "naam"], ["R20", "Fatima"]],
        "Codes": [["code", "groep", "geslacht", "jaren in NL"],
                  ["R20", "Focusgroep statushouders (Eritrea)", "vrouw", 3], ["R21", None, "man", 1.5]],
    }, "respondenten.xlsx")
    desk.prompts.open_path = lambda *_args: path
    before = state(desk)

    def check(dialog):
        assert isinstance(dialog, RespondentImportDialog)
        assert dialog.windowTitle() == "Respondenten importeren uit Excel"
        assert dialog.error_label.text() == str(CsvError("csv_personal_data", column="naam"))
        assert dialog.plan is None and not dialog.code_box.isEnabled()
        dialog.choose_sheet("Codes")
        assert dialog.sheet_box.currentText() == "Codes" and dialog.error_label.isHidden()
        assert dialog.code_box.isEnabled() and dialog.code_box.currentData() == "code"
        assert dialog.group_box.currentData() == "groep"
        assert dialog.plan.ok and dialog.new_attributes_label.text() == (
            "Nieuwe kenmerken voor dit project: jaren in NL")
        dialog.choose_sheet("Met namen")  # and back: refused again
        assert dialog.plan is None and not dialog.import_button.isEnabled()
        dialog.choose_sheet("Codes")

    _answer(desk, check)
    assert sessions.import_respondents() is True
    journey = desk.document.journey
    assert [(r.code, r.group_id, r.attributes) for r in journey.respondents[13:]] == [
        ("R20", "fg-statushouders-er", (("geslacht", "vrouw"), ("jaren in NL", "3"))),
        ("R21", None, (("geslacht", "man"), ("jaren in NL", "1.5")))]
    assert desk.document.undo_stack.count() == 1
    desk.undo_action.trigger()
    assert state(desk) == before == on_disk(desk)


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_workbook_is_refused_in_red_and_changes_nothing(desk, sessions, tmp_path, case):
    name, content, code = BAD[case]
    path = _bad_file(tmp_path, name, content)
    before = state(desk)
    desk.prompts.open_path = lambda *_args: path
    seen = []

    def check(dialog):
        seen.append(dialog.error_label.text())
        assert not dialog.error_label.isHidden() and dialog.plan is None
        assert not dialog.import_button.isEnabled() and dialog.preview.rowCount() == 0
        assert dialog.sheet_row.isHidden()

    _answer(desk, check)
    assert sessions.import_quotes() is False
    assert sessions.import_respondents() is False
    expected = str(CsvError(code, path=str(path), sheet="Sheet"))
    assert seen == [expected, expected]
    assert state(desk) == before == on_disk(desk) and desk.document.undo_stack.count() == 0
