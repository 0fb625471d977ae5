"""Tables from Excel workbooks (.xlsx): every cell as text, the first or a chosen worksheet,
formulas never run (their stored value, or an error of the row without one), and bad
workbooks refused with one Dutch message."""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest
from openpyxl import Workbook

from klantreis.io import workbook as workbook_module
from klantreis.io.quote_import import QUOTES, guess_mapping, plan_quote_import
from klantreis.io.respondent_import import RESPONDENTS, plan_respondent_import
from klantreis.io.table import read_table, sheet_names
from klantreis.io.workbook import cell_text, escape_text, unescape_text
from klantreis.model.errors import CsvError
from tests.conftest import make_small_journey
from tests.klantreis.io.test_quote_import import without_quotes

ARABIC = "في السنة الأولى تواصلت مع المستشار مرة واحدة فقط."
TIGRINYA = "ሰላም፡ ትምህርቲ ቋንቋ ኣዝዩ ከቢድ እዩ።"


def save(book: Workbook, path):
    book.save(path)
    return path


def workbook_with(tmp_path, sheets: dict[str, list[list]], name: str = "tabel.xlsx"):
    """A workbook with ``sheets`` (title -> rows); a str cell is always text, never a formula,
    unless it is wrapped as ("formula", "=...")."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for r, values in enumerate(rows, start=1):
            for c, value in enumerate(values, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c)
                if isinstance(value, tuple):
                    cell.value = value[1]  # a real formula
                else:
                    cell.value = value
                    if isinstance(value, str):
                        cell.data_type = "s"
    return save(book, tmp_path / name)


def with_stored_values(path, values: dict[str, str]):
    """Give formula cells of the first sheet the value Excel would have stored when saving
    (openpyxl itself writes formulas without one)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for coordinate, value in values.items():
        start = xml.index(f'<c r="{coordinate}"')
        end = xml.index("</c>", start)
        cell = xml[start:end].replace("<v></v>", "").replace("<v />", "").replace("<v/>", "")
        xml = xml[:start] + cell + f"<v>{value}</v>" + xml[end:]
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_every_cell_becomes_text_as_it_is_shown(tmp_path):
    path = workbook_with(tmp_path, {"Blad1": [
        ["tekst", "nummer", "getal", "datum", "moment", "waar", "leeg", "telefoon"],
        ["=SUM(A1)", 5, 2.5, datetime.date(2024, 3, 1), datetime.datetime(2024, 3, 1, 14, 30), True,
         None, "+31 6 12345678"],
        ["-2", 3.0, 0.1 + 0.2, datetime.datetime(2024, 12, 31), datetime.datetime(2024, 1, 2, 9, 5, 7),
         False, None, "@thuis"],
        [ARABIC, -7, 31612345678, None, None, None, None, TIGRINYA],
    ]})
    table = read_table(path)
    assert table.headers == ("tekst", "nummer", "getal", "datum", "moment", "waar", "leeg", "telefoon")
    assert table.rows == (
        ("=SUM(A1)", "5", "2.5", "2024-03-01", "2024-03-01 14:30:00", "TRUE", "", "+31 6 12345678"),
        ("-2", "3", "0.3", "2024-12-31", "2024-01-02 09:05:07", "FALSE", "", "@thuis"),
        (ARABIC, "-7", "31612345678", "", "", "", "", TIGRINYA),
    )
    assert table.lines == (2, 3, 4) and table.sheet == "Blad1" and table.delimiter == ""
    assert table.uncomputed == ()


def test_cell_text_of_each_kind_of_value():
    assert [cell_text(v) for v in (None, "x", 12, 12.0, -0.5, 31612345678.0, 1e20, True,
                                   datetime.time(8, 15), datetime.timedelta(hours=1, minutes=30))] == [
        "", "x", "12", "12", "-0.5", "31612345678", "1e+20", "TRUE", "08:15:00", "1:30:00"]


def test_empty_rows_are_left_out_and_lines_are_the_rows_of_the_sheet(tmp_path):
    path = workbook_with(tmp_path, {"Citaten": [
        [], [None, None], ["tekst", "bron", None], ["A", "r. 1"], [], ["", "  "], ["B"],
    ]})
    table = read_table(path)
    assert table.headers == ("tekst", "bron")
    assert table.rows == (("A", "r. 1"), ("B", ""))
    assert table.lines == (4, 7)


def test_a_value_right_of_the_header_is_a_column_without_a_name(tmp_path):
    path = workbook_with(tmp_path, {"Blad1": [["tekst", "bron"], ["A", "x", "te ver"]]})
    with pytest.raises(CsvError) as caught:
        read_table(path)
    assert caught.value.code == "csv_empty_header" and caught.value.params["column"] == 3
    assert str(caught.value) == f"Kolom 3 in de kopregel van '{path}' heeft geen naam."


def test_the_first_sheet_or_a_chosen_one(tmp_path):
    path = workbook_with(tmp_path, {
        "Uitleg": [["Toelichting"], ["Dit werkblad legt de kolommen uit."]],
        "Citaten": [["tekst", "contactmoment"], ["Te lang gewacht", "2"]],
        "Leeg": [],
    })
    assert sheet_names(path) == ("Uitleg", "Citaten", "Leeg")
    assert read_table(path).headers == ("Toelichting",)
    table = read_table(path, "Citaten")
    assert (table.sheet, table.headers, table.rows, table.lines) == (
        "Citaten", ("tekst", "contactmoment"), (("Te lang gewacht", "2"),), (2,))
    assert QUOTES.parse(path, sheet="Citaten") == table
    with pytest.raises(CsvError) as caught:
        read_table(path, "Blad9")
    assert caught.value.code == "xlsx_no_such_sheet"
    assert str(caught.value) == (f"'{path}' heeft geen werkblad 'Blad9'. De werkbladen zijn: "
                                 "'Uitleg', 'Citaten', 'Leeg'.")
    with pytest.raises(CsvError) as caught:
        read_table(path, "Leeg")
    assert str(caught.value) == (f"Werkblad 'Leeg' van '{path}' is leeg: er staat geen kopregel "
                                 "met kolomnamen in.")


def test_a_csv_file_has_no_sheets(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("tekst;bron\nA;x\n", encoding="utf-8")
    assert sheet_names(path) == ()
    assert read_table(path).sheet == ""


def test_a_header_error_names_the_sheet_when_there_are_several(tmp_path):
    path = workbook_with(tmp_path, {"Eerste": [["a"], ["1"]], "Tweede": [["tekst", "Tekst"], ["x", "y"]]})
    with pytest.raises(CsvError) as caught:
        read_table(path, "Tweede")
    assert str(caught.value) == (f"De kolomnaam 'Tekst' staat twee keer in de kopregel van "
                                 f"'{path}, werkblad Tweede'.")


def test_a_formula_is_never_run_its_stored_value_is_read(tmp_path):
    path = workbook_with(tmp_path, {"Blad1": [
        ["tekst", "contactmoment", "sentiment"],
        ["Lang gewacht", ("formula", "=1+1"), ("formula", '=CONCATENATE("-","1")')],
    ]})
    with_stored_values(path, {"B2": "2"})  # C2: never calculated (as openpyxl saves it)
    table = read_table(path)
    assert table.rows == (("Lang gewacht", "2", ""),)
    assert table.uncomputed == ((2, 2),)
    with zipfile.ZipFile(path) as archive:  # (the formulas really are in the file)
        assert "<f>1+1</f>" in archive.read("xl/worksheets/sheet1.xml").decode()


def test_a_formula_without_a_stored_value_is_an_error_of_its_row(tmp_path):
    journey = without_quotes(make_small_journey())
    path = workbook_with(tmp_path, {"Blad1": [
        ["tekst", "contactmoment", "opmerking"],
        ["Goed geholpen", "1", ("formula", "=NOW()")],  # (a column the import does not use)
        [("formula", '=HYPERLINK("http://x","klik")'), "2", None],
        ["Te laat", ("formula", "=1+2"), None],
    ]})
    table = read_table(path)
    assert table.rows == (("Goed geholpen", "1", ""), ("", "2", ""), ("Te laat", "", ""))
    assert table.uncomputed == ((2, 2), (3, 0), (4, 1))
    plan = plan_quote_import(journey, table, guess_mapping(table.headers))
    assert [e.text for e in plan.errors] == [
        "regel 3: De cel in kolom 'tekst' bevat een formule zonder opgeslagen uitkomst (Klantreis "
        "voert geen formules uit). Open het bestand in Excel, sla het op en probeer het opnieuw, of "
        "zet de waarde zelf in de cel.",
        "regel 4: De cel in kolom 'contactmoment' bevat een formule zonder opgeslagen uitkomst "
        "(Klantreis voert geen formules uit). Open het bestand in Excel, sla het op en probeer het "
        "opnieuw, of zet de waarde zelf in de cel."]
    assert not plan.ok and [q.text for q in plan.items] == ["Goed geholpen"]

    path = workbook_with(tmp_path, {"Blad1": [["code", "leeftijd"], ["R7", ("formula", "=30+5")],
                                              ["R8", "40"]]}, "respondenten.xlsx")
    plan = RESPONDENTS.plan(journey, RESPONDENTS.parse(path), {"code": None, "group": None})
    assert [(e.line, e.message.split(" bevat")[0]) for e in plan.errors] == [
        (2, "De cel in kolom 'leeftijd'")]
    assert [r.code for r in plan.items] == ["R8"] and not plan.ok


def test_respondents_from_a_chosen_sheet(tmp_path):
    journey = make_small_journey()
    path = workbook_with(tmp_path, {
        "Leeg blad": [["notities"]],
        "Respondenten": [["code", "groep", "leeftijdsklasse", "land"],
                         ["R5", "Focusgroep 1", "40-50", "Eritrea"], ["R6", None, 30, "Syrië"]],
    })
    plan = plan_respondent_import(journey, read_table(path, "Respondenten"))
    assert plan.ok
    assert [(r.code, r.group_id, r.attributes) for r in plan.items] == [
        ("R5", "g1", (("leeftijdsklasse", "40-50"), ("land", "Eritrea"))),
        ("R6", None, (("leeftijdsklasse", "30"), ("land", "Syrië")))]


def test_escaped_characters_come_back_as_they_were():
    for text in ("a\x0bb", "regel\r\nregel", "_x0041_ blijft", "_x005F_", "\x00\x1f", "gewoon"):
        stored = escape_text(text)
        assert "\x0b" not in stored and "\r" not in stored
        # (openpyxl hands an inline string over as it is stored)
        assert unescape_text(stored) == text
    assert escape_text("a\x0bb") == "a_x000B_b"
    assert escape_text("_x0041_") == "_x005F_x0041_"
    # a workbook saved by Excel: openpyxl already turned "_x005F_x0041_" into "_x0041_"
    assert unescape_text("_x0041_ en _x000A_") == "_x0041_ en \n"


# ----------------------------------------------------------------------------- bad workbooks

def _ole(payload: bytes) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + payload + b"\0" * 1024


def _zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


BAD = {
    "text named .xlsx": ("kapot.xlsx", b"tekst;bron\nA;x\n", "xlsx_not_workbook"),
    "random bytes": ("ruis.xlsx", bytes(range(256)) * 8, "xlsx_not_workbook"),
    "a truncated zip": ("half.xlsx", None, "xlsx_not_workbook"),
    "a zip that is no workbook": ("archief.xlsx", _zip_of({"leesmij.txt": b"hallo"}),
                                  "xlsx_not_workbook"),
    "a password": ("geheim.xlsx", _ole("EncryptedInfo".encode("utf-16-le") + b"\0\0"
                                       + "EncryptedPackage".encode("utf-16-le")), "xlsx_encrypted"),
    "an old .xls": ("oud.xls", _ole("Workbook".encode("utf-16-le")), "xlsx_old_format"),
    "an old .xls named .xlsx": ("oud.xlsx", _ole("Workbook".encode("utf-16-le")), "xlsx_old_format"),
    "a text saved as .xls": ("web.xls", b"<html><table></table></html>", "xlsx_old_format"),
    "an empty workbook": ("leeg.xlsx", "empty", "xlsx_empty_sheet"),
}
DUTCH = {
    "xlsx_not_workbook": "kan niet als Excel-werkmap (.xlsx) worden gelezen",
    "xlsx_encrypted": "is met een wachtwoord beveiligd",
    "xlsx_old_format": "is een oud Excel-bestand (.xls)",
    "xlsx_empty_sheet": "is leeg: er staat geen kopregel",
}


def _bad_file(tmp_path, name: str, content) -> object:
    path = tmp_path / name
    if content == "empty":
        Workbook().save(path)
    elif content is None:
        good = workbook_with(tmp_path, {"Blad1": [["tekst"], ["A"]]}, "goed.xlsx").read_bytes()
        path.write_bytes(good[: len(good) // 2])
    else:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_workbook_gives_one_clear_dutch_message(tmp_path, case):
    name, content, code = BAD[case]
    path = _bad_file(tmp_path, name, content)
    before = path.read_bytes()
    for read in (read_table, QUOTES.parse, RESPONDENTS.parse):
        with pytest.raises(CsvError) as caught:
            read(path)
        assert caught.value.code == code
        text = str(caught.value)
        assert DUTCH[code] in text and str(path) in text and "\n" not in text
    if code != "xlsx_empty_sheet":
        with pytest.raises(CsvError) as caught:
            sheet_names(path)
        assert caught.value.code == code
    assert path.read_bytes() == before  # (reading never writes)


def test_a_workbook_that_unpacks_too_large_is_refused(tmp_path, monkeypatch):
    path = workbook_with(tmp_path, {"Blad1": [["tekst"], ["A" * 5000]]})
    assert read_table(path).rows == (("A" * 5000,),)
    monkeypatch.setattr(workbook_module, "MAX_UNPACKED", 4000)
    with pytest.raises(CsvError) as caught:
        read_table(path)
    assert caught.value.code == "xlsx_too_large"


def test_the_messages_exist_in_english_too():
    from klantreis import messages

    messages.set_language("en")
    try:
        assert str(CsvError("xlsx_encrypted", path="x.xlsx")).startswith(
            "'x.xlsx' is protected with a password")
        assert str(CsvError("xlsx_old_format", path="x.xls")).startswith("'x.xls' is an old Excel file")
    finally:
        messages.set_language("nl")
