"""A hot journal left by Klantreis's own write to this very file (a crash mid-write) is rolled
back in place, and only then: the proof that it is ours (the lock record's file and change
counter, the journal's header and records) and the checked copy it is tried on first."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from klantreis import cli
from klantreis.io.files import save_journey
from klantreis.store import Project, sidefiles
from klantreis.store.project import APPLICATION_ID, open_project
from tests.conftest import make_small_journey
from tests.klantreis.store.side_files_support import (
    herstel_files,
    kill_mid_write,
    klantreis_crash,
    proven,
    sha,
    side,
)


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
