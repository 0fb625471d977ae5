"""The fixed choices of a klantreis (kinds, channels, perspectives, sentiments, ...)."""

from __future__ import annotations

from enum import StrEnum


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


class RouteRole(StrEnum):
    """Whether a step or a transition is part of the route as designed (by law or policy), as
    lived (told by clients or executors), or both."""

    BOTH = "beide"
    DESIGNED = "ontwerp"  # designed only: the design has it, practice does not
    LIVED = "praktijk"  # lived only: a bypass or detour the design does not have


class DurationUnit(StrEnum):
    DAGEN = "dagen"
    WEKEN = "weken"
    MAANDEN = "maanden"
    JAREN = "jaren"


class Assessment(StrEnum):
    """The judgement of a norm (toetsingskader)."""

    OPEN = "open"  # not assessed yet
    VOLDOET = "voldoet"
    DEELS = "voldoet_deels"
    NIET = "voldoet_niet"
    NIET_TE_BEOORDELEN = "niet_te_beoordelen"


class SpeakerRole(StrEnum):
    """Who a speaker of a transcript is: a respondent (whose passages become quotes of that
    respondent), the interviewer, an interpreter, or not known yet."""

    UNKNOWN = "onbekend"
    RESPONDENT = "respondent"
    INTERVIEWER = "interviewer"
    INTERPRETER = "tolk"


class TranscriptFormat(StrEnum):
    """The kind of file a transcript was read from."""

    TXT = "txt"
    DOCX = "docx"
    VTT = "vtt"
    SRT = "srt"
    QDPX = "qdpx"  # a text source of a REFI-QDA project
