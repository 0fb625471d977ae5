"""One writer per project file: a second writer is refused (also from another process), a
read-only look is always possible, and the lock of a killed process is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from klantreis.model.errors import ProjectFileError
from klantreis.store import Project
from klantreis.store.lock import ProjectLocked, lock_path
from klantreis.store.project import open_project
from tests.conftest import REPO, make_small_journey

HOLD = """
import sys, time
sys.path.insert(0, {repo!r})
from klantreis.store import Project
project = Project.open({path!r})
print("open", flush=True)
time.sleep(600)
"""


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "reis.klantreis"
    Project.create(path, make_small_journey()).close()
    return path


def test_a_second_writer_in_this_process_is_refused_and_a_reader_is_not(project_file):
    first = Project.open(project_file)
    try:
        with pytest.raises(ProjectLocked) as caught:
            Project.open(project_file)
        assert caught.value.code == "project_locked_here"
        assert "ander venster" in str(caught.value)
        look = Project.open(project_file, read_only=True)
        assert look.journey.count("touchpoint") == 4 and look.read_only
        before = project_file.read_bytes()
        changes = []
        look.journey.subscribe(changes.append)
        look.journey.remove_quote("q3")
        with pytest.raises(ProjectFileError) as refused:
            look.apply(changes)
        assert refused.value.code == "read_only_project"
        look.close()
        assert project_file.read_bytes() == before
        assert open_project(project_file).count("quote") == 3  # reading needs no lock
    finally:
        first.close()
    assert not lock_path(project_file).exists()
    Project.open(project_file).close()  # free again


def _holder(project_file):
    script = HOLD.format(repo=str(REPO), path=str(project_file))
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "open"
    return process


def test_another_process_holds_the_lock_until_it_is_killed(project_file):
    process = _holder(project_file)
    try:
        with pytest.raises(ProjectLocked) as caught:
            Project.open(project_file)
        text = str(caught.value)
        assert f"proces {process.pid}" in text and "andere Klantreis" in text
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    assert lock_path(project_file).exists()  # left behind by the killed process
    project = Project.open(project_file)  # ... and taken over
    try:
        assert project.lock.stale
        assert f'"pid": {os.getpid()}' in lock_path(project_file).read_text()
    finally:
        project.close()


EDIT = """
import sys
sys.path.insert(0, {repo!r})
from klantreis.model.errors import ProjectFileError
from klantreis.store import Project
project = Project.open({path!r})
changes = []
project.journey.subscribe(changes.append)
project.journey.remove_quote("q3")
try:
    project.apply(changes)
    print("written", project.read_only, flush=True)
except ProjectFileError as error:
    print("refused", project.read_only, error.code, flush=True)
"""


@pytest.mark.parametrize("how", ["folder", "other user"])
def test_without_a_lock_a_project_opens_read_only_in_every_process(project_file, monkeypatch, how):
    """The lock file cannot be opened (its path is a folder; or it belongs to another user on a
    shared folder): no process may write, or two would overwrite each other's work."""
    before = project_file.read_bytes()
    if how == "folder":
        lock_path(project_file).mkdir()
    else:
        real_open = os.open

        def refuse(path, *args, **kwargs):
            if str(path).endswith(".lock"):
                raise PermissionError(13, "Permission denied")
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    project = Project.open(project_file)
    try:
        assert project.read_only and project.lock is None
        assert any("alleen-lezen geopend" in n and ".lock" in n for n in project.notices)
        if how == "folder":  # a second process is refused just the same
            script = EDIT.format(repo=str(REPO), path=str(project_file))
            child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                   timeout=120)
            assert child.stdout.split() == ["refused", "True", "read_only_project"], child.stderr
    finally:
        project.close()
    assert project_file.read_bytes() == before


def test_creating_a_project_where_no_lock_can_be_made_is_refused(tmp_path):
    path = tmp_path / "nieuw.klantreis"
    lock_path(path).mkdir()
    with pytest.raises(ProjectFileError, match="slotbestand"):
        Project.create(path, make_small_journey())


class FakeMsvcrt:
    """msvcrt.locking as Windows does it: an exclusive lock on a byte range of a file, refused
    to every other handle until it is unlocked or its handle closed."""

    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self):
        self.held: dict[tuple, int] = {}
        self.calls = []

    def locking(self, fd, mode, count):
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino, os.lseek(fd, 0, os.SEEK_CUR), count)
        self.calls.append((mode, key[2]))
        holder = self.held.get(key)
        if holder is not None and holder != fd:
            try:
                still = os.fstat(holder).st_ino == info.st_ino
            except OSError:
                still = False
            if still:
                raise PermissionError(13, "Permission denied")
        if mode == self.LK_NBLCK:
            self.held[key] = fd
        elif holder == fd:
            del self.held[key]


@pytest.fixture
def windows(monkeypatch):
    from klantreis.store.lock import ProjectLock, WindowsLocking

    fake, hidden = FakeMsvcrt(), []
    monkeypatch.setattr(ProjectLock, "locking", WindowsLocking(fake, hidden.append))

    def no_signals(*args):
        raise AssertionError("on Windows signal 0 is CTRL_C_EVENT: never os.kill")

    monkeypatch.setattr(os, "kill", no_signals)
    return fake, hidden


def test_the_windows_lock_is_a_real_os_lock(project_file, windows):
    fake, hidden = windows
    first = Project.open(project_file)
    try:
        assert hidden == [lock_path(project_file)]  # the lock file gets the hidden attribute
        assert all(offset == 1 << 20 for _mode, offset in fake.calls)  # beyond the record
        with pytest.raises(ProjectLocked) as caught:
            Project.open(project_file)
        assert caught.value.code == "project_locked_here"  # the holder's record can be read
        from klantreis.store.lock import ProjectLock

        assert ProjectLock.held_elsewhere(project_file)
    finally:
        first.close()
    assert not lock_path(project_file).exists()
    assert not ProjectLock.held_elsewhere(project_file)
    Project.open(project_file).close()  # free again


def test_a_windows_lock_file_nobody_holds_is_taken_over(project_file, windows):
    lock_path(project_file).write_text('{"pid": 999999, "host": "elders", "since": "2026-01-01"}')
    project = Project.open(project_file)
    try:
        assert project.lock.stale and not project.read_only
    finally:
        project.close()


def test_the_versions_folder_is_hidden_on_windows(tmp_path, monkeypatch):
    from klantreis.io import fileio
    from klantreis.store import backups

    calls = []

    class Kernel32:
        def GetFileAttributesW(self, path):  # noqa: N802 (the Windows name)
            return 0x10  # a folder

        def SetFileAttributesW(self, path, attributes):  # noqa: N802
            calls.append((path, attributes))
            return 1

    monkeypatch.setattr(backups, "hide", lambda path: fileio.hide(path, windows=True,
                                                                     kernel32=Kernel32()))
    project = tmp_path / "reis.klantreis"
    folder = backups.backup_folder(project)
    assert calls == [(str(folder), 0x10 | fileio.FILE_ATTRIBUTE_HIDDEN)]


@pytest.mark.parametrize("kind", ["symlink", "pipe", "folder"])
def test_an_odd_lock_file_is_never_written_through_and_nothing_hangs(project_file, tmp_path, kind):
    """A symbolic link at the lock's place would let the lock overwrite the file it points to;
    a pipe would make opening wait forever."""
    other = tmp_path / "iets anders.txt"
    other.write_text("niet overschrijven " * 100)
    if kind == "symlink":
        lock_path(project_file).symlink_to(other)
    elif kind == "pipe":
        os.mkfifo(lock_path(project_file))
    else:
        lock_path(project_file).mkdir()
    before = project_file.read_bytes()
    script = (f"import sys; sys.path.insert(0, {str(REPO)!r})\nfrom klantreis.store import Project\n"
              f"p = Project.open({str(project_file)!r})\nprint(p.read_only, bool(p.notices))\n"
              "p.close()\nfrom klantreis.store.project import open_project\n"
              f"print(open_project({str(project_file)!r}).count('quote'))")
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert child.stdout.split() == ["True", "True", "3"], child.stderr
    assert other.read_text() == "niet overschrijven " * 100
    assert project_file.read_bytes() == before
