"""The files SQLite keeps beside a project, and why they are never trusted blindly.

SQLite writes a project through a rollback journal (``<file>-journal``); a database in WAL mode
has a write-ahead log (``<file>-wal``) and its index (``<file>-shm``). The first connection that
reads the file plays a "hot" journal back into it, or a WAL into it, whatever database the side
file came from: a journal left behind when a backup was copied over the project, a journal or
WAL of another database or of another copy of the project put there by a sync tool. Played into
the wrong file, it silently replaces saved work by older pages, or turns the project into
garbage.

So SQLite rolls a journal back into the project itself only when it is the journal of a write
that Klantreis itself was making to this very file in its present state: the lock file of the
crashed Klantreis names the file and its change counter after the last commit
(:meth:`ProjectLock.note_state`), the journal's header and records fit the file
(:func:`journal_belongs`), and the rollback was tried and checked on a private copy first. In
every other case (a WAL included: Klantreis never writes one) :func:`settle` recovers the file
with its side files and the file alone on private copies, checks both, and takes the file alone
when it is complete, else the recovered copy; nothing is deleted or overwritten without a copy:
the originals are kept beside the project under a "herstel" name, and the user is told
(``Settled.notices``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from klantreis.io.fileio import os_reason, write_atomically
from klantreis.messages import message
from klantreis.model.errors import KlantreisError, ProjectFileError

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


def side_path(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def side_files(path: Path) -> list[Path]:
    """The side files present beside ``path`` that SQLite would act on: a hot journal (its
    first byte is not zero: SQLite writes the header's magic number only once the journal is
    synced, before any page of the database is written, and ignores a journal without it), a
    WAL (even an empty one switches SQLite to WAL mode) and, with a WAL, its index. Raises
    :class:`ProjectFileError` for something there that is not a regular file (a folder, a pipe:
    SQLite cannot work beside it, and reading a pipe would wait forever)."""
    found = []
    for suffix in SIDE_SUFFIXES:
        side = side_path(path, suffix)
        try:
            mode = os.lstat(side).st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode):
            raise ProjectFileError("side_file_not_regular", path=str(path), side=side.name)
        if suffix == "-journal":
            with open(side, "rb") as handle:
                if handle.read(1) not in (b"", b"\0"):
                    found.append(side)
        elif suffix == "-wal" or side_path(path, "-wal") in found:
            found.append(side)
    return found


# ----------------------------------------------------------------------------- the proof


@dataclass(frozen=True)
class DbHeader:
    """What the proof needs of the project's first page."""

    page_size: int
    change_counter: int
    page_count: int  # the in-header size, when valid (valid_for == change_counter), else -1
    wal_mode: bool
    application_id: int
    page1: bytes

    @classmethod
    def read(cls, path: Path) -> DbHeader | None:
        try:
            with open(path, "rb") as handle:
                header = handle.read(100)
                if len(header) < 100:
                    return None
                (size,) = struct.unpack(">H", header[16:18])
                size = 65536 if size == 1 else size
                handle.seek(0)
                page1 = handle.read(size)
        except OSError:
            return None
        counter, count = struct.unpack(">II", header[24:32])
        (valid_for,) = struct.unpack(">I", header[92:96])
        (app_id,) = struct.unpack(">I", header[68:72])
        return cls(size, counter, count if valid_for == counter else -1,
                   header[18] == 2 and header[19] == 2, app_id, page1)


@dataclass(frozen=True)
class JournalInfo:
    """A rollback journal read as SQLite would play it: the database's size before the write,
    the original of page 1 when the journal holds it, and whether every record is intact."""

    original_size: int
    page1: bytes | None
    intact: bool


def _power_of_two(value: int, low: int, high: int) -> bool:
    return low <= value <= high and value & (value - 1) == 0


def _journal_checksum(nonce: int, page: bytes) -> int:
    total, i = nonce, len(page) - 200
    while i > 0:
        total += page[i]
        i -= 200
    return total & 0xFFFFFFFF


def read_journal(journal: bytes, page_size: int) -> JournalInfo | None:
    """Every segment of the journal (a header per sync, each padded to the sector size), as
    SQLite's playback reads them; None when the first header is not one for this page size."""
    if len(journal) < 28 or journal[:8] != JOURNAL_MAGIC:
        return None
    sector, size = struct.unpack(">II", journal[20:28])
    if size != page_size or not _power_of_two(sector, 32, 65536):
        return None
    record = 4 + page_size + 4
    original_size, page1, intact = None, None, True
    offset = 0
    while offset + 28 <= len(journal) and journal[offset:offset + 8] == JOURNAL_MAGIC:
        count, nonce, pages = struct.unpack(">III", journal[offset + 8:offset + 20])
        original_size = pages if original_size is None else original_size
        start = offset + sector
        if count == 0xFFFFFFFF:
            count = max(0, (len(journal) - start) // record)
        for n in range(count):
            at = start + n * record
            if at + record > len(journal):
                intact = False  # (a synced journal holds every record it counts)
                break
            (number,) = struct.unpack(">I", journal[at:at + 4])
            page = journal[at + 4:at + 4 + page_size]
            (checksum,) = struct.unpack(">I", journal[at + 4 + page_size:at + record])
            if not 1 <= number <= original_size or checksum != _journal_checksum(nonce, page):
                intact = False
            if number == 1 and page1 is None:
                page1 = page
        end = start + count * record
        offset = max(start, -(-end // sector) * sector)  # (an empty segment: the next header)
    return JournalInfo(original_size or 0, page1, intact)


def journal_belongs(db: DbHeader, journal: bytes, application_id: int) -> bool:
    """Whether ``journal`` can be the rollback journal of an interrupted write to this
    database in its present state: its header names the database's page size and a sane sector
    size; every record lies within the database's size before the write and has a valid
    checksum; when it holds page 1, that is a Klantreis header of the size the journal gives,
    and either the database's page 1 was not written yet (then the two are byte-identical) or
    it was (then the change counter is exactly one higher); when it does not, the database's
    header was not written yet, so its size is the size before the write.

    A journal of another database fails this with near certainty; one of another copy or state
    of the same project may pass, which is why :func:`settle` also asks the crashed writer's
    lock record (:func:`written_here`)."""
    info = read_journal(journal, db.page_size)
    if info is None or not info.intact or not info.original_size:
        return False
    page1 = info.page1
    if page1 is None:
        return db.page_count == info.original_size
    (app_id,) = struct.unpack(">I", page1[68:72])
    counter, count = struct.unpack(">II", page1[24:32])
    (valid_for,) = struct.unpack(">I", page1[92:96])
    if app_id != application_id or (valid_for == counter and count != info.original_size):
        return False
    if db.change_counter == counter:
        return db.page1 == page1
    return db.change_counter == (counter + 1) & 0xFFFFFFFF


def written_here(record: dict, path: Path, db: DbHeader, journal: bytes) -> bool:
    """Whether the lock record a crashed Klantreis left names this file (its inode) at the
    change counter the journal's write started from."""
    noted = record.get("file") if isinstance(record, dict) else None
    if not isinstance(noted, dict):
        return False
    try:
        if noted.get("inode") != os.stat(path).st_ino:
            return False
    except OSError:
        return False
    info = read_journal(journal, db.page_size)
    if info is None:
        return False
    start = (struct.unpack(">I", info.page1[24:28])[0] if info.page1 is not None
             else db.change_counter)
    return noted.get("counter") == start


# ----------------------------------------------------------------------------- settling


@dataclass
class Settled:
    """The file to read the project from (the project itself, or a private recovered copy that
    :meth:`cleanup` removes) and what the user should be told."""

    path: Path
    notices: list[str] = field(default_factory=list)
    scratch: Path | None = None

    def cleanup(self) -> None:
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None


def settle(path: Path, *, write: bool, verify: Callable[[Path], None], application_id: int,
           record: dict | None = None, live: bool = False, now: datetime | None = None) -> Settled:
    """Make sure no side file that does not belong to ``path`` is ever played into it.

    ``verify(file)`` raises :class:`KlantreisError` unless ``file`` holds a complete, readable
    project. ``write``: the caller holds the project's lock and will write; the side files may
    then be recovered in place (a journal of Klantreis's own crashed write to this file, see
    ``record``: the lock record it left) or set aside. Without ``write`` nothing on disk
    changes: the project is read from a private copy when there are side files (or when it is
    in WAL mode, where even a reader makes them). ``live``: another Klantreis has the project
    open; its journal is in use and SQLite's locks keep a reader consistent.
    Raises :class:`ProjectFileError` when neither the file nor the file with its side files is
    a complete project (nothing changed)."""
    files = side_files(path)
    db = DbHeader.read(path)
    journals = [f for f in files if f.name.endswith("-journal")]
    if live and files == journals:
        return Settled(path)
    if not files:
        if write or db is None or not db.wal_mode:
            return Settled(path)
        scratch = Path(tempfile.mkdtemp(prefix="klantreis-lezen-"))
        copy = scratch / path.name
        shutil.copyfile(path, copy)
        return Settled(copy, [], scratch)
    journal = journals[0].read_bytes() if journals else b""
    genuine = bool(journals) and db is not None and journal_belongs(db, journal, application_id) \
        and written_here(record or {}, path, db, journal)
    scratch = Path(tempfile.mkdtemp(prefix="klantreis-herstel-"))
    try:
        # with a journal, only the journal (a stray WAL beside it is set aside either way)
        recovered = _candidate(path, journals or files, scratch / "met-hulpbestanden" / path.name,
                               verify)
        names = ", ".join(f.name for f in files)
        if genuine and recovered is not None:
            if not write:
                return Settled(recovered, [message("side_files_pending", name=path.name)], scratch)
            if files == journals and _recover_in_place(path):
                shutil.rmtree(scratch, ignore_errors=True)
                return Settled(path)
            use_alone = False  # (SQLite could not roll back in place: the checked copy instead)
        else:
            alone = _candidate(path, [], scratch / "alleen" / path.name, verify)
            if alone is None and recovered is None:
                raise ProjectFileError("damaged_with_side_files", path=str(path), files=names)
            use_alone = alone is not None
            if not write:
                code = "side_files_ignored" if use_alone else "side_files_pending"
                return Settled(alone or recovered, [message(code, name=path.name, files=names)],
                               scratch)
        kept = _keep(path, files, None if use_alone else recovered, now or datetime.now())
        shutil.rmtree(scratch, ignore_errors=True)
        code = "side_files_set_aside" if use_alone else "side_files_recovered"
        return Settled(path, [message(code, name=path.name, files=names,
                                      kept=", ".join(k.name for k in kept))])
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


def _candidate(path: Path, files: list[Path], copy: Path,
               verify: Callable[[Path], None]) -> Path | None:
    """``path`` (with ``files``) copied to ``copy``, recovered there by SQLite and checked; None
    when the result is not a complete project."""
    try:
        copy.parent.mkdir(parents=True)
        shutil.copyfile(path, copy)
        for side in files:
            shutil.copyfile(side, side_path(copy, side.name[len(path.name):]))
        if files and not _recover_in_place(copy):
            return None
        for suffix in SIDE_SUFFIXES:  # what recovery left (an emptied WAL, its index)
            side_path(copy, suffix).unlink(missing_ok=True)
        verify(copy)
    except (OSError, sqlite3.Error, KlantreisError):
        return None
    return copy


def _recover_in_place(path: Path) -> bool:
    """Let SQLite recover ``path`` from its side files (a read-write connection rolls a hot
    journal back; a WAL is checkpointed into the file) and leave it in rollback mode; False when
    SQLite could not."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=0.2)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return not any(side_path(path, s).exists() for s in ("-journal", "-wal"))


def herstel_name(path: Path, suffix: str, stamp: str, n: int) -> Path:
    extra = f" {n}" if n else ""
    return path.with_name(f"{path.stem} (herstel {stamp}{extra}){path.suffix}{suffix}")


def _keep(path: Path, files: list[Path], recovered: Path | None, now: datetime) -> list[Path]:
    """Set the side files aside under a "herstel" name; with ``recovered``, first keep a copy of
    the project as it is under that name too and put the recovered copy in its place. Every
    step leaves a state that opens correctly if it is interrupted."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    n = 0
    while any(herstel_name(path, s, stamp, n).exists() for s in ("", *SIDE_SUFFIXES)):
        n += 1
    kept = []
    try:
        if recovered is not None:
            original = herstel_name(path, "", stamp, n)
            write_atomically(original, lambda tmp: shutil.copyfile(path, tmp))
            kept.append(original)
            # (a journal still beside the recovered file is not ours: the next opening sets it
            # aside, as now)
            write_atomically(path, lambda tmp: shutil.copyfile(recovered, tmp))
        for side in files:
            target = herstel_name(path, side.name[len(path.name):], stamp, n)
            side.replace(target)
            kept.append(target)
    except OSError as error:
        raise ProjectFileError("write_failed", path=str(path), reason=os_reason(error)) from None
    return kept


def set_aside(path: Path, now: datetime | None = None) -> list[str]:
    """Before a new file is written at ``path``: side files lying there belong to the file it
    replaces (or to none), and would be played into the new one. Keep them under a "herstel"
    name; returns the notice for the user (none when there were none)."""
    files = side_files(path)
    if not files:
        return []
    kept = _keep(path, files, None, now or datetime.now())
    return [message("side_files_set_aside", name=path.name, files=", ".join(f.name for f in files),
                    kept=", ".join(k.name for k in kept))]
