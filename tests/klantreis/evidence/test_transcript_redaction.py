"""A name found in a transcript is replaced without losing the passages quoted from it: turns
and passages move along, in the redaction the check offers and in the older copies."""

from __future__ import annotations

from klantreis.evidence.privacy_scan import redaction, replace_everywhere, scan
from klantreis.model.diff import copy_of
from klantreis.model.entities import Quote, Speaker, SpeakerRole, Transcript, Turn
from tests.conftest import make_small_journey

TEXT = ("Interviewer: Wie hielp u?\n"
        "R1: Mijn consulent Jan Smit hielp mij niet. Ik wachtte drie maanden op een gesprek.\n")


def _journey():
    journey = make_small_journey()
    first = TEXT.index("\n")
    said = TEXT.index("Mijn")
    journey.add(Transcript("tr1", "interview R1.txt", TEXT, "2024-03-01T10:00:00",
                           speakers=(Speaker("Interviewer", SpeakerRole.INTERVIEWER),
                                     Speaker("R1", SpeakerRole.RESPONDENT)),
                           turns=(Turn(14, first, "Interviewer"), Turn(said, len(TEXT) - 1, "R1"))))
    for quote_id, words in (("q-wacht", "drie maanden op een gesprek"), ("q-naam", "Jan Smit hielp mij niet"),
                            ("q-vraag", "Wie hielp u?")):
        start = TEXT.index(words)
        journey.add(Quote(quote_id, words, transcript_id="tr1", passage_start=start,
                          passage_end=start + len(words)))
    return journey


def _passages(journey):
    transcript = journey.get("transcript", "tr1")
    return {q.id: transcript.text[q.passage_start:q.passage_end] for q in journey.quotes
            if q.transcript_id == "tr1"}


def test_the_check_finds_a_name_in_a_transcript_and_replaces_it_keeping_the_passages():
    journey = _journey()
    findings = [f for f in scan(journey) if f.item_kind == "transcript"]
    assert [f.found for f in findings] == ["Jan Smit"]
    assert not [f for f in scan(journey, transcripts=False) if f.item_kind == "transcript"]
    before = copy_of(journey)
    edit, refused = redaction(journey, findings)
    assert refused == []
    edit.apply(journey)
    assert "Jan Smit" not in journey.get("transcript", "tr1").text
    assert _passages(journey) == {"q-wacht": "drie maanden op een gesprek",
                                  "q-naam": "[naam] hielp mij niet", "q-vraag": "Wie hielp u?"}
    turn = journey.get("transcript", "tr1").turns[1]
    assert journey.get("transcript", "tr1").text[turn.start:turn.end].startswith("Mijn consulent [naam]")
    edit.revert(journey)
    assert _passages(journey) == _passages(before) and journey.get("transcript", "tr1") == before.get(
        "transcript", "tr1")


def test_a_longer_placeholder_moves_the_passages_the_other_way():
    journey = _journey()
    finding = next(f for f in scan(journey) if f.item_kind == "transcript")
    finding = type(finding)("iban", *[getattr(finding, n) for n in ("item_kind", "item_id", "field",
                                                                      "start", "end", "text")])
    edit, refused = redaction(journey, [finding])  # "[rekeningnummer]" is longer than "Jan Smit"
    assert refused == []
    edit.apply(journey)
    assert _passages(journey)["q-wacht"] == "drie maanden op een gesprek"
    assert _passages(journey)["q-naam"] == "[rekeningnummer] hielp mij niet"


def test_older_copies_get_the_name_replaced_and_their_passages_moved():
    journey = _journey()
    copy, changed = replace_everywhere(journey, [("Jan Smit", "[naam]"), ("Wie", "[een heel lang woord]")])
    assert changed >= 1
    assert "Jan Smit" not in copy.get("transcript", "tr1").text
    assert _passages(copy) == {"q-wacht": "drie maanden op een gesprek",
                               "q-naam": "[naam] hielp mij niet", "q-vraag": "[een heel lang woord] hielp u?"}


def test_a_name_in_a_transcripts_file_name_or_a_quotes_source_is_found_and_replaced():
    from dataclasses import replace

    journey = _journey()
    journey.update(replace(journey.get("transcript", "tr1"), name="interview mevrouw Yilmaz.txt"))
    journey.update(replace(journey.get("quote", "q-wacht"), source="interview mevrouw Yilmaz.txt r. 2"))
    found = {(f.item_kind, f.field, f.found) for f in scan(journey)}
    assert ("transcript", "name", "Yilmaz") in found and ("quote", "source", "Yilmaz") in found
    # an export without transcripts still checks the sources it prints
    found = {(f.item_kind, f.field) for f in scan(journey, transcripts=False)}
    assert ("quote", "source") in found and ("transcript", "name") not in found
    edit, refused = redaction(journey, [f for f in scan(journey) if f.field in ("name", "source")])
    assert refused == []
    edit.apply(journey)
    assert journey.get("transcript", "tr1").name == "interview mevrouw [naam].txt"
    assert journey.get("quote", "q-wacht").source == "interview mevrouw [naam].txt r. 2"
    assert _passages(journey)["q-wacht"] == "drie maanden op een gesprek"
