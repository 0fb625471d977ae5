"""What the side-file tests share: side files written by SQLite itself (a process killed in the
middle of a write, a database in WAL mode whose log was not checkpointed), the projects they go
beside, and hashes to see that nothing changed."""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from klantreis.store import sidefiles
from klantreis.store.project import APPLICATION_ID
from tests.conftest import REPO


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def kill_mid_write(db: Path, statement: str) -> None:
    """Run ``statement`` in a transaction in another process, with a tiny page cache so that
    pages reach the file before the commit, and kill the process before it commits: the hot
    journal SQLite leaves is genuine for ``db``."""
    script = textwrap.dedent(f"""
        import os, signal, sqlite3
        conn = sqlite3.connect({str(db)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 2")
        conn.execute("BEGIN")
        conn.execute({statement!r})
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert side(db, "-journal").stat().st_size > 0


KLANTREIS_CRASH = """
import dataclasses, os, signal, sys
sys.path.insert(0, {repo!r})
from klantreis.store import Project
project = Project.open({path!r})
project.conn.execute("PRAGMA cache_size = 2")  # (pages reach the file before the commit)
journey, changes = project.journey, []
journey.subscribe(changes.append)
for quote in journey.quotes:
    journey.update(dataclasses.replace(quote, text=quote.text + " (gewijzigd)"))
written = Project._write_change
count = [0]

def killed_halfway(self, change):
    count[0] += 1
    if count[0] == len(changes) // 2:
        os.kill(os.getpid(), signal.SIGKILL)
    written(self, change)

Project._write_change = killed_halfway
project.apply(changes)
"""


def klantreis_crash(path: Path) -> None:
    """Klantreis itself killed in the middle of writing a large change to ``path``: the hot
    journal and the lock record it leaves are those of a real crash."""
    child = subprocess.run([sys.executable, "-c", KLANTREIS_CRASH.format(repo=str(REPO), path=str(path))],
                           capture_output=True, timeout=300)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert sidefiles.side_files(path) == [side(path, "-journal")]


def proven(path: Path) -> bool:
    """What settle() asks before it lets SQLite roll the journal back into the file itself."""
    from klantreis.store.lock import ProjectLock

    db = sidefiles.DbHeader.read(path)
    journal = side(path, "-journal").read_bytes()
    return (sidefiles.journal_belongs(db, journal, APPLICATION_ID)
            and sidefiles.written_here(ProjectLock.read_record(path), path, db, journal))


def foreign_wal(folder: Path) -> tuple[bytes, bytes]:
    """The -wal and -shm of another database (in WAL mode, not checkpointed)."""
    other = folder / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE other (x)")
    conn.execute("INSERT INTO other VALUES ('van een ander programma')")
    wal, shm = side(other, "-wal").read_bytes(), side(other, "-shm").read_bytes()
    conn.close()
    return wal, shm


def foreign_journal(folder: Path) -> bytes:
    """The hot journal of another database, left by a process killed mid-write."""
    other = folder / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE other (x)")
    conn.executemany("INSERT INTO other VALUES (?)", [(i,) for i in range(3000)])
    conn.commit()
    conn.close()
    kill_mid_write(other, "UPDATE other SET x = x + 1000000")
    return side(other, "-journal").read_bytes()


def herstel_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if "(herstel " in p.name)
