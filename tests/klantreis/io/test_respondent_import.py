"""Respondents from CSV: codes with attributes, never names."""

from __future__ import annotations

import pytest

from klantreis.io import interchange
from klantreis.io.respondent_import import looks_personal, plan_respondent_import, respondent_import_edit
from klantreis.io.table import RowError, parse_table, read_table
from klantreis.messages import set_language
from klantreis.model.entities import Group, Perspective, Respondent
from klantreis.model.errors import CsvError
from tests.conftest import make_small_journey

PRIVACY_NL = ("Kolom '{column}' lijkt persoonsgegevens te bevatten. Klantreis bewaart respondenten "
              "alleen als code met kenmerken; verwijder deze kolom en probeer opnieuw.")


def journey_with_two_groups():
    journey = make_small_journey()
    journey.add(Group("g2", "Uitvoerders", Perspective.UITVOERDER))
    return journey


def test_a_good_file_gives_respondents_with_attributes(tmp_path):
    path = tmp_path / "respondenten.csv"
    path.write_bytes("\ufeffCode;Groep;leeftijdsklasse;land van herkomst\n"
                     "R2;focusgroep 1;20-30;Syrië\nU1;G2;;Eritrea\nR3;;40-50;\n".encode())
    journey = journey_with_two_groups()
    before = interchange.dumps(journey)
    plan = plan_respondent_import(journey, read_table(path))
    assert plan.ok and plan.errors == ()
    assert plan.attribute_names == ("leeftijdsklasse", "land van herkomst")
    assert [(r.code, r.group_id, r.attributes) for r in plan.items] == [
        ("R2", "g1", (("leeftijdsklasse", "20-30"), ("land van herkomst", "Syrië"))),
        ("U1", "g2", (("land van herkomst", "Eritrea"),)),
        ("R3", None, (("leeftijdsklasse", "40-50"),)),
    ]
    assert len({r.id for r in plan.items}) == 3
    assert interchange.dumps(journey) == before  # planning changes nothing


def test_import_edit_adds_the_respondents_as_one_undoable_step():
    journey = make_small_journey()
    plan = plan_respondent_import(journey, parse_table("respondent,geslacht\nR2,vrouw\nR3,man\n"))
    edit = respondent_import_edit(plan)
    assert edit.text == "respondenten importeren"
    edit.apply(journey)
    assert [r.code for r in journey.respondents] == ["R1", "R2", "R3"]
    assert journey.respondents[2].attribute("geslacht") == "man"
    edit.revert(journey)
    assert [r.code for r in journey.respondents] == ["R1"]


def test_columns_can_be_named_and_the_group_column_left_out():
    table = parse_table("nr;groep;taal\nA1;thuis;ar\n")
    plan = plan_respondent_import(make_small_journey(), table, code_column="nr", group_column="")
    assert plan.ok
    assert (plan.items[0].code, plan.items[0].group_id) == ("A1", None)
    assert plan.items[0].attributes == (("groep", "thuis"), ("taal", "ar"))
    with pytest.raises(CsvError) as caught:
        plan_respondent_import(make_small_journey(), table, code_column="Code")
    assert str(caught.value) == "De kolom 'Code' (voor 'Respondentcode') staat niet in het bestand."


def test_without_a_code_column_nothing_can_be_read():
    with pytest.raises(CsvError) as caught:
        plan_respondent_import(make_small_journey(), parse_table("leeftijd;taal\n30;ar\n"))
    assert caught.value.code == "csv_no_code_column"


def test_the_export_prefix_of_attribute_columns_is_dropped():
    plan = plan_respondent_import(make_small_journey(),
                                  parse_table("respondent;kenmerk: leeftijdsklasse\nR5;30-40\n"))
    assert plan.attribute_names == ("leeftijdsklasse",)
    assert plan.items[0].attributes == (("leeftijdsklasse", "30-40"),)


@pytest.mark.parametrize("header", [
    "naam", "Naam", "Voornaam", "achternaam", "Naam respondent", "Name", "First name", "last_name",
    "Surname", "BSN", "bsn-nummer", "E-mail", "email", "E-mailadres", "Telefoon", "telefoonnummer",
    "Phone", "Adres", "woonadres", "Address", "Geboortedatum", "Date of birth", "Respondentnaam",
    "roepnaam", "Straatnaam", "Username",
])
def test_columns_with_personal_data_are_refused(header):
    table = parse_table(f"code;leeftijd;{header}\nR2;30;x\n")
    with pytest.raises(CsvError) as caught:
        plan_respondent_import(make_small_journey(), table)
    assert str(caught.value) == PRIVACY_NL.format(column=header)


def test_the_privacy_refusal_comes_first_and_in_english_too():
    table = parse_table("naam;leeftijd\nAhmed;30\n")  # not even a code column
    with pytest.raises(CsvError) as caught:
        plan_respondent_import(make_small_journey(), table)
    assert caught.value.code == "csv_personal_data"
    try:
        set_language("en")
        assert str(caught.value) == (
            "Column 'naam' seems to contain personal data. Klantreis keeps respondents only as a "
            "code with attributes; remove this column and try again.")
    finally:
        set_language("nl")


@pytest.mark.parametrize("header", ["groepsnaam", "Group name", "leeftijdsklasse", "land van herkomst",
                                    "smartphone", "tijd in NL", "gezinssituatie", "taalschoolnaam",
                                    "Functienaam", "geboortejaar", "postcode (4 cijfers)"])
def test_ordinary_attributes_are_not_mistaken_for_personal_data(header):
    assert not looks_personal(header)


def test_duplicate_codes_in_the_file_and_in_the_journey():
    table = parse_table("code;geslacht\nR2;man\nR3;vrouw\nr2;man\nR1;vrouw\n ;man\n")
    plan = plan_respondent_import(make_small_journey(), table)
    assert [r.code for r in plan.items] == ["R2", "R3"]
    assert plan.errors == (
        RowError(4, "Respondentcode 'r2' staat ook al op regel 2."),
        RowError(5, "Respondentcode 'R1' bestaat al in deze klantreis."),
        RowError(6, "De respondentcode is leeg."),
    )
    assert not plan.ok
    with pytest.raises(CsvError) as caught:
        respondent_import_edit(plan)
    assert str(caught.value).startswith("Er is niets geïmporteerd: het bestand bevat 3 fouten.")


def test_unknown_groups_and_invalid_codes_are_row_errors():
    table = parse_table("code;groep\nR2;Focusgroep 9\nEEN-HEEL-LANGE-CODE-VAN-30-TEKENS;\nR4;g1\n")
    plan = plan_respondent_import(make_small_journey(), table)
    assert [(r.code, r.group_id) for r in plan.items] == [("R4", "g1")]
    assert [(e.line, e.message) for e in plan.errors] == [
        (2, "Onbekende groep 'Focusgroep 9'."),
        (3, "respondentcode is te lang (hoogstens 20 tekens)."),
    ]


def test_an_empty_file_has_nothing_to_import():
    plan = plan_respondent_import(make_small_journey(), parse_table("code;leeftijd\n"))
    assert plan.items == () and plan.errors == () and not plan.ok
    assert plan.attribute_names == ("leeftijd",)
    with pytest.raises(CsvError) as caught:
        respondent_import_edit(plan)
    assert caught.value.code == "csv_no_respondents"


def test_imported_respondents_are_plain_respondents():
    plan = plan_respondent_import(make_small_journey(), parse_table("respondent\nR7\n"))
    (respondent,) = plan.items
    assert respondent == Respondent(respondent.id, "R7")


def test_consent_interview_language_and_interpreter_are_read_from_their_columns():
    from klantreis.io.respondent_import import plan_respondent_import
    from klantreis.io.table import parse_table
    from tests.conftest import make_small_journey

    table = parse_table("code;toestemming;taal interview;tolk;leeftijdsklasse\n"
                        "R10;ja;ar;ja;30-40\nR11;nee;ti;nee;20-30\nR12;;;?;\n")
    plan = plan_respondent_import(make_small_journey(), table)
    assert plan.ok and plan.attribute_names == ("leeftijdsklasse",)
    got = [(r.code, r.consent_recorded, r.interview_language, r.interpreter_used)
           for r in plan.items]
    assert got == [("R10", True, "ar", True), ("R11", False, "ti", False), ("R12", False, "", None)]
    bad = plan_respondent_import(make_small_journey(), parse_table("code;tolk\nR13;misschien\n"))
    assert not bad.ok and "misschien" in bad.errors[0].text
