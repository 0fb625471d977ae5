"""Importing a transcript: speakers guessed from their labels, labels that look like names found
and replaced in the text, the Transcript made, and the one undoable step that adds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantreis.io.transcript_import import (
    guess_speakers,
    import_transcript_edit,
    name_like_file,
    name_like_labels,
    relabel,
    same_file,
    transcript_from,
)
from klantreis.io.transcript_read import ParsedTranscript, parse_transcript, read_transcript
from klantreis.model.entities import Group, Perspective, Respondent
from klantreis.model.enums import SpeakerRole
from klantreis.model.errors import NotFound, TranscriptError
from klantreis.model.transcripts import Speaker
from tests.conftest import make_small_journey
from tests.klantreis.io.test_transcript_read import check_positions

CORPUS = Path(__file__).parent / "transcripts"
NOW = "2024-03-01T10:00:00"


def _journey():
    journey = make_small_journey()  # (respondent r1 "R1" in group g1)
    journey.add(Group("g2", "Sessie uitvoerders", Perspective.UITVOERDER))
    journey.add(Respondent("r2", "r2", "g2"))
    return journey


def test_speakers_are_guessed_from_codes_and_role_words():
    labels = ["R1", "R2", "Interviewer", "I", "int", "Moderator 2", "Interviewster", "Onderzoeker",
              "Gespreksleider", "Facilitator", "Tolk", "Interpreter", "vertaler", "R9", "Spreker 3"]
    speakers = guess_speakers(_journey(), labels)
    assert [s.label for s in speakers] == labels
    assert speakers[0] == Speaker("R1", SpeakerRole.RESPONDENT, "r1")
    assert speakers[1] == Speaker("R2", SpeakerRole.RESPONDENT, "r2")  # (code "r2": case ignored)
    assert {s.role for s in speakers[2:10]} == {SpeakerRole.INTERVIEWER}
    assert {s.role for s in speakers[10:13]} == {SpeakerRole.INTERPRETER}
    assert speakers[13] == Speaker("R9") and speakers[14].role is SpeakerRole.UNKNOWN


def test_labels_that_look_like_names_are_found_and_codes_and_roles_are_not():
    labels = ["R1", "Interviewer", "Tolk", "I", "Spreker 2", "Vraag", "Fatima", "fatima",
              "Jan de Vries", "Mevrouw Jansen", "Dhr. Bakker", "محمد", "Anna-Lena", "Jansen"]
    assert name_like_labels(labels) == ["Fatima", "fatima", "Jan de Vries", "Mevrouw Jansen",
                                        "Dhr. Bakker", "محمد", "Anna-Lena"]
    # a surname alone is found through the project's own word list
    assert name_like_labels(["Jansen", "R1"], words=("Jansen",)) == ["Jansen"]


def test_relabel_replaces_a_name_in_the_text_and_recomputes_every_position():
    text = ("Interviewer: Hoe heet u?\nFatima: Ik ben R3.\nInterviewer: Goed.\nFatima: Ja.\n"
            "Tolk: Ze zegt ja.\n")
    parsed = parse_transcript(text.encode(), "a.txt")
    assert parsed.speakers == ("Interviewer", "Fatima", "Tolk")
    renamed = relabel(parsed, {"Fatima": "R3"})
    assert renamed.text == text.replace("Fatima:", "R3:")
    assert "Fatima" not in renamed.text and renamed.speakers == ("Interviewer", "R3", "Tolk")
    assert [renamed.text[t.start:t.end] for t in renamed.turns] == [
        parsed.text[t.start:t.end] for t in parsed.turns]
    assert [t.speaker for t in renamed.turns] == ["Interviewer", "R3", "Interviewer", "R3", "Tolk"]
    check_positions(renamed)
    assert renamed.checksum == parsed.checksum  # (still the bytes of the original file)
    # a longer label, and onto a label already there: the two speakers become one
    merged = relabel(parsed, {"Fatima": "Tolk", "Interviewer": "Onderzoeker 1"})
    assert merged.speakers == ("Onderzoeker 1", "Tolk")
    assert merged.text.split("\n")[:2] == ["Onderzoeker 1: Hoe heet u?", "Tolk: Ik ben R3."]
    check_positions(merged)
    assert relabel(parsed, {}) is parsed


def test_relabel_keeps_the_time_stamp_of_a_cue():
    parsed = read_transcript(CORPUS / "focusgroep.vtt")
    renamed = relabel(parsed, {"R2": "Respondent 2"})
    assert renamed.text.split("\n")[2].startswith("[00:00:12] Respondent 2: في السنة")
    check_positions(renamed)
    assert [(t.begin_ms, t.end_ms) for t in renamed.turns] == [(t.begin_ms, t.end_ms) for t in parsed.turns]


def test_relabel_keeps_the_lines_of_the_file():
    """A name replaced wherever the reader found it (after a stamp, with spaces before the
    colon, in the Teams layout): every line stays the line it was, every turn its words."""
    parsed = read_transcript(CORPUS / "teams.txt")
    renamed = relabel(parsed, {"Fatima Yilmaz": "Interviewer", "Mohammed Al-Hassan": "R3"})
    assert "Fatima" not in renamed.text and "Mohammed" not in renamed.text
    before, after = parsed.text.split("\n"), renamed.text.split("\n")
    assert len(after) == len(before) and after[2] == "Interviewer   0:03"
    assert after[9:12] == ["Interviewer", "00:01:23", "Wat zei de consulent?"]
    assert [(t.speaker, renamed.text[t.start:t.end]) for t in renamed.turns] == [
        (renamed_label, parsed.text[t.start:t.end]) for t, renamed_label in zip(
            parsed.turns, ["", "Interviewer", "R3", "Interviewer", "R3"], strict=True)]
    assert [renamed.text.count("\n", 0, t.start) for t in renamed.turns] == [
        parsed.text.count("\n", 0, t.start) for t in parsed.turns]
    check_positions(renamed)
    text = "[00:00:05] Jan  de Vries : Ja.\nInterviewer: Goed.\nR2: En ik\nJan  de Vries:\nNee.\n"
    renamed = relabel(parse_transcript(text.encode(), "a.txt"), {"Jan de Vries": "R1"})
    assert renamed.text == "[00:00:05] R1 : Ja.\nInterviewer: Goed.\nR2: En ik\nR1:\nNee.\n"
    assert [(t.speaker, renamed.text[t.start:t.end]) for t in renamed.turns] == [
        ("R1", "Ja."), ("Interviewer", "Goed."), ("R2", "En ik"), ("R1", "Nee.")]
    check_positions(renamed)


def test_relabel_needs_to_know_where_the_labels_stand():
    parsed = parse_transcript(b"Fatima: Ja.\nInterviewer: Goed.\n", "a.txt")
    made = ParsedTranscript(parsed.text, parsed.turns, parsed.speakers, parsed.file_format,
                            parsed.checksum, parsed.encoding)  # (not made by the reader)
    with pytest.raises(TranscriptError, match="geen spreker 'Fatima'"):
        relabel(made, {"Fatima": "R1"})


@pytest.mark.parametrize("name, found", [
    ("interview Fatima Yilmaz.txt", ["Fatima", "Yilmaz"]), ("gesprek_met_Ahmed.docx", ["Ahmed"]),
    ("interview mevrouw Jansen.txt", ["Jansen"]), ("/map/R3/interview Anna-Lena.vtt", ["Anna-Lena"]),
    ("interview R3.txt", []), ("focusgroep 2 Raalte.srt", []), ("Interviewer en Tolk.txt", [])])
def test_a_file_name_that_holds_a_name(name, found):
    assert name_like_file(name) == found


def test_a_file_name_with_a_word_of_the_projects_list():
    assert name_like_file("interview Jansen.txt") == []
    assert name_like_file("interview Jansen.txt", ("Jansen",)) == ["Jansen"]
    assert name_like_file("interview de Boer-Smit.txt", ("de Boer-Smit",)) == ["de Boer-Smit"]


@pytest.mark.parametrize("mapping, words", [
    ({"Fatma": "R3"}, "geen spreker 'Fatma'"),
    ({"Fatima": " "}, "kan geen sprekernaam zijn"),
    ({"Fatima": "R3: x"}, "kan geen sprekernaam zijn"),
    ({"Fatima": "R3\nR4"}, "kan geen sprekernaam zijn"),
    ({"Fatima": "x" * 41}, "hoogstens 40 tekens"),
])
def test_relabel_refuses_what_cannot_be_a_label(mapping, words):
    parsed = parse_transcript(b"Fatima: Ja.\nInterviewer: Goed.\n", "a.txt")
    with pytest.raises(TranscriptError, match=words):
        relabel(parsed, mapping)


def test_the_transcript_and_the_one_step_that_adds_it():
    journey = _journey()
    parsed = read_transcript(CORPUS / "interview.txt")
    speakers = guess_speakers(journey, parsed.speakers)
    transcript = transcript_from(parsed, "interview.txt", speakers[:2], imported_at=NOW, date="2024-03-12",
                                 language="nl", group_id="g1", transcript_id="tr1")
    assert transcript.speakers == (Speaker("Interviewer", SpeakerRole.INTERVIEWER),
                                   Speaker("R1", SpeakerRole.RESPONDENT, "r1"), Speaker("Tolk"),
                                   Speaker("R2"))  # (the speakers not given: role unknown)
    assert (transcript.text, transcript.turns, transcript.checksum) == (
        parsed.text, parsed.turns, parsed.checksum)
    assert (transcript.date, transcript.group_id, transcript.file_format.value) == ("2024-03-12", "g1", "txt")
    before = journey.transcripts
    edit = import_transcript_edit(journey, transcript)
    assert edit.text == "transcript importeren"
    edit.apply(journey)
    assert journey.transcripts == (*before, transcript) and same_file(journey, parsed) == transcript
    edit.revert(journey)
    assert journey.transcripts == before and same_file(journey, parsed) is None
    edit.apply(journey)
    assert journey.get("transcript", "tr1") == transcript


def test_speakers_the_text_lacks_are_left_out():
    parsed = parse_transcript(b"R1: Ja.\n", "a.txt")
    transcript = transcript_from(parsed, "a.txt", (Speaker("R1"), Speaker("R7")), imported_at=NOW)
    assert transcript.speakers == (Speaker("R1"),) and len(transcript.id) == 32


def test_a_transcript_of_a_group_or_respondent_the_journey_lacks_is_refused_before_a_step():
    journey = _journey()
    parsed = parse_transcript(b"R1: Ja.\n", "a.txt")
    for transcript in (
            transcript_from(parsed, "a.txt", (), imported_at=NOW, group_id="weg"),
            transcript_from(parsed, "a.txt", (Speaker("R1", SpeakerRole.RESPONDENT, "r9"),),
                            imported_at=NOW)):
        with pytest.raises(NotFound):
            import_transcript_edit(journey, transcript)
    assert journey.transcripts == ()
