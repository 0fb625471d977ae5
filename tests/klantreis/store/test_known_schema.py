"""A project file is read only when its schema is exactly the one its user_version names:
anything Klantreis did not make (a trigger, a view, a virtual table, a constraint clause) and a
user_version that does not fit the tables are refused with one clear message, the file
byte-identical."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
import sqlite_utils

from klantreis import cli
from klantreis.model.errors import ProjectFileError
from klantreis.store import Project
from klantreis.store.known import actual, expected
from klantreis.store.project import save_project
from klantreis.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import make_small_journey


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION + 1))
def test_the_known_schema_is_what_the_migrations_make(version):
    db = sqlite_utils.Database(memory=True)
    for migration in MIGRATIONS[:version]:
        migration(db)
    assert actual(db.conn) == expected(version)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "reis.klantreis"
    save_project(path, make_small_journey())
    return path


def tamper(path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def refused(path, pattern: str) -> None:
    before = sha(path)
    for read_only in (False, True):
        with pytest.raises(ProjectFileError, match=pattern):
            Project.open(path, read_only=read_only)
    assert cli.run(["check", str(path)]) == 2
    assert sha(path) == before


def test_a_trigger_that_would_lose_captured_quotes_is_refused(project):
    tamper(project, "CREATE TRIGGER wis AFTER INSERT ON quotes BEGIN "
                    "DELETE FROM quotes WHERE id = new.id; END")
    refused(project, r"niet heeft gemaakt \(trigger wis\)")


@pytest.mark.parametrize("statement, name", [
    ("CREATE VIEW alles AS SELECT * FROM quotes", "view alles"),
    ("CREATE TABLE extra (x TEXT)", "table extra"),
    ("CREATE INDEX idx_quotes_text ON quotes (text)", "index idx_quotes_text"),
])
def test_objects_klantreis_does_not_make_are_refused(project, statement, name):
    tamper(project, statement)
    refused(project, f"niet heeft gemaakt \\({name}\\)")


def test_a_virtual_table_is_refused(project):
    try:
        tamper(project, "CREATE VIRTUAL TABLE zoek USING fts5(tekst)")
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no FTS5")
    refused(project, "niet heeft gemaakt")


@pytest.mark.parametrize("find, clause", [
    ('"text" TEXT NOT NULL', '"text" TEXT NOT NULL CHECK (length("text") < 5)'),
    ('"position" INTEGER NOT NULL', '"position" INTEGER NOT NULL DEFAULT 0'),
])
def test_a_table_with_a_clause_klantreis_never_writes_is_refused(project, find, clause):
    conn = sqlite3.connect(project, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = 'quotes'",
                 (find, clause))
    conn.close()
    refused(project, r"niet heeft gemaakt \(table quotes\)")


@pytest.mark.parametrize("version", [0, 2, 3])
def test_a_user_version_that_does_not_fit_the_tables_is_refused(project, version):
    tamper(project, f"PRAGMA user_version = {version}")
    refused(project, f"passen niet bij de bestandsversie \\({version}\\)")


def test_an_older_project_still_opens_and_is_migrated(tmp_path):
    path = tmp_path / "oud.klantreis"
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA application_id = 1263293011")
    for number, migration in enumerate(MIGRATIONS[:2], start=1):
        migration(db)
        db.execute(f"PRAGMA user_version = {number}")
    db["journey"].insert({"id": 1, "title": "Oud", "language": "nl",
                          "created": "2020-01-01T00:00:00", "modified": "2020-01-01T00:00:00"})
    db.close()
    project = Project.open(path)
    try:
        assert project.journey.info.title == "Oud"
    finally:
        project.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
