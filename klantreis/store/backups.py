"""Previous versions of a project: a snapshot each time it is opened for editing, the last 10
kept, restorable into a new file or (through :func:`klantreis.model.diff.diff`) as one undoable step.
Reading, cleaning and removing them is in :mod:`klantreis.store.versions` (this module is what
opening a project needs, and needs nothing of the project module).

Snapshots are made with SQLite's backup API, so they are complete, consistent databases even
while the project is in use. They live next to the project in a hidden folder
(".<name>.versies/"), so they stay with the data they protect (same disk, same access rights,
deleted with the project's folder); when that folder cannot be written, in the user's data
folder under "versies/".
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from klantreis.io.fileio import hide
from klantreis.paths import user_data_dir

KEEP = 10
SUFFIX = ".klantreis"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken_at: datetime
    sequence: int = 0  # several in one second: 0, 1, 2, ...


def backup_folder(project: Path) -> Path:
    """Where the snapshots of ``project`` are kept (the hidden folder next to it, or the
    fallback in the user's data folder)."""
    beside = project.with_name(f".{project.name}.versies")
    if _writable(beside):
        return beside
    key = hashlib.sha256(str(project.resolve()).encode()).hexdigest()[:16]
    return user_data_dir() / "versies" / f"{project.stem}-{key}"


def _writable(folder: Path) -> bool:
    try:
        if not folder.exists():
            folder.mkdir()
            hide(folder)  # (on Windows: the dot hides it elsewhere)
        probe = folder / ".probe"
        probe.write_bytes(b"")
        probe.unlink()
        return True
    except OSError:
        return False


def snapshots(project: str | Path) -> list[Snapshot]:
    """The snapshots of ``project``, newest first."""
    folder = backup_folder(Path(project))
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        stamp, _, sequence = path.stem.partition("_")
        try:
            taken = datetime.strptime(stamp, _STAMP)
        except ValueError:
            continue
        found.append(Snapshot(path, taken, int(sequence) if sequence.isdigit() else 0))
    return sorted(found, key=lambda s: (s.taken_at, s.sequence), reverse=True)


def take_snapshot(project: str | Path, connection: sqlite3.Connection, *,
                  now: datetime | None = None) -> Path | None:
    """Copy the open project (``connection``) into a new snapshot and keep only the last
    :data:`KEEP`; None when it is the same as the newest snapshot or nothing could be written
    (a backup that cannot be made must not stop the user from working)."""
    project = Path(project)
    now = now or datetime.now()
    try:
        folder = backup_folder(project)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{now.strftime(_STAMP)}{SUFFIX}"
        n = 1
        while target.exists():
            target = folder / f"{now.strftime(_STAMP)}_{n}{SUFFIX}"
            n += 1
        partial = target.with_name(target.name + ".part")
        copy = sqlite3.connect(str(partial))
        try:
            connection.backup(copy)
        finally:
            copy.close()
        existing = snapshots(project)
        if existing and _same(existing[0].path, partial):
            partial.unlink()
            return None
        partial.replace(target)
        for old in snapshots(project)[KEEP:]:
            old.path.unlink(missing_ok=True)
        return target
    except (OSError, sqlite3.Error):
        return None


def _same(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()
