"""A project database as a whole: connecting to it (read-only, or for writing with secure
delete), a private copy of it in memory, the whole journey read from it or written into a new
one, and the kinds whose rows share a position.

Reading needs only sqlite3: sqlite-utils is imported for the first write.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from klantreis.lazy import lazy_module
from klantreis.messages import message
from klantreis.model.errors import KlantreisError, ProjectFileError
from klantreis.model.journey import KINDS, Journey
from klantreis.store.rows import (
    CHILDREN,
    TABLE_OF,
    entity_rows,
    info_from_row,
    info_row,
    read_entities,
)

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils import Database
else:  # reading a project needs only sqlite3: sqlite-utils is imported for the first write
    sqlite_utils = lazy_module("sqlite_utils")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
        # what a change removes (a redacted name) is overwritten, not left in free space
        conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def as_database(conn: sqlite3.Connection) -> Database:
    """The connection as a sqlite-utils Database (imports sqlite-utils)."""
    return sqlite_utils.Database(conn)


def memory_copy(path: Path) -> sqlite3.Connection:
    """The project's database copied into memory with SQLite's backup API (read-only source)."""
    source = connect(path, read_only=True)
    try:
        target = sqlite3.connect(":memory:", isolation_level=None)
        source.backup(target)
    finally:
        source.close()
    target.execute("PRAGMA foreign_keys = ON")
    return target


def read_journey(conn: sqlite3.Connection, *, source: str) -> Journey:
    """Load the whole journey from an open project database."""
    try:
        cursor = conn.execute("SELECT * FROM journey")
        names = [column[0] for column in cursor.description]
        info_rows = [dict(zip(names, row, strict=True)) for row in cursor]
        if len(info_rows) != 1:
            raise ProjectFileError("damaged_project", path=source)
        journey = Journey(info_from_row(info_rows[0]))
        for kind in KINDS:
            for item in read_entities(conn, kind):
                journey.add(item)
    except KlantreisError as error:
        if isinstance(error, ProjectFileError):
            raise
        raise ProjectFileError("invalid_project", path=source, reason=str(error)) from None
    except (sqlite3.DatabaseError, KeyError, ValueError, TypeError):
        raise ProjectFileError("damaged_project", path=source) from None
    return journey


def write_journey(db: Database, journey: Journey) -> None:
    """Write every row of ``journey`` into an empty, migrated database (one transaction)."""
    with db.atomic():
        db["journey"].insert(info_row(journey.info))
        for kind in KINDS:
            rows, child_rows = [], []
            for position, item in enumerate(journey.items(kind)):
                row, children = entity_rows(kind, item, position)
                rows.append(row)
                child_rows.extend(children)
            if rows:
                db[TABLE_OF[kind]].insert_all(rows)
            if child_rows:
                db[CHILDREN[kind][1]].insert_all(child_rows)


def tied_positions(conn: sqlite3.Connection) -> list[str]:
    """The kinds (in Dutch, plural) of which two rows have the same position: their order was
    undefined (rows are read by position, then in the order they were stored)."""
    found = []
    for kind in KINDS:
        table = TABLE_OF[kind]
        count = conn.execute(f"SELECT count(*) - count(DISTINCT position) FROM [{table}]").fetchone()[0]
        if count:
            found.append(message(f"plural_{kind}"))
    return found
