"""python main.py export: both example journeys, PDF and PNG; bad input is one line and exit 2."""

from __future__ import annotations

import subprocess
import sys

import pypdfium2
import pytest

from main import main
from tests.conftest import EXAMPLES, REPO


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_both_examples_export(path, tmp_path, capsys):
    target = tmp_path / f"{path.stem}.pdf"
    assert main(["export", str(path), "--pdf", str(target), "--paper", "A4", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.strip() == f"{target} geschreven"
    document = pypdfium2.PdfDocument(str(target))
    assert len(document) > 1 and tuple(map(round, document[0].get_size())) == (842, 595)
    document.close()


def test_no_details_and_a_png(tmp_path, capsys):
    pdf, png = tmp_path / "kaart.pdf", tmp_path / "kaart.png"
    assert main(["export", str(EXAMPLES[0]), "--pdf", str(pdf), "--png", str(png), "--no-details",
                 "--no-norms", "--no-indicators"]) == 0
    assert len(pypdfium2.PdfDocument(str(pdf))) == 1
    assert png.read_bytes().startswith(b"\x89PNG")
    assert capsys.readouterr().out.count("geschreven") == 2


@pytest.mark.parametrize("args, expected", [
    (["export", "bestaat-niet.json", "--pdf", "x.pdf"], "bestaat niet"),
    (["export", str(EXAMPLES[0])], "--pdf"),
    (["export", str(EXAMPLES[0]), "--pdf", "/geen/map/x.pdf"], "niet schrijven"),
    (["export", str(EXAMPLES[0]), "--pdf", "x.pdf", "--paper", "A5"], "A5"),
])
def test_bad_input_is_one_line_and_exit_2(args, expected, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and expected in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_broken_file_exits_2_in_a_real_process(tmp_path):
    broken = tmp_path / "kapot.klantreis"
    broken.write_bytes(b"geen sqlite")
    command = [sys.executable, "main.py", "export", str(broken), "--pdf", str(tmp_path / "x.pdf")]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_json_and_csv_through_the_registry_leave_internal_content_out(tmp_path, capsys):
    from dataclasses import replace

    from klantreis.io.interchange import load_json, save_json
    from klantreis.io.table import read_table

    journey = load_json(EXAMPLES[0])
    secret = journey.quotes[0]
    journey.update(replace(secret, internal=True, text="GEHEIM-CITAAT"))
    journey.update(replace(journey.touchpoints[0], internal_note="GEHEIME-NOTITIE"))
    source = tmp_path / "met-intern.json"
    save_json(source, journey)
    json_path, csv_path = tmp_path / "reis.json", tmp_path / "citaten.csv"
    assert main(["export", str(source), "--json", str(json_path), "--csv", str(csv_path)]) == 0
    assert capsys.readouterr().out.count("geschreven") == 2
    for path in (json_path, csv_path):
        text = path.read_text(encoding="utf-8-sig")
        assert "GEHEIM-CITAAT" not in text and "GEHEIME-NOTITIE" not in text
    exported = load_json(json_path)
    assert len(exported.quotes) == len(journey.quotes) - 1
    assert len(read_table(csv_path).rows) == len(journey.quotes) - 1


def test_the_toetsingskader_and_indicators_pages_can_be_left_out(tmp_path, capsys):
    from klantreis.io.interchange import save_json
    from tests.exports.norms_journeys import assessed

    source = tmp_path / "getoetst.json"
    save_json(source, assessed())

    def titles(*flags: str) -> list[str]:
        target = tmp_path / "uit.pdf"
        assert main(["export", str(source), "--pdf", str(target), "--no-details", *flags]) == 0
        document = pypdfium2.PdfDocument(str(target))
        try:
            heads = [[line.strip() for line in document[i].get_textpage().get_text_range().splitlines()[:3]]
                     for i in range(1, len(document))]  # (the running header, the page number, the title)
            return [title for head in heads for title in ("Toetsingskader", "Indicatoren") if title in head]
        finally:
            document.close()

    assert titles() == ["Toetsingskader", "Indicatoren"]
    assert titles("--no-norms") == ["Indicatoren"]
    assert titles("--no-indicators") == ["Toetsingskader"]
    assert titles("--no-norms", "--no-indicators") == []
    assert capsys.readouterr().out.count("geschreven") == 4
