"""Indicators and the toetsingskader as edits: each reverts exactly, refuses bad input with a
Dutch message naming the field, and keeps the references whole (a norm's evidence)."""

from __future__ import annotations

import pytest

from klantreis.evidence import assessment as a
from klantreis.graph import route as graph
from klantreis.io import interchange
from klantreis.model.edits import Remove, RemoveTouchpoint
from klantreis.model.entities import Assessment
from klantreis.model.errors import InUse, InvalidValue
from klantreis.model.norms import Indicator, Norm, Question, Reference
from tests.conftest import make_small_journey


def _journey():
    """The small journey with a toetsingskader: two categories, three deelvragen, norms that
    cite touchpoints, quotes and indicators."""
    j = make_small_journey()
    j.add(Indicator("i1", "% plan binnen termijn", target=90.0, realised=74.0, touchpoint_ids=("t2",)))
    j.add(Indicator("i2", "Wachttijd intake", unit="dagen", target=30.0, realised=21.0))
    j.add(Indicator("i3", "Tevredenheid", target=80.0))
    j.add(Question("v1", "1", "Is het beleid helder?", "Beleid"))
    j.add(Question("v2", "2", "Is de regie goed belegd?", "Regie"))
    j.add(Question("v3", "3", "Zijn de doelen SMART?", "Beleid"))
    j.add(Norm("n1", "v1", "Er is een visie.", touchpoint_ids=("t1", "t2"), quote_ids=("q1",)))
    j.add(Norm("n2", "v1", "De visie is vertaald in doelen.", indicator_ids=("i1",)))
    j.add(Norm("n3", "v2", "De gemeente voert regie.", indicator_ids=("i1", "i2")))
    return j


def _applied(journey, edit):
    """Apply ``edit``, check that revert gives back the journey exactly and apply again gives
    the same result; returns the journey after the edit."""
    before = interchange.dumps(journey)
    edit.apply(journey)
    after = interchange.dumps(journey)
    assert after != before
    edit.revert(journey)
    assert interchange.dumps(journey) == before
    edit.apply(journey)
    assert interchange.dumps(journey) == after
    return journey


# ---------------------------------------------------------------------- typed numbers


@pytest.mark.parametrize("text, value", [("85", 85.0), ("12,5", 12.5), ("12.5", 12.5),
                                         (" 74 % ", 74.0), ("0", 0.0), ("", None), ("  ", None),
                                         ("0,125", 0.125), ("1500", 1500.0)])
def test_a_number_as_typed(text, value):
    assert a.parse_number(text, "streefwaarde") == value


@pytest.mark.parametrize("text, shown", [
    ("+- 50", "'+- 50' is geen getal"), ("ca. 40", "geen getal"), ("-5", "geen getal"),
    ("abc", "geen getal"), ("50%%", "geen getal"), ("1e3", "geen getal"), ("nan", "geen getal"),
    ("1.500", "kan 1500 of 1,5 betekenen"), ("12.125", "kan 12125 of 12,125 betekenen"),
])
def test_a_number_that_is_not_one_is_refused_naming_the_field(text, shown):
    with pytest.raises(InvalidValue) as refused:
        a.parse_number(text, "streefwaarde")
    assert str(refused.value).startswith("streefwaarde: ") and shown in str(refused.value)


@pytest.mark.parametrize("value", [None, 0.0, 18.0, 12.5, 1.125, 33.333333333333336, 1e-07,
                                   1500.0, 1e16])
def test_numbers_round_trip_exactly(value):
    assert a.parse_number(a.format_number(value), "x") == value
    assert a.format_number(12.5) == "12,5" and a.format_number(18.0) == "18"
    assert a.format_number(1e-07) == "0,0000001" and a.format_number(12.5, ".") == "12.5"
    assert a.parse_number("1,500", "x") == 1.5  # (a comma is the Dutch decimal sign)


def test_touchpoints_by_number():
    j = _journey()
    numbers = graph.display_numbers(j)
    by_number = {n: t for t, n in numbers.items()}
    assert a.touchpoints_by_number(j, "2, 1") == (by_number[2], by_number[1])
    assert a.touchpoints_by_number(j, "1-3 ; 3 2") == (by_number[1], by_number[2], by_number[3])
    assert a.touchpoints_by_number(j, "2 - 4") == (by_number[2], by_number[3], by_number[4])
    assert a.touchpoints_by_number(j, "  ") == ()
    assert a.touchpoint_numbers(j, [by_number[3], by_number[1]]) == "1, 3"
    with pytest.raises(InvalidValue, match="geen contactmoment met nummer 9"):
        a.touchpoints_by_number(j, "1, 9")
    for bad in ("drie", "3-1", "1,,x", "#2"):
        with pytest.raises(InvalidValue, match="geen lijst van nummers"):
            a.touchpoints_by_number(j, bad)


# ---------------------------------------------------------------------- a touchpoint's deadline


def test_a_deadline_one_field_at_a_time():
    from klantreis.model.entities import DurationUnit
    from klantreis.model.norms import Deadline

    first = a.deadline_with(None, "amount", 18.0)
    assert first == Deadline(18.0, DurationUnit.MAANDEN)
    assert a.deadline_with(first, "realised", 39.0).exceeded
    assert a.deadline_with(first, "unit", DurationUnit.WEKEN).unit is DurationUnit.WEKEN
    assert a.deadline_with(first, "amount", None) is None  # no term: no deadline
    with pytest.raises(InvalidValue, match="Vul eerst de termijn in"):
        a.deadline_with(None, "counted_from", "vestiging")
    with pytest.raises(InvalidValue, match="termijn moet langer dan nul zijn"):
        a.deadline_with(first, "amount", 0.0)
    with pytest.raises(InvalidValue, match="termijn moet langer dan nul zijn"):
        a.deadline_with(None, "amount", 0.0)


# ---------------------------------------------------------------------- indicators


def test_indicators_by_gap_most_behind_first_unknown_last():
    j = _journey()
    assert [i.id for i in a.indicators_by_gap(j)] == ["i1", "i2", "i3"]  # -16, -9, none
    assert [i.id for i in a.indicators_of(j, "t2")] == ["i1"]


def test_add_change_and_remove_an_indicator():
    j = _journey()
    new = Indicator("i9", "Uitstroom naar werk", target=40.0)
    _applied(j, a.add_indicator(new))
    assert j.indicators[-1] == new and a.add_indicator(new).text == "indicator toevoegen"
    changed = Indicator("i9", "Uitstroom naar werk", target=40.0, realised=31.5)
    edit = a.change_indicator(j, changed)
    assert edit.text == "indicator wijzigen"
    _applied(j, edit)
    assert a.change_indicator(j, changed) is None  # nothing changed: no step


def test_removing_a_cited_indicator_lets_the_norms_go_of_it_in_one_step():
    j = _journey()
    with pytest.raises(InUse):  # the journey alone refuses it
        Remove("indicator", "i1").apply(j)
    edit = a.remove_indicators(j, ["i1"])
    assert edit.text == "indicator verwijderen"
    _applied(j, edit)
    assert j.find("indicator", "i1") is None
    assert j.get("norm", "n2").indicator_ids == () and j.get("norm", "n3").indicator_ids == ("i2",)
    assert a.remove_indicators(_journey(), ["i1", "i2"]).text == "2 indicatoren verwijderen"


# ---------------------------------------------------------------------- the toetsingskader


def test_the_framework_groups_deelvragen_by_category_in_order():
    j = _journey()
    sections = a.framework(j)
    assert [s.category for s in sections] == ["Beleid", "Regie"]
    assert [(q.id, [n.id for n in norms]) for q, norms in sections[0].questions] == [
        ("v1", ["n1", "n2"]), ("v3", [])]
    assert a.norm_number(j, j.get("norm", "n2")) == "1.2"
    assert a.norm_labels(j, [j.get("norm", "n3")]) == ["2.1 De gemeente voert regie."]
    assert a.shortened("een  lange\ntekst", 8) == "een lan…"


def test_a_new_deelvraag_goes_to_the_end_of_its_category_with_the_next_number():
    j = _journey()
    edit, new_id = a.add_question(j, " Werkt de keten samen? ", "Beleid")
    _applied(j, edit)
    assert [q.id for q in j.questions] == ["v1", "v2", "v3", new_id]
    edit, second = a.add_question(j, "Wordt er geleerd?", "Beleid")
    _applied(j, edit)
    assert [q.id for q in j.questions][-1] == second
    question = j.get("question", new_id)
    assert (question.number, question.text, question.category) == ("4", "Werkt de keten samen?", "Beleid")
    edit, third = a.add_question(j, "Regie?", "Regie", number="2a")
    _applied(j, edit)
    assert [q.id for q in j.questions].index(third) == 2  # after v2, the last of Regie


def test_a_new_category_comes_with_its_first_deelvraag():
    j = _journey()
    edit, new_id = a.add_question(j, "Is de uitvoering tijdig?", "Uitvoering", code="edit_add_category")
    assert edit.text == "categorie toevoegen"
    _applied(j, edit)
    assert a.categories(j) == ["Beleid", "Regie", "Uitvoering"]


def test_a_deelvraag_moved_to_another_category_goes_to_its_end():
    from dataclasses import replace

    j = _journey()
    moved = replace(j.get("question", "v2"), category="Beleid")
    _applied(j, a.change_question(j, moved))
    assert [q.id for q in j.questions] == ["v1", "v3", "v2"] and a.categories(j) == ["Beleid"]
    j = _journey()
    moved = replace(j.get("question", "v3"), category="Regie")
    _applied(j, a.change_question(j, moved))
    assert [q.id for q in j.questions] == ["v1", "v2", "v3"]
    assert a.change_question(j, j.get("question", "v1")) is None


def test_renaming_a_category_is_one_step_for_all_its_deelvragen():
    j = _journey()
    edit = a.rename_category(j, "Beleid", " Beleid en doelen ")
    assert edit.text == "categorie hernoemen"
    _applied(j, edit)
    assert a.categories(j) == ["Beleid en doelen", "Regie"]
    assert a.rename_category(j, "Regie", "Regie") is None


def test_removing_a_deelvraag_removes_its_norms_and_undo_puts_them_back_in_place():
    j = _journey()
    with pytest.raises(InUse):
        Remove("question", "v1").apply(j)
    edit = a.remove_questions(j, ["v1"])
    assert edit.text == "deelvraag verwijderen"
    _applied(j, edit)
    assert [n.id for n in j.norms] == ["n3"] and [q.id for q in j.questions] == ["v2", "v3"]
    j = _journey()
    _applied(j, a.remove_category(j, "Beleid"))
    assert [q.id for q in j.questions] == ["v2"] and [n.id for n in j.norms] == ["n3"]


def test_a_new_norm_goes_after_the_norms_of_its_deelvraag():
    j = _journey()
    edit, new_id = a.add_norm(j, "v1", " Er is budget. ")
    _applied(j, edit)
    assert [n.id for n in j.norms] == ["n1", "n2", new_id, "n3"]
    assert j.get("norm", new_id).text == "Er is budget." and edit.text == "norm toevoegen"
    with pytest.raises(InvalidValue, match="[Nn]orm mag niet leeg zijn"):
        a.add_norm(j, "v1", "   ")


def test_assessment_text_and_reasoning():
    j = _journey()
    edit = a.set_assessment(j, "n1", a.ASSESSMENT_KEYS["2"])
    assert edit.text == "beoordeling wijzigen"
    _applied(j, edit)
    assert j.get("norm", "n1").assessment is Assessment.DEELS
    assert a.set_assessment(j, "n1", Assessment.DEELS) is None
    assert set(a.ASSESSMENT_KEYS.values()) == set(Assessment) and a.KEY_OF_ASSESSMENT[Assessment.OPEN] == "0"
    _applied(j, a.change_norm(j, "n1", "edit_change_reasoning", reasoning="Zie r. 120."))
    assert j.get("norm", "n1").reasoning == "Zie r. 120."
    with pytest.raises(InvalidValue, match="norm"):
        a.change_norm(j, "n1", text="")
    counts = a.assessment_counts(j)
    assert counts[Assessment.DEELS] == 1 and counts[Assessment.OPEN] == 2


def test_linking_and_unlinking_evidence():
    j = _journey()
    edit = a.link_evidence(j, "n2", "touchpoint", ["t3", "t1", "t3"])
    assert edit.text == "bewijs koppelen"
    _applied(j, edit)
    assert j.get("norm", "n2").touchpoint_ids == ("t3", "t1")
    assert a.link_evidence(j, "n2", "touchpoint", ["t1"]) is None  # already there
    _applied(j, a.link_evidence(j, "n2", "quote", ["q2"]))
    _applied(j, a.link_evidence(j, "n2", "indicator", ["i3"]))
    assert j.get("norm", "n2").indicator_ids == ("i1", "i3")
    edit = a.unlink_evidence(j, "n2", "indicator", "i1")
    assert edit.text == "bewijs loskoppelen"
    _applied(j, edit)
    assert j.get("norm", "n2").indicator_ids == ("i3",)
    with pytest.raises(Exception):  # noqa: B017 (a reference to nothing: refused by the journey)
        a.link_evidence(j, "n2", "quote", ["nope"]).apply(j)
    assert j.get("norm", "n2").quote_ids == ("q2",)


def test_document_references():
    j = _journey()
    edit = a.add_document(j, "n1", " Rapport Thuis in Raalte? ", "r. 1721-1727")
    assert edit.text == "documentverwijzing toevoegen"
    _applied(j, edit)
    assert j.get("norm", "n1").documents == (Reference("Rapport Thuis in Raalte?", "r. 1721-1727"),)
    assert a.add_document(j, "n1", "Rapport Thuis in Raalte?", "r. 1721-1727") is None
    with pytest.raises(InvalidValue, match="titel van het document"):
        a.add_document(j, "n1", "  ", "p. 3")
    _applied(j, a.add_document(j, "n1", "Beleidsplan", "p. 4"))
    edit = a.remove_document(j, "n1", 0)
    _applied(j, edit)
    assert j.get("norm", "n1").documents == (Reference("Beleidsplan", "p. 4"),)
    assert a.remove_document(j, "n1", 5) is None


def test_what_losing_evidence_names():
    j = _journey()
    assert a.losing_evidence(j, "touchpoint", ["t2"]) == ["1.1 Er is een visie."]
    assert a.losing_evidence(j, "quote", ["q1"]) == ["1.1 Er is een visie."]
    assert a.losing_evidence(j, "indicator", ["i1"]) == [
        "1.2 De visie is vertaald in doelen.", "2.1 De gemeente voert regie."]
    assert a.losing_evidence(j, "touchpoint", ["t4"]) == []
    _applied(j, RemoveTouchpoint("t2"))  # (the model's own removal lets go of it)
    assert j.get("norm", "n1").touchpoint_ids == ("t1",)
