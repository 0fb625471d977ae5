"""Pure aggregates over a journey, shared by the UI and the exports."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from klantreis.entities import Quote, Sentiment
from klantreis.journey import Journey


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
    }
