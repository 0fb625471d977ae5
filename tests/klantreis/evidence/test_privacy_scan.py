"""The privacy check: it finds the planted personal data of the corpus (at least 95%) and leaves
clean quotes alone (under 5% flagged); every finding is redacted in one undoable edit; small
groups of respondents are warned about; private attributes never leave the app; exact ages are
found and small places are pointed out as a hint, but not the municipality of the study."""

from __future__ import annotations

from dataclasses import replace

import pytest

from klantreis.evidence.privacy import shareable
from klantreis.evidence.privacy_patterns import places, places_in
from klantreis.evidence.privacy_scan import (
    PLACEHOLDERS,
    bsn_valid,
    iban_valid,
    place,
    redact_edit,
    scan,
    scan_text,
    small_groups,
)
from klantreis.exports.quote_csv import export_rows
from klantreis.io import interchange
from klantreis.messages import MESSAGES
from klantreis.model.entities import PrivacySettings, Quote, Respondent
from tests.conftest import make_small_journey
from tests.klantreis.evidence import privacy_corpus_ages as ages
from tests.klantreis.evidence import privacy_corpus_extra as extra
from tests.klantreis.evidence.privacy_corpus import CLEAN, PLANTED, WORDS

# (planted, clean, word list, the project's title: the first two corpora are set in Raalte too)
CORPORA = {"eerste": (PLANTED, CLEAN, WORDS, "Thuis in Raalte?"),
           "tweede": (extra.PLANTED, extra.CLEAN, extra.WORDS, "Thuis in Raalte?"),
           "derde": (ages.PLANTED, ages.CLEAN, ages.WORDS, ages.STUDY)}


def test_the_corpora_are_large_enough():
    assert len(PLANTED) >= 60 and len(CLEAN) >= 200 and len(set(CLEAN)) == len(CLEAN)
    assert len(extra.PLANTED) >= 60 and len(extra.CLEAN) >= 75
    assert len(ages.PLANTED) >= 60 and len(ages.CLEAN) >= 100 and len(set(ages.CLEAN)) == len(ages.CLEAN)


@pytest.mark.parametrize("corpus", CORPORA)
def test_at_least_95_percent_of_the_planted_items_are_found(corpus):
    planted, _clean, words, study = CORPORA[corpus]
    known = places_in(study)
    missed = [(quote, wanted) for quote, wanted in planted
              if wanted not in [quote[s:e] for _k, s, e in scan_text(quote, words, known)]]
    assert len(missed) <= len(planted) * 0.05, missed


@pytest.mark.parametrize("corpus", CORPORA)
def test_under_5_percent_of_the_clean_quotes_are_flagged(corpus):
    _planted, clean, words, study = CORPORA[corpus]
    known = places_in(study)
    flagged = [quote for quote in clean if scan_text(quote, words, known)]
    assert len(flagged) < len(clean) * 0.05, flagged


@pytest.mark.parametrize("text, kind", [
    ("Mijn consulent Ahmed", "name"), ("Bel 06-12345678", "phone"), ("a@b.nl", "email"),
    ("BSN 123456782", "bsn"), ("Kerkstraat 12", "address"), ("geboren op 1-2-1990", "birth_date"),
    ("NL91 ABNA 0417 1643 00", "iban"), ("auto 12-ABC-3", "plate"), ("ik ben van 1990", "birth_date"),
    ("gisteren kwam Fatima", "possible_name"), ("اسمي أحمد", "name"), ("أخي محمد", "name"),
    ("Ik ben 54", "age"), ("ik woon in Exloo", "place"),
])
def test_each_kind(text, kind):
    assert [k for k, _s, _e in scan_text(text)] == [kind]


@pytest.mark.parametrize("text", [
    "DE89 3704 0044 0532 0130 01",  # one digit off: the mod-97 check fails (and no phone)
    "zaak 2021-AB-12 en 12-03-2021",  # a case number, an event date after 2005
    "de B1-route en het A2-niveau", "أخي يعمل في المطعم",  # "my brother works in the restaurant"
    "Ben je klaar? Elke week weer.", "الأستاذ شرح القواعد",  # "the teacher explained the rules"
])
def test_near_misses_are_left_alone(text):
    assert scan_text(text) == []


def test_an_iban_is_one_finding_and_is_redacted_whole():
    text = "Mijn rekening is NL91 ABNA 0417 1643 00 bij de bank."
    assert [(k, text[s:e]) for k, s, e in scan_text(text)] == [("iban", "NL91 ABNA 0417 1643 00")]
    assert iban_valid("NL91ABNA0417164300") and not iban_valid("NL91ABNA0417164301")
    mistyped = "NL91 ABNA 0417 1643 01"  # a Dutch account number by its shape, even mistyped
    assert [(k, mistyped[s:e]) for k, s, e in scan_text(mistyped)] == [("iban", mistyped)]
    journey = make_small_journey()
    journey.add(Quote("q-iban", text, touchpoint_id="t1"))
    (finding,) = [f for f in scan(journey) if f.item_id == "q-iban"]
    redact_edit(journey, finding).apply(journey)
    assert journey.quote("q-iban").text == "Mijn rekening is [rekeningnummer] bij de bank."


def test_the_bsn_eleven_check():
    assert bsn_valid("123456782") and bsn_valid("111222333")
    assert not bsn_valid("123456789") and not bsn_valid("000000000") and not bsn_valid("12345678")
    assert scan_text("factuurnummer 123456789") == []  # nine digits that fail the check


def _journey():
    journey = make_small_journey()
    journey.add(Quote("q-p", "Mijn consulent Ahmed belde vanaf 06-12345678.", touchpoint_id="t1",
                      translation="", sentiment=journey.quote("q1").sentiment))
    journey.add(Quote("q-i", "Intern: mevrouw Bakker woont op de Kerkstraat 12.", touchpoint_id="t1",
                      internal=True))
    journey.update(replace(journey.touchpoint("t2"), internal_note="Navragen bij meneer Jansen"))
    journey.update(replace(journey.group("g1"), note="Contact via j.jansen@raalte.nl"))
    journey.update(replace(journey.respondent("r1"),
                           attributes=(("leeftijdsklasse", "30-40"),
                                       ("opmerking", "broer van mevrouw Visser"))))
    return journey


def test_scan_looks_everywhere_and_only_shared_leaves_internal_out():
    journey = _journey()
    everything = {(f.item_id, f.field, f.found) for f in scan(journey)}
    assert ("q-p", "text", "Ahmed") in everything and ("q-p", "text", "06-12345678") in everything
    assert ("q-i", "text", "Bakker") in everything and ("t2", "internal_note", "Jansen") in everything
    assert ("g1", "note", "j.jansen@raalte.nl") in everything
    assert ("r1", "attribute:opmerking", "Visser") in everything
    assert ("q1", "translation", "één") not in everything
    shared = {(f.item_id, f.field) for f in scan(journey, only_shared=True)}
    assert ("q-i", "text") not in shared and ("t2", "internal_note") not in shared
    assert ("q-p", "text") in shared


def test_the_word_list_of_the_project():
    journey = _journey()
    journey.set_info(replace(journey.info, privacy=PrivacySettings(words=("Inschrijving",))))
    found = {(f.item_id, f.field, f.found) for f in scan(journey)}
    assert ("t1", "title", "Inschrijving") in found  # a title is on the infographic too
    journey.add(Quote("q-w", "De inschrijving duurde lang", touchpoint_id="t1"))
    assert [f.found for f in scan(journey) if f.item_id == "q-w"] == ["inschrijving"]


def test_redaction_is_one_undoable_edit_and_follows_earlier_redactions():
    journey = _journey()
    before = interchange.dumps(journey)
    findings = [f for f in scan(journey) if f.item_id == "q-p"]
    assert [f.kind for f in findings] == ["name", "phone"]
    first = redact_edit(journey, findings[0])
    first.apply(journey)
    assert journey.quote("q-p").text == "Mijn consulent [naam] belde vanaf 06-12345678."
    second = redact_edit(journey, findings[1])  # offsets moved: found again by its text
    second.apply(journey)
    assert journey.quote("q-p").text == "Mijn consulent [naam] belde vanaf [telefoon]."
    attribute = next(f for f in scan(journey) if f.field == "attribute:opmerking")
    redact_edit(journey, attribute).apply(journey)
    assert journey.respondent("r1").attribute("opmerking") == "broer van mevrouw [naam]"
    assert findings[0].context().startswith("Mijn consulent «Ahmed» belde")
    for edit in (second, first):
        edit.revert(journey)
    assert journey.quote("q-p").text == "Mijn consulent Ahmed belde vanaf 06-12345678."
    assert interchange.dumps(journey) != before  # (the attribute redaction was not undone)


def test_small_groups_of_respondents_are_named_and_private_attributes_do_not_count():
    journey = make_small_journey()
    for n, (age, land) in enumerate([("30-40", "Syrië"), ("30-40", "Syrië"), ("30-40", "Syrië"),
                                     ("60+", "Eritrea"), ("30-40", "Jemen")], start=2):
        journey.add(Respondent(f"r{n}", f"R{n}", "g1", (("leeftijdsklasse", age), ("land", land))))
    found = small_groups(journey, [f"r{n}" for n in range(2, 7)])
    assert sorted(g.codes for g in found) == [("R5",), ("R6",)]
    assert small_groups(journey, [f"r{n}" for n in range(2, 7)], k=1) == []
    journey.set_info(replace(journey.info, privacy=PrivacySettings(private_attributes=("land",), k=3)))
    found = small_groups(journey, [f"r{n}" for n in range(2, 7)])
    assert [g.codes for g in found] == [("R5",)]  # by age alone, only the one aged 60+ stands out


def test_private_attributes_never_leave_the_app():
    journey = make_small_journey()
    journey.update(replace(journey.respondent("r1"), attributes=(("leeftijdsklasse", "30-40"),
                                                                  ("woonwijk", "Kerkebuurt"))))
    journey.set_info(replace(journey.info, privacy=PrivacySettings(private_attributes=("Woonwijk",))))
    assert "Kerkebuurt" not in interchange.dumps(shareable(journey))
    rows = export_rows(journey, journey.quotes)
    assert "kenmerk: woonwijk" not in rows[0] and "kenmerk: leeftijdsklasse" in rows[0]
    assert all("Kerkebuurt" not in cell for row in rows for cell in row)
    assert journey.respondent("r1").attribute("woonwijk") == "Kerkebuurt"  # the project keeps it


def test_a_finding_says_where_it_is_as_a_person_finds_it():
    journey = _journey()
    journey.set_info(replace(journey.info, privacy=PrivacySettings(words=("Inschrijving",))))
    places = {f.item_id + ":" + f.field: place(journey, f) for f in scan(journey)}
    assert places["q-p:text"] == "citaat bij 1. Inschrijving (tekst)"
    assert places["t1:title"] == "contactmoment 1. Inschrijving (titel)"
    assert places["g1:note"].startswith("groep ") and places["g1:note"].endswith("(notitie)")
    assert any(p.startswith("respondent R") and "(kenmerk " in p for p in places.values())
    parked = Quote("q-park", "Mijn consulent Ahmed belde terug.", touchpoint_id=None)
    journey.add(parked)
    assert [place(journey, f) for f in scan(journey) if f.item_id == "q-park"] == [
        "citaat op de parkeerplaats (tekst)"]



# ----------------------------------------------------------------------------- ages and places


@pytest.mark.parametrize("text, age", [
    ("Ik ben 54", "54"), ("ik ben 54.", "54"), ("hij is 37 jaar", "37 jaar"),
    ("Zij is nu 29 en zoekt werk.", "29"), ("Toen was ik 17 jaar, ik kwam alleen.", "17 jaar"),
    ("mijn dochter van 9", "9"), ("Mijn dochter van 9 vertaalt de brieven.", "9"),
    ("een baby van 4 maanden", "4 maanden"), ("Mijn kinderen zijn 5 en 8 jaar.", "5 en 8 jaar"),
    ("Toen mijn zoon 6 was, kwamen we.", "6"), ("een 54-jarige man", "54-jarige"),
    ("Als 54-jarige vind je geen werk.", "54-jarige"), ("Op 17-jarige leeftijd vluchtte ik.", "17-jarige"),
    ("mijn zestienjarige zoon", "zestienjarige"), ("Op mijn 17e moest ik vluchten.", "17e"),
    ("Ik ben vierenvijftig.", "vierenvijftig"), ("Leeftijd: 48", "48"), ("I am 54.", "54"),
    ("عمري 54", "54"), ("عمري ٣٨ سنة", "٣٨ سنة"), ("زوجي يبلغ من العمر 47 عاما", "47 عاما"),
    ("من ۵۴ سالمه", "۵۴ سال"),
])
def test_an_exact_age_is_found(text, age):
    assert [(k, text[s:e]) for k, s, e in scan_text(text)] == [("age", age)]


@pytest.mark.parametrize("text", [
    "Ik ben 3 keer verhuisd.", "de B1-route duurt 3 jaar", "Ik ben 4 jaar in Nederland.",
    "Hij is 2 jaar bij ons geweest.", "Ik ben 9.30 uur bij de balie.", "Ik ben 1 van de 12.",
    "Ik ben moeder van 3.", "de vrouw van 2 hoog", "een driejarige opleiding",
    "Op mijn 3e afspraak kreeg ik antwoord.", "Mijn kinderen zijn 5 en 8 jaar in Nederland.",
    # age classes and estimates are no exact age
    "leeftijdsklasse 30-40", "Ik ben in de veertig.", "tussen de 30 en 40 jaar",
    "Ik ben ongeveer 50.", "Hij is bijna 60.", "Ik ben 50+.", "Als je 18 bent, krijg je post.",
    "عندي 3 أطفال", "برنامه ۳ ساله است",  # "I have 3 children", "it is a 3-year programme"
])
def test_numbers_that_are_no_exact_age_are_left_alone(text):
    assert scan_text(text) == []


@pytest.mark.parametrize("text, found", [
    ("ik woon in Exloo", ["Exloo"]), ("We gingen naar Mariënheem.", ["Mariënheem"]),
    ("vanuit Marienheem", ["Marienheem"]), ("De woning in Nieuw Heeten", ["Nieuw Heeten"]),
    ("Hij komt uit Lemelerveld.", ["Lemelerveld"]), ("geboren te Exloo", ["Exloo"]),
    ("in Heino of Luttenberg", ["Heino", "Luttenberg"]), ("in 't Harde", ["'t Harde"]),
    ("in de gemeente Hof van Twente", ["Hof van Twente"]), ("in de Lutte", ["de Lutte"]),
    ("in 's-Gravenzande", ["'s-Gravenzande"]), ("uit 2e Exloërmond", ["2e Exloërmond"]),
])
def test_a_small_place_is_pointed_out_after_a_word_that_announces_it(text, found):
    assert [(k, text[s:e]) for k, s, e in scan_text(text)] == [("place", f) for f in found]


@pytest.mark.parametrize("text", [
    "Exloo is een mooi dorp.",  # no word that says it is a place
    "ik woon in exloo", "ik woon in de wijk",  # not capitalised (and not the village De Wijk)
    "in Amsterdam", "in Zwolle", "naar Deventer", "in Den Haag", "uit Utrecht",  # cities
    "in Nederland", "uit Syrië", "in Zeeland", "in het azc in Ter Apel",  # countries, provinces
    "Terug naar Een baan",  # a word of a title in capitals
])
def test_cities_countries_and_other_words_are_no_small_place(text):
    assert scan_text(text) == []


def test_the_bundled_place_list_has_villages_and_no_cities():
    listed = {name for name in places().values()}
    assert {"Exloo", "Heino", "Luttenberg", "Mariënheem", "Raalte", "Hof van Twente"} <= listed
    assert not {"Amsterdam", "Rotterdam", "'s-Gravenhage", "Utrecht", "Zwolle", "Deventer",
                "Nederland", "Zeeland", "Ter Apel"} & listed
    assert len(listed) > 2000
    from importlib import resources

    licence = resources.files("klantreis").joinpath("resources/places.LICENSE").read_text("utf-8")
    assert "BAG" in licence and "GeoNames" in licence and "Daniele Faraglia" in licence


def test_the_municipality_of_the_study_is_not_pointed_out():
    text = "Ik woon in Raalte, mijn zus woont in Heino."
    assert [text[s:e] for _k, s, e in scan_text(text)] == ["Raalte", "Heino"]
    assert [text[s:e] for _k, s, e in scan_text(text, (), places_in("Thuis in Raalte?"))] == ["Heino"]
    journey = make_small_journey()
    journey.add(Quote("q-r", text, touchpoint_id="t1"))
    assert [f.found for f in scan(journey) if f.item_id == "q-r"] == ["Raalte", "Heino"]
    journey.set_info(replace(journey.info, organisation="Rekenkamercommissie Raalte"))
    assert [f.found for f in scan(journey) if f.item_id == "q-r"] == ["Heino"]


def test_an_age_and_a_place_are_redacted_with_their_placeholders():
    journey = make_small_journey()
    journey.add(Quote("q-a", "Ik ben 54 en ik woon in Exloo.", touchpoint_id="t1"))
    findings = [f for f in scan(journey) if f.item_id == "q-a"]
    assert [(f.kind, f.found) for f in findings] == [("age", "54"), ("place", "Exloo")]
    for finding in findings:
        redact_edit(journey, finding).apply(journey)
    assert journey.quote("q-a").text == "Ik ben [leeftijd] en ik woon in [plaats]."


def test_every_kind_has_a_label_in_both_languages():
    for kind in PLACEHOLDERS:
        assert set(MESSAGES[f"privacy_{kind}"]) >= {"nl", "en"}, kind
