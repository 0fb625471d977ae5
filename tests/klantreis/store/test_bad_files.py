"""Files that cannot be written: a write-protected project, a full disk in the middle of work.
Each gives one clear message, the file stays byte-identical, and the project keeps working."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from klantreis.model.entities import Quote
from klantreis.model.errors import ProjectFileError
from klantreis.store import Project
from klantreis.store import project as project_module
from klantreis.store.project import open_project
from tests.conftest import make_small_journey


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "reis.klantreis"
    Project.create(path, make_small_journey()).close()
    return path


def _edit(project: Project, quote: Quote) -> None:
    changes = []
    project.journey.subscribe(changes.append)
    project.journey.add(quote)
    try:
        project.apply(changes)
    finally:
        project.journey.unsubscribe(changes.append)


def test_a_write_protected_project_opens_read_only_and_is_never_written(project_file, monkeypatch):
    os.chmod(project_file, 0o444)
    if os.access(project_file, os.W_OK):  # root may write anyway: let the OS say no for us
        monkeypatch.setattr(project_module.os, "access", lambda path, mode: mode != os.W_OK)
    before = sha(project_file)
    project = Project.open(project_file)
    try:
        assert project.read_only and project.lock is None
        with pytest.raises(ProjectFileError) as caught:
            _edit(project, Quote("q-new", "Nieuw", touchpoint_id="t1"))
        assert "alleen-lezen" in str(caught.value)
    finally:
        project.close()
    assert sha(project_file) == before


def test_sqlite_refusing_to_write_is_a_read_only_message(project_file, monkeypatch):
    """The file was writable when it was opened and became read-only (a USB stick pulled to
    read-only, a network share): SQLite's own refusal gets a clear Dutch reason."""
    project = Project.open(project_file)
    before = sha(project_file)
    read_only = sqlite3.connect(f"{project_file.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    writable, project.conn = project.conn, read_only
    try:
        with pytest.raises(ProjectFileError) as caught:
            _edit(project, Quote("q-new", "Nieuw", touchpoint_id="t1"))
        assert "Kan" in str(caught.value) and "alleen-lezen" in str(caught.value)
    finally:
        project.close()
        writable.close()
    assert sha(project_file) == before


def test_a_full_disk_refuses_the_change_and_the_next_one_works(project_file):
    project = Project.open(project_file)
    try:
        pages = project.db.execute("PRAGMA page_count").fetchone()[0]
        limit = project.db.execute(f"PRAGMA max_page_count = {pages}").fetchone()[0]
        assert limit == pages  # the disk is full from here
        before = sha(project_file)
        with pytest.raises(ProjectFileError) as caught:
            _edit(project, Quote("q-big", "lang citaat " * 8000, touchpoint_id="t1"))
        assert "de schijf is vol" in str(caught.value)
        assert sha(project_file) == before
        project.journey.remove_quote("q-big")  # (the app's undo command takes the model back)
        project.db.execute(f"PRAGMA max_page_count = {pages + 1000}")  # room again
        _edit(project, Quote("q-small", "Kort citaat", touchpoint_id="t1"))
    finally:
        project.close()
    journey = open_project(project_file)
    assert journey.find("quote", "q-small") is not None and journey.find("quote", "q-big") is None


def test_a_crash_while_the_file_grows_opens_as_it_was_saved(tmp_path):
    """Killed in the middle of a large write, the file can be longer than its header says and
    end in a part of a page; its hot journal holds what to roll back. The header check must
    leave that to the rollback instead of calling the file damaged."""
    import signal
    import subprocess
    import sys
    import textwrap

    from klantreis.io.files import convert
    from tests.conftest import RAALTE_JSON

    path = tmp_path / "groeit.klantreis"
    convert(RAALTE_JSON, path)
    saved = open_project(path)
    script = textwrap.dedent(f"""
        import os, signal, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")  # (pages spill to the file before the commit)
        conn.execute("BEGIN")
        for n in range(3000):
            conn.execute("INSERT INTO quote_tags (quote_id, tag, position) VALUES (?, ?, ?)",
                         ("q-x", "label %d " % n * 20, n))
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert child.returncode == -signal.SIGKILL
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0  # hot: the write never finished
    with open(path, "ab") as handle:
        handle.write(b"\0" * 100)  # the last page only half written
    again = open_project(path)
    assert again.quotes == saved.quotes and again.touchpoints == saved.touchpoints


def test_what_a_change_removes_is_overwritten_in_the_file(tmp_path, monkeypatch):
    """secure_delete: a deleted quote (or a redacted name) does not stay in the file's free
    space, also where SQLite is built to leave it there (this machine's build wipes by default,
    so the test makes every connection start without)."""
    connect = sqlite3.connect

    def insecure(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(sqlite3, "connect", insecure)
    path = tmp_path / "reis.klantreis"
    Project.create(path, make_small_journey()).close()
    project = Project.open(path)
    try:
        _edit(project, Quote("q-s", "Mijn consulent Pieternella Vandermolen belde", touchpoint_id="t1"))
        changes = []
        project.journey.subscribe(changes.append)
        project.journey.remove_quote("q-s")
        project.apply(changes)
    finally:
        project.close()
    assert b"Pieternella" not in path.read_bytes()
