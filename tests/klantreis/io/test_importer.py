"""Every importer of rows follows one protocol: parse -> guess a mapping -> plan -> one edit."""

from __future__ import annotations

import pytest

from klantreis.io import interchange
from klantreis.io.importer import GroupLookup, Importer, Plan, one_step
from klantreis.io.quote_import import QUOTES
from klantreis.io.respondent_import import RESPONDENTS, guess_mapping
from klantreis.io.table import RowError
from klantreis.model.entities import Group, Perspective
from klantreis.model.errors import CsvError
from tests.conftest import make_small_journey

FILES = {
    "quotes": ("tekst;contactmoment;respondent;sentiment\nTe lang gewacht;1;R1;-1\nFijn;1;;+1\n", 2),
    "respondents": ("Code;Groep;leeftijdsklasse\nR2;Focusgroep 1;20-30\nR3;;40-50\nR4;;\n", 3),
}


@pytest.mark.parametrize("importer, name", [(QUOTES, "quotes"), (RESPONDENTS, "respondents")])
def test_each_importer_goes_parse_plan_one_edit(tmp_path, importer: Importer, name):
    text, count = FILES[name]
    path = tmp_path / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    journey = make_small_journey()
    before = interchange.dumps(journey)
    table = importer.parse(path)
    mapping = importer.guess_mapping(table.headers)
    assert set(mapping) == set(importer.fields)
    plan = importer.plan(journey, table, mapping)
    assert plan.ok and len(plan.items) == count
    assert interchange.dumps(journey) == before  # planning changes nothing
    edit = importer.edit(plan)
    assert len(edit.edits) == count  # one undo step holding every row
    edit.apply(journey)
    assert interchange.dumps(journey) != before
    edit.revert(journey)
    assert interchange.dumps(journey) == before


@pytest.mark.parametrize("importer, name", [(QUOTES, "quotes"), (RESPONDENTS, "respondents")])
def test_a_bad_row_means_no_edit_at_all(tmp_path, importer: Importer, name):
    text, _ = FILES[name]
    bad = text + ("Onbekend;99;;\n" if name == "quotes" else "R2;;\n")  # unknown step / code twice
    path = tmp_path / f"{name}.csv"
    path.write_text(bad, encoding="utf-8")
    table = importer.parse(path)
    plan = importer.plan(make_small_journey(), table, importer.guess_mapping(table.headers))
    assert not plan.ok and [e.line for e in plan.errors] == [len(bad.splitlines())]
    with pytest.raises(CsvError) as caught:
        importer.edit(plan)
    assert caught.value.code == "csv_plan_not_ok"


def test_one_step_refuses_an_empty_plan_with_its_own_message():
    with pytest.raises(CsvError) as caught:
        one_step(Plan((), ()), "edit_import_csv", "csv_no_respondents")
    assert caught.value.code == "csv_no_respondents"
    with pytest.raises(CsvError) as caught:
        one_step(Plan(("x",), (RowError(2, "fout"),)), "edit_import_csv", "csv_no_quotes")
    assert caught.value.code == "csv_plan_not_ok"


def test_groups_are_found_by_id_or_by_name_and_ambiguity_is_kept():
    journey = make_small_journey()
    journey.add(Group("g2", "Uitvoerders", Perspective.UITVOERDER))
    journey.add(Group("g3", "uitvoerders ", Perspective.UITVOERDER))
    groups = GroupLookup(journey)
    assert [g.id for g in groups.find("g1")] == ["g1"]
    assert [g.id for g in groups.find("FOCUSGROEP  1")] == ["g1"]
    assert [g.id for g in groups.find("Uitvoerders")] == ["g2", "g3"]
    assert groups.find("Ouders") == []


def test_the_respondent_mapping_guesses_code_and_group():
    assert guess_mapping(["Leeftijd", "Focus_group", "Respondent-code"]) == {
        "code": "Respondent-code", "group": "Focus_group"}
    assert guess_mapping(["Leeftijd"]) == {"code": None, "group": None}
