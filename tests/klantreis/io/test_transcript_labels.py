"""Who speaks: speakers' labels told apart from sentences and headings; real names as labels
(one word or several, with particles and hyphens), and the layout of Microsoft Teams and Word's
dictation (a name and a time on a line of their own), found so that the app can flag them."""

from __future__ import annotations

import pytest

from klantreis.io.transcript_labels import accepted_labels, name_shaped
from klantreis.io.transcript_read import parse_transcript
from tests.klantreis.io.test_transcript_read import _docx, check_positions, said


def _read(text: str, name: str = "a.txt"):
    parsed = parse_transcript(text.encode(), name)
    check_positions(parsed)
    assert parsed.text == text  # (the text is the file's, line for line)
    return parsed


def test_labels_are_told_apart_from_sentences_and_a_heading():
    text = ("Datum: 12 maart 2024\nLocatie: Raalte\nDatum: opnieuw\n\n"
            "I: Wie is uw contactpersoon?\nFatima: Mijn consulent.\nHij zei: kom maar.\n"
            "Op 12:30: niets.\nhttp://example.org staat erbij\nInterviewster: Dank u.\n")
    parsed = _read(text)
    assert parsed.speakers == ("I", "Fatima", "Interviewster")
    assert said(parsed)[0] == ("", "Datum: 12 maart 2024\nLocatie: Raalte\nDatum: opnieuw")
    assert said(parsed)[2] == ("Fatima", "Mijn consulent.\nHij zei: kom maar.\nOp 12:30: niets.\n"
                                         "http://example.org staat erbij")


def test_two_first_names_each_once_are_two_speakers():
    parsed = _read("Fatima: Goedemorgen, hoe gaat het?\nAhmed: Goed, dank u.\n")
    assert said(parsed) == [("Fatima", "Goedemorgen, hoe gaat het?"), ("Ahmed", "Goed, dank u.")]


@pytest.mark.parametrize("name", ["Mohammed Al-Hassan", "Ahmed el Amrani", "Jan van der Berg",
                                  "Dhr. Bakker", "Anna-Lena de Vries", "محمد"])
def test_a_name_of_several_words_is_the_speaker_of_the_answer(name):
    parsed = _read(f"Interviewer: Wie belde u?\n{name}: De consulent belde mij.\n")
    assert said(parsed) == [("Interviewer", "Wie belde u?"), (name, "De consulent belde mij.")]
    assert parsed.label_spans[1] == (len("Interviewer: Wie belde u?\n"),
                                     len(f"Interviewer: Wie belde u?\n{name}"), name)


def test_sentences_headings_and_notes_with_a_colon_are_no_speakers():
    text = ("Datum: 12 maart 2024\nLocatie: Raalte\nDuur: 45 minuten\nOnderwerp: de eerste weken\n"
            "Datum interview: 12 maart\nNaam: (weggelaten)\n\n"
            "Hij zei: kom maar langs.\nDe consulent: die belde niet.\nToen Ahmed: niets meer.\n"
            "Tweede alinea: over werk.\nOp 12:30: wachten.\nmoeder: ja\nmoeder: nee\n")
    parsed = _read(text)
    assert parsed.speakers == () and parsed.label_spans == ()
    assert [w for _s, w in said(parsed)] == [text[:text.index("\n\n")],
                                              text[text.index("Hij zei"):-1]]


def test_one_name_with_a_colon_in_prose_is_no_speaker():
    parsed = _read("We spraken over de wijk.\nAmsterdam: daar woonde hij eerst.\nDaarna verhuisde hij.\n")
    assert parsed.speakers == ()


def test_the_teams_layout_with_the_time_on_the_line_or_the_next():
    text = ("Fatima Yilmaz   0:03\nGoedemorgen.\nFijn dat u er bent.\n\n"
            "Mohammed Al-Hassan   [0:15]\nDank u. De consulent: die belde.\n\n"
            "Fatima Yilmaz\n00:01:23\nWat zei de consulent?\n")
    parsed = _read(text)
    assert said(parsed) == [("Fatima Yilmaz", "Goedemorgen.\nFijn dat u er bent."),
                            ("Mohammed Al-Hassan", "Dank u. De consulent: die belde."),
                            ("Fatima Yilmaz", "Wat zei de consulent?")]
    assert [t.begin_ms for t in parsed.turns] == [3_000, 15_000, 83_000]
    assert [(text[s:e], label) for s, e, label in parsed.label_spans] == [
        ("Fatima Yilmaz", "Fatima Yilmaz"), ("Mohammed Al-Hassan", "Mohammed Al-Hassan"),
        ("Fatima Yilmaz", "Fatima Yilmaz")]


def test_word_dictation_with_a_role_once_and_teams_paragraphs_in_word():
    parsed = _read("Speaker 1  00:00:03\nIk kwam in 2019 naar Raalte.\n")
    assert said(parsed) == [("Speaker 1", "Ik kwam in 2019 naar Raalte.")]

    def build(document):
        for paragraph in ("Transcript", "Fatima Yilmaz   0:03", "Goedemorgen.", "Ahmed   0:09",
                          "Dag.", "Fatima Yilmaz   0:12", "Hoe gaat het?"):
            document.add_paragraph(paragraph)

    parsed = parse_transcript(_docx(build), "teams.docx")
    check_positions(parsed)
    assert said(parsed) == [("", "Transcript"), ("Fatima Yilmaz", "Goedemorgen."), ("Ahmed", "Dag."),
                            ("Fatima Yilmaz", "Hoe gaat het?")]
    assert parsed.text.split("\n")[3] == "Ahmed   0:09"  # (line 4 is Word's paragraph 4)


def test_a_time_after_a_word_is_no_name_unless_it_is_the_layout():
    text = "Om 10:30\nbegon het gesprek.\n\nVergadering 11:00\nwerd afgezegd.\n"
    assert _read(text).speakers == ()  # ("Om" starts a sentence; the other is one line only)
    assert _read("R1: Ja.\n(00:01:00)\nnog iets.\n").speakers == ("R1",)  # (a stamp alone)


def test_a_label_after_a_line_break_in_a_word_paragraph_starts_a_turn_on_that_line():
    def build(document):
        paragraph = document.add_paragraph("Interviewer: Hoe ging het?")
        paragraph.add_run().add_break()
        paragraph.add_run("R1: Goed.")
        document.add_paragraph("Verder niets.")

    parsed = parse_transcript(_docx(build), "a.docx")
    check_positions(parsed)
    assert parsed.text == "Interviewer: Hoe ging het? R1: Goed.\nVerder niets.\n"
    assert said(parsed) == [("Interviewer", "Hoe ging het?"), ("R1", "Goed.\nVerder niets.")]


@pytest.mark.parametrize("label, shaped", [
    ("Fatima", True), ("Mohammed Al-Hassan", True), ("Ahmed el Amrani", True),
    ("van Dijk", True), ("Man 1", True), ("Hij zei", False), ("De consulent", False),
    ("Datum", False), ("Datum Interview", False), ("Toen Ahmed", False), ("Jan de", False),
    ("fatima", False), ("Een Twee Drie Vier Vijf", False), ("1 Fatima", False)])
def test_the_shape_of_a_name(label, shaped):
    assert name_shaped(label) is shaped


def test_a_name_counts_from_the_second_line_with_a_label():
    assert accepted_labels(["Fatima"]) == set()
    assert accepted_labels(["Fatima", "Fatima"]) == {"Fatima"}
    assert accepted_labels(["Fatima", "Ahmed", "Datum"]) == {"Fatima", "Ahmed"}
    assert accepted_labels(["R3"]) == {"R3"} and accepted_labels(["Tolk 2"]) == {"Tolk 2"}
    assert accepted_labels(["Hij zei", "Hij zei"]) == set()
    assert accepted_labels(["Fatima"], sure={"Ahmed"}) == {"Ahmed"}
