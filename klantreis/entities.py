"""The things a klantreis is made of, as immutable value objects.

Every entity is a frozen dataclass: the journey hands them out without copying, and a change is a
new value (``dataclasses.replace``) passed to one of the journey's ``update_*`` operations.
Each validates its own fields on construction and raises :class:`InvalidValue`.
There is deliberately no field for a person's name anywhere: respondents are codes.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from klantreis.errors import InvalidValue

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def new_id() -> str:
    """A new stable id (uuid4 hex). Ids are made here, never at save time."""
    return uuid.uuid4().hex


class ActorKind(StrEnum):
    GEMEENTE = "gemeente"
    VLUCHTELINGENWERK = "vluchtelingenwerk"
    WONINGCORPORATIE = "woningcorporatie"
    TAALSCHOOL = "taalschool"
    DUO = "duo"
    COA = "coa"
    IND = "ind"
    RIJK = "rijk"
    WELZIJN = "welzijn"
    WERKGEVER = "werkgever"
    VRIJWILLIGERSORGANISATIE = "vrijwilligersorganisatie"
    SCHULDHULP = "schuldhulp"
    STATUSHOUDER = "statushouder"
    OVERIG = "overig"


class Channel(StrEnum):
    BALIE = "balie"
    GESPREK = "gesprek"
    TELEFOON = "telefoon"
    BRIEF = "brief"
    EMAIL = "email"
    HUISBEZOEK = "huisbezoek"
    ONLINE = "online"
    GROEPSBIJEENKOMST = "groepsbijeenkomst"
    LES = "les"
    OVERIG = "overig"
    ONBEKEND = "onbekend"


class TouchpointKind(StrEnum):
    CONTACT = "contact"
    WACHTEN = "wachten"
    BESLISSING = "beslissing"
    OVERDRACHT = "overdracht"
    MIJLPAAL = "mijlpaal"


class TransitionKind(StrEnum):
    VOLGENDE = "volgende"  # the next step on the route
    VERTAKKING = "vertakking"  # one of several alternatives (a real choice)
    PARALLEL = "parallel"  # a track that runs alongside, both are followed
    TERUGKEER = "terugkeer"  # back to an earlier step (a loop)
    OMWEG = "omweg"  # a detour that rejoins the route
    OVERDRACHT = "overdracht"  # a handover between organisations


class Perspective(StrEnum):
    CLIENT = "client"
    UITVOERDER = "uitvoerder"
    OVERIG = "overig"


class Sentiment(StrEnum):
    VERY_NEGATIVE = "-2"
    NEGATIVE = "-1"
    NEUTRAL = "0"
    POSITIVE = "+1"
    VERY_POSITIVE = "+2"
    MIXED = "gemengd"
    UNKNOWN = "onbekend"

    @property
    def score(self) -> int | None:
        """The numeric value -2..+2, or None for mixed and unknown."""
        if self in (Sentiment.MIXED, Sentiment.UNKNOWN):
            return None
        return int(self.value)

    @classmethod
    def from_score(cls, score: int) -> Sentiment:
        return cls({-2: "-2", -1: "-1", 0: "0", 1: "+1", 2: "+2"}[score])


class Provenance(StrEnum):
    LETTERLIJK = "letterlijk"
    PARAFRASE = "parafrase"


class Translator(StrEnum):
    NONE = ""
    TOLK = "tolk"
    ONDERZOEKER = "onderzoeker"


# ----------------------------------------------------------------------------- validation helpers


def _check_id(value: str, what: str) -> None:
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise InvalidValue("invalid_id", what=what, value=str(value))


def _check_optional_id(value: str | None, what: str) -> None:
    if value is not None:
        _check_id(value, what)


def _check_text(value: str, what: str, *, required: bool = False, max_len: int = 100_000) -> None:
    if not isinstance(value, str):
        raise InvalidValue("not_text", what=what)
    if required and not value.strip():
        raise InvalidValue("required", what=what)
    if len(value) > max_len:
        raise InvalidValue("too_long", what=what, limit=max_len)


def _check_colour(value: str, what: str) -> None:
    if not isinstance(value, str) or not _COLOUR_RE.match(value):
        raise InvalidValue("invalid_colour", what=what, value=str(value))


def _check_language(value: str, what: str, *, required: bool = True) -> None:
    if not value and not required:
        return
    if not isinstance(value, str) or not _LANG_RE.match(value):
        raise InvalidValue("invalid_language", what=what, value=str(value))


def _check_timestamp(value: str, what: str, *, required: bool = True) -> None:
    if not value and not required:
        return
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidValue("invalid_timestamp", what=what, value=str(value)) from None


def _check_enum(value: object, enum: type[StrEnum], what: str) -> None:
    if not isinstance(value, enum):
        raise InvalidValue("invalid_choice", what=what, value=str(value))


def _check_bool(value: object, what: str, *, optional: bool = False) -> None:
    if optional and value is None:
        return
    if not isinstance(value, bool):
        raise InvalidValue("invalid_choice", what=what, value=str(value))


def _check_str_tuple(values: tuple[str, ...], what: str) -> None:
    if not isinstance(values, tuple) or not all(isinstance(v, str) and v.strip() for v in values):
        raise InvalidValue("invalid_list", what=what)
    if len(set(values)) != len(values):
        raise InvalidValue("duplicate_in_list", what=what)


# ----------------------------------------------------------------------------- entities


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

    def __post_init__(self) -> None:
        _check_enum(self.paper, Paper, "papierformaat")
        if self.language not in ("nl", "en"):
            raise InvalidValue("invalid_choice", what="taal van de PDF", value=str(self.language))
        _check_bool(self.details, "detailpagina's")
        _check_bool(self.phase_colours, "fasekleuren")
        for name in ("phase_ids", "group_ids", "highlighted_quote_ids"):
            _check_str_tuple(getattr(self, name), name)
        if not isinstance(self.perspectives, tuple):
            raise InvalidValue("invalid_list", what="perspectieven")
        for perspective in self.perspectives:
            _check_enum(perspective, Perspective, "perspectief")
        _check_colour(self.accent, "accentkleur")


@dataclass(frozen=True)
class JourneyInfo:
    """The journey's own fields (one per project)."""

    title: str
    subtitle: str = ""
    organisation: str = ""
    period: str = ""
    description: str = ""
    method: str = ""
    language: str = "nl"
    created: str = "2000-01-01T00:00:00"
    modified: str = "2000-01-01T00:00:00"
    # the respondent attributes this project asks for (e.g. leeftijdsklasse, land van herkomst),
    # in the order the respondent table shows them; chosen per project, never a name
    attribute_names: tuple[str, ...] = ()
    pdf_options: PdfOptions = PdfOptions()

    def __post_init__(self) -> None:
        _check_text(self.title, "titel", required=True, max_len=500)
        if not isinstance(self.pdf_options, PdfOptions):
            raise InvalidValue("invalid_choice", what="PDF-instellingen",
                               value=type(self.pdf_options).__name__)
        for name in ("subtitle", "organisation", "period", "description", "method"):
            _check_text(getattr(self, name), name)
        _check_language(self.language, "taal")
        _check_str_tuple(self.attribute_names, "kenmerken")
        for name in self.attribute_names:
            _check_text(name, "kenmerknaam", required=True, max_len=80)
        _check_timestamp(self.created, "aangemaakt")
        _check_timestamp(self.modified, "gewijzigd")


@dataclass(frozen=True)
class Phase:
    id: str
    name: str
    description: str = ""
    colour: str = "#DCE6F0"

    def __post_init__(self) -> None:
        _check_id(self.id, "fase-id")
        _check_text(self.name, "fasenaam", required=True, max_len=200)
        _check_text(self.description, "omschrijving")
        _check_colour(self.colour, "kleur")


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind = ActorKind.OVERIG
    colour: str = "#5B7083"

    def __post_init__(self) -> None:
        _check_id(self.id, "actor-id")
        _check_text(self.name, "actornaam", required=True, max_len=200)
        _check_enum(self.kind, ActorKind, "soort actor")
        _check_colour(self.colour, "kleur")


@dataclass(frozen=True)
class Touchpoint:
    """A contactmoment: one step of the journey."""

    id: str
    title: str
    phase_id: str
    actor_ids: tuple[str, ...] = ()
    description: str = ""
    channel: Channel = Channel.ONBEKEND
    kind: TouchpointKind = TouchpointKind.CONTACT
    norm: str = ""
    matters: bool = False  # "moment dat ertoe doet"
    bottleneck: bool = False  # "knelpunt"
    x: float | None = None
    y: float | None = None
    internal_note: str = ""

    def __post_init__(self) -> None:
        _check_id(self.id, "contactmoment-id")
        _check_text(self.title, "titel", required=True, max_len=300)
        _check_id(self.phase_id, "fase")
        _check_str_tuple(self.actor_ids, "actoren")
        for actor_id in self.actor_ids:
            _check_id(actor_id, "actor")
        _check_text(self.description, "omschrijving")
        _check_enum(self.channel, Channel, "kanaal")
        _check_enum(self.kind, TouchpointKind, "soort contactmoment")
        _check_text(self.norm, "norm", max_len=1000)
        _check_bool(self.matters, "moment dat ertoe doet")
        _check_bool(self.bottleneck, "knelpunt")
        for name in ("x", "y"):  # positions are floats, so a file round trip keeps their type
            value = getattr(self, name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                # float, and -0.0 as 0.0 (SQLite does not keep the sign of zero)
                object.__setattr__(self, name, float(value) + 0.0)
        if (self.x is None) != (self.y is None):
            raise InvalidValue("half_position", what="positie")
        for value in (self.x, self.y):
            if value is not None and (
                not isinstance(value, int | float) or isinstance(value, bool) or value != value
                or abs(value) > 1e7
            ):
                raise InvalidValue("invalid_number", what="positie", value=str(value))
        _check_text(self.internal_note, "interne notitie")

    @property
    def position(self) -> tuple[float, float] | None:
        return None if self.x is None or self.y is None else (self.x, self.y)


@dataclass(frozen=True)
class Transition:
    id: str
    source_id: str
    target_id: str
    kind: TransitionKind = TransitionKind.VOLGENDE
    label: str = ""
    share: float | None = None  # percent of people taking this transition

    def __post_init__(self) -> None:
        _check_id(self.id, "overgang-id")
        _check_id(self.source_id, "van")
        _check_id(self.target_id, "naar")
        _check_enum(self.kind, TransitionKind, "soort overgang")
        _check_text(self.label, "label", max_len=300)
        if isinstance(self.share, int | float) and not isinstance(self.share, bool):
            object.__setattr__(self, "share", float(self.share) + 0.0)
        if self.share is not None and (
            not isinstance(self.share, int | float) or isinstance(self.share, bool)
            or not 0 <= self.share <= 100
        ):
            raise InvalidValue("invalid_share", what="aandeel", value=str(self.share))


@dataclass(frozen=True)
class Group:
    """A focus group or session."""

    id: str
    name: str
    perspective: Perspective
    date: str = ""  # ISO date, or a free period such as "2021" when the source gives no date
    place: str = ""
    languages: tuple[str, ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        _check_id(self.id, "groep-id")
        _check_text(self.name, "groepsnaam", required=True, max_len=200)
        _check_enum(self.perspective, Perspective, "perspectief")
        _check_text(self.date, "datum", max_len=40)
        _check_text(self.place, "plaats", max_len=300)
        _check_str_tuple(self.languages, "talen")
        for lang in self.languages:
            _check_language(lang, "taal")
        _check_text(self.note, "notitie")


@dataclass(frozen=True)
class Respondent:
    """An anonymous participant: a code and attributes, never a name."""

    id: str
    code: str
    group_id: str | None = None
    attributes: tuple[tuple[str, str], ...] = ()
    consent_recorded: bool = False
    interview_language: str = ""
    interpreter_used: bool | None = None  # None: not known

    def __post_init__(self) -> None:
        _check_id(self.id, "respondent-id")
        _check_text(self.code, "respondentcode", required=True, max_len=20)
        _check_optional_id(self.group_id, "groep")
        if not isinstance(self.attributes, tuple):
            raise InvalidValue("invalid_list", what="kenmerken")
        keys = []
        for pair in self.attributes:
            if (
                not isinstance(pair, tuple) or len(pair) != 2
                or not all(isinstance(p, str) for p in pair) or not pair[0].strip()
            ):
                raise InvalidValue("invalid_attribute", what="kenmerken")
            keys.append(pair[0])
        if len(set(keys)) != len(keys):
            raise InvalidValue("duplicate_in_list", what="kenmerken")
        _check_bool(self.consent_recorded, "toestemming vastgelegd")
        _check_language(self.interview_language, "interviewtaal", required=False)
        _check_bool(self.interpreter_used, "tolk", optional=True)

    def attribute(self, name: str, default: str = "") -> str:
        return dict(self.attributes).get(name, default)


@dataclass(frozen=True)
class Quote:
    """A citaat: what someone said, tied to a touchpoint (or parked when it has none)."""

    id: str
    text: str
    language: str = "nl"
    translation: str = ""  # Dutch translation when the text is in another language
    translated_by: Translator = Translator.NONE
    touchpoint_id: str | None = None  # None: the "parkeerplaats"
    respondent_id: str | None = None
    group_id: str | None = None
    perspective: Perspective | None = None
    sentiment: Sentiment = Sentiment.UNKNOWN
    provenance: Provenance = Provenance.LETTERLIJK
    captured_at: str = ""
    source: str = ""  # e.g. "rapport r. 2263"
    tags: tuple[str, ...] = ()
    internal: bool = False

    def __post_init__(self) -> None:
        _check_id(self.id, "citaat-id")
        _check_text(self.text, "citaattekst", required=True)
        _check_language(self.language, "taal")
        _check_text(self.translation, "vertaling")
        _check_enum(self.translated_by, Translator, "vertaald door")
        if self.translated_by is not Translator.NONE and not self.translation.strip():
            raise InvalidValue("translator_without_translation", what="vertaald door")
        _check_optional_id(self.touchpoint_id, "contactmoment")
        _check_optional_id(self.respondent_id, "respondent")
        _check_optional_id(self.group_id, "groep")
        if self.perspective is not None:
            _check_enum(self.perspective, Perspective, "perspectief")
        _check_enum(self.sentiment, Sentiment, "sentiment")
        _check_enum(self.provenance, Provenance, "herkomst")
        _check_timestamp(self.captured_at, "vastgelegd op", required=False)
        _check_text(self.source, "bron", max_len=500)
        _check_str_tuple(self.tags, "labels")
        _check_bool(self.internal, "intern")


@dataclass(frozen=True)
class Score:
    """An experience score (-2..+2) of a respondent or a group for a touchpoint."""

    id: str
    touchpoint_id: str
    value: int
    respondent_id: str | None = None
    group_id: str | None = None
    captured_at: str = ""

    def __post_init__(self) -> None:
        _check_id(self.id, "score-id")
        _check_id(self.touchpoint_id, "contactmoment")
        if not isinstance(self.value, int) or isinstance(self.value, bool) or not -2 <= self.value <= 2:
            raise InvalidValue("invalid_score", what="score", value=str(self.value))
        _check_optional_id(self.respondent_id, "respondent")
        _check_optional_id(self.group_id, "groep")
        if self.respondent_id is None and self.group_id is None:
            raise InvalidValue("score_without_owner", what="score")
        _check_timestamp(self.captured_at, "vastgelegd op", required=False)


ENTITY_TYPES = (Phase, Actor, Touchpoint, Transition, Group, Respondent, Quote, Score)
__all__ = [
    "ENTITY_TYPES", "Actor", "ActorKind", "Channel", "Group", "JourneyInfo", "Perspective",
    "Phase", "Provenance", "Quote", "Respondent", "Score", "Sentiment", "Touchpoint",
    "TouchpointKind", "Transition", "TransitionKind", "Translator", "new_id",
]
