"""Journeys for the export tests: the Raalte example, and the same with quotes in Arabic, Farsi
and Tigrinya (the samples of shared/domain/multilingual-samples.md, written for testing), an
internal quote and an internal note that must never reach a PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest

from klantreis.io import interchange
from klantreis.model.entities import Quote, Sentiment, Translator
from klantreis.model.journey import Journey
from tests.conftest import RAALTE_JSON

LONG_ARABIC = ("المدرسة في دفنتر بعيدة جداً عن بيتي، وأدفع تكاليف السفر من القرض، والمستوى منخفض "
               "ولا يناسبني، لذلك أريد مدرسة أخرى قريبة من رالته.")
SECRET_QUOTE = "Intern: R3 heeft het over zijn broer in Deventer, niet citeren."
SECRET_NOTE = "Interne aantekening: navragen bij de consulent, niet publiceren."


def raalte() -> Journey:
    return interchange.load_json(RAALTE_JSON)


def multilingual() -> Journey:
    journey = raalte()
    journey.add(Quote("q-ar-long", LONG_ARABIC, "ar",
                      "De school in Deventer is heel ver van mijn huis, ik betaal de reiskosten van de "
                      "lening, het niveau is laag en past niet bij mij, daarom wil ik een andere school "
                      "dicht bij Raalte.", Translator.TOLK, "tp-d1", "r-r2",
                      sentiment=Sentiment.VERY_NEGATIVE, source="testcitaat"))
    journey.add(Quote("q-ar-duo", "أرسلت لي DUO رسالة ولم أفهمها، فذهبت إلى VluchtelingenWerk.", "ar",
                      "DUO stuurde me een brief die ik niet begreep, dus ging ik naar VluchtelingenWerk.",
                      Translator.ONDERZOEKER, "tp-d2", "r-r1", sentiment=Sentiment.NEGATIVE))
    journey.add(Quote("q-ti", "ሰላም፡ ትምህርቲ ቋንቋ ኣዝዩ ከቢድ እዩ።", "ti", "Hallo, de taalles is erg moeilijk.",
                      Translator.TOLK, "tp-d3", "r-r7", sentiment=Sentiment.NEGATIVE))
    journey.add(Quote("q-fa", "زبان هلندی سخت است ولی کلاس‌ها خیلی کم است.", "fa",
                      "Nederlands is moeilijk, maar er zijn heel weinig lessen.", Translator.TOLK, "tp-d3",
                      sentiment=Sentiment.NEGATIVE))
    journey.add(Quote("q-secret", SECRET_QUOTE, touchpoint_id="tp-c4", sentiment=Sentiment.VERY_NEGATIVE,
                      internal=True))
    intake = journey.touchpoint("tp-c4")
    journey.update(replace(intake, internal_note=SECRET_NOTE))
    return journey


@pytest.fixture
def raalte_journey() -> Journey:
    return raalte()


@pytest.fixture
def multilingual_journey() -> Journey:
    return multilingual()
