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

from klantreis.io.fileio import os_reason, require_regular_file, write_atomically
from klantreis.lazy import lazy_module
from klantreis.messages import message
from klantreis.model.errors import KlantreisError, NewerVersion, ProjectFileError
from klantreis.model.journey import KINDS, Change, Journey
from klantreis.store import sidefiles
from klantreis.store.known import check_schema
from klantreis.store.lock import LockUnavailable, ProjectLock
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
        # what a change removes (a redacted name) is overwritten, not left in free space
        conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _database(conn: sqlite3.Connection) -> Database:
    return sqlite_utils.Database(conn)


def inspect_header(path: Path) -> int:
    """Check the SQLite header of ``path`` without opening it with SQLite.

    Returns the schema version; raises :class:`ProjectFileError` for a file that is missing,
    unreadable, not a Klantreis project, truncated, or from a newer version.
    """
    require_regular_file(path)
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
    # after a crash in the middle of a write the size need not fit the header: the side files
    # that roll the file back to its last saved state are judged first (sidefiles.settle)
    if page_size < 512 or (not sidefiles.side_files(path) and (
            size % page_size or (valid_for == change_counter and size < page_count * page_size))):
        raise ProjectFileError("damaged_project", path=str(path))
    return user_version


def check_file(path: Path, version: int, *, full: bool = False) -> None:
    """Let SQLite verify the file read-only (``full``: also every index against its table), and
    check that its schema is exactly the one of ``version``. Only for a file without side files
    that need recovering (see :func:`sidefiles.settle`)."""
    try:
        db = _connect(path, read_only=True)
        try:
            result = db.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            if result == [("ok",)]:
                check_schema(db, version, str(path))
        finally:
            db.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # (SQLite's report of garbled text)
        raise ProjectFileError("damaged_project", path=str(path)) from None
    if result != [("ok",)]:
        raise ProjectFileError("damaged_project", path=str(path))


def verify_copy(path: Path) -> None:
    """Raise :class:`KlantreisError` unless ``path`` (a private copy) is a complete project:
    our header, SQLite's full check, our schema and every row readable."""
    version = inspect_header(path)
    check_file(path, version, full=True)
    conn = _connect(path, read_only=True)
    try:
        read_journey(conn, source=str(path))
    finally:
        conn.close()


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
    autosave calls it for every undo command. ``notices`` holds what the user should be told
    about opening it (side files set aside, a lock that could not be taken, a repaired order).
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, journey: Journey, *,
                 lock: ProjectLock | None = None, read_only: bool = False,
                 notices: list[str] | None = None) -> None:
        self.path = path
        self.conn = conn
        self._db: Database | None = None
        self.journey = journey
        self.lock = lock
        self.read_only = read_only
        self.notices = list(notices or ())
        self._seen = None
        if not read_only:
            self._note_written()

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
        the file (no lock, no migration of the file itself). Without a lock there is no editing:
        a project whose lock cannot be taken opens read-only, with a notice that says why."""
        path = Path(path)
        inspect_header(path)  # not a project, newer: refused before anything else is done
        notices: list[str] = []
        if not read_only and not os.access(path, os.W_OK):
            read_only = True  # a write-protected file (or on a read-only medium): look, never write
        lock = None
        if not read_only:
            try:
                lock = ProjectLock.acquire(path)
            except LockUnavailable as error:
                read_only = True
                notices.append(message("lock_unavailable_read_only", **error.params))
        try:
            live = read_only and ProjectLock.held_elsewhere(path)
            record = lock.previous if lock is not None else ProjectLock.read_record(path)
            settled = sidefiles.settle(
                path, write=not read_only, verify=verify_copy, application_id=APPLICATION_ID,
                record=record, live=live)
            try:
                notices.extend(settled.notices)
                conn, journey, tied = _read_project(settled.path, path, read_only)
            finally:
                settled.cleanup()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if tied:
            notices.append(message("positions_repaired", path=str(path), what=tied))
        if not read_only:
            from klantreis.store.backups import take_snapshot

            take_snapshot(path, conn)  # a previous version to go back to (see backups.py)
        return cls(path, conn, journey, lock=lock, read_only=read_only, notices=notices)

    @classmethod
    def create(cls, path: str | os.PathLike[str], journey: Journey) -> Project:
        """Write ``journey`` to a new file at ``path`` (replacing it atomically) and open it.
        Side files of a file it replaces are set aside first: they belong to the old file."""
        path = Path(path)
        lock = ProjectLock.acquire(path)  # (before the file exists: no lock, no project)
        try:
            notices = save_project(path, journey)
        except BaseException:
            lock.release()
            raise
        return cls(path, _connect(path), journey, lock=lock, notices=notices)

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # ------------------------------------------------------------------ writing

    def _file_state(self) -> tuple:
        """What tells whether someone else wrote the file since we did: the file at our path (a
        file moved over it is another file), its size and times (a copy written over it in
        place), its SQLite header (the change counter) and the connection's data version (which
        moves when another connection commits). Read between transactions only."""
        try:
            info = os.stat(self.path)
            with open(self.path, "rb") as handle:  # (no transaction is open: SQLite holds no lock)
                header = handle.read(100)
            if sidefiles.side_files(self.path):
                return ()  # (a stranger's side file: the statement below would let SQLite play it)
        except (OSError, ProjectFileError):
            return ()
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns,
                header, version)

    def _guard(self) -> None:
        """Refuse to write over another writer's work, and never let SQLite near a side file
        that is not ours: between our transactions there is none (a journal lives only while
        we write), so one that appears came from elsewhere (a sync tool, a copy)."""
        try:
            strangers = sidefiles.side_files(self.path)
        except ProjectFileError:
            strangers = [self.path]
        if strangers:
            raise ProjectChangedElsewhere("side_files_appeared", path=str(self.path),
                                          files=", ".join(f.name for f in strangers))
        if self._seen is None or self._file_state() != self._seen:
            raise ProjectChangedElsewhere("changed_elsewhere", path=str(self.path))

    def apply(self, changes: Iterable[Change]) -> None:
        """Write what the changes changed, in one transaction: the columns an update changed,
        the rows inserted or removed. Raises ProjectFileError (the file unchanged) when it
        cannot be written (a full disk), when the project is open read-only, or when someone
        else wrote the file since it was read (never overwrite another writer's work)."""
        if self.read_only:
            raise ProjectFileError("read_only_project", path=str(self.path))
        self._guard()
        try:
            with self.db.atomic():
                moved = set()
                for change in changes:
                    self._write_change(change)
                    if change.action == "moved":
                        moved.add(change.kind)
                for kind in sorted(moved):  # rare (reordering phases): renumber from the model
                    self._renumber(kind)
        except (sqlite3.Error, OSError) as error:
            raise ProjectFileError("write_failed", path=str(self.path),
                                   reason=_reason(error)) from None
        self._note_written()

    def _note_written(self) -> None:
        """After our commit: what the file is now (for the next guard), and in the lock file
        which file at which change counter this process writes (for the recovery after a crash,
        see sidefiles.settle). Another connection's commit in between poisons the state, so
        the next write is refused."""
        before = self._seen[-1] if self._seen else None
        state = self._file_state()
        self._seen = state if state and (before is None or state[-1] == before) else None
        if state and self.lock is not None:
            self.lock.note_state(state[1], int.from_bytes(state[5][24:28], "big"))

    def _renumber(self, kind: str) -> None:
        for position, item in enumerate(self.journey.items(kind)):
            self.db.execute(f"UPDATE [{TABLE_OF[kind]}] SET position = ? WHERE id = ?",
                            [position, item.id])

    def _write_change(self, change: Change) -> None:
        journey, db = self.journey, self.db
        if change.kind == "journey":
            _update_columns(db, "journey", 1, info_row(journey.info),
                            None if change.old is None else info_row(change.old))
            return
        table = TABLE_OF[change.kind]
        if change.action == "moved":  # renumbered once the transaction's changes are written
            return
        child = CHILDREN.get(change.kind)
        if change.action == "removed":
            if child:
                db.execute(f"DELETE FROM [{child[1]}] WHERE [{child[2]}] = ?", [change.id])
            db.execute(f"DELETE FROM [{table}] WHERE id = ?", [change.id])
            db.execute(f"UPDATE [{table}] SET position = position - 1 WHERE position > ?",
                       [change.index])
            return
        row, children = entity_rows(change.kind, journey.get(change.kind, change.id), change.index)
        if change.action == "updated" and change.old is not None:
            old_row, old_children = entity_rows(change.kind, change.old, change.index)
            _update_columns(db, table, change.id, row, old_row)
            if child and children != old_children:
                db.execute(f"DELETE FROM [{child[1]}] WHERE [{child[2]}] = ?", [change.id])
                if children:
                    db[child[1]].insert_all(children)
            return
        if child:
            db.execute(f"DELETE FROM [{child[1]}] WHERE [{child[2]}] = ?", [change.id])
        if change.action == "inserted":
            db.execute(f"UPDATE [{table}] SET position = position + 1 WHERE position >= ?",
                       [change.index])
        _upsert(db, table, row)
        if children:
            db[child[1]].insert_all(children)


class ProjectChangedElsewhere(ProjectFileError):
    """The file was written or replaced by someone else since this project read it."""


def _read_project(source: Path, path: Path, read_only: bool) -> tuple[sqlite3.Connection, Journey, str]:
    """Check ``source`` (the project, or a private recovered copy of it), connect (read-only: a
    copy in memory) and read the journey; migrate an older file and, when editing, fix an order
    of tied positions. Returns the connection, the journey and what had tied positions."""
    version = inspect_header(source)
    check_file(source, version)
    try:
        conn = _memory_copy(source) if read_only else _connect(path)
        if not read_only and conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            conn.execute("PRAGMA journal_mode = DELETE")  # (another tool made it WAL: ours is not)
        if version < SCHEMA_VERSION:
            migrate(_database(conn))
    except sqlite3.DatabaseError as error:
        raise ProjectFileError("file_unreadable", path=str(path), reason=str(error)) from None
    try:
        journey = read_journey(conn, source=str(path))
        tied = tied_positions(conn)
        if tied and not read_only:
            with _database(conn).atomic():
                for kind in KINDS:
                    for position, item in enumerate(journey.items(kind)):
                        conn.execute(f"UPDATE [{TABLE_OF[kind]}] SET position = ? WHERE id = ?",
                                     [position, item.id])
    except BaseException:
        conn.close()
        raise
    return conn, journey, ", ".join(tied)


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


def _update_columns(db: Database, table: str, key, row: dict, old: dict | None) -> None:
    """Update only the columns of ``row`` that differ from ``old`` (all of them without it), so
    a column another writer changed is never written back with our old value."""
    columns = [c for c in row if c != "id" and (old is None or old.get(c) != row[c])]
    if not columns:
        return
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    cursor = db.conn.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?",
                             [row[c] for c in columns] + [key])
    if cursor.rowcount != 1:
        raise sqlite3.OperationalError(f"{table} row {key!r} was not written")


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
    return os_reason(error if isinstance(error, OSError) else OSError(str(error)))


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


def save_project(path: str | os.PathLike[str], journey: Journey) -> list[str]:
    """Write ``journey`` as a new project file; all or nothing. Side files of a file it
    replaces are set aside first (they would be played into the new file); returns the notices
    about that."""
    path = Path(path)

    def write(tmp: Path) -> None:
        db = _database(_connect(tmp))
        try:
            migrate(db)
            write_journey(db, journey)
        except sqlite3.DatabaseError as error:
            raise OSError(str(error)) from None
        finally:
            db.close()

    notices = sidefiles.set_aside(path) if path.parent.is_dir() else []
    write_atomically(path, write)
    return notices
