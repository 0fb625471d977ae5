"""Coding a passage of a transcript into a quote: its exact positions, its respondent and group
from the speaker, its source in lines or cue times; and the quotes of one transcript by place."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from klantreis.evidence.passages import passage_source, passages_of, quote_from_passage
from klantreis.io.transcript_import import guess_speakers, transcript_from
from klantreis.io.transcript_read import read_transcript
from klantreis.model.entities import Group, Perspective, Provenance, Respondent, Sentiment
from klantreis.model.errors import InvalidValue, TranscriptError
from tests.conftest import make_small_journey

CORPUS = Path(__file__).parent.parent / "io" / "transcripts"
ARABIC = "في السنة الأولى تواصلت مع المستشار مرة واحدة فقط."
NOW = "2024-03-01T10:00:00"


def _journey(name: str = "interview.txt", group_id: str | None = "g3"):
    """The small journey, respondent r2 "R2" in group g2, a session g3, and the transcript."""
    journey = make_small_journey()  # (respondent r1 "R1" in group g1)
    journey.add(Group("g2", "Sessie 2", Perspective.UITVOERDER))
    journey.add(Group("g3", "Interviews", Perspective.CLIENT))
    journey.add(Respondent("r2", "R2", "g2"))
    parsed = read_transcript(CORPUS / name)
    transcript = transcript_from(parsed, name, guess_speakers(journey, parsed.speakers), imported_at=NOW,
                                 language="nl", group_id=group_id, transcript_id="tr1")
    journey.add(transcript)
    return journey, transcript


def _at(transcript, words: str) -> tuple[int, int]:
    start = transcript.text.index(words)
    return start, start + len(words)


def test_a_passage_of_a_respondent_becomes_a_verbatim_quote_at_its_exact_place():
    journey, transcript = _journey()
    start, end = _at(transcript, ARABIC)
    quote = quote_from_passage(journey, transcript, start - 1, end + 1, touchpoint_id="t2",
                               sentiment=Sentiment.NEGATIVE, captured_at=NOW, quote_id="qp")
    assert (quote.text, quote.passage_start, quote.passage_end) == (ARABIC, start, end)
    assert transcript.text[quote.passage_start:quote.passage_end] == quote.text
    assert (quote.respondent_id, quote.group_id, quote.transcript_id) == ("r1", "g1", "tr1")
    assert (quote.touchpoint_id, quote.sentiment, quote.provenance) == ("t2", Sentiment.NEGATIVE,
                                                                      Provenance.LETTERLIJK)
    assert quote.perspective is None  # (follows the group, as a quote captured in the room)
    assert quote.language == "nl" and quote.source == "transcript interview.txt r. 8"
    assert (quote.id, quote.captured_at) == ("qp", NOW)
    journey.add(quote)  # (the journey accepts it: the passage lies inside the transcript)
    assert passages_of(journey, "tr1") == [quote]


def test_the_respondents_group_else_the_transcripts():
    journey, transcript = _journey()
    r2 = quote_from_passage(journey, transcript, *_at(transcript, "De consulent belde"), captured_at=NOW)
    assert (r2.respondent_id, r2.group_id) == ("r2", "g2")
    tolk = quote_from_passage(journey, transcript, *_at(transcript, "Zij zegt dat"), captured_at=NOW)
    assert (tolk.respondent_id, tolk.group_id) == (None, "g3")
    journey, transcript = _journey(group_id=None)
    tolk = quote_from_passage(journey, transcript, *_at(transcript, "Zij zegt dat"), captured_at=NOW)
    assert (tolk.respondent_id, tolk.group_id) == (None, None)
    # a respondent without a group: the transcript's group
    journey, transcript = _journey()
    journey.update(replace(journey.respondent("r2"), group_id=None))
    assert quote_from_passage(journey, transcript, *_at(transcript, "De consulent belde"),
                              captured_at=NOW).group_id == "g3"


def test_a_selection_that_starts_on_a_label_starts_at_the_words():
    journey, transcript = _journey()
    line_start = transcript.text.index("R2: Bij mij")
    end = transcript.text.index(" De consulent")
    quote = quote_from_passage(journey, transcript, line_start, end, captured_at=NOW)
    assert quote.text == "Bij mij ging het beter." and quote.respondent_id == "r2"
    assert quote.passage_start == line_start + len("R2: ")


def test_a_passage_over_several_turns_keeps_them_as_shown_and_the_first_speaker():
    journey, transcript = _journey()
    start = transcript.text.index("Zij zegt dat")
    end = transcript.text.index(ARABIC) + 10
    quote = quote_from_passage(journey, transcript, start, end, captured_at=NOW)
    assert quote.text == "Zij zegt dat zij de brieven niet kon lezen.\n\nR1: " + ARABIC[:10]
    assert quote.respondent_id is None  # (the interpreter's turn comes first)
    assert quote.source == "transcript interview.txt r. 6-8"


@pytest.mark.parametrize("where", ["white", "label", "between"])
def test_a_passage_without_words_is_refused(where):
    journey, transcript = _journey()
    text = transcript.text
    start = {"white": text.index("zwaar.") + 6, "label": text.index("Tolk: Zij"),
             "between": text.index("\nTolk: Zij")}[where]
    end = {"white": start + 1, "label": start + 5, "between": start + 6}[where]
    with pytest.raises(TranscriptError, match="alleen witruimte of sprekernamen"):
        quote_from_passage(journey, transcript, start, end, captured_at=NOW)


@pytest.mark.parametrize("start, end", [(-1, 5), (5, 5), (10, 10**6), (7, 3)])
def test_a_passage_outside_the_text_is_refused(start, end):
    journey, transcript = _journey()
    with pytest.raises(InvalidValue):
        quote_from_passage(journey, transcript, start, end, captured_at=NOW)


def test_the_source_of_a_cue_passage_is_its_time_range():
    journey, transcript = _journey("focusgroep.vtt")
    start, _ = _at(transcript, "Ik wachtte")
    _, end = _at(transcript, "maar één keer")
    assert passage_source(transcript, start, end) == "transcript focusgroep.vtt 00:00:06-00:00:20"
    assert passage_source(transcript, *_at(transcript, "tot ziens")) == (
        "transcript focusgroep.vtt 00:42:10-00:42:31")
    quote = quote_from_passage(journey, transcript, *_at(transcript, ARABIC), captured_at=NOW)
    assert quote.source == "transcript focusgroep.vtt 00:00:12-00:00:16" and quote.respondent_id == "r2"


def test_the_source_in_lines_and_in_english():
    from klantreis.messages import set_language

    journey, transcript = _journey()
    start, _ = _at(transcript, "Goedemorgen")
    _, end = _at(transcript, "niet kon lezen")
    assert passage_source(transcript, start, end) == "transcript interview.txt r. 3-6"
    try:
        set_language("en")
        assert passage_source(transcript, start, end) == "transcript interview.txt l. 3-6"
    finally:
        set_language("nl")


def test_the_passages_of_a_transcript_by_place():
    journey, transcript = _journey()
    spots = ["Dank u wel", "Goedemorgen", ARABIC, "Goedemorgen. Kunt u"]
    quotes = [quote_from_passage(journey, transcript, *_at(transcript, words), captured_at=NOW,
                                 quote_id=f"p{n}") for n, words in enumerate(spots)]
    for quote in quotes:
        journey.add(quote)
    assert [q.id for q in passages_of(journey, "tr1")] == ["p1", "p3", "p2", "p0"]
    assert passages_of(journey, "tr9") == []
