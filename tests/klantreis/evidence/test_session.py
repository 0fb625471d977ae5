"""Capture, votes, placing and tagging quotes: each an edit that reverts exactly."""

from __future__ import annotations

import pytest

from klantreis.evidence import session
from klantreis.io import interchange
from klantreis.model.entities import Sentiment
from klantreis.model.errors import InvalidValue
from tests.conftest import make_small_journey


def _snapshot(journey):
    return interchange.dumps(journey)


def test_capture_quote_goes_to_the_touchpoint_with_the_respondents_group():
    j = make_small_journey()
    before = _snapshot(j)
    edit = session.capture_quote(j, "  Ik wist niet wat ik tekende. ", touchpoint_id="t1",
                                 respondent_id="r1", sentiment=Sentiment.NEGATIVE,
                                 captured_at="2024-03-01T10:15:00")
    edit.apply(j)
    quote = j.quotes[-1]
    assert (quote.text, quote.touchpoint_id, quote.respondent_id, quote.group_id) == (
        "Ik wist niet wat ik tekende.", "t1", "r1", "g1")
    assert quote.sentiment is Sentiment.NEGATIVE and quote.captured_at == "2024-03-01T10:15:00"
    assert edit.text == "citaat vastleggen"
    edit.revert(j)
    assert _snapshot(j) == before


def test_capture_without_touchpoint_parks_the_quote_and_stamps_the_time():
    j = make_small_journey()
    session.capture_quote(j, "Later plaatsen", touchpoint_id=None).apply(j)
    quote = j.quotes[-1]
    assert quote.touchpoint_id is None and quote in j.quotes_for(None)
    assert len(quote.captured_at) == 19 and quote.captured_at[10] == "T"


def test_capture_refuses_empty_text():
    with pytest.raises(InvalidValue):
        session.capture_quote(make_small_journey(), "   ", touchpoint_id="t1")


def test_placing_a_parked_quote_is_one_reversible_edit():
    j = make_small_journey()
    edit = session.move_quotes(j, ["q3"], "t2")
    assert edit.text == "citaat plaatsen"
    edit.apply(j)
    assert j.quote("q3").touchpoint_id == "t2"
    edit.revert(j)
    assert j.quote("q3").touchpoint_id is None
    move = session.move_quotes(j, ["q1", "q2"], "t4")
    assert move.text == "2 citaten verplaatsen"


def test_vote_inserts_updates_clears_and_skips_no_change():
    j = make_small_journey()
    first = session.vote(j, "t1", "r1", 2, captured_at="2024-01-01T00:00:00")
    first.apply(j)
    score = [s for s in j.scores_for("t1")][0]
    assert (score.value, score.respondent_id, score.group_id) == (2, "r1", "g1")
    assert session.vote(j, "t1", "r1", 2) is None
    change = session.vote(j, "t1", "r1", -1)
    change.apply(j)
    assert [s.value for s in j.scores_for("t1")] == [-1]
    change.revert(j)
    assert [s.value for s in j.scores_for("t1")] == [2]
    clear = session.vote(j, "t1", "r1", None)
    clear.apply(j)
    assert j.scores_for("t1") == ()
    assert session.vote(j, "t1", "r1", None) is None


def test_respondent_by_code_or_number_in_group():
    j = make_small_journey()
    assert session.respondent_by_key(j, "r1") == "r1"
    assert session.respondent_by_key(j, "1", "g1") == "r1"
    assert session.respondent_by_key(j, "2", "g1") is None
    assert session.respondent_by_key(j, "") is None


def test_touchpoint_by_display_number():
    j = make_small_journey()
    assert session.touchpoint_by_number(j, "1") == "t1"
    assert session.touchpoint_by_number(j, "#2.") == "t2"
    assert session.touchpoint_by_number(j, "99") is None
    assert session.touchpoint_by_number(j, "twee") is None


def test_tag_and_remove_quotes_revert_in_place():
    j = make_small_journey()
    before = _snapshot(j)
    tag = session.tag_quotes(j, ["q1", "q2"], "taal")
    tag.apply(j)
    assert j.quote("q1").tags == ("taal",) and j.quote("q2").tags == ("taal",)
    tag.revert(j)
    remove = session.remove_quotes(j, ["q1", "q3"])
    remove.apply(j)
    assert [q.id for q in j.quotes] == ["q2"]
    remove.revert(j)
    assert _snapshot(j) == before


def test_attribute_names_of_the_project_then_the_respondents():
    j = make_small_journey()
    assert session.attribute_names(j) == ("leeftijdsklasse",)
    edit = session.set_attribute_names(j, ["geslacht", " ", "leeftijdsklasse", "geslacht"])
    edit.apply(j)
    assert j.info.attribute_names == ("geslacht", "leeftijdsklasse")
    assert session.attribute_names(j) == ("geslacht", "leeftijdsklasse")
    edit.revert(j)
    assert j.info.attribute_names == ()


@pytest.mark.parametrize(("text", "rtl"), [
    ("في السنة الأولى", True), ("من نمی‌دانستم", True), ("2021: في السنة", True),
    ("Ik wist het niet", False), ("ሰላም ትምህርቲ", False), ("123", False),
])
def test_right_to_left_detection(text, rtl):
    assert session.is_right_to_left(text) is rtl
