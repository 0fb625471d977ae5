"""The files SQLite keeps beside a project, and why they are never trusted blindly.

SQLite writes a project through a rollback journal (``<file>-journal``); a database in WAL mode
has a write-ahead log (``<file>-wal``) and its index (``<file>-shm``). The first connection that
reads the file plays a "hot" journal back into it, or a WAL into it, whatever database the side
file came from: a journal left behind when a backup was copied over the project, a journal or
WAL of another database put there by a sync tool. Played into the wrong file, it turns a healthy
project into garbage.

So SQLite sees a side file only when :func:`journal_belongs` or :func:`wal_belongs` show that it
belongs to this project in its present state, and even then only after the recovery has been
tried on a private copy and checked. When in doubt, :func:`settle` builds both candidates on
private copies (the project with its side files recovered by SQLite, and the project alone),
checks each, and takes the one that holds a complete project; nothing is deleted or overwritten
without a copy: the originals are kept beside the project under a "herstel" name, and the user
is told (``Settled.notices``).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from klantreis.errors import KlantreisError, ProjectFileError
from klantreis.fileio import os_reason, write_atomically
from klantreis.messages import message

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


def side_path(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def side_files(path: Path) -> list[Path]:
    """The side files present beside ``path`` that SQLite would act on: a hot journal (its
    first byte is not zero: SQLite writes the header's magic number only once the journal is
    synced, before any page of the database is written, and ignores a journal without it), a
    WAL (even an empty one switches SQLite to WAL mode) and, with a WAL, its index."""
    found = []
    journal = side_path(path, "-journal")
    with contextlib.suppress(OSError), open(journal, "rb") as handle:
        if handle.read(1) not in (b"", b"\0"):
            found.append(journal)
    wal = side_path(path, "-wal")
    if wal.exists():
        found.append(wal)
        if side_path(path, "-shm").exists():
            found.append(side_path(path, "-shm"))
    return found


# ----------------------------------------------------------------------------- proofs


@dataclass(frozen=True)
class DbHeader:
    """What the proofs need of the project's first page."""

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


def _power_of_two(value: int, low: int, high: int) -> bool:
    return low <= value <= high and value & (value - 1) == 0


def _journal_checksum(nonce: int, page: bytes) -> int:
    total, i = nonce, len(page) - 200
    while i > 0:
        total += page[i]
        i -= 200
    return total & 0xFFFFFFFF


def journal_belongs(db: DbHeader, journal: bytes, application_id: int) -> bool:
    """True when ``journal`` is the rollback journal of a write to this database that was
    interrupted in its present state. A journal of another database, or of this project at
    another moment, fails one of these with near certainty:

    - its header names the database's page size and a sane sector size, and every journaled
      page lies within the database's size before the write and has a valid checksum;
    - when it holds page 1 (the header): it is a Klantreis database of the size the journal
      says the database had before the write, and either the database's page 1 was not written
      yet (then it is byte-identical to the journaled one) or it was (then the database's change
      counter is exactly one higher);
    - when it does not: the database's header was not written yet, so the size it records is
      the size the journal says the database had before the write.
    """
    if len(journal) < 28 or journal[:8] != JOURNAL_MAGIC:
        return False
    sector, page_size = struct.unpack(">II", journal[20:28])
    if page_size != db.page_size or not _power_of_two(sector, 32, 65536):
        return False
    record = 4 + page_size + 4
    original_size = None
    page1 = None
    offset = 0
    while offset + 28 <= len(journal) and journal[offset:offset + 8] == JOURNAL_MAGIC:
        count, nonce, pages = struct.unpack(">III", journal[offset + 8:offset + 20])
        if original_size is None:
            original_size = pages
        start = offset + sector
        if count == 0xFFFFFFFF:
            count = max(0, (len(journal) - start) // record)
        for n in range(count):
            at = start + n * record
            if at + record > len(journal):
                return False  # a synced journal holds every record it counts
            (number,) = struct.unpack(">I", journal[at:at + 4])
            page = journal[at + 4:at + 4 + page_size]
            (checksum,) = struct.unpack(">I", journal[at + 4 + page_size:at + record])
            if not 1 <= number <= original_size or checksum != _journal_checksum(nonce, page):
                return False
            if number == 1 and page1 is None:
                page1 = page
        end = start + count * record
        offset = -(-end // sector) * sector if count else len(journal)
    if not original_size:
        return False
    if page1 is not None:
        (app_id,) = struct.unpack(">I", page1[68:72])
        counter, count = struct.unpack(">II", page1[24:32])
        (valid_for,) = struct.unpack(">I", page1[92:96])
        if app_id != application_id or (valid_for == counter and count != original_size):
            return False
        if db.change_counter == counter:
            return db.page1 == page1
        return db.change_counter == (counter + 1) & 0xFFFFFFFF
    return db.page_count == original_size


def _wal_checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_belongs(db: DbHeader, wal: bytes, shm: bytes | None, application_id: int) -> bool:
    """True when ``wal`` is the write-ahead log of this database: the database is in WAL mode
    (Klantreis never puts a project in WAL mode, so in practice this is only a project another
    tool switched), the log's header and frames are valid for the database's page size, the
    index (when there is one) records the log's salt, and a logged page 1 is a Klantreis
    header."""
    if not db.wal_mode or len(wal) < 32:
        return False
    magic, version, page_size, _, salt1, salt2, c0, c1 = struct.unpack(">8I", wal[:32])
    if magic not in WAL_MAGICS or version != WAL_VERSION or page_size != db.page_size:
        return False
    big = bool(magic & 1)
    s0, s1 = _wal_checksum(wal[:24], big)
    if (s0, s1) != (c0, c1):
        return False
    if shm is not None and len(shm) >= 48 and shm[12] and shm[32:40] != wal[16:24]:
        return False  # an initialised index of another log
    frame = 24 + page_size
    offset = 32
    while offset + frame <= len(wal):
        number, _, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", wal[offset:offset + 24])
        if (f_salt1, f_salt2) != (salt1, salt2):
            break  # the end of the valid log (SQLite stops here too)
        s0, s1 = _wal_checksum(wal[offset:offset + 8], big, s0, s1)
        page = wal[offset + 24:offset + frame]
        s0, s1 = _wal_checksum(page, big, s0, s1)
        if (s0, s1) != (f0, f1):
            break
        if number == 1 and struct.unpack(">I", page[68:72])[0] != application_id:
            return False
        offset += frame
    return True


def belongs(path: Path, files: list[Path], application_id: int) -> bool:
    """Whether every side file in ``files`` is proven to belong to ``path`` as it is now."""
    db = DbHeader.read(path)
    if db is None:
        return False
    try:
        data = {f.name[len(path.name):]: f.read_bytes() for f in files}
    except OSError:
        return False
    if "-journal" in data and "-wal" in data:
        return False  # SQLite never has both at once
    if "-journal" in data:
        return journal_belongs(db, data["-journal"], application_id)
    return wal_belongs(db, data.get("-wal", b""), data.get("-shm"), application_id)


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
           live: bool = False, now: datetime | None = None) -> Settled:
    """Make sure no side file that does not belong to ``path`` is ever played into it.

    ``verify(file)`` raises :class:`KlantreisError` unless ``file`` holds a complete, readable
    project. ``write``: the caller holds the project's lock and will write; the side files may
    then be recovered in place (proven ones) or set aside. Without ``write`` nothing on disk
    changes: the project is read from a private copy when the side files need recovering.
    ``live``: another Klantreis has the project open and its journal is in use: SQLite's own
    locks keep a reader consistent, so the side files are left to SQLite.
    Raises :class:`ProjectFileError` when neither the file nor the file with its side files is
    a complete project (nothing changed)."""
    files = side_files(path)
    if not files or live:
        return Settled(path)
    proven = belongs(path, files, application_id)
    scratch = Path(tempfile.mkdtemp(prefix="klantreis-herstel-"))
    try:
        recovered = _candidate(path, files, scratch / "met-hulpbestanden" / path.name, verify)
        if proven and recovered is not None:
            if not write:
                return Settled(recovered, [message("side_files_pending", name=path.name)], scratch)
            _recover_in_place(path)
            shutil.rmtree(scratch, ignore_errors=True)
            return Settled(path)
        alone = _candidate(path, [], scratch / "alleen" / path.name, verify)
        names = ", ".join(f.name for f in files)
        if alone is None and recovered is None:
            raise ProjectFileError("damaged_with_side_files", path=str(path), files=names)
        use_alone = alone is not None
        if not write:
            code = "side_files_ignored" if use_alone else "side_files_pending"
            return Settled(alone or recovered, [message(code, name=path.name, files=names)],
                           scratch)
        kept = _keep(path, files, recovered if not use_alone else None, now or datetime.now())
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
        if files:
            _recover_in_place(copy, strict=True)
        for suffix in SIDE_SUFFIXES:  # what recovery left (an emptied WAL, its index)
            side_path(copy, suffix).unlink(missing_ok=True)
        verify(copy)
    except (OSError, sqlite3.Error, KlantreisError):
        return None
    return copy


def _recover_in_place(path: Path, *, strict: bool = False) -> None:
    """Let SQLite recover ``path`` from its side files (a read-write connection rolls a hot
    journal back; closing it checkpoints a WAL into the file) and put it back in rollback mode."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=0.2)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error:
        if strict:
            raise
    finally:
        conn.close()


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
            # (the journal still lies beside the recovered file: played again, it writes the
            # pages the recovered file already holds)
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
