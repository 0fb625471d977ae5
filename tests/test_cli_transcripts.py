"""``python main.py import``: a transcript into a project (one transaction, speakers guessed,
names refused), and a .qdpx routed to the REFI-QDA import; a refused import leaves the project
file and its folder exactly as they were."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from klantreis.io.files import save_journey
from klantreis.model.entities import Group, Perspective
from klantreis.model.enums import SpeakerRole
from klantreis.model.transcripts import Speaker
from klantreis.store import open_project
from main import main
from tests.conftest import make_small_journey

CORPUS = Path(__file__).parent / "klantreis" / "io" / "transcripts"


def run_main(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path) -> Path:
    journey = make_small_journey()  # (group g1 "Focusgroep 1", respondent r1 "R1")
    journey.add(Group("g2", "Focusgroep 1", Perspective.UITVOERDER))  # (the same name twice)
    journey.add(Group("g3", "Sessie Deventer", Perspective.CLIENT))
    path = tmp_path / "project.klantreis"
    save_journey(path, journey)
    return path


def _folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()} | {
        "dirs": str(sorted(p.name for p in path.parent.iterdir() if p.is_dir())).encode()}


def test_a_transcript_is_added_with_its_speakers_guessed(project, capsys):
    source = CORPUS / "interview.txt"
    code, out, err = run_main(capsys, "import", source, "--into", project, "--date", "2024-03-12",
                              "--language", "nl", "--group", "sessie deventer")
    assert code == 0 and err == ""
    assert out.strip() == (f"{source} → {project}: transcript 'interview.txt', 9 beurten, sprekers: "
                           "Interviewer (interviewer), R1 (respondent), Tolk (tolk), R2 (onbekend)")
    journey = open_project(project)
    (transcript,) = journey.transcripts
    assert (transcript.name, transcript.date, transcript.language, transcript.group_id) == (
        "interview.txt", "2024-03-12", "nl", "g3")
    assert transcript.speakers == (Speaker("Interviewer", SpeakerRole.INTERVIEWER),
                                   Speaker("R1", SpeakerRole.RESPONDENT, "r1"),
                                   Speaker("Tolk", SpeakerRole.INTERPRETER), Speaker("R2"))
    assert len(transcript.turns) == 9 and journey.count("quote") == 3  # (uncoded: no new quotes)
    # the same file again: refused, the project keeps one
    before = _folder(project)
    code, _, err = run_main(capsys, "import", source, "--into", project)
    assert code == 2 and "heeft dit bestand al als transcript 'interview.txt'" in err
    assert _folder(project) == before


def test_subtitles_and_a_word_document_go_in_too(project, capsys, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Interviewer: Hoe ging het?")
    document.add_paragraph("R1: Goed.")
    word = tmp_path / "gesprek.docx"
    document.save(word)
    for source in (CORPUS / "focusgroep.vtt", CORPUS / "focusgroep.srt", word):
        code, _, err = run_main(capsys, "import", source, "--into", project)
        assert code == 0, err
    journey = open_project(project)
    assert [t.file_format.value for t in journey.transcripts] == ["vtt", "srt", "docx"]
    assert journey.transcripts[0].turns[1].begin_ms == 6000


def _bad_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("iets.txt", "geen Word")
    return out.getvalue()


@pytest.mark.parametrize("name, data, extra, words", [
    ("gesprek.txt", b"Interviewer: Hoe heet u?\nFatima: Ja.\nInterviewer: Goed.\nFatima: Nee.\n", (),
     "sprekers die op een naam lijken ('Fatima')"),
    ("oud.txt", "R1: café".encode("cp1252"), (), "'oud.txt' is geen tekst in UTF-8 of UTF-16 (regel 1)"),
    ("leeg.txt", b"", (), "'leeg.txt' bevat geen tekst"),
    ("kapot.docx", b"geen zip", (), "'kapot.docx' is geen Word-document (.docx)"),
    ("map.docx", _bad_docx(), (), "zip-bestand zonder Word-tekst"),
    ("gesprek.pdf", b"%PDF-1.4", (), "'gesprek.pdf' is geen transcript dat Klantreis kan lezen"),
    ("niet.vtt", b"R1: hallo\n", (), "'niet.vtt' is geen WebVTT-ondertitelbestand"),
    ("interview Fatima Yilmaz.txt", b"R1: Ja.\n", (),
     "de bestandsnaam lijkt een echte naam te bevatten ('Fatima', 'Yilmaz'). Hernoem het bestand"),
    ("gesprek.txt", b"Fatima: Ja.\nAhmed: Nee.\n", (), "sprekers die op een naam lijken ('Fatima', 'Ahmed')"),
    ("gesprek.txt", b"PK\x03\x04" + bytes(30), (), "lijkt een Word-document (.docx)"),
    ("goed.txt", b"R1: Ja.\n", ("--group", "Focusgroep 1"), "past bij meer dan één groep (g1, g2)"),
    ("goed.txt", b"R1: Ja.\n", ("--group", "weg"), "het project heeft geen groep 'weg'"),
    ("goed.txt", b"R1: Ja.\n", ("--language", "Nederlands"), "taal van het transcript"),
])
def test_a_refused_import_changes_nothing(project, capsys, tmp_path, name, data, extra, words):
    source = tmp_path / "bron" / name
    source.parent.mkdir()
    source.write_bytes(data)
    before = _folder(project)
    code, out, err = run_main(capsys, "import", source, "--into", project, *extra)
    assert code == 2 and out == ""
    assert err.startswith("klantreis: ") and words in err and err.count("\n") == 1
    assert _folder(project) == before
    assert open_project(project).transcripts == ()


def test_a_file_named_after_a_person_is_refused_and_the_project_is_untouched(project, capsys, tmp_path):
    """As the app's dialog does: the file name becomes the transcript's name, so a name in it
    would be kept; the project file stays byte for byte what it was."""
    source = tmp_path / "interview Fatima Yilmaz.txt"
    source.write_bytes((CORPUS / "interview.txt").read_bytes())
    before = project.read_bytes()
    code, out, err = run_main(capsys, "import", source, "--into", project)
    assert code == 2 and out == "" and "Hernoem het bestand zonder namen" in err
    assert project.read_bytes() == before
    renamed = source.rename(tmp_path / "interview R1.txt")
    code, out, err = run_main(capsys, "import", renamed, "--into", project)
    assert code == 0, err
    assert [t.name for t in open_project(project).transcripts] == ["interview R1.txt"]


def test_the_command_needs_a_project_to_go_into(project, capsys, tmp_path):
    source = CORPUS / "interview.txt"
    code, _, err = run_main(capsys, "import", source)
    assert code == 2 and "--into" in err
    code, _, err = run_main(capsys, "import", source, "--into", tmp_path / "reis.json")
    assert code == 2 and "is geen .klantreis-project" in err
    code, _, err = run_main(capsys, "import", source, project, "--into", project)
    assert code == 2 and "onverwacht argument" in err
    code, _, err = run_main(capsys, "import", source, "--into", tmp_path / "weg.klantreis")
    assert code == 2 and "bestaat niet" in err
    code, _, err = run_main(capsys, "import", "in.qdpx")
    assert code == 2 and "UIT.klantreis" in err


def test_a_qdpx_is_handed_to_the_refi_qda_import(capsys, tmp_path, monkeypatch):
    qdpx_import = pytest.importorskip("klantreis.io.qdpx_import")
    calls = []

    def fake(source: Path, target: Path) -> str:
        calls.append((source, target))
        return "3 bronnen, 12 citaten"

    monkeypatch.setattr(qdpx_import, "import_qdpx_file", fake)
    code, out, err = run_main(capsys, "import", tmp_path / "in.qdpx", tmp_path / "uit.klantreis")
    assert (code, out, err) == (0, "3 bronnen, 12 citaten\n", "")
    assert calls == [(tmp_path / "in.qdpx", tmp_path / "uit.klantreis")]
