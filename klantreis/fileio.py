"""Safe file writing: a file is either fully written or left as it was."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from klantreis.errors import ProjectFileError
from klantreis.messages import message


def os_reason(error: OSError) -> str:
    """A short, translated reason for an OS error (disk full, no permission, ...)."""
    code = {
        errno.ENOSPC: "reason_disk_full",
        errno.EDQUOT: "reason_disk_full",
        errno.EACCES: "reason_permission",
        errno.EPERM: "reason_permission",
        errno.EROFS: "reason_read_only",
        errno.ENOENT: "reason_no_folder",
        errno.EISDIR: "reason_is_folder",
        errno.ENOTDIR: "reason_no_folder",
    }.get(error.errno or 0)
    return message(code) if code else (error.strerror or str(error))


def read_bytes(path: str | os.PathLike[str], error: type[Exception] = ProjectFileError) -> bytes:
    """The contents of ``path``; a missing or unreadable file raises ``error`` (a KlantreisError
    class) with the Dutch reason."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise error("file_missing", path=str(path)) from None
    except OSError as problem:
        raise error("file_unreadable", path=str(path), reason=os_reason(problem)) from None


def write_atomically(path: str | os.PathLike[str], writer: Callable[[Path], None]) -> None:
    """Let ``writer`` fill a temporary file next to ``path``, then move it into place.

    On any failure the temporary file is removed and ``path`` is untouched.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ProjectFileError("write_failed", path=str(target), reason=os_reason(error)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
        _fsync_folder(folder)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ProjectFileError("write_failed", path=str(target), reason=os_reason(error)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The permissions the file should get: those of the file it replaces, or what a plain
    ``open()`` would give under the current umask (mkstemp's 0600 would hide it from others)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    write_atomically(path, lambda tmp: tmp.write_bytes(data))


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported on this platform (e.g. Windows)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
