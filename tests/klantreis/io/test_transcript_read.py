"""Reading transcripts: .txt in three encodings, .docx, .vtt and .srt; speakers, time stamps and
the exact positions of every turn's words, in a .txt on the file's own lines; bad files refused
with a message naming them. How speakers are told from other text: test_transcript_labels.py."""

from __future__ import annotations

import codecs
import hashlib
import io
import re
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
    ("R1", "De eerste weken waren zwaar. Ik kreeg veel brieven van de gemeente\nen ik begreep ze niet."),
    ("Tolk", "Zij zegt dat zij de brieven niet kon lezen."),
    ("R1", ARABIC),
    ("Tolk", "In het eerste jaar had ik maar één keer contact met de consulent."),
    ("Interviewer", "En u, hoe was dat voor u?"),
    # "Hij zei:" starts a line and is no speaker: the line continues R2's turn
    ("R2", "Bij mij ging het beter. De consulent belde elke maand.\nHij zei: als er iets is, bel mij."),
    ("Interviewer", "Dank u wel."),
]
FOCUS_TURNS = [
    ("Interviewer", "Welkom allemaal. Wie wil beginnen?", 1000, 5500),
    ("R1", "Ik wachtte drie maanden op een gesprek met de gemeente.", 6000, 11250),
    ("R2", ARABIC, 12000, 16000),
    ("Tolk", "In het eerste jaar had ik maar één keer contact met de consulent.", 16500, 20000),
]


def check_positions(parsed: ParsedTranscript) -> None:
    """Every turn is exactly its words (no white space around), in order, not overlapping; each
    label stands where the reader says, outside every turn; the speakers in order."""
    text = parsed.text
    previous = 0
    for turn in parsed.turns:
        words = text[turn.start:turn.end]
        assert words and words == words.strip()
        assert turn.start >= previous
        previous = turn.end
    for start, end, label in parsed.label_spans:
        assert " ".join(text[start:end].split()) == label and "\n" not in text[start:end]
        assert all(end <= t.start or start >= t.end for t in parsed.turns)
    assert {label for _s, _e, label in parsed.label_spans} <= set(parsed.speakers)
    assert parsed.speakers == tuple(dict.fromkeys(t.speaker for t in parsed.turns if t.speaker))


def check_cue_lines(parsed: ParsedTranscript) -> None:
    """A subtitle file's text: each turn on one line, which it ends, after "LABEL: "."""
    check_positions(parsed)
    text = parsed.text
    for turn in parsed.turns:
        assert "\n" not in text[turn.start:turn.end]
        assert text.find("\n", turn.end) == turn.end
        prefix = text[text.rfind("\n", 0, turn.start) + 1:turn.start]
        if turn.speaker:
            assert prefix.endswith(f"{turn.speaker}: ")


def file_lines(path: Path) -> list[str]:
    """The lines of a text file as a reader sees them (line ends made "\\n")."""
    data = path.read_bytes()
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n").split("\n")


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
    assert lines[3].startswith("R1: De eerste weken") and lines[7] == f"R1: {ARABIC}"


def _line(parsed: ParsedTranscript, words: str) -> int:
    return parsed.text.count("\n", 0, parsed.text.index(words)) + 1


@pytest.mark.parametrize("name", ["interview.txt", "interview-bom.txt", "interview-utf16.txt",
                                  "teams.txt", "namen.txt"])
def test_a_txt_keeps_the_lines_of_the_file(name):
    """Line N of the text is line N of the file: a quote's "r. N" is where the researcher finds
    it in the original."""
    parsed = read_transcript(CORPUS / name)
    assert parsed.text.split("\n") == file_lines(CORPUS / name)
    check_positions(parsed)


def test_line_numbers_are_those_of_the_file():
    parsed = read_transcript(CORPUS / "interview.txt")
    assert _line(parsed, "Bij mij ging het beter") == 12  # (it was "r. 8" when lines were joined)
    assert _line(parsed, ARABIC) == 8 and _line(parsed, "en ik begreep ze niet") == 5
    r1 = parsed.turns[2]  # (a turn over two lines of the file)
    assert (_line(parsed, "De eerste weken"), parsed.text.count("\n", 0, r1.end) + 1) == (4, 5)


CORPUS_TURNS = {
    "interview.txt": INTERVIEW_TURNS, "interview-bom.txt": INTERVIEW_TURNS,
    "interview-utf16.txt": INTERVIEW_TURNS,
    "focusgroep.vtt": [(s, w) for s, w, _b, _e in FOCUS_TURNS] + [
        ("Interviewer", "Dank jullie wel & tot ziens.")],
    "focusgroep.srt": [(s, w) for s, w, _b, _e in FOCUS_TURNS],
    "teams.txt": [
        ("", "Gesprek gemeente Raalte, 12 maart 2024"),
        ("Fatima Yilmaz", "Goedemorgen. Ik ben van de gemeente.\nFijn dat u er bent."),
        ("Mohammed Al-Hassan", "Dank u. De consulent belde mij gisteren."),
        ("Fatima Yilmaz", "Wat zei de consulent?"),
        ("Mohammed Al-Hassan", "Hij zei: kom maar langs.")],
    "namen.txt": [
        ("", "Datum: 14 maart 2024\nLocatie: Deventer\nOnderwerp: inburgering"),
        ("Interviewer", "Hoe ging het met de brieven?"),
        ("Mohammed Al-Hassan", "De consulent legde ze uit.\nHij zei: bel mij als er iets is."),
        ("Ahmed el Amrani", "Bij mij niet.\nOp 12:30: wachtte ik nog."),
        ("Interviewer", "Dank u wel.")],
}


def test_every_file_of_the_corpus_gives_its_words_exactly():
    assert sorted(CORPUS_TURNS) == sorted(p.name for p in CORPUS.iterdir()
                                          if p.suffix in (".txt", ".docx", ".vtt", ".srt"))
    for name, expected in CORPUS_TURNS.items():
        parsed = read_transcript(CORPUS / name)
        assert said(parsed) == expected, name
        check_positions(parsed)


def test_the_teams_layout_gives_names_and_times():
    parsed = read_transcript(CORPUS / "teams.txt")
    assert parsed.speakers == ("Fatima Yilmaz", "Mohammed Al-Hassan")
    assert [(t.begin_ms, t.end_ms) for t in parsed.turns[1:]] == [
        (3_000, 15_000), (15_000, 83_000), (83_000, 90_000), (90_000, 90_000)]
    lines = parsed.text.split("\n")
    assert lines[2] == "Fatima Yilmaz   0:03" and lines[9:11] == ["Fatima Yilmaz", "00:01:23"]


def test_utf16_without_a_bom_is_recognised_in_either_byte_order():
    text = (CORPUS / "interview.txt").read_text("utf-8")
    expected = parse_transcript(text.encode("utf-8"), "a.txt")
    for codec in ("utf-16-le", "utf-16-be"):
        parsed = parse_transcript(text.encode(codec), "a.txt")
        assert (parsed.text, parsed.turns, parsed.encoding) == (expected.text, expected.turns, codec)
    utf16_be_bom = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    assert parse_transcript(utf16_be_bom, "a.txt").encoding == "utf-16-be"


def test_every_kind_of_line_end_becomes_a_newline():
    parsed = parse_transcript("R1: een\rR2: twee\r\nR1: drie\u2028R2: vier\x0cR1: vijf\x07!".encode(),
                              "a.txt")
    assert parsed.text == "R1: een\nR2: twee\nR1: drie\nR2: vier\nR1: vijf!"  # (no bell: invisible)
    assert said(parsed)[-1] == ("R1", "vijf!")
    check_positions(parsed)


@pytest.mark.parametrize("name, kind", [("focusgroep.vtt", TranscriptFormat.VTT),
                                        ("focusgroep.srt", TranscriptFormat.SRT)])
def test_subtitles_give_one_turn_per_cue_with_its_times(name, kind):
    parsed = read_transcript(CORPUS / name)
    turns = [(t.speaker, parsed.text[t.start:t.end], t.begin_ms, t.end_ms) for t in parsed.turns]
    assert turns[:4] == FOCUS_TURNS
    check_cue_lines(parsed)
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
    check_cue_lines(parsed)


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
        ("R1", "Eerst goed. Daarna niet meer."),  # (a line break in a paragraph: a space)
        ("Tolk", "Zij zegt: " + ARABIC),
        ("R1", "Dat klopt."),
        ("Interviewer", "Dank u."),
    ]
    check_positions(parsed)
    # one line per paragraph (the empty one too) and per table row, the header row included
    assert parsed.text.split("\n") == [
        "Interview R1, Deventer", "Interviewer: Hoe ging het met de taalschool?",
        "R1: Eerst goed. Daarna niet meer.", "", "Spreker Tekst", "Tolk: Zij zegt: " + ARABIC,
        "R1: Dat klopt.", "[00:12:31] Interviewer: Dank u.", ""]
    assert parsed.turns[-1].begin_ms == 751_000 and parsed.encoding == ""
    assert parsed.file_format is TranscriptFormat.DOCX


def test_time_stamps_in_a_txt_give_begin_and_end():
    text = ("[00:12:31] R3: Ik kwam in 2019.\nen toen?\n00:12:40 Interviewer: En toen?\n(00:13:02)\n"
            "R3: Toen moest ik wachten.\n[00:13:30] nog steeds.\n")
    parsed = parse_transcript(text.encode(), "a.txt")
    assert [(t.speaker, parsed.text[t.start:t.end], t.begin_ms, t.end_ms) for t in parsed.turns] == [
        ("R3", "Ik kwam in 2019.\nen toen?", 751_000, 760_000),
        ("Interviewer", "En toen?", 760_000, 782_000),
        ("R3", "Toen moest ik wachten.", 782_000, 810_000),
        ("R3", "nog steeds.", 810_000, 810_000),  # (the last: its end is not known)
    ]
    assert parsed.text == text  # (the stamps stay where they are: "(00:13:02)" alone on line 4)
    check_positions(parsed)


def test_a_text_without_labels_is_one_speakerless_turn_per_paragraph():
    parsed = parse_transcript(b"Eerste alinea,\nnog een regel.\n\n\nTweede alinea: over werk.\n",
                              "notities.txt")
    assert said(parsed) == [("", "Eerste alinea,\nnog een regel."), ("", "Tweede alinea: over werk.")]
    assert parsed.speakers == ()
    assert parsed.text == "Eerste alinea,\nnog een regel.\n\n\nTweede alinea: over werk.\n"


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
    # a cue that ends before it begins, named by its line (and in SubRip its number)
    (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nR1: ja\n\n00:00:09.000 --> 00:00:05.000\nR1: nee\n",
     "terug.vtt", "'terug.vtt': ondertitel 2 (regel 6: 00:00:09.000 --> 00:00:05.000) eindigt voordat"),
    (b"1\r\n00:00:01,000 --> 00:00:02,000\r\nR1: ja\r\n\r\n7\r\n00:01:09,000 --> 00:01:05,000\r\nnee\r\n",
     "terug.srt", "'terug.srt': ondertitel 7 (regel 6: 00:01:09,000 --> 00:01:05,000) eindigt voordat"),
    # a Word document (any zip) or an old .doc given the name of a text file
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(40), "gesprek.txt",
     "'gesprek.txt' is geen tekst maar lijkt een Word-document (.docx) of ander zip-bestand. Is het "
     "een Word-document, geef het bestand dan de extensie .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "oud.txt", "lijkt een oud Word-document (.doc)"),
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
    assert parsed.text[joined.start:joined.end].endswith("woorden \nen een vervolgregel " + ARABIC)


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
    line_ends = len(re.findall("\r\n?|[\n\u2028\u2029\x85\x0b\x0c]", data.decode()))
    assert "\r" not in parsed.text and parsed.text.count("\n") == line_ends  # (the file's lines)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.vtt", "a.srt", "a.docx"]))
def test_any_bytes_give_a_transcript_or_a_clear_refusal(data, name):
    try:
        parsed = parse_transcript(data, name)
    except TranscriptError as error:
        assert name in str(error)
        return
    check_positions(parsed)
