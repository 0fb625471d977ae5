"""Side files (-journal, -wal, -shm) that do not belong to the project beside them are never
played into it; side files that do belong are recovered as SQLite would. Every side file here is
written by SQLite itself: by a process killed in the middle of a write, or by a database in WAL
mode whose log was not checkpointed yet."""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from klantreis import cli
from klantreis.io.files import save_journey
from klantreis.model.errors import ProjectFileError
from klantreis.store import Project, sidefiles
from klantreis.store.project import APPLICATION_ID, open_project
from klantreis.synthetic import generate
from tests.conftest import REPO, make_small_journey


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def kill_mid_write(db: Path, statement: str) -> None:
    """Run ``statement`` in a transaction in another process, with a tiny page cache so that
    pages reach the file before the commit, and kill the process before it commits: the hot
    journal SQLite leaves is genuine for ``db``."""
    script = textwrap.dedent(f"""
        import os, signal, sqlite3
        conn = sqlite3.connect({str(db)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 2")
        conn.execute("BEGIN")
        conn.execute({statement!r})
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert side(db, "-journal").stat().st_size > 0


KLANTREIS_CRASH = """
import dataclasses, os, signal, sys
sys.path.insert(0, {repo!r})
from klantreis.store import Project
project = Project.open({path!r})
project.conn.execute("PRAGMA cache_size = 2")  # (pages reach the file before the commit)
journey, changes = project.journey, []
journey.subscribe(changes.append)
for quote in journey.quotes:
    journey.update(dataclasses.replace(quote, text=quote.text + " (gewijzigd)"))
written = Project._write_change
count = [0]

def killed_halfway(self, change):
    count[0] += 1
    if count[0] == len(changes) // 2:
        os.kill(os.getpid(), signal.SIGKILL)
    written(self, change)

Project._write_change = killed_halfway
project.apply(changes)
"""


def klantreis_crash(path: Path) -> None:
    """Klantreis itself killed in the middle of writing a large change to ``path``: the hot
    journal and the lock record it leaves are those of a real crash."""
    child = subprocess.run([sys.executable, "-c", KLANTREIS_CRASH.format(repo=str(REPO), path=str(path))],
                           capture_output=True, timeout=300)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert sidefiles.side_files(path) == [side(path, "-journal")]


def proven(path: Path) -> bool:
    """What settle() asks before it lets SQLite roll the journal back into the file itself."""
    from klantreis.store.lock import ProjectLock

    db = sidefiles.DbHeader.read(path)
    journal = side(path, "-journal").read_bytes()
    return (sidefiles.journal_belongs(db, journal, APPLICATION_ID)
            and sidefiles.written_here(ProjectLock.read_record(path), path, db, journal))


def foreign_wal(folder: Path) -> tuple[bytes, bytes]:
    """The -wal and -shm of another database (in WAL mode, not checkpointed)."""
    other = folder / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE other (x)")
    conn.execute("INSERT INTO other VALUES ('van een ander programma')")
    wal, shm = side(other, "-wal").read_bytes(), side(other, "-shm").read_bytes()
    conn.close()
    return wal, shm


def foreign_journal(folder: Path) -> bytes:
    """The hot journal of another database, left by a process killed mid-write."""
    other = folder / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE other (x)")
    conn.executemany("INSERT INTO other VALUES (?)", [(i,) for i in range(3000)])
    conn.commit()
    conn.close()
    kill_mid_write(other, "UPDATE other SET x = x + 1000000")
    return side(other, "-journal").read_bytes()


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "reis.klantreis"
    save_journey(path, make_small_journey())
    return path


@pytest.fixture
def large(tmp_path) -> Path:
    """A project of a few hundred pages, so a write spans many of them."""
    path = tmp_path / "groot.klantreis"
    save_journey(path, generate(60, 1500, 40))
    return path


def herstel_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if "(herstel " in p.name)


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


def test_a_crash_of_klantreis_itself_is_rolled_back_in_place(large):
    saved = open_project(large)
    klantreis_crash(large)
    assert proven(large)
    before = sha(large)

    # read-only: the last saved state, from a private copy; the file and journal untouched
    assert open_project(large).quotes == saved.quotes
    assert sha(large) == before and side(large, "-journal").exists()

    opened = Project.open(large)
    try:
        assert opened.journey.quotes == saved.quotes and opened.notices == []
    finally:
        opened.close()
    assert not side(large, "-journal").exists() and herstel_files(large.parent) == []
    check = sqlite3.connect(large).execute("PRAGMA integrity_check").fetchall()
    assert check == [("ok",)]


def test_a_journal_of_this_file_at_an_older_state_is_not_played_into_newer_work(large):
    """Klantreis crashed; the project was recovered and worked on (saved); later the old journal
    turns up beside it again (a sync tool, a backup restored). The newer work stays."""
    klantreis_crash(large)
    journal = side(large, "-journal").read_bytes()
    Project.open(large).close()  # recovered in place
    project = Project.open(large)
    changes = []
    project.journey.subscribe(changes.append)
    for quote in project.journey.quotes[:300]:
        project.journey.update(replace(quote, text=quote.text.replace("e", "E")))
    project.apply(changes)
    project.close()
    newer = open_project(large)
    side(large, "-journal").write_bytes(journal)
    assert not proven(large)
    opened = Project.open(large)
    try:
        assert opened.journey.quotes == newer.quotes
        assert any("niet bij dit project horen" in n for n in opened.notices)
    finally:
        opened.close()
    assert [p.read_bytes() for p in herstel_files(large.parent)] == [journal]


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


def test_an_unproven_journal_that_the_file_needs_is_used_and_everything_kept(large, monkeypatch):
    """When the journal is not proven (here: a crash of another program than Klantreis, which
    leaves no lock record) and the file alone is half-written, the recovered copy replaces it;
    the file as it was and its journal are kept under a "herstel" name."""
    saved = open_project(large)
    kill_mid_write(large, "UPDATE quotes SET position = position + 100000, text = text || '!'")
    assert not proven(large)
    journal = side(large, "-journal").read_bytes()
    half_written = large.read_bytes()
    opened = Project.open(large)
    try:
        assert opened.journey.quotes == saved.quotes
        assert any("niet goed afgesloten" in n for n in opened.notices)
    finally:
        opened.close()
    kept = {p.name.rsplit(")", 1)[1]: p.read_bytes() for p in herstel_files(large.parent)}
    assert kept == {".klantreis": half_written, ".klantreis-journal": journal}
    assert not side(large, "-journal").exists()


def test_a_proven_journal_sqlite_cannot_roll_back_in_place_uses_the_checked_copy(large, monkeypatch):
    saved = open_project(large)
    klantreis_crash(large)
    recover = sidefiles._recover_in_place
    monkeypatch.setattr(sidefiles, "_recover_in_place",
                        lambda path: False if path == large else recover(path))
    opened = Project.open(large)
    try:
        assert opened.journey.quotes == saved.quotes
    finally:
        opened.close()
    assert len(herstel_files(large.parent)) == 2  # the file as it was, and its journal


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


def test_the_journal_proof_reads_sqlites_own_format(large, tmp_path):
    """Unit checks of the proof on a real journal: it belongs as it is, and not when one field
    that ties it to the file is changed."""
    kill_mid_write(large, "UPDATE quotes SET position = position + 100000")
    db = sidefiles.DbHeader.read(large)
    journal = bytearray(side(large, "-journal").read_bytes())
    assert sidefiles.journal_belongs(db, bytes(journal), APPLICATION_ID)
    for offset, value in ((24, 512 * 2), (16, 9999)):  # page size, size before the write
        changed = bytearray(journal)
        changed[offset:offset + 4] = value.to_bytes(4, "big")
        assert not sidefiles.journal_belongs(db, bytes(changed), APPLICATION_ID)
    sector = int.from_bytes(journal[20:24], "big")
    torn = bytearray(journal)
    torn[sector] ^= 0xFF  # (the page number of the first record)
    assert not sidefiles.journal_belongs(db, bytes(torn), APPLICATION_ID)
    torn = bytearray(journal)
    torn[sector + 4 + db.page_size - 200] ^= 0xFF  # (a byte of the first page its checksum covers)
    assert not sidefiles.journal_belongs(db, bytes(torn), APPLICATION_ID)
    # an empty segment in front: SQLite goes on to the next header, and so does the proof
    empty = bytearray(journal[:sector])
    empty[8:12] = (0).to_bytes(4, "big")
    assert sidefiles.read_journal(bytes(empty) + bytes(journal), db.page_size).original_size
    assert not sidefiles.journal_belongs(db, bytes(empty) + bytes(torn), APPLICATION_ID)


def test_a_journal_whose_header_was_never_synced_is_left_to_sqlite(project):
    """SQLite writes the journal's magic number only when it syncs the journal, before the
    first page of the database is written; a journal without it is never played back."""
    side(project, "-journal").write_bytes(b"\0" * 8 + b"\1" * 4000)
    before = sha(project)
    assert sidefiles.side_files(project) == []
    Project.open(project).close()
    assert sha(project) == before and herstel_files(project.parent) == []


def test_converting_over_a_crashed_project_sets_its_journal_aside(large, tmp_path, capsys):
    klantreis_crash(large)
    journal = side(large, "-journal").read_bytes()
    source = tmp_path / "reis.json"
    save_journey(source, make_small_journey())
    assert cli.run(["convert", str(source), str(large)]) == 0
    assert "niet bij dit project horen" in capsys.readouterr().err
    assert not side(large, "-journal").exists()
    assert [p.read_bytes() for p in herstel_files(large.parent)] == [journal]
    assert open_project(large).count("quote") == 3  # the converted journey, whole


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
