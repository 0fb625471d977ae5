"""Judging practice against norms: a step's deadline, the indicators a study measures, and the
rekenkamer's toetsingskader (deelvragen in categories, each with norms, each norm assessed with
its reasoning and the evidence it rests on).

Like every entity these are frozen dataclasses that check their own fields (InvalidValue with a
Dutch message naming the field). References between them (an indicator's touchpoints, a norm's
deelvraag and evidence) are checked by the journey (klantreis/model/integrity.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from klantreis.model.checks import _check_bool, _check_enum, _check_id, _check_str_tuple, _check_text
from klantreis.model.enums import Assessment, DurationUnit
from klantreis.model.errors import InvalidValue

PERCENT = "%"


def _check_number(value, what: str, *, optional: bool = True, percent: bool = False,
                  positive: bool = False) -> float | None:
    """``value`` as a float (None allowed when optional); refused when it is not a finite
    number, above 100 for a percentage, negative, or (``positive``) zero."""
    if value is None and optional:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise InvalidValue("invalid_number", what=what, value=str(value))
    value = float(value) + 0.0
    if positive and value <= 0:
        raise InvalidValue("invalid_duration", what=what, value=_plain(value))
    if value < 0 or abs(value) > 1e9:
        raise InvalidValue("invalid_number", what=what, value=_plain(value))
    if percent and value > 100:
        raise InvalidValue("invalid_percentage", what=what, value=_plain(value))
    return value


def _plain(value: float) -> str:
    return f"{value:g}"


def _check_ids(values, what: str) -> None:
    _check_str_tuple(values, what)
    for value in values:
        _check_id(value, what)


@dataclass(frozen=True)
class Deadline:
    """A step's term, e.g. 18 maanden na vestiging (Wet inburgering 2021), with the realised
    duration where it is known (e.g. gemiddeld 39 maanden). Both in ``unit``."""

    amount: float
    unit: DurationUnit = DurationUnit.MAANDEN
    counted_from: str = ""  # what the term counts from: "vestiging", "eerste inschrijving"
    source: str = ""  # the law or policy that sets it
    realised: float | None = None
    realised_note: str = ""  # "gemiddeld", "mediaan cohort 2018", ...

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", _check_number(self.amount, "termijn", optional=False,
                                                         positive=True))
        _check_enum(self.unit, DurationUnit, "eenheid van de termijn")
        _check_text(self.counted_from, "termijn gerekend vanaf", max_len=300)
        _check_text(self.source, "bron van de termijn", max_len=500)
        object.__setattr__(self, "realised", _check_number(self.realised, "werkelijke duur"))
        _check_text(self.realised_note, "toelichting werkelijke duur", max_len=300)

    @property
    def exceeded(self) -> bool:
        """True when the realised duration is longer than the term."""
        return self.realised is not None and self.realised > self.amount


@dataclass(frozen=True)
class Indicator:
    """A measured figure with its target, e.g. "% integraal plan van aanpak binnen termijn",
    target 90, realised 74, unit %; it measures one or more touchpoints. Most figures are better
    higher; a duration ("gemiddelde duur tot slagen inburgering", target 30 months) is better
    lower (``lower_is_better``)."""

    id: str
    name: str
    unit: str = PERCENT
    target: float | None = None
    realised: float | None = None
    measured_on: str = ""  # a date or a period, as the source gives it
    source: str = ""
    touchpoint_ids: tuple[str, ...] = ()
    note: str = ""
    lower_is_better: bool = False

    def __post_init__(self) -> None:
        _check_id(self.id, "indicator-id")
        _check_text(self.name, "naam van de indicator", required=True, max_len=500)
        _check_text(self.unit, "eenheid", max_len=40)
        percent = self.unit.strip() == PERCENT
        object.__setattr__(self, "target", _check_number(self.target, "streefwaarde", percent=percent))
        object.__setattr__(self, "realised", _check_number(self.realised, "gerealiseerd",
                                                           percent=percent))
        _check_text(self.measured_on, "gemeten op", max_len=100)
        _check_text(self.source, "bron", max_len=500)
        _check_ids(self.touchpoint_ids, "contactmomenten van de indicator")
        _check_text(self.note, "toelichting")
        _check_bool(self.lower_is_better, "lager is beter")

    @property
    def gap(self) -> float | None:
        """Realised minus target (negative: below target); None when either is not known."""
        if self.target is None or self.realised is None:
            return None
        return self.realised - self.target

    @property
    def shortfall(self) -> float | None:
        """How far the realised figure is behind its target in the indicator's direction:
        positive is behind (74 against 90, or 34 months against 30 when lower is better), zero
        or negative is on or beyond target; None when either is not known."""
        gap = self.gap
        if gap is None:
            return None
        return gap if self.lower_is_better else -gap

    @property
    def behind(self) -> bool:
        """The realised figure is worse than the target (in the indicator's direction)."""
        shortfall = self.shortfall
        return shortfall is not None and shortfall > 0


@dataclass(frozen=True)
class Reference:
    """A place in a document that a norm's assessment rests on: its title and where (a page,
    lines)."""

    title: str
    location: str = ""  # "p. 34", "r. 1721-1727"

    def __post_init__(self) -> None:
        _check_text(self.title, "titel van het document", required=True, max_len=300)
        _check_text(self.location, "plaats in het document", max_len=100)


@dataclass(frozen=True)
class Question:
    """A deelvraag of the toetsingskader, in a category (beleid, regie op de uitvoering, ...)."""

    id: str
    number: str
    text: str
    category: str = ""

    def __post_init__(self) -> None:
        _check_id(self.id, "deelvraag-id")
        _check_text(self.number, "nummer van de deelvraag", max_len=20)
        _check_text(self.text, "deelvraag", required=True, max_len=2000)
        _check_text(self.category, "categorie", max_len=200)


@dataclass(frozen=True)
class Norm:
    """A norm of a deelvraag, its assessment, the reasoning, and the evidence it rests on:
    touchpoints, quotes, indicators and places in documents."""

    id: str
    question_id: str
    text: str
    assessment: Assessment = Assessment.OPEN
    reasoning: str = ""
    touchpoint_ids: tuple[str, ...] = ()
    quote_ids: tuple[str, ...] = ()
    indicator_ids: tuple[str, ...] = ()
    documents: tuple[Reference, ...] = ()  # places in documents (a report, its lines)

    def __post_init__(self) -> None:
        _check_id(self.id, "norm-id")
        _check_id(self.question_id, "deelvraag")
        _check_text(self.text, "norm", required=True, max_len=2000)
        _check_enum(self.assessment, Assessment, "beoordeling")
        _check_text(self.reasoning, "onderbouwing")
        _check_ids(self.touchpoint_ids, "contactmomenten als bewijs")
        _check_ids(self.quote_ids, "citaten als bewijs")
        _check_ids(self.indicator_ids, "indicatoren als bewijs")
        if not isinstance(self.documents, tuple) or not all(
                isinstance(r, Reference) for r in self.documents):
            raise InvalidValue("invalid_list", what="documentverwijzingen")

    @property
    def has_evidence(self) -> bool:
        return bool(self.touchpoint_ids or self.quote_ids or self.indicator_ids or self.documents)
