"""Journeys for the REFI-QDA tests: the Raalte example with a transcript whose passages became
quotes (one of them internal, one shared quote overlapping it), respondents on quotes,
translations, tags, a parked quote, and markers planted in everything that must never leave the
app."""

from __future__ import annotations

from dataclasses import replace

from klantreis.model.entities import (
    PrivacySettings,
    Provenance,
    Quote,
    Sentiment,
    Transcript,
    TranscriptFormat,
    Translator,
)
from klantreis.model.journey import Journey
from tests.exports.conftest import raalte

MARKERS = ("LEKNOTITIE", "LEKCITAAT", "LEKVERTALING", "LEKGROEP", "LEKKENMERK", "LEKWAARDE",
           "LEKWOORD", "LEKPASSAGE")

BEFORE = "I: Hoe ging het zoeken naar een woning?\n"
SHARED = "R1: We kregen na vier maanden een huis, dat was snel."
SECRET = "R1: LEKPASSAGE mijn buurman heeft het geregeld, dat mag niemand weten."
AFTER = "I: En de inrichting?\nR1: De lening voor de spullen was een groot probleem voor ons.\n"
TEXT = BEFORE + SHARED + "\n" + SECRET + "\n" + AFTER


def spans() -> dict[str, tuple[int, int]]:
    """The passages of the transcript's quotes."""
    shared = TEXT.index(SHARED) + 4, TEXT.index(SHARED) + len(SHARED)
    secret = TEXT.index(SECRET) + 4, TEXT.index(SECRET) + len(SECRET)
    overlap = TEXT.index("mijn buurman"), TEXT.index("mijn buurman") + len("mijn buurman heeft het geregeld")
    loan = TEXT.index("De lening"), TEXT.index("De lening") + len("De lening voor de spullen was een groot "
                                                               "probleem voor ons.")
    return {"shared": shared, "secret": secret, "overlap": overlap, "loan": loan}


def rich() -> Journey:
    """Raalte with a transcript, quotes of respondents, and nothing private planted."""
    journey = raalte()
    journey.add(Transcript("tr-1", "interview R1.txt", TEXT, "2021-06-01T10:00:00",
                           TranscriptFormat.TXT, group_id="fg-statushouders-ar"))
    places = spans()
    for quote_id, key, tp, sentiment, tags in (
            ("q-tr-shared", "shared", "tp-b2", Sentiment.POSITIVE, ("wonen",)),
            ("q-tr-overlap", "overlap", "tp-b2", Sentiment.MIXED, ()),
            ("q-tr-loan", "loan", "tp-b6", Sentiment.VERY_NEGATIVE, ("financiën", "wonen"))):
        start, end = places[key]
        journey.add(Quote(quote_id, TEXT[start:end], touchpoint_id=tp, respondent_id="r-r1",
                          group_id="fg-statushouders-ar", sentiment=sentiment,
                          source=f"interview R1 r. {TEXT.count(chr(10), 0, start) + 1}", tags=tags,
                          transcript_id="tr-1", passage_start=start, passage_end=end))
    journey.add(Quote("q-live-ar", "الموظفة كانت لطيفة جداً معي.", "ar", "De medewerker was heel aardig.",
                      Translator.TOLK, "tp-b2", "r-r2", "fg-statushouders-ar", None,
                      Sentiment.VERY_POSITIVE, Provenance.PARAFRASE, "2021-06-01T11:12:13",
                      "sessie 1, 11:12", ("bejegening",)))
    journey.add(Quote("q-live-u", "Wij hebben\ntwee regels nodig.", touchpoint_id="tp-b3",
                      respondent_id="r-u1", group_id="fg-uitvoerders", sentiment=Sentiment.NEGATIVE,
                      source="sessie uitvoerders"))
    journey.add(Quote("q-parked", "Waar hoort dit bij?", respondent_id="r-r7",
                      group_id="fg-statushouders-er", sentiment=Sentiment.NEUTRAL))
    return journey


def planted() -> Journey:
    """:func:`rich` with a marker in every thing that must never leave the app."""
    journey = rich()
    start, end = spans()["secret"]
    journey.add(Quote("q-tr-secret", TEXT[start:end], touchpoint_id="tp-b2", respondent_id="r-r1",
                      internal=True, transcript_id="tr-1", passage_start=start, passage_end=end,
                      tags=("LEKWOORD-label",)))
    tp = journey.touchpoint("tp-b1")
    journey.update(replace(tp, internal_note="LEKNOTITIE over een buurman"))
    journey.add(Quote("q-intern", "LEKCITAAT niet delen", "en", "LEKVERTALING", Translator.TOLK,
                      touchpoint_id=tp.id, internal=True))
    group = journey.group("fg-statushouders-ar")
    journey.update(replace(group, note="LEKGROEP: de tolk kende R2 privé"))
    respondent = journey.respondent("r-r1")
    journey.update(replace(respondent, attributes=(*respondent.attributes, ("LEKKENMERK", "LEKWAARDE"))))
    info = journey.info
    journey.set_info(replace(info, attribute_names=(*info.attribute_names, "LEKKENMERK"),
                             privacy=PrivacySettings(words=("LEKWOORD", "Jansen"),
                                                     private_attributes=("lekkenmerk",))))
    return journey
