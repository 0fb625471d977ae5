"""Input built to break things gets one clear Dutch line (exit 2 on the command line), never a
traceback or a hang, and changes nothing: JSON nested too deep, numbers too long, lone
surrogates, pipes and symlink loops named like projects, CSV files with a giant cell, UTF-16
without a BOM or NUL bytes, and phases that all share one position."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from klantreis.io import interchange
from klantreis.io.table import parse_table, read_table
from klantreis.model.errors import CsvError
from klantreis.store import Project
from klantreis.store.project import open_project, save_project
from tests.conftest import REPO, make_small_journey


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """The command line in its own process (a hang fails the test instead of stopping it)."""
    return subprocess.run([sys.executable, "main.py", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)


def one_dutch_line(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("klantreis: ") and "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def journey_json(**quote) -> str:
    data = interchange.journey_to_dict(make_small_journey())
    data["quotes"].append({"id": "q-x", "text": "x", **quote})
    return json.dumps(data)


@pytest.mark.parametrize("text, words", [
    ("[" * 200_000 + "]" * 200_000, ("te diep genest",)),
    ('{"format": "klantreis", "version": 1, "journey": {"title": "x"}, "phases": [{"id": "p", '
     '"name": "a", "colour": ' + "9" * 5001 + "}]}", ("te veel cijfers",)),
    (journey_json(text="kapot \ud800 teken"), ("ongeldig teken",)),  # (json writes it as \ud800)
    (journey_json(text="goed", translation="\udc00"), ("ongeldig teken",)),
])
def test_hostile_json_gets_one_line_and_exit_2(tmp_path, text, words):
    source = tmp_path / "aanval.json"
    source.write_text(text, encoding="utf-8")
    for command in (["check", str(source)], ["stats", str(source)],
                    ["convert", str(source), str(tmp_path / "uit.klantreis")]):
        one_dutch_line(run_cli(*command), *words)
    assert not (tmp_path / "uit.klantreis").exists()


def test_a_lone_surrogate_never_enters_a_journey():
    with pytest.raises(Exception, match="ongeldig teken"):
        interchange.loads(journey_json(text="\ud83d alleen de eerste helft"))
    assert interchange.loads(journey_json(text="\U0001F600 een heel teken")).quote("q-x").text \
        == "\U0001F600 een heel teken"


@pytest.mark.parametrize("name", ["pijp.klantreis", "pijp.json"])
def test_a_pipe_named_like_a_project_is_refused_at_once(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    one_dutch_line(run_cli("check", str(fifo), timeout=60), "geen gewoon bestand")
    one_dutch_line(run_cli("stats", str(fifo), timeout=60), "geen gewoon bestand")


def test_a_pipe_is_refused_by_the_app_too(tmp_path):
    fifo = tmp_path / "pijp.klantreis"
    os.mkfifo(fifo)
    script = (f"import sys; sys.path.insert(0, {str(REPO)!r})\n"
              "from klantreis.model.errors import ProjectFileError\n"
              "from klantreis.store import Project\n"
              f"try:\n    Project.open({str(fifo)!r})\n"
              "except ProjectFileError as e:\n    print(e.code)\n")
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert child.stdout.strip() == "not_regular_file", child.stderr


def test_a_symlink_loop_gets_a_dutch_reason(tmp_path):
    (tmp_path / "a.klantreis").symlink_to(tmp_path / "b.klantreis")
    (tmp_path / "b.klantreis").symlink_to(tmp_path / "a.klantreis")
    one_dutch_line(run_cli("check", str(tmp_path / "a.klantreis")), "kring")
    one_dutch_line(run_cli("check", str(tmp_path / "a.json")), "bestaat niet")


# ----------------------------------------------------------------------------- CSV


def test_a_giant_cell_is_refused_with_its_real_cause(tmp_path):
    path = tmp_path / "groot.csv"
    path.write_text('tekst;contactmoment\n"' + "a" * 10_000_000 + '";1\n', encoding="utf-8")
    with pytest.raises(CsvError) as caught:
        read_table(path)
    assert caught.value.code == "csv_cell_too_large" and "regel 2" in str(caught.value).lower()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(tmp_path, encoding):
    path = tmp_path / "unicode.csv"
    path.write_bytes("tekst;respondent\nIk wachtte één jaar;R1\nلم أفهم الرسالة;R2\n".encode(encoding))
    table = read_table(path)
    assert table.headers == ("tekst", "respondent")
    assert [r[0] for r in table.rows] == ["Ik wachtte één jaar", "لم أفهم الرسالة"]


def test_nul_bytes_are_refused(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"tekst;respondent\nEen\x00citaat;R1\n")
    with pytest.raises(CsvError) as caught:
        read_table(path)
    assert caught.value.code == "csv_nul" and caught.value.params["line"] == 2
    with pytest.raises(CsvError, match="NUL"):
        parse_table("tekst\nplak\x00werk\n")


# ----------------------------------------------------------------------------- positions


def test_phases_that_share_a_position_open_in_a_stable_order_and_are_renumbered(tmp_path):
    path = tmp_path / "gelijk.klantreis"
    journey = make_small_journey()
    save_project(path, journey)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE phases SET position = 0")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run_cli("check", str(path))
    assert result.returncode == 0 and "dezelfde volgordepositie" in result.stdout
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # looking changes nothing
    order = [p.id for p in journey.phases]
    assert [p.id for p in open_project(path).phases] == order  # the order they were stored in
    project = Project.open(path)
    project.close()
    positions = sqlite3.connect(path).execute("SELECT id, position FROM phases ORDER BY position")
    assert [row[0] for row in positions] == order
    assert run_cli("check", str(path)).stdout.count("volgordepositie") == 0


def test_a_garbled_project_gets_one_line_not_a_traceback(tmp_path):
    """A few bytes changed inside a page: SQLite's own report of it holds text that is not
    UTF-8."""
    from klantreis.io.files import convert
    from tests.conftest import RAALTE_JSON

    path = tmp_path / "kapot.klantreis"
    convert(RAALTE_JSON, path)
    data = bytearray(path.read_bytes())
    for offset, value in ((25, 0o214), (16910, 0o121), (101143, 0o351), (115839, 0o25), (157607, 0o115)):
        if offset < len(data):
            data[offset] = value
    path.write_bytes(bytes(data))
    result = run_cli("check", str(path))
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
