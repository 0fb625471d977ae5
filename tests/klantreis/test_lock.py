"""One writer per project file: a second writer is refused (also from another process), a
read-only look is always possible, and the lock of a killed process is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from klantreis.errors import ProjectFileError
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
from klantreis.errors import ProjectFileError
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
