"""Checking a .klantreis file before SQLite writes anything to it: its header read as plain bytes
(a SQLite file of ours, not truncated, not from a newer Klantreis), SQLite's own check of the file
opened read-only together with our exact schema, and the full check of a private copy
(:func:`verify_copy`, for the recovery from side files). A file that fails is refused with one
clear message and left byte-identical.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from klantreis.io.fileio import os_reason, require_regular_file
from klantreis.model.errors import NewerVersion, ProjectFileError
from klantreis.store import sidefiles
from klantreis.store.database import connect, read_journey
from klantreis.store.known import check_schema
from klantreis.store.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


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
        db = connect(path, read_only=True)
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
    conn = connect(path, read_only=True)
    try:
        read_journey(conn, source=str(path))
    finally:
        conn.close()
