"""Correcting who speaks in a transcript: the quotes made from its passages follow their
speaker's new respondent (and group) as coding them now would, the others stay; one step that
undoes to the same journey; the group, date and language of the transcript change too."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from klantreis.evidence.passages import quote_from_passage
from klantreis.evidence.speakers import quotes_following, speakers_edit
from klantreis.io import interchange
from klantreis.io.transcript_import import guess_speakers, transcript_from
from klantreis.io.transcript_read import read_transcript
from klantreis.model.entities import Group, Perspective, Respondent
from klantreis.model.enums import SpeakerRole
from klantreis.model.errors import InvalidValue, KlantreisError
from klantreis.model.transcripts import Speaker
from tests.conftest import make_small_journey

CORPUS = Path(__file__).parent.parent / "io" / "transcripts"
NOW = "2024-03-01T10:00:00"
# (quote id, the words it starts with) in interview.txt: R1 twice, the Tolk, R2, the Interviewer
PASSAGES = (("q-r1", "De eerste weken waren zwaar"), ("q-r1-ar", "في السنة الأولى"),
            ("q-tolk", "Zij zegt dat"), ("q-r2", "Bij mij ging het beter"),
            ("q-int", "En u, hoe was dat"))


def _journey():
    """The small journey (r1 "R1" in g1) with r2 "R2" in g2, r3 "R3" without a group, the
    session g3, the transcript "tr1" (R1 → r1, R2 → r2, Tolk, Interviewer) in g3 and a quote
    of each passage of PASSAGES."""
    journey = make_small_journey()
    journey.add(Group("g2", "Sessie 2", Perspective.UITVOERDER))
    journey.add(Group("g3", "Interviews", Perspective.CLIENT))
    journey.add(Respondent("r2", "R2", "g2"))
    journey.add(Respondent("r3", "R3"))
    parsed = read_transcript(CORPUS / "interview.txt")
    transcript = transcript_from(parsed, "interview.txt", guess_speakers(journey, parsed.speakers),
                                 imported_at=NOW, language="nl", group_id="g3", transcript_id="tr1")
    journey.add(transcript)
    for quote_id, words in PASSAGES:
        start = transcript.text.index(words)
        journey.add(quote_from_passage(journey, transcript, start, start + len(words),
                                       captured_at=NOW, quote_id=quote_id))
    return journey


def _speakers(journey, **changes: Speaker) -> tuple[Speaker, ...]:
    """The transcript's speakers with those named by label replaced."""
    return tuple(changes.get(s.label, s) for s in journey.get("transcript", "tr1").speakers)


def _owners(journey) -> dict[str, tuple]:
    return {q.id: (q.respondent_id, q.group_id) for q in journey.quotes if q.transcript_id}


def _apply_and_undo(journey, edit) -> None:
    """Apply ``edit``; check that reverting it gives the same journey and that applying it
    again gives the same result (as undo and redo do)."""
    before = interchange.dumps(journey)
    edit.apply(journey)
    after = interchange.dumps(journey)
    assert after != before
    edit.revert(journey)
    assert interchange.dumps(journey) == before
    edit.apply(journey)
    assert interchange.dumps(journey) == after


def test_the_setup_codes_each_passage_with_its_speaker():
    journey = _journey()
    assert _owners(journey) == {"q-r1": ("r1", "g1"), "q-r1-ar": ("r1", "g1"),
                                "q-tolk": (None, "g3"), "q-r2": ("r2", "g2"), "q-int": (None, "g3")}


def test_remapping_a_speaker_moves_that_speakers_quotes_only_in_one_step():
    journey = _journey()
    speakers = _speakers(journey, R1=Speaker("R1", SpeakerRole.RESPONDENT, "r2"))
    following = quotes_following(journey, "tr1", speakers, "g3")
    assert [(q.id, q.respondent_id, q.group_id) for q in following] == [
        ("q-r1", "r2", "g2"), ("q-r1-ar", "r2", "g2")]
    assert [journey.quote(q.id).respondent_id for q in following] == ["r1", "r1"]  # (not changed)
    edit = speakers_edit(journey, "tr1", speakers, group_id="g3", date="", language="nl",
                         update_quotes=True)
    assert edit.text == "sprekers wijzigen"
    _apply_and_undo(journey, edit)
    assert journey.get("transcript", "tr1").speaker("R1").respondent_id == "r2"
    assert _owners(journey) == {"q-r1": ("r2", "g2"), "q-r1-ar": ("r2", "g2"),
                                "q-tolk": (None, "g3"), "q-r2": ("r2", "g2"), "q-int": (None, "g3")}
    # the text, the labels and the rest of the quotes stay as they were
    assert journey.quote("q-r1").text == "De eerste weken waren zwaar"
    assert [s.label for s in journey.get("transcript", "tr1").speakers] == [
        s.label for s in speakers]


def test_without_updating_the_quotes_only_the_transcript_changes():
    journey = _journey()
    owners = _owners(journey)
    speakers = _speakers(journey, R1=Speaker("R1", SpeakerRole.RESPONDENT, "r2"))
    edit = speakers_edit(journey, "tr1", speakers, group_id="g3", date="", language="nl",
                         update_quotes=False)
    _apply_and_undo(journey, edit)
    assert journey.get("transcript", "tr1").speaker("R1").respondent_id == "r2"
    assert _owners(journey) == owners


def test_a_respondent_who_becomes_the_interpreter_leaves_the_quotes_with_the_transcripts_group():
    journey = _journey()
    speakers = _speakers(journey, R2=Speaker("R2", SpeakerRole.INTERPRETER))
    assert [(q.id, q.respondent_id, q.group_id) for q in
            quotes_following(journey, "tr1", speakers, "g3")] == [("q-r2", None, "g3")]
    # and a respondent without a group: the quote takes the transcript's group
    speakers = _speakers(journey, Tolk=Speaker("Tolk", SpeakerRole.RESPONDENT, "r3"))
    assert [(q.id, q.respondent_id, q.group_id) for q in
            quotes_following(journey, "tr1", speakers, "g3")] == [("q-tolk", "r3", "g3")]


def test_a_new_transcript_group_moves_the_quotes_that_take_their_group_from_it():
    journey = _journey()
    speakers = _speakers(journey)
    following = quotes_following(journey, "tr1", speakers, "g2")
    assert [(q.id, q.respondent_id, q.group_id) for q in following] == [
        ("q-tolk", None, "g2"), ("q-int", None, "g2")]
    assert quotes_following(journey, "tr1", speakers, "g3") == []
    edit = speakers_edit(journey, "tr1", speakers, group_id="g2", date="2024-03-12",
                         language="ar", update_quotes=True)
    _apply_and_undo(journey, edit)
    transcript = journey.get("transcript", "tr1")
    assert (transcript.group_id, transcript.date, transcript.language) == ("g2", "2024-03-12", "ar")
    assert _owners(journey)["q-int"] == (None, "g2") and _owners(journey)["q-r1"] == ("r1", "g1")
    # no group at all
    assert [q.group_id for q in quotes_following(journey, "tr1", speakers, None)] == [None, None]


def test_date_and_language_alone_change_only_the_transcript():
    journey = _journey()
    owners = _owners(journey)
    edit = speakers_edit(journey, "tr1", _speakers(journey), group_id="g3", date="12 maart",
                         language="ar", update_quotes=True)
    assert len(edit.edits) == 1
    _apply_and_undo(journey, edit)
    assert journey.get("transcript", "tr1").date == "12 maart" and _owners(journey) == owners


def test_nothing_changed_is_no_step():
    journey = _journey()
    assert speakers_edit(journey, "tr1", _speakers(journey), group_id="g3", date="",
                         language="nl", update_quotes=True) is None


def test_a_quote_whose_speaker_stays_keeps_what_the_researcher_set():
    journey = _journey()
    journey.update(replace(journey.quote("q-int"), respondent_id="r3", group_id="g1"))
    speakers = _speakers(journey, R1=Speaker("R1", SpeakerRole.RESPONDENT, "r2"))
    assert [q.id for q in quotes_following(journey, "tr1", speakers, "g3")] == ["q-r1", "q-r1-ar"]
    # a quote that already has what its speaker now gives is not listed
    journey.update(replace(journey.quote("q-r1"), respondent_id="r2", group_id="g2"))
    assert [q.id for q in quotes_following(journey, "tr1", speakers, "g3")] == ["q-r1-ar"]


def test_the_speakers_must_be_the_transcripts_and_the_values_valid():
    journey = _journey()
    speakers = _speakers(journey)
    with pytest.raises(InvalidValue):
        quotes_following(journey, "tr1", (*speakers, Speaker("R9")), "g3")  # (not in the text)
    with pytest.raises(InvalidValue):
        quotes_following(journey, "tr1", speakers[1:], "g3")  # (one left out)
    with pytest.raises(InvalidValue):
        quotes_following(journey, "tr1", (*speakers, speakers[0]), "g3")  # (twice)
    with pytest.raises(KlantreisError):
        speakers_edit(journey, "tr1", speakers, group_id="g3", date="", language="nl nl",
                      update_quotes=True)
    with pytest.raises(KlantreisError):
        quotes_following(journey, "nope", speakers, "g3")
    # the order given does not matter: the transcript keeps its own
    edit = speakers_edit(journey, "tr1", tuple(reversed(speakers)), group_id="g3", date="d",
                         language="nl", update_quotes=True)
    edit.apply(journey)
    assert journey.get("transcript", "tr1").speakers == speakers
    # a respondent that is not in the journey is refused when the step is applied
    edit = speakers_edit(journey, "tr1", _speakers(journey, R1=Speaker(
        "R1", SpeakerRole.RESPONDENT, "r-unknown")), group_id="g3", date="d", language="nl",
        update_quotes=True)
    before = interchange.dumps(journey)
    with pytest.raises(KlantreisError):
        edit.apply(journey)
    assert interchange.dumps(journey) == before
