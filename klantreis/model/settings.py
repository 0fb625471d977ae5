"""Per-project settings kept with the journey: how the PDF is made and what privacy asks."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from klantreis.model.checks import _check_bool, _check_colour, _check_enum, _check_str_tuple
from klantreis.model.enums import Perspective
from klantreis.model.errors import InvalidValue


class Paper(StrEnum):
    A3 = "A3"
    A4 = "A4"


@dataclass(frozen=True)
class PdfOptions:
    """How the infographic PDF is made; kept in the project, so the next export is the same.
    Empty selections mean everything; no highlighted quotes means the automatic choice (the
    most negative and the most positive quote of each phase)."""

    paper: Paper = Paper.A3
    language: str = "nl"  # of the labels (the journey's own texts stay as they are)
    details: bool = True  # the detail pages after the infographic
    phase_ids: tuple[str, ...] = ()
    perspectives: tuple[Perspective, ...] = ()
    group_ids: tuple[str, ...] = ()
    highlighted_quote_ids: tuple[str, ...] = ()
    phase_colours: bool = True  # the project's phase colours, else one neutral tone
    accent: str = "#1F4E79"  # title, route and number badges
    norms: bool = True  # the toetsingskader page (when the journey has deelvragen)
    indicators: bool = True  # the indicators page (when the journey has indicators)

    def __post_init__(self) -> None:
        _check_enum(self.paper, Paper, "papierformaat")
        if self.language not in ("nl", "en"):
            raise InvalidValue("invalid_choice", what="taal van de PDF", value=str(self.language))
        _check_bool(self.details, "detailpagina's")
        _check_bool(self.phase_colours, "fasekleuren")
        _check_bool(self.norms, "toetsingskader")
        _check_bool(self.indicators, "indicatoren")
        for name in ("phase_ids", "group_ids", "highlighted_quote_ids"):
            _check_str_tuple(getattr(self, name), name)
        if not isinstance(self.perspectives, tuple):
            raise InvalidValue("invalid_list", what="perspectieven")
        for perspective in self.perspectives:
            _check_enum(perspective, Perspective, "perspectief")
        _check_colour(self.accent, "accentkleur")


@dataclass(frozen=True)
class PrivacySettings:
    """What the privacy check looks for and what exports leave out: the project's own words
    (names of people in this study, a street, a school), respondent attributes that never leave
    the app, and the smallest group of respondents an export may single out (k)."""

    words: tuple[str, ...] = ()
    private_attributes: tuple[str, ...] = ()
    k: int = 3

    def __post_init__(self) -> None:
        _check_str_tuple(self.words, "woordenlijst")
        _check_str_tuple(self.private_attributes, "privé-kenmerken")
        if not isinstance(self.k, int) or isinstance(self.k, bool) or not 1 <= self.k <= 100:
            raise InvalidValue("invalid_choice", what="k (kleinste groep)", value=str(self.k))
