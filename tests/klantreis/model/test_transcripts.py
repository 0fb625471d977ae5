"""Transcripts as source documents, and quotes made from their passages: each field checked
with a Dutch message naming it, references and positions checked by the journey."""

from __future__ import annotations

from dataclasses import replace

import pytest

from klantreis.model.entities import Quote, Speaker, SpeakerRole, Transcript, TranscriptFormat, Turn
from klantreis.model.errors import InUse, InvalidValue, UnknownReference
from tests.conftest import make_small_journey

TEXT = "Interviewer: Hoe ging de intake?\nR1: Ik wachtte drie maanden op een gesprek.\n"


def _transcript(**changes) -> Transcript:
    first = TEXT.index("\n")
    values = dict(
        id="tr1", name="interview R1.txt", text=TEXT, imported_at="2024-03-01T10:00:00",
        file_format=TranscriptFormat.TXT, checksum="0f" * 32, language="nl",
        speakers=(Speaker("Interviewer", SpeakerRole.INTERVIEWER), Speaker("R1", SpeakerRole.RESPONDENT)),
        turns=(Turn(0, first, "Interviewer"), Turn(first + 1, len(TEXT) - 1, "R1", 5_000, 9_500)))
    values.update(changes)
    return Transcript(**values)


def test_a_transcript_knows_its_lines_and_turns():
    transcript = _transcript()
    passage = TEXT.index("drie maanden")
    assert transcript.line_of(passage) == 2 and transcript.line_of(0) == 1
    assert transcript.turn_at(passage).speaker == "R1"
    assert transcript.turn_at(TEXT.index("\n")) is None  # (the line break between the turns)
    assert transcript.speaker("R1").role is SpeakerRole.RESPONDENT


@pytest.mark.parametrize("changes, words", [
    (dict(name=" "), "naam van het transcript"),
    (dict(text=""), "tekst van het transcript"),
    (dict(checksum="xyz"), "controlesom"),
    (dict(imported_at="gisteren"), "geïmporteerd op"),
    (dict(speakers=(Speaker("R1"), Speaker("R1"))), "twee keer"),
    (dict(turns=(Turn(0, 500, "R1"),)), "buiten de tekst"),
    (dict(turns=(Turn(10, 20), Turn(5, 12))), "overlapt"),
    (dict(turns=(Turn(0, 5, "R9"),)), "R9"),
])
def test_a_bad_transcript_is_refused_naming_what(changes, words):
    with pytest.raises(InvalidValue) as caught:
        _transcript(**changes)
    assert words in str(caught.value)


@pytest.mark.parametrize("make, words", [
    (lambda: Turn(5, 5), "minstens één teken"),
    (lambda: Turn(-1, 5), "begin van de beurt"),
    (lambda: Turn(0, 5, begin_ms=100), "Ongeldige tijden"),
    (lambda: Turn(0, 5, begin_ms=900, end_ms=100), "Ongeldige tijden"),
    (lambda: Speaker("Interviewer", SpeakerRole.INTERVIEWER, "r1"), "niet de rol respondent"),
    (lambda: Quote("q", "tekst", transcript_id="tr1"), "Een passage hoort bij een transcript"),
    (lambda: Quote("q", "tekst", passage_start=1, passage_end=4), "Een passage hoort bij een transcript"),
    (lambda: Quote("q", "tekst", transcript_id="tr1", passage_start=4, passage_end=2), "passage"),
])
def test_bad_turns_speakers_and_passages_are_refused(make, words):
    with pytest.raises(InvalidValue) as caught:
        make()
    assert words in str(caught.value)


def test_the_journey_checks_the_transcript_and_the_passage():
    journey = make_small_journey()
    passage = TEXT.index("drie maanden")
    quote = Quote("q-tr", "drie maanden", transcript_id="tr1", passage_start=passage,
                  passage_end=passage + len("drie maanden"))
    with pytest.raises(UnknownReference):
        journey.add(quote)
    journey.add(_transcript())
    journey.add(quote)
    assert TEXT[quote.passage_start:quote.passage_end] == quote.text
    with pytest.raises(InvalidValue) as caught:
        journey.update(replace(quote, passage_end=len(TEXT) + 1))
    assert "buiten het transcript" in str(caught.value)
    with pytest.raises(InvalidValue):  # a shorter text would leave the passage outside it
        journey.update(_transcript(text=TEXT[:20], turns=()))
    with pytest.raises(InUse):
        journey.remove("transcript", "tr1")
    with pytest.raises(UnknownReference):
        journey.update(_transcript(group_id="nobody"))


def test_stats_count_transcripts_and_the_quotes_made_from_them():
    from klantreis.evidence.analysis import counts

    journey = make_small_journey()
    journey.add(_transcript())
    start = TEXT.index("drie maanden")
    journey.add(Quote("q-tr", "drie maanden", transcript_id="tr1", passage_start=start,
                      passage_end=start + 12))
    stats = counts(journey)
    assert (stats["transcripts"], stats["quotes_from_transcripts"]) == (1, 1)
