"""The things a klantreis is made of, as immutable value objects.

Every entity is a frozen dataclass: the journey hands them out without copying, and a change is a
new value (``dataclasses.replace``) passed to one of the journey's ``update_*`` operations.
Each validates its own fields on construction and raises :class:`InvalidValue`.
There is deliberately no field for a person's name anywhere: respondents are codes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from klantreis.model.checks import (
    _check_bool,
    _check_chars,
    _check_colour,
    _check_enum,
    _check_id,
    _check_language,
    _check_optional_id,
    _check_str_tuple,
    _check_text,
    _check_timestamp,
)
from klantreis.model.enums import (  # noqa: F401 (re-exported: the entities' vocabulary)
    ActorKind,
    Assessment,
    Channel,
    DurationUnit,
    Perspective,
    Provenance,
    RouteRole,
    Sentiment,
    SpeakerRole,
    TouchpointKind,
    TranscriptFormat,
    TransitionKind,
    Translator,
)
from klantreis.model.errors import InvalidValue
from klantreis.model.norms import Deadline, Indicator, Norm, Question, Reference  # noqa: F401
from klantreis.model.settings import Paper, PdfOptions, PrivacySettings  # noqa: F401 (re-exported)
from klantreis.model.transcripts import Speaker, Transcript, Turn, check_passage  # noqa: F401


def new_id() -> str:
    """A new stable id (uuid4 hex). Ids are made here, never at save time."""
    return uuid.uuid4().hex


# ----------------------------------------------------------------------------- entities


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
    privacy: PrivacySettings = PrivacySettings()

    def __post_init__(self) -> None:
        _check_text(self.title, "titel", required=True, max_len=500)
        if not isinstance(self.privacy, PrivacySettings):
            raise InvalidValue("invalid_choice", what="privacy-instellingen",
                               value=type(self.privacy).__name__)
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
    route: RouteRole = RouteRole.BOTH  # designed, lived, or both
    deadline: Deadline | None = None

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
        _check_enum(self.route, RouteRole, "ontwerp of praktijk")
        if self.deadline is not None and not isinstance(self.deadline, Deadline):
            raise InvalidValue("invalid_choice", what="termijn", value=type(self.deadline).__name__)

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
    route: RouteRole = RouteRole.BOTH  # designed, lived, or both

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
        _check_enum(self.route, RouteRole, "ontwerp of praktijk")


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
            _check_chars(pair[0], "kenmerknaam")
            _check_chars(pair[1], "kenmerk")
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
    # a passage of a transcript: its characters passage_start..passage_end
    transcript_id: str | None = None
    passage_start: int | None = None
    passage_end: int | None = None

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
        _check_optional_id(self.transcript_id, "transcript")
        check_passage(self.passage_start, self.passage_end)
        if (self.passage_start is None) != (self.transcript_id is None):
            raise InvalidValue("passage_without_transcript")


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


ENTITY_TYPES = (Phase, Actor, Touchpoint, Transition, Group, Respondent, Quote, Score, Indicator,
                Question, Norm)
__all__ = [
    "ENTITY_TYPES", "Actor", "ActorKind", "Assessment", "Channel", "Deadline", "DurationUnit",
    "Group", "Indicator", "JourneyInfo", "Norm", "Perspective", "Phase", "Provenance", "Question",
    "Quote", "Reference", "Respondent", "RouteRole", "Score", "Sentiment", "Touchpoint",
    "TouchpointKind", "Transition", "TransitionKind", "Translator", "new_id",
]
