"""Reading transcripts: .txt in three encodings, .docx, .vtt and .srt; speakers, time stamps and
the exact positions of every turn's words; bad files refused with a message naming them."""

from __future__ import annotations

import codecs
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klantreis.io.transcript_read import (
    ParsedTranscript,
    TranscriptCancelled,
    parse_transcript,
    read_transcript,
)
from klantreis.model.enums import TranscriptFormat
from klantreis.model.errors import TranscriptError

CORPUS = Path(__file__).parent / "transcripts"
ARABIC = "في السنة الأولى تواصلت مع المستشار مرة واحدة فقط."

INTERVIEW_TURNS = [
    ("", "Interview R1 en R2, Raalte, maart 2024"),
    ("Interviewer", "Goedemorgen. Kunt u vertellen hoe de eerste weken in Raalte waren?"),
    ("R1", "De eerste weken waren zwaar. Ik kreeg veel brieven van de gemeente en ik begreep ze niet."),
    ("Tolk", "Zij zegt dat zij de brieven niet kon lezen."),
    ("R1", ARABIC),
    ("Tolk", "In het eerste jaar had ik maar één keer contact met de consulent."),
    ("Interviewer", "En u, hoe was dat voor u?"),
    # "Hij zei:" starts a line once and is no speaker: the line continues R2's turn
    ("R2", "Bij mij ging het beter. De consulent belde elke maand. Hij zei: als er iets is, bel mij."),
    ("Interviewer", "Dank u wel."),
]
FOCUS_TURNS = [
    ("Interviewer", "Welkom allemaal. Wie wil beginnen?", 1000, 5500),
    ("R1", "Ik wachtte drie maanden op een gesprek met de gemeente.", 6000, 11250),
    ("R2", ARABIC, 12000, 16000),
    ("Tolk", "In het eerste jaar had ik maar één keer contact met de consulent.", 16500, 20000),
]


def check_positions(parsed: ParsedTranscript) -> None:
    """Every turn is exactly its words: on one line, no white space around, after "LABEL: "."""
    text = parsed.text
    previous = 0
    for turn in parsed.turns:
        words = text[turn.start:turn.end]
        assert words and words == words.strip() and "\n" not in words
        assert turn.start >= previous
        line_start = text.rfind("\n", 0, turn.start) + 1
        assert text.find("\n", turn.end) == turn.end  # (the turn ends its line)
        prefix = text[line_start:turn.start]
        if turn.speaker:
            assert prefix.endswith(f"{turn.speaker}: ")
        previous = turn.end
    assert parsed.speakers == tuple(dict.fromkeys(t.speaker for t in parsed.turns if t.speaker))


def said(parsed: ParsedTranscript) -> list[tuple]:
    return [(t.speaker, parsed.text[t.start:t.end]) for t in parsed.turns]


@pytest.mark.parametrize("name, encoding", [
    ("interview.txt", "utf-8"), ("interview-bom.txt", "utf-8-sig"),
    ("interview-utf16.txt", "utf-16-le")])
def test_a_txt_in_each_encoding_gives_the_same_turns_at_exact_positions(name, encoding):
    path = CORPUS / name
    parsed = read_transcript(path)
    assert said(parsed) == INTERVIEW_TURNS
    check_positions(parsed)
    assert parsed.speakers == ("Interviewer", "R1", "Tolk", "R2")
    assert parsed.encoding == encoding and parsed.file_format is TranscriptFormat.TXT
    assert parsed.checksum == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "\r" not in parsed.text and parsed.text.startswith("Interview R1 en R2")
    lines = parsed.text.split("\n")
    assert lines[2].startswith("R1: De eerste weken") and lines[4] == f"R1: {ARABIC}"


def test_utf16_without_a_bom_is_recognised_in_either_byte_order():
    text = (CORPUS / "interview.txt").read_text("utf-8")
    expected = parse_transcript(text.encode("utf-8"), "a.txt")
    for codec in ("utf-16-le", "utf-16-be"):
        parsed = parse_transcript(text.encode(codec), "a.txt")
        assert (parsed.text, parsed.turns, parsed.encoding) == (expected.text, expected.turns, codec)
    utf16_be_bom = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    assert parse_transcript(utf16_be_bom, "a.txt").encoding == "utf-16-be"


def test_every_kind_of_line_end_becomes_a_newline():
    parsed = parse_transcript("R1: een\rR2: twee\r\nR1: drie\u2028R2: vier\x0cR1: vijf".encode(),
                              "a.txt")
    assert parsed.text == "R1: een\nR2: twee\nR1: drie\nR2: vier\nR1: vijf\n"
    check_positions(parsed)


@pytest.mark.parametrize("name, kind", [("focusgroep.vtt", TranscriptFormat.VTT),
                                        ("focusgroep.srt", TranscriptFormat.SRT)])
def test_subtitles_give_one_turn_per_cue_with_its_times(name, kind):
    parsed = read_transcript(CORPUS / name)
    turns = [(t.speaker, parsed.text[t.start:t.end], t.begin_ms, t.end_ms) for t in parsed.turns]
    assert turns[:4] == FOCUS_TURNS
    check_positions(parsed)
    lines = parsed.text.split("\n")
    assert lines[0] == "[00:00:01] Interviewer: Welkom allemaal. Wie wil beginnen?"
    assert lines[2] == f"[00:00:12] R2: {ARABIC}"
    assert parsed.file_format is kind and parsed.speakers == ("Interviewer", "R1", "R2", "Tolk")
    if kind is TranscriptFormat.VTT:  # a "Label:" in a cue without a voice tag, and an entity
        assert turns[4] == ("Interviewer", "Dank jullie wel & tot ziens.", 2_530_000, 2_551_000)
        assert lines[4].startswith("[00:42:10] Interviewer: ")


def test_a_cue_in_which_a_second_speaker_starts_gives_two_turns():
    vtt = ("WEBVTT\n\n00:01:00.000 --> 00:01:04.000\n<v R1>Ja.</v>\n<v Interviewer>Echt?</v>\n"
           "\n00:01:05.000 --> 00:01:06.000\n<v R1>Ja,\n<v R1>echt.\n")
    parsed = parse_transcript(vtt.encode(), "a.vtt")
    assert [(t.speaker, parsed.text[t.start:t.end], t.begin_ms) for t in parsed.turns] == [
        ("R1", "Ja.", 60_000), ("Interviewer", "Echt?", 60_000), ("R1", "Ja, echt.", 65_000)]
    check_positions(parsed)


def _docx(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_document_with_paragraphs_and_a_speaker_table():
    def build(document):
        document.add_paragraph("Interview R1, Deventer")
        document.add_paragraph("Interviewer: Hoe ging het met de taalschool?")
        paragraph = document.add_paragraph("R1: Eerst goed.")
        paragraph.add_run().add_break()  # (a line break inside the paragraph)
        paragraph.add_run("Daarna niet meer.")
        document.add_paragraph("")
        table = document.add_table(rows=3, cols=2)
        for row, (who, what) in zip(table.rows, [("Spreker", "Tekst"), ("Tolk:", "Zij zegt: " + ARABIC),
                                                 ("R1", "Dat klopt.")], strict=True):
            row.cells[0].text, row.cells[1].text = who, what
        timed = document.add_table(rows=1, cols=3)
        for cell, value in zip(timed.rows[0].cells, ("00:12:31", "Interviewer", "Dank u."), strict=True):
            cell.text = value

    parsed = parse_transcript(_docx(build), "interview R1.docx")
    assert said(parsed) == [
        ("", "Interview R1, Deventer"),
        ("Interviewer", "Hoe ging het met de taalschool?"),
        ("R1", "Eerst goed. Daarna niet meer."),
        ("Tolk", "Zij zegt: " + ARABIC),
        ("R1", "Dat klopt."),
        ("Interviewer", "Dank u."),
    ]
    check_positions(parsed)
    assert parsed.text.split("\n")[5] == "[00:12:31] Interviewer: Dank u."
    assert parsed.turns[-1].begin_ms == 751_000 and parsed.encoding == ""
    assert parsed.file_format is TranscriptFormat.DOCX


def test_time_stamps_in_a_txt_give_begin_and_end():
    text = ("[00:12:31] R3: Ik kwam in 2019.\nen toen?\n00:12:40 Interviewer: En toen?\n(00:13:02)\n"
            "R3: Toen moest ik wachten.\n[00:13:30] nog steeds.\n")
    parsed = parse_transcript(text.encode(), "a.txt")
    assert [(t.speaker, parsed.text[t.start:t.end], t.begin_ms, t.end_ms) for t in parsed.turns] == [
        ("R3", "Ik kwam in 2019. en toen?", 751_000, 760_000),
        ("Interviewer", "En toen?", 760_000, 782_000),
        ("R3", "Toen moest ik wachten.", 782_000, 810_000),
        ("R3", "nog steeds.", 810_000, 810_000),  # (the last: its end is not known)
    ]
    assert parsed.text.split("\n")[2] == "(00:13:02) R3: Toen moest ik wachten."
    check_positions(parsed)


def test_a_text_without_labels_is_one_speakerless_turn_per_paragraph():
    parsed = parse_transcript(b"Eerste alinea,\nnog een regel.\n\n\nTweede alinea: over werk.\n",
                              "notities.txt")
    assert said(parsed) == [("", "Eerste alinea, nog een regel."), ("", "Tweede alinea: over werk.")]
    assert parsed.speakers == ()
    assert parsed.text == "Eerste alinea, nog een regel.\nTweede alinea: over werk.\n"


def test_labels_are_told_apart_from_sentences_and_a_heading():
    text = ("Datum: 12 maart 2024\nLocatie: Raalte\nDatum: opnieuw\n\n"
            "I: Wie is uw contactpersoon?\nFatima: Mijn consulent.\nHij zei: kom maar.\n"
            "Op 12:30: niets.\nhttp://example.org staat erbij\nInterviewster: Dank u.\n")
    parsed = parse_transcript(text.encode(), "a.txt")
    assert parsed.speakers == ("I", "Fatima", "Interviewster")
    assert said(parsed)[0] == ("", "Datum: 12 maart 2024 Locatie: Raalte Datum: opnieuw")
    assert said(parsed)[2] == ("Fatima", "Mijn consulent. Hij zei: kom maar. Op 12:30: niets. "
                                         "http://example.org staat erbij")


@pytest.mark.parametrize("data, name, words", [
    ("café".encode("cp1252"), "oud.txt", "'oud.txt' is geen tekst in UTF-8 of UTF-16 (regel 1)"),
    (b"R1: goed\nR2: caf\xe9\n", "b.txt", "'b.txt' is geen tekst in UTF-8 of UTF-16 (regel 2)"),
    (b"R1: \xed\xa0\x80", "s.txt", "geen tekst in UTF-8 of UTF-16"),  # (an encoded surrogate)
    (codecs.BOM_UTF16_LE + "R1: ja ".encode("utf-16-le") + b"\x00\xd8", "u.txt", "UTF-16"),
    (b"R1: ja\x00\x00\x00nee", "nul.txt", "geen tekst in UTF-8"),
    (b"", "leeg.txt", "'leeg.txt' bevat geen tekst"),
    (b" \n\t\r\n", "wit.txt", "'wit.txt' bevat geen tekst"),
    (codecs.BOM_UTF8, "bom.txt", "bevat geen tekst"),
    (b"WEBVTT\n\n", "leeg.vtt", "'leeg.vtt' bevat geen tekst"),
    (b"R1: hallo", "a.pdf", "'a.pdf' is geen transcript dat Klantreis kan lezen"),
    (b"R1: hallo", "zonder-extensie", "gebruik een .txt-, .docx-, .vtt- of .srt-bestand"),
    (b"R1: hallo\n", "niet.vtt", "'niet.vtt' is geen WebVTT-ondertitelbestand"),
    (b"WEBVTT\n\n00:00:99.000 --> 00:00:01.000\nR1: ja\n", "tijd.vtt", "geen WebVTT"),
    (b"R1: hallo\n", "niet.srt", "'niet.srt' is geen SubRip-ondertitelbestand"),
    (b"R1: hallo", "tekst.docx", "'tekst.docx' is geen Word-document (.docx): het bestand is beschadigd"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "oud.docx", "oud Word-document (.doc)"),
])
def test_bad_input_is_refused_with_a_message_naming_the_file(data, name, words):
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, name)
    assert words in str(caught.value)


def test_a_zip_that_is_not_a_word_document_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/readme.txt", "geen document")
    with pytest.raises(TranscriptError, match="zip-bestand zonder Word-tekst"):
        parse_transcript(out.getvalue(), "map.docx")
    empty = _docx(lambda document: None)
    with pytest.raises(TranscriptError, match="bevat geen tekst"):
        parse_transcript(empty, "leeg.docx")


def test_reading_a_file_never_changes_it_and_a_missing_one_is_named(tmp_path):
    path = tmp_path / "interview.txt"
    path.write_bytes((CORPUS / "interview.txt").read_bytes())
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_transcript(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    with pytest.raises(TranscriptError, match="bestaat niet"):
        read_transcript(tmp_path / "weg.txt")
    with pytest.raises(TranscriptError, match="geen transcript dat Klantreis kan lezen"):
        read_transcript(tmp_path / "weg.odt")


def test_progress_is_told_and_false_cancels():
    data = "\n".join(f"R{i % 3}: zin {i}" for i in range(10_000)).encode()
    seen = []
    parse_transcript(data, "a.txt", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 10_000) and seen[-1] == (10_000, 10_000) and len(seen) >= 5
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(TranscriptCancelled, match="afgebroken"):
        parse_transcript(data, "a.txt", progress=lambda done, total: done < 4000)
    with pytest.raises(TranscriptCancelled):
        parse_transcript((CORPUS / "focusgroep.vtt").read_bytes(), "f.vtt", progress=lambda d, t: False)


def test_a_ten_megabyte_transcript_is_read_whole():
    lines = []
    size = 0
    while size < 10_000_000:
        n = len(lines)
        stamp = f"[{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}]"
        line = f"{stamp} R{n % 4}: zin {n} over de gemeente, " + "woorden " * 8
        lines.append(line if n % 50 else line + "\nen een vervolgregel " + ARABIC)
        size += len(line.encode()) + 1
    parsed = parse_transcript("\n".join(lines).encode(), "groot.txt")
    assert len(parsed.turns) == len(lines) and parsed.speakers == ("R0", "R1", "R2", "R3")
    for index in (0, 50, len(lines) // 2, len(lines) - 1):
        turn = parsed.turns[index]
        assert parsed.text[turn.start:turn.end].startswith(f"zin {index} over")
        assert turn.begin_ms == index * 1000 and turn.end_ms == min(index + 1, len(lines) - 1) * 1000
    joined = parsed.turns[50]
    assert parsed.text[joined.start:joined.end].endswith("woorden en een vervolgregel " + ARABIC)


_LINES = st.lists(st.one_of(
    st.sampled_from(["R1:", "Interviewer:", "Tolk: ", "[00:00:05] R2:", "00:01:00", "Hij zei: ", "",
                     "  ", "\t", "\r", "\u2028", "Fatima:", "(01:02) ", "I:"]),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_any_text_gives_turns_that_index_it_exactly(parts):
    data = "".join(p if i % 2 else p + "\n" for i, p in enumerate(parts)).encode()
    try:
        parsed = parse_transcript(data, "a.txt")
    except TranscriptError as error:
        assert "geen tekst" in str(error) or "bevat geen tekst" in str(error)
        return
    check_positions(parsed)
    assert parsed.text.endswith("\n") and "\r" not in parsed.text


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.vtt", "a.srt", "a.docx"]))
def test_any_bytes_give_a_transcript_or_a_clear_refusal(data, name):
    try:
        parsed = parse_transcript(data, name)
    except TranscriptError as error:
        assert name in str(error)
        return
    check_positions(parsed)
