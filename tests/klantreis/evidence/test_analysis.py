"""Aggregates over a journey: score summaries, evidence per touchpoint and the two worlds."""

from __future__ import annotations

import math
import random

import pytest

from klantreis.evidence.analysis import (
    EMPTY_SUMMARY,
    OwnerIndex,
    ScoreSummary,
    SentimentSummary,
    effective_group_id,
    evidence_by_touchpoint,
    quote_perspective,
    quote_sentiment_by_touchpoint,
    quote_summary,
    score_perspective,
    sentiment_summary,
    two_worlds,
    vote_summary,
)
from klantreis.graph.route import display_numbers
from klantreis.io import interchange
from klantreis.model.entities import (
    Group,
    JourneyInfo,
    Perspective,
    Phase,
    Quote,
    Respondent,
    Score,
    Sentiment,
    Touchpoint,
    Transition,
)
from klantreis.model.journey import Journey
from tests.conftest import RAALTE_JSON, make_small_journey

CLIENT, EXECUTOR, OTHER = Perspective.CLIENT, Perspective.UITVOERDER, Perspective.OVERIG
S = Sentiment


def _vote(value: int, n: int = 0) -> Score:
    return Score(f"s{n}", "t", value, respondent_id="r")


def _quote(sentiment: Sentiment, n: int = 0) -> Quote:
    return Quote(f"q{n}", "tekst", sentiment=sentiment)


def _worlds_journey() -> Journey:
    """Five touchpoints; the list order (tb before ta) differs from the route order ta, tb, ...

    ta: votes client -1, -1 and executor +1 (difference +2.0); quotes +2 / +2 (difference 0.0)
    tb: one client vote only; quotes client +1, executor -1 (difference -2.0)
    tc: quotes client 0 and gemengd, executor +2, +1 (difference 1.5)
    td: quotes client -2, executor +1, the latter internal (difference 3.0, or none without it)
    te: a client quote and an overig quote (no difference)
    """
    j = Journey(JourneyInfo(title="Twee werelden"))
    j.add(Phase("p1", "Fase"))
    for tp_id in ("tb", "ta", "tc", "td", "te"):
        j.add(Touchpoint(tp_id, tp_id.upper(), "p1"))
    for n, (source, target) in enumerate((("ta", "tb"), ("tb", "tc"), ("tc", "td"), ("td", "te"))):
        j.add(Transition(f"e{n}", source, target))
    j.add(Group("gc", "Statushouders", CLIENT))
    j.add(Group("gu", "Uitvoerders", EXECUTOR))
    j.add(Group("go", "Anderen", OTHER))
    j.add(Respondent("rc1", "R1", "gc"))
    j.add(Respondent("rc2", "R2", "gc"))
    j.add(Respondent("ru1", "U1", "gu"))
    j.add(Respondent("rn", "R3"))  # no group
    j.add(Score("v1", "ta", -1, respondent_id="rc1"))
    j.add(Score("v2", "ta", -1, respondent_id="rc2"))
    j.add(Score("v3", "ta", 1, group_id="gu"))
    j.add(Score("v4", "tb", 1, respondent_id="rc1"))
    quotes = [
        ("ta", "rc1", None, None, S.VERY_POSITIVE, False),
        ("ta", "ru1", None, None, S.VERY_POSITIVE, False),
        ("tb", "rc2", None, None, S.POSITIVE, False),
        ("tb", None, None, EXECUTOR, S.NEGATIVE, False),  # own perspective, no group
        ("tc", "rc1", None, None, S.NEUTRAL, False),
        ("tc", "rc2", None, None, S.MIXED, False),
        ("tc", "ru1", None, None, S.VERY_POSITIVE, False),
        ("tc", None, "gu", None, S.POSITIVE, False),
        ("td", "rc1", None, None, S.VERY_NEGATIVE, False),
        ("td", "ru1", None, None, S.POSITIVE, True),
        ("te", "rc1", None, None, S.NEGATIVE, False),
        ("te", None, "go", None, S.NEUTRAL, False),
        (None, "ru1", None, None, S.VERY_POSITIVE, False),  # parked
    ]
    for n, (tp, respondent, group, perspective, sentiment, internal) in enumerate(quotes):
        j.add(Quote(f"q{n}", f"citaat {n}", touchpoint_id=tp, respondent_id=respondent, group_id=group,
                    perspective=perspective, sentiment=sentiment, internal=internal))
    return j


# ----------------------------------------------------------------------------- summaries


def test_no_values_give_an_empty_summary():
    empty = ScoreSummary(mean=None, n=0, spread=None, low=None, high=None, mixed=0)
    assert vote_summary([]) == empty
    assert quote_summary([]) == empty
    assert empty == EMPTY_SUMMARY
    assert quote_summary([_quote(S.UNKNOWN)]) == empty


def test_a_single_vote_has_spread_zero():
    assert vote_summary([_vote(1)]) == ScoreSummary(mean=1.0, n=1, spread=0.0, low=1, high=1, mixed=0)


def test_vote_summary_mean_population_spread_and_range():
    summary = vote_summary([_vote(v, n) for n, v in enumerate((-2, 0, 1, 1))])
    assert summary.mean == 0.0
    assert summary.n == 4
    assert summary.spread == pytest.approx(math.sqrt(1.5))  # (4 + 0 + 1 + 1) / 4, not / 3
    assert (summary.low, summary.high, summary.mixed) == (-2, 1, 0)


def test_gemengd_quotes_count_in_mixed_not_in_the_mean_and_unknown_is_ignored():
    sentiments = (S.VERY_POSITIVE, S.NEGATIVE, S.MIXED, S.MIXED, S.UNKNOWN)
    summary = quote_summary([_quote(s, n) for n, s in enumerate(sentiments)])
    assert summary == ScoreSummary(mean=0.5, n=2, spread=1.5, low=-1, high=2, mixed=2)
    only_mixed = quote_summary([_quote(S.MIXED)])
    assert only_mixed == ScoreSummary(mean=None, n=0, spread=None, low=None, high=None, mixed=1)


def test_the_existing_sentiment_summary_is_unchanged():
    journey = make_small_journey()
    assert sentiment_summary(journey.quotes) == SentimentSummary(mean=-1.5, n=2, mixed=1, unknown=0)
    by_touchpoint = quote_sentiment_by_touchpoint(journey)
    assert set(by_touchpoint) == {"t1", "t2", "t3", "t4"}
    assert by_touchpoint["t2"] == SentimentSummary(mean=-1.0, n=1, mixed=0, unknown=0)
    assert by_touchpoint["t1"] == SentimentSummary(mean=None, n=0, mixed=0, unknown=0)


# ----------------------------------------------------------------------------- perspectives


def test_quote_perspective_own_then_group_then_respondents_group():
    j = _worlds_journey()
    own = Quote("x1", "t", group_id="gc", respondent_id="rc1", perspective=EXECUTOR)
    by_group = Quote("x2", "t", group_id="go", respondent_id="rc1")
    by_respondent = Quote("x3", "t", respondent_id="ru1")
    nothing = Quote("x4", "t", respondent_id="rn")
    assert quote_perspective(j, own) is EXECUTOR
    assert quote_perspective(j, by_group) is OTHER
    assert quote_perspective(j, by_respondent) is EXECUTOR
    assert quote_perspective(j, nothing) is None
    assert quote_perspective(j, Quote("x5", "t")) is None
    owners = OwnerIndex(j)
    for quote in (own, by_group, by_respondent, nothing, *j.quotes):
        assert owners.quote_perspective(quote) == quote_perspective(j, quote)
        assert owners.group_id(quote) == effective_group_id(j, quote)


def test_score_perspective_group_then_respondents_group():
    j = _worlds_journey()
    assert score_perspective(j, Score("y1", "ta", 0, respondent_id="rc1", group_id="gu")) is EXECUTOR
    assert score_perspective(j, Score("y2", "ta", 0, respondent_id="rc1")) is CLIENT
    assert score_perspective(j, Score("y3", "ta", 0, respondent_id="rn")) is None
    owners = OwnerIndex(j)
    assert [owners.score_perspective(s) for s in j.scores] == [CLIENT, CLIENT, EXECUTOR, CLIENT]


# ----------------------------------------------------------------------------- per touchpoint


def test_evidence_covers_every_touchpoint_and_leaves_parked_quotes_out():
    j = _worlds_journey()
    evidence = evidence_by_touchpoint(j)
    assert list(evidence) == ["tb", "ta", "tc", "td", "te"]
    total = sum(e.quotes.n + e.quotes.mixed for e in evidence.values())
    assert total == 12  # 13 quotes, one parked


def test_evidence_of_an_empty_touchpoint():
    j = Journey(JourneyInfo(title="Leeg"))
    j.add(Phase("p", "Fase"))
    j.add(Touchpoint("t", "Leeg", "p"))
    ev = evidence_by_touchpoint(j)["t"]
    assert ev.votes == EMPTY_SUMMARY
    assert ev.quotes == EMPTY_SUMMARY
    assert (ev.votes_by_perspective, ev.quotes_by_perspective) == ({}, {})
    assert (ev.votes_by_group, ev.quotes_by_group) == ({}, {})


def test_evidence_by_perspective_and_by_group():
    j = _worlds_journey()
    ta = evidence_by_touchpoint(j)["ta"]
    assert ta.votes == ScoreSummary(mean=-1 / 3, n=3, spread=pytest.approx(math.sqrt(8 / 9)),
                                    low=-1, high=1, mixed=0)
    assert ta.votes_by_perspective == {
        CLIENT: ScoreSummary(-1.0, 2, 0.0, -1, -1, 0),
        EXECUTOR: ScoreSummary(1.0, 1, 0.0, 1, 1, 0),
    }
    assert list(ta.votes_by_group) == ["gc", "gu"]
    assert ta.votes_by_group["gc"].n == 2
    assert ta.quotes_by_perspective == {
        CLIENT: ScoreSummary(2.0, 1, 0.0, 2, 2, 0), EXECUTOR: ScoreSummary(2.0, 1, 0.0, 2, 2, 0),
    }

    tc = evidence_by_touchpoint(j)["tc"]
    assert tc.quotes == ScoreSummary(mean=1.0, n=3, spread=pytest.approx(math.sqrt(2 / 3)),
                                     low=0, high=2, mixed=1)
    assert tc.quotes_by_perspective[CLIENT] == ScoreSummary(0.0, 1, 0.0, 0, 0, 1)
    assert tc.quotes_by_perspective[EXECUTOR] == ScoreSummary(1.5, 2, 0.5, 1, 2, 0)
    assert tc.quotes_by_group["gu"].n == 2  # one via the respondent, one via the quote's own group
    assert tc.votes == EMPTY_SUMMARY and tc.votes_by_perspective == {}


def test_quotes_without_a_group_are_in_the_totals_only():
    j = _worlds_journey()
    tb = evidence_by_touchpoint(j)["tb"]
    assert tb.quotes.n == 2
    assert tb.quotes_by_perspective[EXECUTOR].mean == -1.0  # its own perspective still counts
    assert list(tb.quotes_by_group) == ["gc"]
    te = evidence_by_touchpoint(j)["te"]
    assert list(te.quotes_by_perspective) == [CLIENT, OTHER]
    assert list(te.quotes_by_group) == ["gc", "go"]


def test_internal_quotes_count_unless_left_out():
    j = _worlds_journey()
    assert evidence_by_touchpoint(j)["td"].quotes.n == 2
    without = evidence_by_touchpoint(j, include_internal=False)["td"]
    assert without.quotes == ScoreSummary(-2.0, 1, 0.0, -2, -2, 0)
    assert EXECUTOR not in without.quotes_by_perspective
    assert "gu" not in without.quotes_by_group


# ----------------------------------------------------------------------------- two worlds


def _rows(journey: Journey, **kwargs) -> dict:
    return {row.touchpoint_id: row for row in two_worlds(journey, **kwargs)}


def test_two_worlds_auto_uses_votes_only_when_both_perspectives_voted():
    rows = _rows(_worlds_journey())
    assert rows["ta"].basis == "votes"
    assert rows["ta"].client.mean == -1.0 and rows["ta"].executor.mean == 1.0
    assert rows["ta"].difference == 2.0
    assert rows["tb"].basis == "quotes"  # only the client voted there
    assert rows["tb"].difference == -2.0  # executor minus client
    assert rows["te"].basis == "quotes"


def test_two_worlds_explicit_basis():
    by_votes = _rows(_worlds_journey(), basis="votes")
    assert {r.basis for r in by_votes.values()} == {"votes"}
    assert by_votes["ta"].difference == 2.0
    assert by_votes["tb"].difference is None and by_votes["tb"].client.n == 1
    assert by_votes["tb"].executor == EMPTY_SUMMARY
    by_quotes = _rows(_worlds_journey(), basis="quotes")
    assert by_quotes["ta"].basis == "quotes" and by_quotes["ta"].difference == 0.0
    assert by_quotes["ta"].disagree is False
    with pytest.raises(ValueError):
        two_worlds(_worlds_journey(), basis="stemmen")


def test_two_worlds_threshold_boundary():
    rows = _rows(_worlds_journey())
    assert rows["ta"].disagree is True  # exactly 2.0
    assert rows["tb"].disagree is True  # exactly -2.0
    assert rows["tc"].difference == 1.5 and rows["tc"].disagree is False
    assert rows["td"].difference == 3.0 and rows["td"].disagree is True
    assert rows["te"].difference is None and rows["te"].disagree is False
    assert _rows(_worlds_journey(), threshold=1.5)["tc"].disagree is True
    assert _rows(_worlds_journey(), threshold=2.5)["ta"].disagree is False


def test_two_worlds_order_biggest_gap_first_ties_by_display_number_none_last():
    j = _worlds_journey()
    assert display_numbers(j) == {"ta": 1, "tb": 2, "tc": 3, "td": 4, "te": 5}
    assert [r.touchpoint_id for r in two_worlds(j)] == ["td", "ta", "tb", "tc", "te"]
    assert [r.touchpoint_id for r in two_worlds(j, basis="votes")] == ["ta", "tb", "tc", "td", "te"]
    assert [r.touchpoint_id for r in two_worlds(j, basis="quotes")] == ["td", "tb", "tc", "ta", "te"]
    without = two_worlds(j, include_internal=False)
    assert [r.touchpoint_id for r in without] == ["ta", "tb", "tc", "td", "te"]
    assert without[3].difference is None
    given = two_worlds(j, evidence=evidence_by_touchpoint(j, include_internal=False))
    assert given == without


def test_two_worlds_on_the_raalte_journey():
    """In the example file, the intake with the consulent (tp-c4) has executor quotes U01 and U12
    (+1) and U13 (-1), but its only client quote, S03, is coded gemengd, and S05 belongs to the
    choice of a language school (tp-d1). So clients have no numeric sentiment there: no
    difference, no disagreement. At the default threshold no touchpoint of the file disagrees."""
    journey = interchange.load_json(RAALTE_JSON)
    rows = two_worlds(journey)
    assert len(rows) == len(journey.touchpoints)
    intake = next(r for r in rows if r.touchpoint_id == "tp-c4")
    assert journey.touchpoint("tp-c4").title.startswith("Intake en plan van aanpak")
    assert intake.basis == "quotes"
    assert intake.executor.n == 3 and intake.executor.mean == pytest.approx(1 / 3)
    assert intake.client == ScoreSummary(None, 0, None, None, None, 1)
    assert intake.difference is None and intake.disagree is False
    assert [r.touchpoint_id for r in rows if r.disagree] == []
    # the three compared touchpoints first (a difference of 0.0 still before none at all)
    assert [r.touchpoint_id for r in rows[:3]] == ["tp-d3", "tp-c3", "tp-f1"]
    assert rows[0].difference == pytest.approx(1 / 3)
    assert (rows[1].difference, rows[2].difference) == (0.0, 0.0)
    assert all(r.difference is None for r in rows[3:])
    numbers = display_numbers(journey)
    assert [numbers[r.touchpoint_id] for r in rows[3:]] == sorted(numbers[r.touchpoint_id] for r in rows[3:])


# ----------------------------------------------------------------------------- speed


def test_evidence_for_a_big_journey_counts_every_quote():
    rng = random.Random(7)
    j = Journey(JourneyInfo(title="Groot"))
    j.add(Phase("p", "Fase"))
    for i in range(1000):
        j.add(Touchpoint(f"t{i}", f"Contact {i}", "p"))
    j.add(Group("gc", "Statushouders", CLIENT))
    j.add(Group("gu", "Uitvoerders", EXECUTOR))
    for r in range(40):
        j.add(Respondent(f"r{r}", f"R{r}", "gc" if r % 2 else "gu"))
    sentiments = list(Sentiment)
    for k in range(20_000):
        j.add(Quote(f"q{k}", "tekst", touchpoint_id=f"t{k % 1000}", respondent_id=f"r{rng.randrange(40)}",
                    sentiment=rng.choice(sentiments)))
    evidence = evidence_by_touchpoint(j)
    assert len(evidence) == 1000
    assert sum(e.quotes.n + e.quotes.mixed for e in evidence.values()) == sum(
        1 for q in j.quotes if q.sentiment is not Sentiment.UNKNOWN)
