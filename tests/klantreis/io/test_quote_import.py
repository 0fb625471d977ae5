"""Quotes from and to CSV: reading Excel's files, mapping columns, planning and exporting."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from klantreis.graph.route import display_numbers
from klantreis.io import interchange
from klantreis.io.quote_columns import EXPORT_COLUMNS
from klantreis.io.quote_import import (
    FIELD_LABELS,
    QUOTE_FIELDS,
    guess_mapping,
    import_edit,
    plan_quote_import,
)
from klantreis.io.table import RowError, parse_table, read_table
from klantreis.messages import set_language
from klantreis.model.entities import Group, Perspective, Provenance, Quote, Sentiment, Touchpoint, Translator
from klantreis.model.errors import CsvError, InvalidValue
from tests.conftest import make_small_journey


def write(tmp_path, text: str, *, bom: bool = False):
    path = tmp_path / "citaten.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def plan_text(journey, text: str, **kwargs):
    table = parse_table(text)
    return plan_quote_import(journey, table, guess_mapping(table.headers), **kwargs)


def without_quotes(journey):
    for quote in journey.quotes:
        journey.remove_quote(quote.id)
    return journey


# ----------------------------------------------------------------------------- reading


def test_quoted_newlines_keep_the_line_numbers_right():
    text = 'tekst,contactmoment\n"Eerst dit,\nen daarna\ndat",1\nTweede,2\n"Derde ""met"" quotes",3\n'
    table = parse_table(text)
    assert table.lines == (2, 5, 6)
    assert table.rows[0] == ("Eerst dit,\nen daarna\ndat", "1")
    assert table.rows[2] == ('Derde "met" quotes', "3")
    plan = plan_text(make_small_journey(), text.replace("Tweede,2", "Tweede,99"))
    assert plan.errors == (RowError(5, "Onbekend contactmoment '99' (geef het nummer of de titel)."),)


def test_a_header_without_data_is_an_empty_table_and_an_empty_plan():
    table = parse_table("tekst;contactmoment\n")
    assert table.rows == () and table.lines == ()
    plan = plan_quote_import(make_small_journey(), table, guess_mapping(table.headers))
    assert plan.items == () and plan.errors == () and not plan.ok
    with pytest.raises(CsvError) as caught:
        import_edit(plan)
    assert caught.value.code == "csv_no_quotes"


# ----------------------------------------------------------------------------- mapping


def test_guess_mapping_recognises_dutch_and_english_names():
    assert guess_mapping(["Citaat", "Nummer", "Respondentcode", "Focusgroep", "Beleving", "TAAL",
                          "Vertaling", "Vertaald_door", "Herkomst", "Bron", "Labels", "Opmerking"]) == {
        "text": "Citaat", "touchpoint": "Nummer", "respondent": "Respondentcode",
        "group": "Focusgroep", "perspective": None, "sentiment": "Beleving", "language": "TAAL",
        "translation": "Vertaling", "translated_by": "Vertaald_door", "provenance": "Herkomst",
        "source": "Bron", "tags": "Labels",
    }
    english = guess_mapping(["Quote", "Touchpoint", "Code", "Group", "Language", "Translated by",
                             "Tags", "Source", "Provenance", "Translation", "Perspective"])
    assert english["text"] == "Quote" and english["respondent"] == "Code"
    assert english["translated_by"] == "Translated by" and english["sentiment"] is None


def test_the_export_headers_map_themselves_fully():
    mapping = guess_mapping([*EXPORT_COLUMNS, "kenmerk: leeftijdsklasse"])
    assert set(mapping) == set(QUOTE_FIELDS)
    assert mapping["touchpoint"] == "contactmoment"  # the title, not the number
    assert mapping["tags"] == "labels" and mapping["translated_by"] == "vertaald door"
    assert None not in mapping.values()


def test_field_labels_follow_the_language():
    assert FIELD_LABELS["text"] == "Citaattekst"
    assert FIELD_LABELS["touchpoint"] == "Contactmoment (nummer of titel)"
    assert list(FIELD_LABELS) == list(QUOTE_FIELDS)
    try:
        set_language("en")
        assert FIELD_LABELS["text"] == "Quote text"
        assert guess_mapping(["Quote text", "Touchpoint (number or title)"])["touchpoint"] == \
            "Touchpoint (number or title)"
    finally:
        set_language("nl")


def test_mapping_mistakes_are_raised_not_reported_per_row():
    table = parse_table("tekst;bron\nA;x\n")
    journey = make_small_journey()
    with pytest.raises(CsvError) as caught:
        plan_quote_import(journey, table, {"source": "bron"})
    assert caught.value.code == "csv_mapping_no_text" and "Citaattekst" in str(caught.value)
    with pytest.raises(CsvError) as caught:
        plan_quote_import(journey, table, {"text": "tekst", "source": "Bron"})
    assert str(caught.value) == "De kolom 'Bron' (voor 'Bron') staat niet in het bestand."
    with pytest.raises(CsvError) as caught:
        plan_quote_import(journey, table, {"text": "tekst", "kleur": "bron"})
    assert caught.value.code == "csv_mapping_unknown_field"


# ----------------------------------------------------------------------------- planning


def test_a_good_file_gives_complete_quotes(tmp_path):
    journey = make_small_journey()
    before = interchange.dumps(journey)
    path = write(tmp_path, "citaat;contactmoment;respondent;groep;sentiment;taal;vertaling;"
                           "vertaald door;herkomst;bron;labels\n"
                           "Ik wachtte lang;2;r1;;zeer negatief;NL;;;parafrase;r. 12;"
                           "\" taal; wachten, taal\"\n"
                           "مرحبا;;;focusgroep 1;Positive;ar;Hallo;Interpreter;;;\n", bom=True)
    table = read_table(path)
    plan = plan_quote_import(journey, table, guess_mapping(table.headers),
                             captured_at="2024-05-01T12:00:00")
    assert plan.ok and plan.errors == ()
    first, second = plan.items
    assert dataclasses.asdict(first) | {"id": ""} == dataclasses.asdict(Quote(
        "x", "Ik wachtte lang", "nl", touchpoint_id="t2", respondent_id="r1", group_id="g1",
        perspective=Perspective.CLIENT, sentiment=Sentiment.VERY_NEGATIVE,
        provenance=Provenance.PARAFRASE, captured_at="2024-05-01T12:00:00", source="r. 12",
        tags=("taal", "wachten"))) | {"id": ""}
    assert (second.text, second.language, second.translation, second.translated_by) == (
        "مرحبا", "ar", "Hallo", Translator.TOLK)
    assert (second.touchpoint_id, second.respondent_id, second.group_id, second.perspective) == (
        None, None, "g1", Perspective.CLIENT)
    assert second.sentiment is Sentiment.POSITIVE and second.provenance is Provenance.LETTERLIJK
    assert first.id != second.id and len(first.id) == 32
    assert interchange.dumps(journey) == before  # planning changes nothing


def test_one_bad_row_means_nothing_is_imported():
    journey = make_small_journey()
    plan = plan_text(journey, "tekst;contactmoment\nGoed;1\nFout;Wachtkamer\nOok goed;3\n")
    assert [q.text for q in plan.items] == ["Goed", "Ook goed"]
    assert plan.errors == (RowError(3, "Onbekend contactmoment 'Wachtkamer' (geef het nummer of de titel)."),)
    assert plan.errors[0].text.startswith("regel 3: Onbekend contactmoment")
    assert not plan.ok
    with pytest.raises(CsvError) as caught:
        import_edit(plan)
    assert str(caught.value).startswith("Er is niets geïmporteerd: het bestand bevat 1 fout.")
    assert journey.count("quote") == 3


def test_touchpoint_by_number_title_accents_and_numbered_title():
    journey = make_small_journey()
    journey.add(Touchpoint("t5", "Gesprek met cliënt", "pb"))
    journey.add(Touchpoint("t6", "Intake", "pb"))  # a second "Intake", no transitions
    assert display_numbers(journey) == {"t1": 1, "t2": 2, "t3": 3, "t4": 4, "t5": 5, "t6": 6}
    values = ["3", "INSCHRIJVING", "gesprek  met CLIENT", "Gesprek met Cliënt", "1. Inschrijving",
              "2 Intake", "b1-route", ""]
    plan = plan_text(journey, "tekst;contactmoment\n" + "".join(f"q{i};{v}\n" for i, v in
                                                                 enumerate(values)))
    assert plan.errors == ()
    assert [q.touchpoint_id for q in plan.items] == ["t3", "t1", "t5", "t5", "t1", "t2", "t3", None]


def test_ambiguous_and_unknown_touchpoints_are_row_errors():
    journey = make_small_journey()
    journey.add(Touchpoint("t6", "Intake", "pb"))
    plan = plan_text(journey, "tekst;contactmoment\nA;Intake\nB;99\nC;99. Intake\nD;7 Onbekend\nE;²\n")
    assert plan.items == ()
    assert [(e.line, e.message) for e in plan.errors] == [
        (2, "Contactmoment 'Intake' is niet eenduidig: 2 contactmomenten hebben die titel. "
            "Zet het nummer ervoor, zoals '12. Intake'."),
        (3, "Onbekend contactmoment '99' (geef het nummer of de titel)."),
        (4, "Contactmoment '99. Intake' is niet eenduidig: 2 contactmomenten hebben die titel. "
            "Zet het nummer ervoor, zoals '12. Intake'."),
        (5, "Onbekend contactmoment '7 Onbekend' (geef het nummer of de titel)."),
        (6, "Onbekend contactmoment '²' (geef het nummer of de titel)."),
    ]
    numbers = display_numbers(journey)
    plan = plan_text(journey, f"tekst;contactmoment\nA;{numbers['t6']}. Intake\nB;2. intake\n")
    assert [q.touchpoint_id for q in plan.items] == ["t6", "t2"]  # the number picks one


def test_respondents_and_groups():
    journey = make_small_journey()
    journey.add(Group("g2", "Uitvoerders", Perspective.UITVOERDER))
    plan = plan_text(journey, "tekst;respondent;groep\nA;R1;\nB;;G2\nC;;uitvoerders\nD;R9;\n"
                              "E;r1;Uitvoerders\nF;;Onbekend\nG;R1;focusgroep 1\n")
    by_text = {q.text: q for q in plan.items}
    assert (by_text["A"].respondent_id, by_text["A"].group_id, by_text["A"].perspective) == (
        "r1", "g1", Perspective.CLIENT)
    assert (by_text["B"].group_id, by_text["B"].perspective) == ("g2", Perspective.UITVOERDER)
    assert by_text["C"].group_id == "g2" and by_text["G"].group_id == "g1"
    assert [(e.line, e.message) for e in plan.errors] == [
        (5, "Onbekende respondent 'R9'. Een import maakt geen respondenten aan: voeg de "
            "respondent eerst toe."),
        (6, "Respondent 'R1' hoort bij groep 'Focusgroep 1', niet bij 'Uitvoerders'."),
        (7, "Onbekende groep 'Onbekend'."),
    ]


def test_perspective_column_wins_over_the_group():
    journey = make_small_journey()
    plan = plan_text(journey, "tekst;groep;perspectief\nA;g1;uitvoerder\nB;;Cliënt\nC;;\nD;;boos\n")
    assert [q.perspective for q in plan.items] == [Perspective.UITVOERDER, Perspective.CLIENT, None]
    assert plan.errors == (
        RowError(5, "Onbekend perspectief 'boos'. Gebruik client, uitvoerder of overig."),)


SENTIMENTS = {  # cell -> value
    "-2": "-2", "\u22121": "-1", "\u22122": "-2", "0": "0", "1": "+1", "+1": "+1", "2": "+2", "+2": "+2",
    "Gemengd": "gemengd", "mixed": "gemengd", "": "onbekend", "onbekend": "onbekend",
    "Unknown": "onbekend", "zeer  negatief": "-2", "Very negative": "-2", "negatief": "-1",
    "negative": "-1", "neutraal": "0", "Neutral": "0", "positief": "+1", "positive": "+1",
    "ZEER POSITIEF": "+2", "very positive": "+2",
}


def test_sentiment_values():
    plan = plan_text(make_small_journey(), "tekst;sentiment\n" + "".join(f"A;{v}\n" for v in SENTIMENTS))
    assert plan.errors == ()
    assert [q.sentiment for q in plan.items] == [Sentiment(v) for v in SENTIMENTS.values()]


@pytest.mark.parametrize("value", ["3", "-3", "heel goed", "+"])
def test_a_bad_sentiment_lists_the_accepted_values(value):
    plan = plan_text(make_small_journey(), f"tekst;sentiment\nA;{value}\n")
    assert plan.errors == (RowError(2, f"Onbekend sentiment '{value}'. Gebruik -2, -1, 0, +1, +2, "
                                       "gemengd of onbekend (of zeer negatief, negatief, neutraal, "
                                       "positief, zeer positief)."),)


def test_translator_provenance_language_and_tags():
    plan = plan_text(make_small_journey(),
                     "tekst;taal;vertaling;vertaald door;herkomst;labels\n"
                     "A;;;;;\nB;ti;Hoi;onderzoeker;Paraphrase;\"a;b,a, ;c\"\n"
                     "C;pt-BR;Oi;Researcher;verbatim;\n")
    a, b, c = plan.items
    assert (a.language, a.translated_by, a.provenance, a.tags) == ("nl", Translator.NONE,
                                                                   Provenance.LETTERLIJK, ())
    assert (b.language, b.translated_by, b.provenance, b.tags) == ("ti", Translator.ONDERZOEKER,
                                                                   Provenance.PARAFRASE, ("a", "b", "c"))
    assert (c.language, c.translated_by) == ("pt-BR", Translator.ONDERZOEKER)


def test_cell_values_the_entity_refuses_become_row_errors():
    plan = plan_text(make_small_journey(), "tekst;taal;vertaling;vertaald door;herkomst\n"
                                           "A;ar;;tolk;\nB;Arabisch;;;\nC;nl;;vriend;\n D ;;;;los\n ;;;;\n")
    assert [(e.line, e.message) for e in plan.errors] == [
        (2, "Geef een vertaling op als u vermeldt wie vertaalde."),
        (3, "Ongeldige taal: 'arabisch' (verwacht een taalcode zoals nl of ar)."),
        (4, "Onbekende waarde 'vriend' voor 'vertaald door'. Gebruik tolk of onderzoeker, of laat "
            "de cel leeg."),
        (5, "Onbekende herkomst 'los'. Gebruik letterlijk of parafrase."),
    ]
    plan = plan_text(make_small_journey(), "tekst;bron\n ;r. 1\n")
    assert plan.errors == (RowError(2, "De citaattekst is leeg."),)
    # several problems in one row are all reported
    plan = plan_text(make_small_journey(), "tekst;contactmoment;respondent;sentiment\n;88;R7;x\n")
    assert [e.line for e in plan.errors] == [2, 2, 2, 2]
    assert [e.message.split(" ")[0] for e in plan.errors] == ["De", "Onbekend", "Onbekende", "Onbekend"]


def test_row_errors_in_english():
    try:
        set_language("en")
        plan = plan_text(make_small_journey(), "tekst;contactmoment\nA;Nergens\n")
        assert plan.errors[0].text == "line 2: Unknown touchpoint 'Nergens' (give its number or title)."
    finally:
        set_language("nl")


def test_import_edit_adds_all_quotes_as_one_undoable_step():
    journey = make_small_journey()
    with pytest.raises(InvalidValue):  # checked once, not per row
        plan_text(journey, "tekst\nA\n", captured_at="gisteren")
    plan = plan_text(journey, "tekst;contactmoment\nA;1\nB;\n", captured_at="2024-01-01")
    assert [q.captured_at for q in plan.items] == ["2024-01-01", "2024-01-01"]
    edit = import_edit(plan)
    assert edit.text == "citaten importeren uit CSV"
    edit.apply(journey)
    assert [q.text for q in journey.quotes][3:] == ["A", "B"]
    assert journey.quotes[3].touchpoint_id == "t1"
    edit.revert(journey)
    assert [q.id for q in journey.quotes] == ["q1", "q2", "q3"]


def test_twenty_thousand_rows_are_planned():  # (how fast: the benchmarks, not the tests)
    journey = make_small_journey()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["tekst", "contactmoment", "respondent", "sentiment", "labels"])
    titles = ["1", "Intake", "b1-route", "4. Z-route", ""]
    for i in range(20_000):
        writer.writerow([f"Citaat {i}", titles[i % 5], "R1" if i % 2 else "", "-1", "a; b"])
    table = parse_table(buffer.getvalue())
    plan = plan_quote_import(journey, table, guess_mapping(table.headers))
    assert plan.ok and len(plan.items) == 20_000
    assert plan.items[-1].touchpoint_id is None and plan.items[1].touchpoint_id == "t2"
