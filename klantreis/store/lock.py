"""One writer per project file: a lock next to the file (".<name>.lock") that the operating
system releases when the process ends, however it ends.

The lock is an advisory ``flock`` on the lock file, held for as long as the project is open, so
a process killed with SIGKILL leaves no live lock behind: the next Klantreis finds the file, can
take the lock, and knows the old one was stale. Who holds a live lock (process, computer, since
when) is written in the file, for the message. On a system without ``fcntl`` (Windows) the lock
falls back to the process id in the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from klantreis.errors import ProjectFileError
from klantreis.fileio import os_reason

try:
    import fcntl
except ImportError:  # pragma: no cover (Windows)
    fcntl = None


class ProjectLocked(ProjectFileError):
    """Another Klantreis (or another window) has the project open for editing."""


class LockUnavailable(ProjectFileError):
    """No lock can be taken (the lock file's path is a folder, it belongs to another user, the
    folder is read-only): the project must not be written, since nothing would stop a second
    writer."""


def lock_path(project: Path) -> Path:
    return project.with_name(f".{project.name}.lock")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class ProjectLock:
    """Held while a project is open for writing. ``acquire`` raises :class:`ProjectLocked`;
    ``stale`` tells whether a lock of a crashed process was taken over."""

    def __init__(self, path: Path, fd: int | None, stale: bool) -> None:
        self.path = path
        self._fd = fd
        self.stale = stale

    @classmethod
    def acquire(cls, project: str | os.PathLike[str]) -> ProjectLock:
        """Take the lock of ``project``. Raises :class:`ProjectLocked` when another Klantreis
        holds it and :class:`LockUnavailable` when no lock file can be made or opened there."""
        path = lock_path(Path(project))
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise LockUnavailable("lock_unavailable", path=str(project), lock=path.name,
                                  reason=os_reason(error)) from None
        existing = _read(fd)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise _locked(project, existing) from None
        elif existing and existing.get("host") == socket.gethostname() and _pid_alive(
                int(existing.get("pid", 0))):  # pragma: no cover (Windows)
            os.close(fd)
            raise _locked(project, existing)
        stale = bool(existing)  # a lock file nobody holds: left by a process that ended badly
        record = {"pid": os.getpid(), "host": socket.gethostname(),
                  "since": datetime.now().isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(record).encode())
        return cls(path, fd, stale)

    @staticmethod
    def held_elsewhere(project: str | os.PathLike[str]) -> bool:
        """Whether a live Klantreis (another process or another window) holds the lock of
        ``project`` now. Takes nothing and writes nothing."""
        path = lock_path(Path(project))
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            if fcntl is None:  # pragma: no cover (Windows)
                existing = _read(fd)
                return bool(existing) and existing.get("host") == socket.gethostname() and \
                    _pid_alive(int(existing.get("pid", 0)))
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:
                return True
            return False
        finally:
            os.close(fd)  # (releases the shared lock taken to look)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self._fd)  # (closing releases the flock)
        self._fd = None


def _read(fd: int) -> dict:
    try:
        data = os.read(fd, 4096)
        return json.loads(data.decode()) if data.strip() else {}
    except (OSError, ValueError):
        return {}


def _locked(project, holder: dict) -> ProjectLocked:
    mine = holder.get("pid") == os.getpid() and holder.get("host") == socket.gethostname()
    return ProjectLocked("project_locked_here" if mine else "project_locked", path=str(project),
                         pid=holder.get("pid", "?"), host=holder.get("host", "?"),
                         since=str(holder.get("since", "?")).replace("T", " "))
