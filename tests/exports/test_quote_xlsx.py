"""Quotes to an Excel workbook, and back: the same rows and columns as the CSV, every cell text
(never a formula), a usable sheet (bold header, frozen panes, autofilter, widths, wrapped quotes),
the same bytes for the same input, and the round trip through the import."""

from __future__ import annotations

import re
import time
import zipfile
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from klantreis.exports import quote_xlsx, registry
from klantreis.exports.quote_csv import export_quotes as export_csv
from klantreis.exports.quote_csv import export_rows
from klantreis.exports.quote_xlsx import MAX_WIDTH, export_quotes
from klantreis.io import interchange
from klantreis.io.quote_columns import EXPORT_COLUMNS
from klantreis.io.quote_import import guess_mapping, import_edit, plan_quote_import
from klantreis.io.table import read_table
from klantreis.io.workbook import unescape_text
from klantreis.model.entities import PrivacySettings, Quote, Respondent, Sentiment
from klantreis.model.errors import KlantreisError
from main import main
from tests.conftest import EXAMPLES, RAALTE_JSON, make_small_journey
from tests.exports.conftest import LONG_ARABIC, multilingual
from tests.exports.test_quote_csv import fields_except_id
from tests.klantreis.io.test_quote_import import without_quotes

RISKY = ["=SUM(A1)", '=HYPERLINK("http://x","klik")', "+31 6 12345678", "-2", "-ik wist het niet",
         "@home", "'gewoon", "  spaties rondom  ", "_x0041_ is geen A", "regel 1\nregel 2"]


def sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def cells(path) -> list[list[str]]:
    """Every cell as Excel shows it ("" for an empty cell), read by openpyxl without evaluating
    anything; Excel reads "_x005F_" as "_" (openpyxl leaves that to us)."""
    book = load_workbook(path)
    try:
        return [["" if v is None else unescape_text(v) for v in row]
                for row in book.active.iter_rows(values_only=True)]
    finally:
        book.close()


def test_the_same_rows_and_columns_as_the_csv_and_every_cell_text(tmp_path):
    journey = make_small_journey()
    journey.add(Respondent("r2", "R2", "g1", (("leeftijdsklasse", "50+"), ("geheim", "LEK"))))
    journey.add(Quote("q5", "Van R2", touchpoint_id="t1", respondent_id="r2", group_id="g1"))
    journey.add(Quote("q6", "Alleen voor ons", touchpoint_id="t2", internal=True))
    journey.set_info(replace(journey.info, attribute_names=("leeftijdsklasse", "geheim"),
                             privacy=PrivacySettings(private_attributes=("geheim",))))
    quotes = [journey.quote(i) for i in ("q3", "q1", "q6", "q2", "q5")]
    path = tmp_path / "uit.xlsx"
    assert export_quotes(journey, quotes, path) == 4
    rows = cells(path)
    assert rows == export_rows(journey, quotes)
    assert rows[0] == [*EXPORT_COLUMNS, "kenmerk: leeftijdsklasse"]
    assert rows[2] == ["2", "Intake", "Aankomst", "R1", "Focusgroep 1", "client", "-1", "ar",
                       journey.quote("q1").text, journey.quote("q1").translation, "tolk",
                       "letterlijk", "", "taal", "", "30-40"]
    assert [r[8] for r in rows[1:]] == ["Nog niet geplaatst", journey.quote("q1").text,
                                        journey.quote("q2").text, "Van R2"]
    assert rows[4][-1] == "50+"
    export_csv(journey, quotes, tmp_path / "uit.csv")
    assert read_table(tmp_path / "uit.csv").rows == read_table(path).rows
    xml = sheet_xml(path)
    kinds = re.findall(r'<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?( t="[a-zA-Z]+")?', xml)
    assert len(kinds) == 5 * 16 and set(kinds) == {' t="inlineStr"'}  # every cell: text
    assert "Alleen voor ons" not in xml and "geheim" not in xml and "LEK" not in xml


def test_texts_that_look_like_formulas_stay_text_both_ways(tmp_path):
    journey = make_small_journey()
    for n, text in enumerate(RISKY):
        journey.add(Quote(f"q-risk{n}", text, touchpoint_id="t1", sentiment=Sentiment.NEGATIVE,
                          source="=1+1" if n == 0 else "", tags=("@label",) if n == 1 else ()))
    path = tmp_path / "risico.xlsx"
    export_quotes(journey, journey.quotes, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            assert not re.search(rb"<(?:\w+:)?f[\s>/]", archive.read(name)), name
    rows = cells(path)
    texts = [row[8] for row in rows[1:]]
    assert texts[-len(RISKY):] == RISKY  # exactly: no apostrophe in front
    assert rows[-len(RISKY)][12] == "=1+1" and rows[-len(RISKY) + 1][13] == "@label"
    assert {row[6] for row in rows[-len(RISKY):]} == {"-1"}
    table = read_table(path)
    assert [row[8] for row in table.rows] == [q.text for q in journey.quotes]
    plan = plan_quote_import(without_quotes(make_small_journey()), table, guess_mapping(table.headers))
    # (the import strips cells, as it does a CSV's)
    assert plan.ok and [q.text for q in plan.items] == [q.text.strip() for q in journey.quotes]
    assert plan.items[-len(RISKY)].source == "=1+1" and plan.items[-len(RISKY) + 1].tags == ("@label",)


def test_round_trip_of_the_raalte_example_gives_what_the_csv_gives(tmp_path):
    original = interchange.load_json(RAALTE_JSON)
    secret = original.quotes[5]
    original.update(replace(secret, internal=True))
    shared = [q for q in original.quotes if not q.internal]
    results = {}
    for suffix, export in ((".csv", export_csv), (".xlsx", export_quotes)):
        path = tmp_path / f"raalte{suffix}"
        assert export(original, original.quotes, path) == len(shared)
        target = interchange.load_json(RAALTE_JSON)
        for norm in target.norms:
            target.remove("norm", norm.id)
        target = without_quotes(target)
        table = read_table(path)
        plan = plan_quote_import(target, table, guess_mapping(table.headers), captured_at="2025-01-01")
        assert plan.errors == () and plan.ok
        results[suffix] = [fields_except_id(q) for q in plan.items]
        import_edit(plan).apply(target)
        assert target.count("quote") == len(shared)
    assert results[".xlsx"] == results[".csv"] == [fields_except_id(q) for q in shared]
    assert secret.text not in sheet_xml(tmp_path / "raalte.xlsx")


def test_arabic_and_tigrinya_come_back_intact(tmp_path):
    journey = multilingual()
    path = tmp_path / "talen.xlsx"
    export_quotes(journey, journey.quotes, path)
    table = read_table(path)
    by_text = {row[8]: row for row in table.rows}
    assert LONG_ARABIC in by_text and "ሰላም፡ ትምህርቲ ቋንቋ ኣዝዩ ከቢድ እዩ።" in by_text
    assert "زبان هلندی سخت است ولی کلاس‌ها خیلی کم است." in by_text  # (with its zero-width joiner)
    assert by_text[LONG_ARABIC][7] == "ar" and by_text[LONG_ARABIC][9].startswith("De school in Deventer")
    assert [row[8] for row in table.rows] == [q.text for q in journey.quotes if not q.internal]


def test_a_usable_sheet_bold_header_frozen_panes_filter_widths_and_wrapped_quotes(tmp_path):
    journey = multilingual()
    path = tmp_path / "opmaak.xlsx"
    export_quotes(journey, journey.quotes, path)
    book = load_workbook(path)
    sheet = book.active
    assert book.sheetnames == ["Citaten"]
    rows = sheet.max_row
    assert rows == 1 + len([q for q in journey.quotes if not q.internal])
    assert all(cell.font.b for cell in sheet[1]) and not any(cell.font.b for cell in sheet[2])
    assert sheet.freeze_panes == "A2"
    assert sheet.max_column == 15 + 10  # (the attributes of R1, R2 and R7 as columns)
    assert sheet.auto_filter.ref == f"A1:Y{rows}"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKLMNO"}
    assert widths["I"] == MAX_WIDTH  # the long quotes: capped
    assert widths["A"] == 8 and widths["H"] == 8  # "nummer", "taal": short
    assert 8 < widths["D"] < 20  # "respondent"
    assert all(w <= MAX_WIDTH for w in widths.values())
    assert all(sheet.cell(row=r, column=9).alignment.wrap_text for r in range(2, rows + 1))
    assert not sheet.cell(row=2, column=1).alignment.wrap_text
    assert book.properties.creator == "Klantreis"


def _zip_times(path) -> set:
    with zipfile.ZipFile(path) as archive:
        return {info.date_time for info in archive.infolist()}


def test_the_same_input_gives_the_same_bytes(tmp_path, monkeypatch):
    journey = interchange.load_json(RAALTE_JSON)
    first, second = tmp_path / "een.xlsx", tmp_path / "twee.xlsx"
    export_quotes(journey, journey.quotes, first)
    later = time.time() + 3 * 86400  # (as if exported three days later)
    monkeypatch.setattr(time, "time", lambda: later)
    export_quotes(journey, journey.quotes, second)
    assert first.read_bytes() == second.read_bytes()
    assert _zip_times(first) == {(2021, 12, 1, 0, 0, 0)}
    assert journey.info.modified.startswith("2021-12-01")
    with zipfile.ZipFile(first) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "<dcterms:created" in core and f">{journey.info.created[:19]}Z<" in core
    assert f">{journey.info.modified[:19]}Z<" in core
    journey.set_info(replace(journey.info, modified="2025-03-04T05:06:07+01:00"))
    export_quotes(journey, journey.quotes, second)
    assert first.read_bytes() != second.read_bytes()
    assert _zip_times(second) == {(2025, 3, 4, 4, 6, 6)}  # (in UTC; a zip counts in 2 seconds)


def test_a_text_no_excel_cell_can_hold_is_refused_and_nothing_is_written(tmp_path):
    journey = make_small_journey()
    journey.add(Quote("q-lang", "x" * 40_000, touchpoint_id="t1"))
    path = tmp_path / "te-lang.xlsx"
    with pytest.raises(KlantreisError) as caught:
        export_quotes(journey, journey.quotes, path)
    assert caught.value.code == "xlsx_cell_too_long"
    assert str(caught.value) == ("Kolom 'tekst' van rij 5 heeft 40000 tekens; een Excel-cel bevat er "
                                 "hoogstens 32.767. Exporteer deze citaten als CSV.")
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_path_is_a_clear_error(tmp_path):
    journey = make_small_journey()
    with pytest.raises(KlantreisError) as caught:
        export_quotes(journey, journey.quotes, tmp_path / "geen-map" / "uit.xlsx")
    assert caught.value.code == "write_failed" and "de map bestaat niet" in str(caught.value)


def test_the_registry_writes_the_chosen_quotes_in_their_order(tmp_path):
    journey = interchange.load_json(EXAMPLES[0])
    chosen = (journey.quotes[3].id, journey.quotes[0].id, "weg")
    assert registry.FORMATS["xlsx"].module == quote_xlsx.__name__
    count = registry.write("xlsx", journey, tmp_path / "c.xlsx", registry.Options(quote_ids=chosen))
    rows = read_table(tmp_path / "c.xlsx").rows
    assert count == 2 and [r[8] for r in rows] == [journey.quotes[3].text, journey.quotes[0].text]


def test_the_command_line_writes_a_workbook(tmp_path, capsys):
    journey = interchange.load_json(RAALTE_JSON)
    secret = journey.quotes[0]
    journey.update(replace(secret, internal=True, text="GEHEIM-CITAAT"))
    source = tmp_path / "met-intern.json"
    interchange.save_json(source, journey)
    target = tmp_path / "citaten.xlsx"
    assert main(["export", str(source), "--xlsx", str(target), "--csv", str(tmp_path / "c.csv")]) == 0
    out, err = capsys.readouterr()
    assert err == "" and f"{target} geschreven" in out.splitlines()
    assert len(read_table(target).rows) == len(journey.quotes) - 1
    assert "GEHEIM-CITAAT" not in sheet_xml(target)
    assert read_table(target).rows == read_table(tmp_path / "c.csv").rows


@pytest.mark.parametrize("args, expected", [
    (["export", str(EXAMPLES[0]), "--xlsx", "/geen/map/x.xlsx"], "niet schrijven"),
    (["export", "bestaat-niet.json", "--xlsx", "x.xlsx"], "bestaat niet"),
])
def test_bad_command_lines_are_one_line_and_exit_2(args, expected, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and expected in err
    assert "Traceback" not in err and list(tmp_path.iterdir()) == []


def test_the_help_names_the_option(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "--xlsx OUT.xlsx" in capsys.readouterr().out
