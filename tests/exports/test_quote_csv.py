"""Quotes to CSV for Excel, and back: the export and the round trip through the import."""

from __future__ import annotations

import csv
import dataclasses
import io
from dataclasses import replace

import pytest

from klantreis.exports.quote_csv import export_quotes
from klantreis.io import interchange
from klantreis.io.quote_columns import EXPORT_COLUMNS
from klantreis.io.quote_import import guess_mapping, import_edit, plan_quote_import
from klantreis.io.table import read_table
from klantreis.model.entities import Group, Perspective, Provenance, Quote, Sentiment
from klantreis.model.errors import KlantreisError
from tests.conftest import RAALTE_JSON, make_small_journey
from tests.klantreis.io.test_quote_import import without_quotes


def test_export_writes_excel_csv_with_bom_semicolons_and_attribute_columns(tmp_path):
    journey = make_small_journey()
    journey.update(replace(journey.touchpoint("t2"), internal_note="GEHEIM: consulent ziek"))
    journey.add(Quote("q4", "Alleen voor ons", touchpoint_id="t2", internal=True))
    path = tmp_path / "uit.csv"
    quotes = [journey.quote(i) for i in ("q3", "q1", "q4", "q2")]
    assert export_quotes(journey, quotes, path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfnummer;contactmoment;fase;")
    text = raw.decode("utf-8-sig")
    assert "GEHEIM" not in text and "Alleen voor ons" not in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == [*EXPORT_COLUMNS, "kenmerk: leeftijdsklasse"]
    assert rows[1] == ["", "", "", "", "", "", "gemengd", "nl", "Nog niet geplaatst", "", "", "letterlijk",
                       "", "", "", ""]
    assert rows[2] == ["2", "Intake", "Aankomst", "R1", "Focusgroep 1", "client", "-1", "ar",
                       journey.quote("q1").text, journey.quote("q1").translation, "tolk",
                       "letterlijk", "", "taal", "", "30-40"]
    assert rows[3][:9] == ["3", "B1-route", "Inburgering", "", "", "", "-2", "ti", journey.quote("q2").text]
    assert len(rows) == 4 and text.endswith("\r\n")
    # without respondents, no attribute columns
    assert export_quotes(journey, [journey.quote("q2")], tmp_path / "a.csv") == 1
    header = (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == ";".join(EXPORT_COLUMNS)


def test_export_writes_a_group_id_when_group_names_are_shared(tmp_path):
    journey = make_small_journey()
    journey.add(Group("g2", "focusgroep 1", Perspective.UITVOERDER))
    journey.add(Quote("q9", "Van de tweede", group_id="g2", perspective=Perspective.UITVOERDER))
    export_quotes(journey, journey.quotes, tmp_path / "a.csv")
    table = read_table(tmp_path / "a.csv")
    assert [row[4] for row in table.rows] == ["g1", "", "", "g2"]
    plan = plan_quote_import(journey, table, guess_mapping(table.headers))
    assert plan.ok and [q.group_id for q in plan.items] == ["g1", None, None, "g2"]


def test_export_failure_is_a_clear_error(tmp_path):
    journey = make_small_journey()
    with pytest.raises(KlantreisError) as caught:
        export_quotes(journey, journey.quotes, tmp_path / "geen-map" / "uit.csv")
    assert caught.value.code == "write_failed"
    assert "de map bestaat niet" in str(caught.value)


def fields_except_id(quote: Quote) -> dict:
    data = dataclasses.asdict(quote)
    del data["id"], data["captured_at"]
    return data


def test_round_trip_of_the_raalte_example(tmp_path):
    original = interchange.load_json(RAALTE_JSON)
    secret = original.quotes[5]
    original.update(replace(secret, internal=True))
    shared = [q for q in original.quotes if not q.internal]
    assert len(shared) == original.count("quote") - 1 > 30
    path = tmp_path / "raalte.csv"
    assert export_quotes(original, original.quotes, path) == len(shared)
    target = interchange.load_json(RAALTE_JSON)
    for norm in target.norms:  # (they may cite quotes: a journey without its toetsingskader)
        target.remove("norm", norm.id)
    target = without_quotes(target)
    table = read_table(path)
    assert table.delimiter == ";"
    plan = plan_quote_import(target, table, guess_mapping(table.headers), captured_at="2025-01-01")
    assert plan.errors == () and plan.ok
    assert [fields_except_id(q) for q in plan.items] == [fields_except_id(q) for q in shared]
    assert secret.text not in path.read_text(encoding="utf-8-sig")
    import_edit(plan).apply(target)
    assert target.count("quote") == len(shared)


def test_round_trip_with_respondents_translations_and_newlines(tmp_path):
    journey = make_small_journey()
    journey.update(replace(journey.quote("q3"), text="Eerste regel\nTweede regel; met \"quotes\"",
                           provenance=Provenance.PARAFRASE, source="r. 1, 2", tags=("a b", "c")))
    export_quotes(journey, journey.quotes, tmp_path / "k.csv")
    target = without_quotes(make_small_journey())
    table = read_table(tmp_path / "k.csv")
    plan = plan_quote_import(target, table, guess_mapping(table.headers))
    assert plan.ok
    assert [fields_except_id(q) for q in plan.items] == [fields_except_id(q) for q in journey.quotes]


def test_cells_that_look_like_formulas_are_guarded_for_excel_and_come_back_intact(tmp_path):
    journey = make_small_journey()
    risky = ["=HYPERLINK(\"http://x\")", "-ik wist het niet", "+31 6 1234", "@alle", "'gewoon"]
    for n, text in enumerate(risky):
        journey.add(Quote(f"q-risk{n}", text, touchpoint_id="t1"))
    for quote in journey.quotes:
        journey.update(replace(quote, sentiment=Sentiment.NEGATIVE))
    export_quotes(journey, journey.quotes, tmp_path / "k.csv")
    raw = list(csv.reader(io.StringIO((tmp_path / "k.csv").read_text(encoding="utf-8-sig")),
                          delimiter=";"))
    texts = [row[raw[0].index("tekst")] for row in raw[1:]]
    shown = texts[-len(risky):]
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in texts)
    assert shown == ["'=HYPERLINK(\"http://x\")", "'-ik wist het niet", "'+31 6 1234", "'@alle",
                     "'gewoon"]
    assert {row[raw[0].index("sentiment")] for row in raw[1:]} == {"-1"}  # still a number
    target = without_quotes(make_small_journey())
    table = read_table(tmp_path / "k.csv")
    plan = plan_quote_import(target, table, guess_mapping(table.headers))
    assert plan.ok
    assert [q.text for q in plan.items] == [q.text for q in journey.quotes]


def test_a_quote_of_a_group_with_an_unknown_respondent_says_so_and_comes_back(tmp_path):
    from klantreis.exports.quote_csv import export_quotes
    from klantreis.io.quote_import import guess_mapping, plan_quote_import
    from klantreis.io.table import read_table
    from klantreis.model.entities import Quote
    from tests.conftest import make_small_journey

    journey = make_small_journey()
    journey.add(Quote("q-g", "Iemand uit de groep zei dit.", touchpoint_id="t1", group_id="g1"))
    path = tmp_path / "citaten.csv"
    export_quotes(journey, [journey.quote("q-g")], path)
    table = read_table(path)
    row = dict(zip(table.headers, table.rows[0], strict=True))
    assert row["respondent"] == "(onbekend)" and row["groep"] == "Focusgroep 1"
    plan = plan_quote_import(journey, table, guess_mapping(table.headers))
    assert plan.ok and plan.items[0].respondent_id is None and plan.items[0].group_id == "g1"
