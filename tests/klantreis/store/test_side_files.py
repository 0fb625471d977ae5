"""Side files (-journal, -wal, -shm) that do not belong to the project beside them are never
played into it; side files that do belong are recovered as SQLite would. Every side file here is
written by SQLite itself: by a process killed in the middle of a write, or by a database in WAL
mode whose log was not checkpointed yet."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest

from klantreis import cli
from klantreis.io.files import save_journey
from klantreis.model.errors import ProjectFileError
from klantreis.store import Project
from klantreis.store.project import open_project
from klantreis.synthetic import generate
from tests.conftest import REPO
from tests.klantreis.store.side_files_support import (
    foreign_journal,
    foreign_wal,
    herstel_files,
    kill_mid_write,
    klantreis_crash,
    proven,
    sha,
    side,
)


def test_a_foreign_wal_is_never_checkpointed_into_the_project(project, tmp_path):
    (tmp_path / "elders").mkdir()
    wal, shm = foreign_wal(tmp_path / "elders")
    side(project, "-wal").write_bytes(wal)
    side(project, "-shm").write_bytes(shm)
    before = sha(project)

    # looking (check) changes nothing on disk at all
    assert cli.run(["check", str(project)]) == 0
    assert sha(project) == before and side(project, "-wal").read_bytes() == wal

    opened = Project.open(project)
    try:
        assert opened.journey.count("touchpoint") == 4
        assert any("niet bij dit project horen" in n for n in opened.notices)
    finally:
        opened.close()
    assert sha(project) == before  # the project itself untouched
    assert not side(project, "-wal").exists() and not side(project, "-shm").exists()
    kept = herstel_files(project.parent)
    assert sorted(p.read_bytes() for p in kept) == sorted([wal, shm])  # kept, byte for byte
    assert open_project(project).count("quote") == 3


def test_a_foreign_hot_journal_is_never_played_into_the_project(project, tmp_path):
    (tmp_path / "elders").mkdir()
    journal = foreign_journal(tmp_path / "elders")
    side(project, "-journal").write_bytes(journal)
    before = sha(project)
    assert not proven(project)

    child = subprocess.run([sys.executable, "main.py", "check", str(project)], capture_output=True,
                           text=True, timeout=120, cwd=REPO)
    assert child.returncode == 0, child.stderr
    assert "niet bij dit project horen" in child.stdout
    assert sha(project) == before and side(project, "-journal").read_bytes() == journal

    opened = Project.open(project)
    opened.close()
    assert sha(project) == before
    assert not side(project, "-journal").exists()
    assert [p.read_bytes() for p in herstel_files(project.parent)] == [journal]


def test_a_journal_of_this_project_at_another_state_is_not_played(large, tmp_path):
    """The app crashed mid-write; the user copied a backup over the project and the journal
    stayed behind."""
    backup = tmp_path / "backup.klantreis"
    shutil.copyfile(large, backup)
    conn = sqlite3.connect(large, isolation_level=None)  # later work, saved
    conn.execute("UPDATE quotes SET text = text || ' (later aangevuld)' WHERE position % 3 = 0")
    conn.close()
    kill_mid_write(large, "UPDATE quotes SET position = position + 100000, text = text || '!'")
    journal = side(large, "-journal").read_bytes()
    shutil.copyfile(backup, large)  # the backup copied over the project
    before = sha(large)
    expected = open_project(backup)

    assert cli.run(["check", str(large)]) == 0
    assert sha(large) == before
    opened = Project.open(large)
    try:
        assert opened.journey.quotes == expected.quotes
    finally:
        opened.close()
    assert sha(large) == before
    assert [p.read_bytes() for p in herstel_files(large.parent)] == [journal]


def test_a_journal_of_another_klantreis_project_is_not_played(large, project):
    kill_mid_write(large, "UPDATE quotes SET position = position + 100000")
    journal = side(large, "-journal").read_bytes()
    side(project, "-journal").write_bytes(journal)
    before = sha(project)
    assert not proven(project)
    opened = Project.open(project)
    opened.close()
    assert sha(project) == before
    assert open_project(project).count("quote") == 3


def test_a_journal_of_an_identical_copy_is_not_played(tmp_path):
    """Two copies of one project, each saved once more: byte-identical headers. A crash journal
    of the one beside the other is not the other's."""
    first, second = tmp_path / "een.klantreis", tmp_path / "twee.klantreis"
    save_journey(first, generate(60, 1500, 40))
    shutil.copyfile(first, second)
    klantreis_crash(first)
    second_saved = open_project(second)
    side(second, "-journal").write_bytes(side(first, "-journal").read_bytes())
    assert not proven(second)
    opened = Project.open(second)
    opened.close()
    assert open_project(second).quotes == second_saved.quotes


def test_a_file_that_neither_way_is_a_project_is_refused_and_untouched(project, tmp_path):
    (tmp_path / "elders").mkdir()
    side(project, "-journal").write_bytes(foreign_journal(tmp_path / "elders"))
    with open(project, "r+b") as handle:  # and the project itself damaged
        handle.seek(4096)
        handle.write(b"\xff" * 4096)
    before = sha(project), sha(side(project, "-journal"))
    with pytest.raises(ProjectFileError, match="hulpbestanden"):
        Project.open(project)
    assert (sha(project), sha(side(project, "-journal"))) == before


def test_creating_a_project_over_an_old_file_sets_its_side_files_aside(project, tmp_path):
    (tmp_path / "elders").mkdir()
    wal, shm = foreign_wal(tmp_path / "elders")
    side(project, "-wal").write_bytes(wal)
    side(project, "-shm").write_bytes(shm)
    created = Project.create(project, generate(3, 5, 2))
    try:
        assert created.notices and created.journey.count("touchpoint") == 3
    finally:
        created.close()
    assert open_project(project).count("touchpoint") == 3
    assert len(herstel_files(project.parent)) == 2


def test_a_journal_that_appears_while_the_project_is_open_is_never_played(large, tmp_path):
    (tmp_path / "elders").mkdir()
    journal = foreign_journal(tmp_path / "elders")
    project = Project.open(large)
    try:
        side(large, "-journal").write_bytes(journal)
        before = sha(large)
        changes = []
        project.journey.subscribe(changes.append)
        project.journey.remove_quote(project.journey.quotes[0].id)
        with pytest.raises(ProjectFileError) as caught:
            project.apply(changes)
        assert caught.value.code == "side_files_appeared"
        assert sha(large) == before and side(large, "-journal").read_bytes() == journal
    finally:
        project.close()


@pytest.mark.parametrize("suffix", ["-journal", "-wal"])
@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_a_side_file_that_is_no_regular_file_is_named_and_nothing_hangs(project, suffix, kind):
    import os

    if kind == "folder":
        side(project, suffix).mkdir()
    else:
        os.mkfifo(side(project, suffix))
    before = sha(project)
    child = subprocess.run([sys.executable, "main.py", "check", str(project)], capture_output=True,
                           text=True, timeout=120, cwd=REPO)
    assert child.returncode == 2 and f"reis.klantreis{suffix}" in child.stderr
    assert "geen gewoon bestand" in child.stderr
    with pytest.raises(ProjectFileError, match="geen gewoon bestand"):
        Project.open(project)
    assert sha(project) == before


def test_looking_at_a_project_in_wal_mode_makes_no_side_files(project):
    conn = sqlite3.connect(project, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")  # (another tool switched it)
    conn.close()
    assert cli.run(["check", str(project)]) == 0
    assert sorted(p.name for p in project.parent.iterdir()) == ["reis.klantreis"]
    Project.open(project).close()  # opened for editing, it goes back to a rollback journal
    assert sqlite3.connect(project).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not [p for p in project.parent.iterdir() if "herstel" in p.name or "-wal" in p.name]
