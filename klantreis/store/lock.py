"""One writer per project file: a lock next to the file (".<name>.lock") that the operating
system releases when the process ends, however it ends.

The lock is an OS lock on the lock file, held for as long as the project is open: ``flock`` on
Linux and macOS, a byte-range lock (``msvcrt.locking``) on Windows. A process killed with
SIGKILL (or ended in the task manager) leaves no live lock behind: the next Klantreis finds the
file, can take the lock, and knows the old one was stale. Who holds a live lock (process,
computer, since when) is written at the start of the file, for the message; on Windows the lock
covers a byte far beyond that record, so others can still read it (Windows locks are mandatory).
On Windows the lock file is hidden, as its leading dot hides it elsewhere.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import stat
import sys
from datetime import datetime
from pathlib import Path

from klantreis.io.fileio import hide, os_reason
from klantreis.model.errors import ProjectFileError


class ProjectLocked(ProjectFileError):
    """Another Klantreis (or another window) has the project open for editing."""


class LockUnavailable(ProjectFileError):
    """No lock can be taken (the lock file's path is a folder, it belongs to another user, the
    folder is read-only): the project must not be written, since nothing would stop a second
    writer."""


def lock_path(project: Path) -> Path:
    return project.with_name(f".{project.name}.lock")


class PosixLocking:
    """``flock``: an advisory lock per open file, released when the file is closed."""

    def __init__(self, fcntl_module) -> None:
        self.fcntl = fcntl_module

    def try_lock(self, fd: int, shared: bool = False) -> bool:
        flags = (self.fcntl.LOCK_SH if shared else self.fcntl.LOCK_EX) | self.fcntl.LOCK_NB
        try:
            self.fcntl.flock(fd, flags)
        except OSError:
            return False
        return True

    def unlock(self, fd: int) -> None:
        with contextlib.suppress(OSError):
            self.fcntl.flock(fd, self.fcntl.LOCK_UN)

    def release(self, fd: int, path: Path) -> None:
        """Remove the file while still holding it, then close: a process that opened it a
        moment ago cannot then lock a file that a third one no longer sees."""
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)

    def hide(self, path: Path) -> None:
        pass  # (the leading dot hides it)


class WindowsLocking:
    """``msvcrt.locking`` on one byte at :data:`OFFSET` (beyond the holder's record, which stays
    readable); released when the file is closed or the process ends."""

    OFFSET = 1 << 20

    def __init__(self, msvcrt_module, hide_file=hide) -> None:
        self.msvcrt = msvcrt_module
        self._hide = hide_file

    def try_lock(self, fd: int, shared: bool = False) -> bool:  # noqa: ARG002 (always exclusive)
        position = os.lseek(fd, 0, os.SEEK_CUR)
        os.lseek(fd, self.OFFSET, os.SEEK_SET)
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, position, os.SEEK_SET)
        return True

    def unlock(self, fd: int) -> None:
        position = os.lseek(fd, 0, os.SEEK_CUR)
        os.lseek(fd, self.OFFSET, os.SEEK_SET)
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        finally:
            os.lseek(fd, position, os.SEEK_SET)

    def release(self, fd: int, path: Path) -> None:
        """Windows removes only a closed file (one that another process still has open stays,
        and the next holder finds it)."""
        self.unlock(fd)
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)

    def hide(self, path: Path) -> None:
        self._hide(path)


def platform_locking():
    if sys.platform == "win32":  # pragma: no cover (tested with msvcrt replaced)
        import msvcrt

        return WindowsLocking(msvcrt)
    import fcntl

    return PosixLocking(fcntl)


class ProjectLock:
    """Held while a project is open for writing. ``acquire`` raises :class:`ProjectLocked` or
    :class:`LockUnavailable`; ``stale`` tells whether a lock of a crashed process was taken over."""

    locking = platform_locking()  # (tests put the Windows way in its place)

    def __init__(self, path: Path, fd: int | None, stale: bool, previous: dict | None = None) -> None:
        self.path = path
        self._fd = fd
        self.stale = stale
        self.previous = previous or {}  # the record of a process that ended badly (see note_state)
        self._record: dict = {}

    @classmethod
    def acquire(cls, project: str | os.PathLike[str]) -> ProjectLock:
        """Take the lock of ``project``. Raises :class:`ProjectLocked` when another Klantreis
        holds it and :class:`LockUnavailable` when no lock file can be made or opened there."""
        path = lock_path(Path(project))
        try:
            fd = _open(path, os.O_RDWR | os.O_CREAT)
        except OSError as error:
            raise LockUnavailable("lock_unavailable", path=str(project), lock=path.name,
                                  reason=os_reason(error)) from None
        existing = _read(fd)
        if not cls.locking.try_lock(fd):
            os.close(fd)
            raise _locked(project, existing) from None
        stale = bool(existing)  # a lock file nobody holds: left by a process that ended badly
        lock = cls(path, fd, stale, existing)
        lock._record = {"pid": os.getpid(), "host": socket.gethostname(),
                        "since": datetime.now().isoformat(timespec="seconds")}
        try:
            lock._write()
        except OSError as error:
            cls.locking.unlock(fd)
            os.close(fd)
            raise LockUnavailable("lock_unavailable", path=str(project), lock=path.name,
                                  reason=os_reason(error)) from None
        cls.locking.hide(path)
        return lock

    def note_state(self, inode: int, counter: int) -> None:
        """Record which file this process writes and its SQLite change counter after the last
        commit. After a crash this tells a journal of this very file in this very state (which
        SQLite should roll back) from one that only looks like it (see sidefiles.settle)."""
        self._record["file"] = {"inode": inode, "counter": counter}
        with contextlib.suppress(OSError):
            self._write()

    def _write(self) -> None:
        data = json.dumps(self._record).encode()
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, data)
        os.ftruncate(self._fd, len(data))

    @classmethod
    def read_record(cls, project: str | os.PathLike[str]) -> dict:
        """The record in the lock file of ``project`` (empty when there is none), read without
        taking the lock."""
        try:
            fd = _open(lock_path(Path(project)), os.O_RDONLY)
        except OSError:
            return {}
        try:
            return _read(fd)
        finally:
            os.close(fd)

    @classmethod
    def held_elsewhere(cls, project: str | os.PathLike[str]) -> bool:
        """Whether a live Klantreis (another process or another window) holds the lock of
        ``project`` now. Takes nothing and writes nothing."""
        path = lock_path(Path(project))
        try:
            fd = _open(path, os.O_RDONLY)
        except FileNotFoundError:
            return False
        except OSError:
            return True  # (something odd at the lock's place: treat the project as in use)
        try:
            if not cls.locking.try_lock(fd, shared=True):
                return True
            cls.locking.unlock(fd)
            return False
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        self.locking.release(fd, self.path)


def _open(path: Path, flags: int) -> int:
    """Open the lock file: never through a symbolic link (which would let the lock overwrite
    another file), never waiting (a pipe at its place), and only a regular file."""
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if Path(path).is_symlink():
        raise OSError(errno.ELOOP, "symbolic link", str(path))
    fd = os.open(path, flags, 0o644)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EISDIR, "not a regular file", str(path))
    return fd


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
