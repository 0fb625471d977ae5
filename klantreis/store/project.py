"""Opening, creating and writing .klantreis project files.

Opening checks the file before SQLite writes anything to it: a file that is not ours, damaged,
truncated or from a newer Klantreis is refused with one clear message and left byte-identical.
Every change is written in one transaction (``Project.apply``); a new file is written to a
temporary file and moved into place, so a project file is never half-written.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from klantreis.errors import KlantreisError, NewerVersion, ProjectFileError
from klantreis.fileio import os_reason, write_atomically
from klantreis.journey import KINDS, Change, Journey
from klantreis.lazy import lazy_module
from klantreis.store.lock import ProjectLock
from klantreis.store.rows import (
    CHILDREN,
    TABLE_OF,
    entity_rows,
    info_from_row,
    info_row,
    read_entities,
)
from klantreis.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils import Database
else:  # reading a project needs only sqlite3: sqlite-utils is imported for the first write
    sqlite_utils = lazy_module("sqlite_utils")

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".klantreis"


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _database(conn: sqlite3.Connection) -> Database:
    return sqlite_utils.Database(conn)


def inspect_header(path: Path) -> int:
    """Check the SQLite header of ``path`` without opening it with SQLite.

    Returns the schema version; raises :class:`ProjectFileError` for a file that is missing,
    unreadable, not a Klantreis project, truncated, or from a newer version.
    """
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise ProjectFileError("file_missing", path=str(path)) from None
    except IsADirectoryError:
        raise ProjectFileError("not_a_project", path=str(path)) from None
    except OSError as error:
        raise ProjectFileError("file_unreadable", path=str(path), reason=os_reason(error)) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ProjectFileError("not_a_project", path=str(path))
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if application_id != APPLICATION_ID:
        raise ProjectFileError("not_a_project", path=str(path))
    if user_version > SCHEMA_VERSION:
        raise NewerVersion("newer_project", path=str(path), found=user_version, known=SCHEMA_VERSION)
    # after a crash in the middle of a write the size need not fit the header: the hot journal
    # that rolls the file back to its last saved state is judged by SQLite (_check_readable)
    if page_size < 512 or (not _hot_journal(path) and (
            size % page_size or (valid_for == change_counter and size < page_count * page_size))):
        raise ProjectFileError("damaged_project", path=str(path))
    return user_version


def _hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _recover_journal(path: Path) -> None:
    """After a crash mid-write, SQLite's rollback journal is "hot": the file holds part of an
    unfinished transaction. A read-write connection rolls it back to the last committed state
    (which is what the user last saw saved); read-only connections cannot, and would report the
    file as damaged. A journal of a writer that is still running is left alone."""
    if not _hot_journal(path):
        return
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=0.2)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # busy (a live writer) or not writable: the read-only check below decides


def _check_readable(path: Path) -> None:
    """Let SQLite verify the file, read-only (after recovering from a crash, see above)."""
    _recover_journal(path)
    try:
        db = _connect(path, read_only=True)
        try:
            result = db.execute("PRAGMA quick_check").fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError:
        raise ProjectFileError("damaged_project", path=str(path)) from None
    if result != [("ok",)]:
        raise ProjectFileError("damaged_project", path=str(path))


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


class Project:
    """An open .klantreis file and the journey read from it.

    ``apply`` writes the rows touched by model changes in one transaction; the editor's
    autosave calls it for every undo command.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, journey: Journey, *,
                 lock: ProjectLock | None = None, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self._db: Database | None = None
        self.journey = journey
        self.lock = lock
        self.read_only = read_only

    @property
    def db(self) -> Database:
        """The connection as a sqlite-utils Database (made at the first write)."""
        if self._db is None or self._db.conn is not self.conn:
            self._db = _database(self.conn)
        return self._db

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> Project:
        """Open a project for editing (taking its lock: raises ProjectLocked when another
        Klantreis has it) or, with ``read_only``, a private copy in memory that never writes to
        the file (no lock, no migration of the file itself)."""
        path = Path(path)
        version = inspect_header(path)
        _check_readable(path)
        if not read_only and not os.access(path, os.W_OK):
            read_only = True  # a write-protected file (or on a read-only medium): look, never write
        lock = None if read_only else ProjectLock.acquire(path)
        try:
            conn = _memory_copy(path) if read_only else _connect(path)
            if version < SCHEMA_VERSION:
                migrate(_database(conn))
        except sqlite3.DatabaseError as error:
            if lock is not None:
                lock.release()
            raise ProjectFileError("file_unreadable", path=str(path), reason=str(error)) from None
        try:
            journey = read_journey(conn, source=str(path))
        except BaseException:
            conn.close()
            if lock is not None:
                lock.release()
            raise
        if not read_only:
            from klantreis.store.backups import take_snapshot

            take_snapshot(path, conn)  # a previous version to go back to (see backups.py)
        return cls(path, conn, journey, lock=lock, read_only=read_only)

    @classmethod
    def create(cls, path: str | os.PathLike[str], journey: Journey) -> Project:
        """Write ``journey`` to a new file at ``path`` (replacing it atomically) and open it."""
        lock = ProjectLock.acquire(Path(path)) if Path(path).exists() else None
        try:
            save_project(path, journey)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(Path(path), _connect(Path(path)), journey,
                   lock=lock or ProjectLock.acquire(Path(path)))

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def apply(self, changes: Iterable[Change]) -> None:
        """Write the current state of everything the changes touched, in one transaction.
        Raises ProjectFileError (the file unchanged) when it cannot be written, e.g. a full disk,
        or when the project is open read-only."""
        if self.read_only:
            raise ProjectFileError("read_only_project", path=str(self.path))
        try:
            with self.db.atomic():
                moved = set()
                for change in changes:
                    self._write_change(change)
                    if change.action == "moved":
                        moved.add(change.kind)
                for kind in sorted(moved):  # rare (reordering phases): renumber from the model
                    for position, item in enumerate(self.journey.items(kind)):
                        self.db.execute(f"UPDATE [{TABLE_OF[kind]}] SET position = ? WHERE id = ?",
                                        [position, item.id])
        except (sqlite3.Error, OSError) as error:
            raise ProjectFileError("write_failed", path=str(self.path),
                                   reason=_reason(error)) from None

    def _write_change(self, change: Change) -> None:
        journey, db = self.journey, self.db
        if change.kind == "journey":
            _upsert(db, "journey", info_row(journey.info))
            return
        table = TABLE_OF[change.kind]
        if change.action == "moved":  # renumbered once the transaction's changes are written
            return
        child = CHILDREN.get(change.kind)
        if child:
            db.execute(f"DELETE FROM [{child[1]}] WHERE [{child[2]}] = ?", [change.id])
        if change.action == "removed":
            db.execute(f"DELETE FROM [{table}] WHERE id = ?", [change.id])
            db.execute(f"UPDATE [{table}] SET position = position - 1 WHERE position > ?",
                       [change.index])
            return
        if change.action == "inserted":
            db.execute(f"UPDATE [{table}] SET position = position + 1 WHERE position >= ?",
                       [change.index])
        row, children = entity_rows(change.kind, journey.get(change.kind, change.id), change.index)
        _upsert(db, table, row)
        if children:
            db[child[1]].insert_all(children)


def _upsert(db: Database, table: str, row: dict) -> None:
    """Insert or update one row, and fail loudly when it was not written.

    Not sqlite-utils' ``upsert``: it decides once per connection whether SQLite can do
    ``ON CONFLICT DO UPDATE`` by creating a scratch table, and when that first attempt meets a
    full disk it falls back for good to "INSERT OR IGNORE, then UPDATE", which silently writes
    nothing for a new row of a table with NOT NULL columns (a captured quote would be lost while
    the app believed it saved)."""
    columns = list(row)
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    cursor = db.conn.execute(f'INSERT INTO [{table}] ({names}) VALUES ({marks}) '
                             f'ON CONFLICT("id") DO UPDATE SET {updates}', list(row.values()))
    if cursor.rowcount != 1:
        raise sqlite3.OperationalError(f"{table} row {row.get('id')!r} was not written")


def _reason(error: Exception) -> str:
    """A Dutch reason for a failed write, also for SQLite's own messages."""
    import errno

    if isinstance(error, OSError):
        return os_reason(error)
    text = str(error)
    if "full" in text:
        return os_reason(OSError(errno.ENOSPC, text))
    if "readonly" in text or "read-only" in text:
        return os_reason(OSError(errno.EROFS, text))
    return text


def open_project(path: str | os.PathLike[str]) -> Journey:
    """Read the journey of a project file (read-only: also while another Klantreis edits it)."""
    project = Project.open(path, read_only=True)
    project.close()
    return project.journey


def _memory_copy(path: Path) -> sqlite3.Connection:
    """The project's database copied into memory with SQLite's backup API (read-only source)."""
    source = _connect(path, read_only=True)
    try:
        target = sqlite3.connect(":memory:", isolation_level=None)
        source.backup(target)
    finally:
        source.close()
    target.execute("PRAGMA foreign_keys = ON")
    return target


def save_project(path: str | os.PathLike[str], journey: Journey) -> None:
    """Write ``journey`` as a new project file; all or nothing."""

    def write(tmp: Path) -> None:
        db = _database(_connect(tmp))
        try:
            migrate(db)
            write_journey(db, journey)
        except sqlite3.DatabaseError as error:
            raise OSError(str(error)) from None
        finally:
            db.close()

    write_atomically(path, write)
