"""Opening, creating and writing .klantreis project files.

Opening checks the file before SQLite writes anything to it: a file that is not ours, damaged,
truncated or from a newer Klantreis is refused with one clear message and left byte-identical.
Every change is written in one transaction (``Project.apply``); a new file is written to a
temporary file and moved into place, so a project file is never half-written. Before it writes,
a project makes sure no one else wrote the file since it read it.

The checks of a file are in :mod:`klantreis.store.filecheck`, the journey read or written whole
in :mod:`klantreis.store.database` and the rows of one change in :mod:`klantreis.store.writes`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from klantreis.io.fileio import os_reason, write_atomically
from klantreis.messages import message
from klantreis.model.errors import ProjectFileError
from klantreis.model.journey import KINDS, Change, Journey
from klantreis.store import sidefiles
from klantreis.store.database import (
    as_database,
    connect,
    memory_copy,
    read_journey,
    tied_positions,
    write_journey,
)
from klantreis.store.filecheck import check_file, inspect_header, verify_copy
from klantreis.store.lock import LockUnavailable, ProjectLock
from klantreis.store.rows import TABLE_OF
from klantreis.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from klantreis.store.writes import renumber, write_change

if TYPE_CHECKING:
    from sqlite_utils import Database

SUFFIX = ".klantreis"


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
            self._db = as_database(self.conn)
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
        return cls(path, connect(path), journey, lock=lock, notices=notices)

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
        renumber(self.db, self.journey, kind)

    def _write_change(self, change: Change) -> None:
        write_change(self.db, self.journey, change)


class ProjectChangedElsewhere(ProjectFileError):
    """The file was written or replaced by someone else since this project read it."""


def _read_project(source: Path, path: Path, read_only: bool) -> tuple[sqlite3.Connection, Journey, str]:
    """Check ``source`` (the project, or a private recovered copy of it), connect (read-only: a
    copy in memory) and read the journey; migrate an older file and, when editing, fix an order
    of tied positions. Returns the connection, the journey and what had tied positions."""
    version = inspect_header(source)
    check_file(source, version)
    try:
        conn = memory_copy(source) if read_only else connect(path)
        if not read_only and conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            conn.execute("PRAGMA journal_mode = DELETE")  # (another tool made it WAL: ours is not)
        if version < SCHEMA_VERSION:
            migrate(as_database(conn))
    except sqlite3.DatabaseError as error:
        raise ProjectFileError("file_unreadable", path=str(path), reason=str(error)) from None
    try:
        journey = read_journey(conn, source=str(path))
        tied = tied_positions(conn)
        if tied and not read_only:
            with as_database(conn).atomic():
                for kind in KINDS:
                    for position, item in enumerate(journey.items(kind)):
                        conn.execute(f"UPDATE [{TABLE_OF[kind]}] SET position = ? WHERE id = ?",
                                     [position, item.id])
    except BaseException:
        conn.close()
        raise
    return conn, journey, ", ".join(tied)


def _reason(error: Exception) -> str:
    """A Dutch reason for a failed write, also for SQLite's own messages."""
    return os_reason(error if isinstance(error, OSError) else OSError(str(error)))


def open_project(path: str | os.PathLike[str]) -> Journey:
    """Read the journey of a project file (read-only: also while another Klantreis edits it)."""
    project = Project.open(path, read_only=True)
    project.close()
    return project.journey


def save_project(path: str | os.PathLike[str], journey: Journey) -> list[str]:
    """Write ``journey`` as a new project file; all or nothing. Side files of a file it
    replaces are set aside first (they would be played into the new file); returns the notices
    about that."""
    path = Path(path)

    def write(tmp: Path) -> None:
        db = as_database(connect(tmp))
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
