"""Pure aggregates over a journey, shared by the UI and the exports."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import fmean

from klantreis.evidence.memo import evidence_table, owner_table
from klantreis.graph.route import display_numbers
from klantreis.model.derived import remember
from klantreis.model.entities import Assessment, Perspective, Quote, Score, Sentiment
from klantreis.model.journey import Journey


@dataclass(frozen=True)
class SentimentSummary:
    """The quote sentiment of one touchpoint: mean of the -2..+2 values and how many."""

    mean: float | None
    n: int  # quotes with a numeric sentiment
    mixed: int
    unknown: int


def sentiment_summary(quotes: tuple[Quote, ...] | list[Quote]) -> SentimentSummary:
    values = [q.sentiment.score for q in quotes if q.sentiment.score is not None]
    return SentimentSummary(
        mean=fmean(values) if values else None,
        n=len(values),
        mixed=sum(1 for q in quotes if q.sentiment is Sentiment.MIXED),
        unknown=sum(1 for q in quotes if q.sentiment is Sentiment.UNKNOWN),
    )


def quote_sentiment_by_touchpoint(journey: Journey) -> dict[str, SentimentSummary]:
    """Per touchpoint id, the summary of its quotes' sentiment (touchpoints without quotes too)."""
    grouped: dict[str, list[Quote]] = {tp.id: [] for tp in journey.touchpoints}
    for quote in journey.quotes:
        if quote.touchpoint_id is not None:
            grouped[quote.touchpoint_id].append(quote)
    return {tp_id: sentiment_summary(quotes) for tp_id, quotes in grouped.items()}


def counts(journey: Journey) -> dict:
    """The numbers of everything in the journey, as ``main.py stats`` prints them."""
    per_sentiment = {s.value: 0 for s in Sentiment}
    for quote in journey.quotes:
        per_sentiment[quote.sentiment.value] += 1
    return {
        "title": journey.info.title,
        "phases": journey.count("phase"),
        "actors": journey.count("actor"),
        "touchpoints": journey.count("touchpoint"),
        "transitions": journey.count("transition"),
        "groups": journey.count("group"),
        "respondents": journey.count("respondent"),
        "quotes": journey.count("quote"),
        "scores": journey.count("score"),
        "quotes_per_sentiment": per_sentiment,
        "parked_quotes": sum(1 for q in journey.quotes if q.touchpoint_id is None),
        "indicators": journey.count("indicator"),
        "questions": journey.count("question"),
        "norms": journey.count("norm"),
        "assessments": {a.value: sum(1 for n in journey.norms if n.assessment is a) for a in Assessment},
        "deadlines": sum(1 for tp in journey.touchpoints if tp.deadline is not None),
        "deadlines_exceeded": sum(1 for tp in journey.touchpoints
                                  if tp.deadline is not None and tp.deadline.exceeded),
        "transcripts": journey.count("transcript"),
        "quotes_from_transcripts": sum(1 for q in journey.quotes if q.transcript_id is not None),
    }


# ----------------------------------------------------------------------------- whose evidence


def quote_perspective(journey: Journey, quote: Quote) -> Perspective | None:
    """The quote's own perspective, else its group's, else its respondent's group's."""
    if quote.perspective is not None:
        return quote.perspective
    group = journey.find("group", effective_group_id(journey, quote))
    return None if group is None else group.perspective


def score_perspective(journey: Journey, score: Score) -> Perspective | None:
    """The score's group's perspective, else its respondent's group's."""
    group = journey.find("group", effective_group_id(journey, score))
    return None if group is None else group.perspective


def effective_group_id(journey: Journey, item: Quote | Score) -> str | None:
    """The group of a quote or score: its own, else its respondent's (None when neither has one)."""
    if item.group_id is not None:
        return item.group_id
    respondent = journey.find("respondent", item.respondent_id)
    return None if respondent is None else respondent.group_id


class OwnerIndex:
    """:func:`effective_group_id`, :func:`quote_perspective` and :func:`score_perspective` for many
    items at once, on lookup tables made once per journey state (do not keep it across edits)."""

    def __init__(self, journey: Journey) -> None:
        self.group_of_respondent = {r.id: r.group_id for r in journey.respondents}
        self.perspective_of_group = {g.id: g.perspective for g in journey.groups}
        self.group_order = {g.id: i for i, g in enumerate(journey.groups)}

    @classmethod
    def of(cls, journey: Journey) -> OwnerIndex:
        """The index of the journey as it is now, made once until its groups or respondents
        change (shared: read only)."""
        return remember(owner_table(journey), "index", lambda: cls(journey))

    def group_id(self, item: Quote | Score) -> str | None:
        if item.group_id is not None:
            return item.group_id
        return self.group_of_respondent.get(item.respondent_id)

    def quote_perspective(self, quote: Quote) -> Perspective | None:
        if quote.perspective is not None:
            return quote.perspective
        return self.perspective_of_group.get(self.group_id(quote))

    def score_perspective(self, score: Score) -> Perspective | None:
        return self.perspective_of_group.get(self.group_id(score))


# ----------------------------------------------------------------------------- score summaries


@dataclass(frozen=True)
class ScoreSummary:
    """Votes or quote sentiments on the -2..+2 scale: their mean, how many, the population standard
    deviation (0.0 for one value), the lowest and highest value, and (quotes only) how many were
    gemengd. Everything but ``n`` and ``mixed`` is None when there are no values."""

    mean: float | None
    n: int
    spread: float | None
    low: int | None
    high: int | None
    mixed: int = 0


EMPTY_SUMMARY = ScoreSummary(mean=None, n=0, spread=None, low=None, high=None, mixed=0)
_SCALE = (-2, -1, 0, 1, 2)


class _Tally:
    """Counts per value -2..+2 (index value + 2) and of mixed quotes; cheap to add to."""

    __slots__ = ("counts", "mixed")

    def __init__(self) -> None:
        self.counts = [0, 0, 0, 0, 0]
        self.mixed = 0

    def summary(self) -> ScoreSummary:
        n = sum(self.counts)
        if n == 0:
            return ScoreSummary(mean=None, n=0, spread=None, low=None, high=None, mixed=self.mixed)
        mean = sum(v * c for v, c in zip(_SCALE, self.counts, strict=True)) / n
        variance = sum(c * (v - mean) ** 2 for v, c in zip(_SCALE, self.counts, strict=True)) / n
        present = [v for v, c in zip(_SCALE, self.counts, strict=True) if c]
        return ScoreSummary(mean=mean, n=n, spread=math.sqrt(variance), low=present[0],
                            high=present[-1], mixed=self.mixed)


def _add_quote(tally: _Tally, sentiment: Sentiment) -> None:
    score = sentiment.score
    if score is not None:
        tally.counts[score + 2] += 1
    elif sentiment is Sentiment.MIXED:
        tally.mixed += 1


def vote_summary(scores: Iterable[Score]) -> ScoreSummary:
    """The summary of the scores' values (``mixed`` is always 0)."""
    tally = _Tally()
    for score in scores:
        tally.counts[score.value + 2] += 1
    return tally.summary()


def quote_summary(quotes: Iterable[Quote]) -> ScoreSummary:
    """The summary of the quotes' numeric sentiments; gemengd is counted in ``mixed``, onbekend is
    left out."""
    tally = _Tally()
    for quote in quotes:
        _add_quote(tally, quote.sentiment)
    return tally.summary()


# ----------------------------------------------------------------------------- per touchpoint


@dataclass(frozen=True)
class TouchpointEvidence:
    """Votes and quote sentiment of one touchpoint, in total and per perspective and group. Only
    perspectives and groups with data are keys (perspectives in enum order, groups in journey
    order). The group is the item's own or its respondent's; items with neither are only in the
    totals, and the same holds for items without a perspective."""

    votes: ScoreSummary
    quotes: ScoreSummary
    votes_by_perspective: dict[Perspective, ScoreSummary]
    quotes_by_perspective: dict[Perspective, ScoreSummary]
    votes_by_group: dict[str, ScoreSummary]
    quotes_by_group: dict[str, ScoreSummary]


class _EvidenceTally:
    __slots__ = ("votes", "quotes", "votes_p", "quotes_p", "votes_g", "quotes_g")

    def __init__(self) -> None:
        self.votes, self.quotes = _Tally(), _Tally()
        self.votes_p: dict[Perspective, _Tally] = {}
        self.quotes_p: dict[Perspective, _Tally] = {}
        self.votes_g: dict[str, _Tally] = {}
        self.quotes_g: dict[str, _Tally] = {}


_PERSPECTIVE_ORDER = {p: i for i, p in enumerate(Perspective)}


def _ordered(tallies: dict, order: dict) -> dict:
    return {key: tallies[key].summary() for key in sorted(tallies, key=order.__getitem__)}


def evidence_by_touchpoint(journey: Journey, *, include_internal: bool = True
                           ) -> dict[str, TouchpointEvidence]:
    """Per touchpoint id (every touchpoint, in journey order), its :class:`TouchpointEvidence`.
    Parked quotes are left out; internal quotes count unless ``include_internal`` is False."""
    return {tp.id: evidence_of(journey, tp.id, include_internal=include_internal)
            for tp in journey.touchpoints}


def evidence_of(journey: Journey, touchpoint_id: str, *, include_internal: bool = True
                ) -> TouchpointEvidence:
    """The :class:`TouchpointEvidence` of one touchpoint. It is kept beside the journey
    (:mod:`klantreis.evidence.memo`) until the touchpoint's quotes or scores, the groups or the
    respondents change, so a new quote costs the work of one touchpoint."""
    def compute() -> TouchpointEvidence:
        return _touchpoint_evidence(journey, touchpoint_id, OwnerIndex.of(journey), include_internal)

    per_touchpoint = remember(evidence_table(journey), touchpoint_id, dict)
    return remember(per_touchpoint, include_internal, compute)


def kept_evidence(journey: Journey, touchpoint_id: str | None, *, include_internal: bool = True
                  ) -> TouchpointEvidence | None:
    """The evidence :func:`evidence_of` gave last, while it is still up to date (None when a
    change has made it out of date, or it was never worked out). A view that keeps the
    evidence object it drew knows its card is current when this is that same object."""
    return evidence_table(journey).get(touchpoint_id, {}).get(include_internal)


def _touchpoint_evidence(journey: Journey, tp_id: str, owners: OwnerIndex,
                         include_internal: bool) -> TouchpointEvidence:
    group_of_respondent = owners.group_of_respondent  # local names: these loops run per item
    perspective_of_group = owners.perspective_of_group
    tally = _EvidenceTally()
    for score in journey.scores_for(tp_id):
        index = score.value + 2
        tally.votes.counts[index] += 1
        group_id = score.group_id
        if group_id is None:
            group_id = group_of_respondent.get(score.respondent_id)
        if group_id is None:
            continue
        tally.votes_g.setdefault(group_id, _Tally()).counts[index] += 1
        perspective = perspective_of_group[group_id]
        tally.votes_p.setdefault(perspective, _Tally()).counts[index] += 1
    for quote in journey.quotes_for(tp_id):
        if quote.internal and not include_internal:
            continue
        sentiment = quote.sentiment
        if sentiment is Sentiment.UNKNOWN:
            continue  # in no summary, so it makes no key either
        _add_quote(tally.quotes, sentiment)
        group_id = quote.group_id
        if group_id is None:
            group_id = group_of_respondent.get(quote.respondent_id)
        if group_id is not None:
            _add_quote(tally.quotes_g.setdefault(group_id, _Tally()), sentiment)
        perspective = quote.perspective
        if perspective is None and group_id is not None:
            perspective = perspective_of_group[group_id]
        if perspective is not None:
            _add_quote(tally.quotes_p.setdefault(perspective, _Tally()), sentiment)
    group_order = owners.group_order
    return TouchpointEvidence(
        votes=tally.votes.summary(),
        quotes=tally.quotes.summary(),
        votes_by_perspective=_ordered(tally.votes_p, _PERSPECTIVE_ORDER),
        quotes_by_perspective=_ordered(tally.quotes_p, _PERSPECTIVE_ORDER),
        votes_by_group=_ordered(tally.votes_g, group_order),
        quotes_by_group=_ordered(tally.quotes_g, group_order),
    )


# ----------------------------------------------------------------------------- two worlds

BASES = ("auto", "votes", "quotes")
# a difference equal to the threshold in exact arithmetic can come out just below it in floating
# point (0.7 - 0.4 < 0.3), so the comparison allows for rounding
_EPSILON = 1e-9


@dataclass(frozen=True)
class WorldsRow:
    """Client and executor (uitvoerder) view of one touchpoint. ``difference`` is the executor mean
    minus the client mean (None unless both have values); ``disagree`` is abs(difference) >= the
    threshold; ``basis`` says whether votes or quote sentiments were compared."""

    touchpoint_id: str
    client: ScoreSummary
    executor: ScoreSummary
    difference: float | None
    disagree: bool
    basis: str


def worlds_row(touchpoint_id: str, evidence: TouchpointEvidence, basis: str = "auto",
               threshold: float = 2.0) -> WorldsRow:
    """The two-worlds row of one touchpoint from its evidence (see :func:`two_worlds`)."""
    client_p, executor_p = Perspective.CLIENT, Perspective.UITVOERDER
    use = basis
    if use == "auto":
        votes = evidence.votes_by_perspective
        both = client_p in votes and executor_p in votes  # keys only exist with n >= 1
        use = "votes" if both else "quotes"
    by_perspective = (evidence.votes_by_perspective if use == "votes"
                      else evidence.quotes_by_perspective)
    client = by_perspective.get(client_p, EMPTY_SUMMARY)
    executor = by_perspective.get(executor_p, EMPTY_SUMMARY)
    difference = None
    if client.mean is not None and executor.mean is not None:
        difference = executor.mean - client.mean
    disagree = difference is not None and abs(difference) >= threshold - _EPSILON
    return WorldsRow(touchpoint_id, client, executor, difference, disagree, use)


def two_worlds(journey: Journey, basis: str = "auto", threshold: float = 2.0, *,
               include_internal: bool = True,
               evidence: dict[str, TouchpointEvidence] | None = None) -> list[WorldsRow]:
    """One row per touchpoint comparing clients and executors, biggest gap first (rows without a
    difference last, ties by display number). ``basis`` is "votes", "quotes" or "auto": per
    touchpoint votes when both perspectives voted there, else quotes. A caller that already has
    :func:`evidence_by_touchpoint` of this journey can pass it (``include_internal`` is then
    what it was made with)."""
    if basis not in BASES:
        raise ValueError(f"basis must be one of {BASES}, not {basis!r}")
    if evidence is None:
        evidence = evidence_by_touchpoint(journey, include_internal=include_internal)
    rows = [worlds_row(tp_id, ev, basis, threshold) for tp_id, ev in evidence.items()]
    numbers = display_numbers(journey)
    rows.sort(key=lambda r: (r.difference is None, -abs(r.difference or 0.0), numbers[r.touchpoint_id]))
    return rows
