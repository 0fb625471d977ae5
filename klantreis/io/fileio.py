"""Safe file writing: a file is either fully written or left as it was."""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from klantreis.messages import message
from klantreis.model.errors import ProjectFileError

try:
    import fcntl
except ImportError:  # pragma: no cover (Windows)
    fcntl = None


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
        errno.ELOOP: "reason_symlink_loop",
        errno.ENAMETOOLONG: "reason_name_too_long",
        errno.EBUSY: "reason_busy",
        errno.ETXTBSY: "reason_busy",
        errno.EIO: "reason_io",
    }.get(error.errno or 0)
    if code:
        return message(code)
    if error.errno is None:  # (SQLite's reason, passed on as an OSError without a number)
        text = str(error)
        if "full" in text:
            return message("reason_disk_full")
        if "readonly" in text or "read-only" in text:
            return message("reason_read_only")
        return text
    # never the system's English text: the symbolic name of the error is what a helpdesk needs
    return message("reason_other", code=errno.errorcode.get(error.errno, error.errno))


def require_regular_file(path: Path, error: type[Exception] = ProjectFileError) -> None:
    """Refuse what is not a regular file before opening it: reading a pipe (FIFO) or a device
    would wait forever. A folder is refused as "not a file" by the caller's own open."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise error("file_missing", path=str(path)) from None
    except OSError as problem:
        raise error("file_unreadable", path=str(path), reason=os_reason(problem)) from None
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise error("not_regular_file", path=str(path))


def read_bytes(path: str | os.PathLike[str], error: type[Exception] = ProjectFileError) -> bytes:
    """The contents of ``path``; a missing or unreadable file raises ``error`` (a KlantreisError
    class) with the Dutch reason."""
    path = Path(path)
    require_regular_file(path, error)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise error("file_missing", path=str(path)) from None
    except OSError as problem:
        raise error("file_unreadable", path=str(path), reason=os_reason(problem)) from None


# what our temporary files are called: "." + the target's name + "." + 8 random characters
# (mkstemp's) + ".tmp", for the kinds of file Klantreis writes
_OUR_TEMP = re.compile(r"^\..+\.(pdf|png|json|csv|klantreis|qdpx|qdc|xlsx)\.[a-z0-9_]{8}\.tmp$")


def write_atomically(path: str | os.PathLike[str], writer: Callable[[Path], None]) -> None:
    """Let ``writer`` fill a temporary file next to ``path``, then move it into place.

    On any failure the temporary file is removed and ``path`` is untouched. The temporary file
    is locked while it is written; a temporary file of ours that nobody holds is what a killed
    write left behind, and is removed from the folder before the next write there.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    remove_leftovers(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ProjectFileError("write_failed", path=str(target), reason=os_reason(error)) from None
    if fcntl is None:  # pragma: no cover (Windows: an open file cannot be moved into place)
        os.close(fd)
        fd = None
    else:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
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
    finally:
        if fd is not None:
            os.close(fd)  # (and with it the lock)


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files of ours in ``folder`` that no running write holds (left by
    a write that was killed); returns them. On Windows a file being written cannot be removed
    at all, so trying is safe there too."""
    removed = []
    try:
        names = [n for n in os.listdir(folder) if _OUR_TEMP.match(n)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # (held: a write in progress)
            path.unlink()
            removed.append(path)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


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


FILE_ATTRIBUTE_HIDDEN = 0x2


def hide(path: Path, *, windows: bool = sys.platform == "win32", kernel32=None) -> None:
    """Give a file or folder of ours that starts with a dot (the lock, the previous versions)
    Windows' hidden attribute, as the dot hides it elsewhere. Never fails."""
    if not windows:
        return
    try:
        if kernel32 is None:  # pragma: no cover (Windows)
            import ctypes

            kernel32 = ctypes.windll.kernel32
        attributes = kernel32.GetFileAttributesW(str(path))
        if attributes != -1 and attributes != 0xFFFFFFFF:
            kernel32.SetFileAttributesW(str(path), attributes | FILE_ATTRIBUTE_HIDDEN)
    except (OSError, AttributeError):
        pass


MAX_NAME = 100  # characters of a suggested file name (before its suffix)
MAX_PATH = 240  # characters of a whole suggested path (Windows' classic limit is 260)


def suggested_name(title: str, suffix: str, *, folder: Path | None = None, fallback: str = "klantreis",
                   extra: str = "") -> str:
    """A file name made from ``title`` (e.g. "Thuis in Raalte?") that every OS accepts: no
    characters Windows refuses, no reserved names (CON, NUL, COM1, ...), no trailing dots or
    spaces, short enough for ``folder``."""
    from pathvalidate import sanitize_filename

    room = MAX_NAME
    if folder is not None:
        room = max(20, min(room, MAX_PATH - len(str(folder)) - 1 - len(extra) - len(suffix)))
    name = sanitize_filename(" ".join(title.split()), replacement_text="-", platform="universal",
                             max_len=room).strip(" .-")
    if not name or sanitize_filename(name + extra + suffix, platform="windows") != name + extra + suffix:
        name = fallback  # (a reserved name such as "CON": nothing of it can be used)
    return name + extra + suffix


def detect_encoding(data: bytes) -> str:
    """The codec of a text file's bytes: "utf-8-sig" (a BOM), "utf-16" (a BOM, either order),
    "utf-16-le" or "utf-16-be" (no BOM: in text of mostly Latin letters every other byte is
    zero), else "utf-8"."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    if len(sample) >= 4 and b"\0" in sample:
        sample = sample[: len(sample) // 2 * 2]
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        half = len(sample) // 2
        if odd > half * 0.3 and even < half * 0.05:
            return "utf-16-le"
        if even > half * 0.3 and odd < half * 0.05:
            return "utf-16-be"
    return "utf-8"
