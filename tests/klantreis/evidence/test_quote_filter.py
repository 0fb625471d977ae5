"""Filtering and sorting quotes."""

from __future__ import annotations

import random

import pytest

from klantreis.evidence.quote_filter import (
    SORT_KEYS,
    QuoteFilter,
    all_languages,
    all_tags,
    filter_quotes,
    natural_key,
    sort_quotes,
)
from klantreis.graph.route import display_numbers
from klantreis.model.entities import (
    Group,
    JourneyInfo,
    Perspective,
    Phase,
    Provenance,
    Quote,
    Respondent,
    Sentiment,
    Touchpoint,
    Transition,
    Translator,
)
from klantreis.model.journey import Journey
from tests.conftest import make_small_journey

CLIENT, EXECUTOR = Perspective.CLIENT, Perspective.UITVOERDER
S = Sentiment


def _journey() -> Journey:
    """Touchpoints listed t2, t1, t3 but numbered t1=1, t2=2, t3=3; six varied quotes qa..qf."""
    j = Journey(JourneyInfo(title="Citaten"))
    j.add(Phase("pa", "Aankomst"))
    j.add(Phase("pb", "Inburgering"))
    j.add(Touchpoint("t2", "Intake", "pa"))
    j.add(Touchpoint("t1", "Inschrijving", "pa"))
    j.add(Touchpoint("t3", "Taalles", "pb"))
    j.add(Transition("e1", "t1", "t2"))
    j.add(Transition("e2", "t2", "t3"))
    j.add(Group("g1", "Focusgroep 10", CLIENT))
    j.add(Group("g2", "Focusgroep 2", EXECUTOR))
    j.add(Respondent("r10", "R10", "g1"))
    j.add(Respondent("r2", "R2", "g1"))
    j.add(Respondent("r1", "R1", "g2"))
    j.add(Respondent("r3", "R3"))
    j.add(Quote("qa", "De cliënt wachtte lang", touchpoint_id="t1", respondent_id="r10",
                sentiment=S.NEGATIVE, tags=("taal",), captured_at="2024-03-02T10:00:00"))
    j.add(Quote("qb", "لم أفهم الرسالة", "ar", "Ik begreep de brief niet", Translator.TOLK, "t3", "r2",
                sentiment=S.POSITIVE, provenance=Provenance.PARAFRASE, tags=("Brief", "taal"),
                captured_at="2024-03-01T10:00:00"))
    j.add(Quote("qc", "Overleg met de gemeente", group_id="g2", sentiment=S.MIXED,
                source="rapport r. 12", tags=("samenwerking",)))
    j.add(Quote("qd", "Quick handover", "en", touchpoint_id="t2", respondent_id="r1",
                sentiment=S.VERY_POSITIVE, tags=("overdracht",), internal=True))
    j.add(Quote("qe", "Clientèle en Gemeente", touchpoint_id="t2", respondent_id="r3", perspective=CLIENT))
    j.add(Quote("qf", "ጽቡቕ ነይሩ", "ti", "Het was goed", Translator.ONDERZOEKER, "t3",
                sentiment=S.NEUTRAL, tags=("archief",)))
    return j


def _ids(quotes) -> list[str]:
    return [q.id for q in quotes]


def _filter(**criteria) -> list[str]:
    return _ids(filter_quotes(_journey(), QuoteFilter(**criteria)))


# ----------------------------------------------------------------------------- the filter itself


def test_an_empty_filter_lets_everything_through_in_journey_order():
    j = _journey()
    assert QuoteFilter().is_empty()
    assert QuoteFilter(text="   ", tags=None).is_empty()
    assert filter_quotes(j, QuoteFilter()) == j.quotes
    j.move("quote", "qf", 0)
    assert _ids(filter_quotes(j, QuoteFilter(languages={"ti", "ar"}))) == ["qf", "qb"]


def test_any_criterion_makes_the_filter_non_empty():
    assert not QuoteFilter(include_internal=False).is_empty()
    assert not QuoteFilter(text="x").is_empty()
    assert not QuoteFilter(touchpoint_ids=frozenset({None})).is_empty()
    assert not QuoteFilter(sentiments={S.MIXED}).is_empty()


def test_criteria_become_frozensets_and_a_string_is_refused():
    quote_filter = QuoteFilter(tags=["taal", "taal"], languages=("nl",))
    assert quote_filter.tags == frozenset({"taal"})
    assert quote_filter.languages == frozenset({"nl"})
    assert hash(quote_filter) == hash(QuoteFilter(tags=frozenset({"taal"}), languages=frozenset({"nl"})))
    with pytest.raises(TypeError):
        QuoteFilter(tags="taal")


def test_filter_by_touchpoint_and_the_parking_lot():
    assert _filter(touchpoint_ids={"t2"}) == ["qd", "qe"]
    assert _filter(touchpoint_ids={None}) == ["qc"]
    assert _filter(touchpoint_ids={None, "t1"}) == ["qa", "qc"]


def test_filter_by_phase_leaves_parked_quotes_out():
    assert _filter(phase_ids={"pa"}) == ["qa", "qd", "qe"]
    assert _filter(phase_ids={"pb"}) == ["qb", "qf"]


def test_filter_by_group_uses_the_respondents_group_too():
    assert _filter(group_ids={"g1"}) == ["qa", "qb"]
    assert _filter(group_ids={"g2"}) == ["qc", "qd"]
    assert _filter(group_ids={None}) == ["qe", "qf"]


def test_filter_by_respondent():
    assert _filter(respondent_ids={"r2"}) == ["qb"]
    assert _filter(respondent_ids={"r10", "r3"}) == ["qa", "qe"]
    assert _filter(respondent_ids={None}) == ["qc", "qf"]


def test_filter_by_perspective_own_group_or_respondent():
    assert _filter(perspectives={CLIENT}) == ["qa", "qb", "qe"]
    assert _filter(perspectives={EXECUTOR}) == ["qc", "qd"]
    assert _filter(perspectives={None}) == ["qf"]
    assert _filter(perspectives={Perspective.OVERIG}) == []


def test_filter_by_sentiment_language_tag_and_provenance():
    assert _filter(sentiments={S.MIXED, S.UNKNOWN}) == ["qc", "qe"]
    assert _filter(sentiments={S.VERY_POSITIVE}) == ["qd"]
    assert _filter(languages={"ar", "ti"}) == ["qb", "qf"]
    assert _filter(tags={"taal"}) == ["qa", "qb"]
    assert _filter(tags={"Brief", "overdracht"}) == ["qb", "qd"]
    assert _filter(tags={"brief"}) == []  # tags match as written
    assert _filter(provenances={Provenance.PARAFRASE}) == ["qb"]
    assert _filter(provenances={Provenance.LETTERLIJK}) == ["qa", "qc", "qd", "qe", "qf"]


def test_filter_by_text_without_case_or_accents_every_word_must_occur():
    assert _filter(text="client") == ["qa", "qe"]  # cliënt, Clientèle
    assert _filter(text="CLIENT gemeente") == ["qe"]
    assert _filter(text="gemeente") == ["qc", "qe"]
    assert _filter(text="begreep brief") == ["qb"]  # the translation
    assert _filter(text="r. 12") == ["qc"]  # the source
    assert _filter(text="archief") == ["qf"]  # a tag
    assert _filter(text="الرسالة") == ["qb"]  # the original text
    assert _filter(text="gemeente xyz") == []


def test_filter_can_leave_internal_quotes_out():
    assert _filter(include_internal=False) == ["qa", "qb", "qc", "qe", "qf"]
    assert _filter(include_internal=True, touchpoint_ids={"t2"}) == ["qd", "qe"]


def test_criteria_combine():
    assert _filter(perspectives={CLIENT}, phase_ids={"pa"}, text="client") == ["qa", "qe"]
    assert _filter(perspectives={CLIENT}, phase_ids={"pa"}, text="client", sentiments={S.NEGATIVE}) == ["qa"]
    assert _filter(group_ids={"g2"}, touchpoint_ids={None, "t2"}, include_internal=False) == ["qc"]
    assert _filter(tags={"taal"}, languages={"nl"}) == ["qa"]


def test_filter_on_the_small_journey():
    journey = make_small_journey()
    assert _ids(filter_quotes(journey, QuoteFilter(text="consulent"))) == ["q1"]
    assert _ids(filter_quotes(journey, QuoteFilter(touchpoint_ids=frozenset({None})))) == ["q3"]


# ----------------------------------------------------------------------------- sorting


def _sorted(key: str, descending: bool = False) -> list[str]:
    j = _journey()
    return _ids(sort_quotes(j, j.quotes, key, descending))


def test_sort_keys():
    assert SORT_KEYS == ("touchpoint", "phase", "respondent", "group", "sentiment", "language",
                         "captured_at", "text")
    with pytest.raises(ValueError):
        sort_quotes(_journey(), (), "kleur")


def test_sort_by_touchpoint_number_parked_last():
    assert display_numbers(_journey()) == {"t1": 1, "t2": 2, "t3": 3}
    assert _sorted("touchpoint") == ["qa", "qd", "qe", "qb", "qf", "qc"]
    assert _sorted("touchpoint", descending=True) == ["qb", "qf", "qd", "qe", "qa", "qc"]


def test_sort_by_phase_order():
    assert _sorted("phase") == ["qa", "qd", "qe", "qb", "qf", "qc"]
    assert _sorted("phase", descending=True) == ["qb", "qf", "qa", "qd", "qe", "qc"]


def test_sort_by_respondent_code_in_natural_order():
    assert _sorted("respondent") == ["qd", "qb", "qe", "qa", "qc", "qf"]  # R1, R2, R3, R10
    assert _sorted("respondent", descending=True) == ["qa", "qe", "qb", "qd", "qc", "qf"]
    assert sorted(["R10", "r2", "R1", "R2a", "U1"], key=natural_key) == ["R1", "r2", "R2a", "R10", "U1"]


def test_sort_by_group_name():
    assert _sorted("group") == ["qc", "qd", "qa", "qb", "qe", "qf"]  # Focusgroep 2 before 10


def test_sort_by_sentiment_mixed_then_unknown_last():
    assert _sorted("sentiment") == ["qa", "qf", "qb", "qd", "qc", "qe"]
    assert _sorted("sentiment", descending=True) == ["qd", "qb", "qf", "qa", "qc", "qe"]


def test_sort_by_language_capture_time_and_text():
    assert _sorted("language") == ["qb", "qd", "qa", "qc", "qe", "qf"]
    assert _sorted("captured_at") == ["qb", "qa", "qc", "qd", "qe", "qf"]
    assert _sorted("captured_at", descending=True) == ["qa", "qb", "qc", "qd", "qe", "qf"]
    assert _sorted("text") == ["qe", "qa", "qc", "qd", "qb", "qf"]


def test_sort_works_on_a_filtered_subset():
    j = _journey()
    subset = filter_quotes(j, QuoteFilter(perspectives={CLIENT}))
    assert _ids(sort_quotes(j, subset, "respondent")) == ["qb", "qe", "qa"]


# ----------------------------------------------------------------------------- choices


def test_all_tags_sorted_without_regard_to_case_and_all_languages():
    j = _journey()
    assert all_tags(j) == ("archief", "Brief", "overdracht", "samenwerking", "taal")
    assert all_languages(j) == ("ar", "en", "nl", "ti")
    empty = Journey(JourneyInfo(title="Leeg"))
    assert all_tags(empty) == () and all_languages(empty) == ()


# ----------------------------------------------------------------------------- speed


def test_filtering_twenty_thousand_quotes():
    rng = random.Random(3)
    j = Journey(JourneyInfo(title="Groot"))
    j.add(Phase("p", "Fase"))
    for i in range(100):
        j.add(Touchpoint(f"t{i}", f"Contact {i}", "p"))
    j.add(Group("g", "Groep", CLIENT))
    for r in range(20):
        j.add(Respondent(f"r{r}", f"R{r}", "g"))
    for k in range(20_000):
        j.add(Quote(f"q{k}", f"Het contact {k} met de cliënt via de gemeente was {rng.random():.6f}",
                    touchpoint_id=f"t{k % 100}" if k % 10 else None, respondent_id=f"r{k % 20}",
                    tags=("taal",)))
    found = filter_quotes(j, QuoteFilter(text="CLIENT 999", perspectives={CLIENT}))
    by_touchpoint = filter_quotes(j, QuoteFilter(touchpoint_ids={None, "t5"}))
    ordered = sort_quotes(j, j.quotes, "respondent")
    assert _ids(found) == [q.id for q in j.quotes if "999" in q.text]
    assert len(by_touchpoint) == 2000 + 200
    assert ordered[0].respondent_id == "r0" and ordered[-1].respondent_id == "r19"
