"""Filtering and sorting quotes (the quote table, and later the PDF export)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from klantreis.evidence.analysis import OwnerIndex
from klantreis.evidence.search import fold
from klantreis.graph.route import display_numbers
from klantreis.model.entities import Perspective, Provenance, Quote, Sentiment
from klantreis.model.journey import Journey

_SET_FIELDS = (
    "touchpoint_ids", "phase_ids", "group_ids", "respondent_ids", "perspectives", "sentiments",
    "languages", "tags", "provenances",
)


@dataclass(frozen=True)
class QuoteFilter:
    """Which quotes to show. Every criterion is optional: an empty set (or None) does not filter.
    A quote must meet every criterion that is set, and one value of each set is enough.

    ``None`` in ``touchpoint_ids`` selects the parking lot; likewise None in ``group_ids``,
    ``respondent_ids`` or ``perspectives`` selects quotes without one. Group and perspective are
    the effective ones (the quote's own, else its respondent's group; see
    :func:`klantreis.evidence.analysis.quote_perspective`). Parked quotes have no phase. ``tags`` matches a
    quote with any of the tags (exactly as written). ``text``: every word must occur in the text,
    translation, source or tags, ignoring case and accents.
    """

    touchpoint_ids: frozenset[str | None] = frozenset()
    phase_ids: frozenset[str] = frozenset()
    group_ids: frozenset[str | None] = frozenset()
    respondent_ids: frozenset[str | None] = frozenset()
    perspectives: frozenset[Perspective | None] = frozenset()
    sentiments: frozenset[Sentiment] = frozenset()
    languages: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    provenances: frozenset[Provenance] = frozenset()
    text: str = ""
    include_internal: bool = True

    def __post_init__(self) -> None:
        for name in _SET_FIELDS:  # accept any iterable, keep the filter hashable
            value = getattr(self, name)
            if value is None:
                object.__setattr__(self, name, frozenset())
            elif isinstance(value, str):
                raise TypeError(f"{name} must be a set of values, not a string")
            elif not isinstance(value, frozenset):
                object.__setattr__(self, name, frozenset(value))
        if self.text is None:
            object.__setattr__(self, "text", "")

    def is_empty(self) -> bool:
        """True when the filter lets every quote through."""
        return (
            not any(getattr(self, name) for name in _SET_FIELDS)
            and not self.text.strip() and self.include_internal
        )


def _fold(text: str) -> str:
    """:func:`klantreis.evidence.search.fold`, with a shortcut for plain ASCII (the same result)."""
    return text.lower() if text.isascii() else fold(text)


@lru_cache(maxsize=65536)  # keyed by value (quotes are frozen), so typing a query stays fast
def _haystack(quote: Quote) -> str:
    """What the text criterion searches in, folded."""
    return _fold("\n".join((quote.text, quote.translation, quote.source, *quote.tags)))


def filter_quotes(journey: Journey, quote_filter: QuoteFilter) -> tuple[Quote, ...]:
    """The quotes that pass ``quote_filter``, in journey order."""
    quotes = journey.quotes
    f = quote_filter
    if f.is_empty():
        return quotes
    checks: list[Callable[[Quote], bool]] = []  # cheap ones first, the text search last
    if not f.include_internal:
        checks.append(lambda q: not q.internal)
    if f.touchpoint_ids:
        checks.append(lambda q: q.touchpoint_id in f.touchpoint_ids)
    if f.phase_ids:
        wanted = {tp.id for tp in journey.touchpoints if tp.phase_id in f.phase_ids}
        checks.append(lambda q: q.touchpoint_id in wanted)
    if f.respondent_ids:
        checks.append(lambda q: q.respondent_id in f.respondent_ids)
    if f.sentiments:
        checks.append(lambda q: q.sentiment in f.sentiments)
    if f.languages:
        checks.append(lambda q: q.language in f.languages)
    if f.provenances:
        checks.append(lambda q: q.provenance in f.provenances)
    if f.tags:
        checks.append(lambda q: not f.tags.isdisjoint(q.tags))
    if f.group_ids or f.perspectives:
        owners = OwnerIndex(journey)
        if f.group_ids:
            checks.append(lambda q: owners.group_id(q) in f.group_ids)
        if f.perspectives:
            checks.append(lambda q: owners.quote_perspective(q) in f.perspectives)
    words = _fold(f.text).split()
    if words:
        def has_words(quote: Quote) -> bool:
            haystack = _haystack(quote)
            return all(word in haystack for word in words)

        checks.append(has_words)
    return tuple(q for q in quotes if all(check(q) for check in checks))


# ----------------------------------------------------------------------------- sorting

SORT_KEYS = ("touchpoint", "phase", "respondent", "group", "sentiment", "language", "captured_at", "text")
_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """A sort key in which digit runs count as numbers, so "R2" comes before "R10"."""
    parts = _DIGITS.split(_fold(text.strip()))
    # split() gives text at even and digits at odd positions, so equal positions compare alike
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts))


def _key_function(journey: Journey, key: str) -> Callable[[Quote], object]:
    """For ``key``, a function giving a quote's sort value, or None when it has none."""
    if key == "touchpoint":
        numbers = display_numbers(journey)
        return lambda q: numbers.get(q.touchpoint_id)  # parked: None
    if key == "phase":
        phase_order = {p.id: i for i, p in enumerate(journey.phases)}
        phase_of = {tp.id: phase_order[tp.phase_id] for tp in journey.touchpoints}
        return lambda q: phase_of.get(q.touchpoint_id)
    if key == "respondent":
        codes = {r.id: natural_key(r.code) for r in journey.respondents}
        return lambda q: codes.get(q.respondent_id)
    if key == "group":
        owners = OwnerIndex(journey)
        names = {g.id: natural_key(g.name) for g in journey.groups}
        return lambda q: names.get(owners.group_id(q))
    if key == "sentiment":
        return lambda q: q.sentiment.score
    if key == "language":
        return lambda q: q.language
    if key == "captured_at":
        return lambda q: q.captured_at or None
    if key == "text":
        return lambda q: (_fold(q.text), q.text)
    raise ValueError(f"sort key must be one of {SORT_KEYS}, not {key!r}")


_MISSING_SENTIMENT_ORDER = {Sentiment.MIXED: 0, Sentiment.UNKNOWN: 1}


def sort_quotes(journey: Journey, quotes: Iterable[Quote], key: str, descending: bool = False
                ) -> tuple[Quote, ...]:
    """``quotes`` sorted by one of :data:`SORT_KEYS`. Quotes without a value (parked ones for
    touchpoint and phase, no respondent or group, gemengd or onbekend sentiment, no capture time)
    come last in either direction; gemengd before onbekend. Ties keep their given order."""
    value_of = _key_function(journey, key)
    present: list[tuple[object, Quote]] = []
    missing: list[Quote] = []
    for quote in quotes:
        value = value_of(quote)
        if value is None:
            missing.append(quote)
        else:
            present.append((value, quote))
    present.sort(key=lambda pair: pair[0], reverse=descending)  # stable in both directions
    if key == "sentiment":
        missing.sort(key=lambda q: _MISSING_SENTIMENT_ORDER[q.sentiment])
    return tuple(q for _, q in present) + tuple(missing)


# ----------------------------------------------------------------------------- choices


def all_tags(journey: Journey) -> tuple[str, ...]:
    """Every tag used on a quote, once, sorted without regard to case."""
    tags = {tag for quote in journey.quotes for tag in quote.tags}
    return tuple(sorted(tags, key=lambda t: (_fold(t), t)))


def all_languages(journey: Journey) -> tuple[str, ...]:
    """Every language code of a quote, once, sorted."""
    return tuple(sorted({quote.language for quote in journey.quotes}))


__all__ = [
    "SORT_KEYS", "QuoteFilter", "all_languages", "all_tags", "filter_quotes", "natural_key",
    "sort_quotes",
]
