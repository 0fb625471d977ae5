"""What another writer wrote is never overwritten: a project whose file was changed by another
process, or replaced underneath the app, refuses the next write with a clear message; and a
write changes only the columns its edit changed."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest

from klantreis.model.errors import ProjectFileError
from klantreis.store import Project
from klantreis.store.project import ProjectChangedElsewhere, open_project, save_project
from tests.conftest import make_small_journey


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "reis.klantreis"
    save_project(path, make_small_journey())
    opened = Project.open(path)
    yield opened
    opened.close()


def rename(project: Project, touchpoint_id: str, title: str) -> None:
    changes = []
    project.journey.subscribe(changes.append)
    try:
        tp = project.journey.touchpoint(touchpoint_id)
        project.journey.update(dataclasses.replace(tp, title=title))
        project.apply(changes)
    finally:
        project.journey.unsubscribe(changes.append)


def test_a_change_by_another_process_is_never_overwritten(project):
    rename(project, "t1", "Eerst")  # our own writes go on as usual
    other = (f"import sqlite3; c = sqlite3.connect({str(project.path)!r}, isolation_level=None); "
             "c.execute(\"UPDATE touchpoints SET title = 'Van de ander' WHERE id = 't1'\")")
    subprocess.run([sys.executable, "-c", other], check=True, timeout=60)
    before = sha(project.path)
    with pytest.raises(ProjectChangedElsewhere) as caught:
        rename(project, "t1", "Van ons")
    assert "buiten dit venster gewijzigd" in str(caught.value)
    assert sha(project.path) == before
    assert open_project(project.path).touchpoint("t1").title == "Van de ander"


def test_a_file_moved_over_the_project_is_never_written(project, tmp_path):
    replacement = tmp_path / "ander.klantreis"
    save_project(replacement, make_small_journey())
    os.replace(replacement, project.path)  # mv underneath the open app
    before = sha(project.path)
    with pytest.raises(ProjectFileError) as caught:
        rename(project, "t2", "Van ons")
    assert caught.value.code == "changed_elsewhere"
    assert sha(project.path) == before


def test_an_update_writes_only_the_columns_it_changed(project):
    """Had another writer slipped in between the check and the write, the column it changed
    would survive ours."""
    conn = sqlite3.connect(project.path, isolation_level=None)
    conn.execute("UPDATE touchpoints SET description = 'door een ander' WHERE id = 't1'")
    conn.close()
    project._seen = project._file_state()  # (as if the other write came just after our check)
    rename(project, "t1", "Nieuwe titel")
    stored = open_project(project.path).touchpoint("t1")
    assert (stored.title, stored.description) == ("Nieuwe titel", "door een ander")


def test_journey_info_updates_write_only_their_columns(project):
    conn = sqlite3.connect(project.path, isolation_level=None)
    conn.execute("UPDATE journey SET subtitle = 'door een ander'")
    conn.close()
    project._seen = project._file_state()
    changes = []
    project.journey.subscribe(changes.append)
    project.journey.set_info(dataclasses.replace(project.journey.info, title="Andere titel"))
    project.apply(changes)
    info = open_project(project.path).info
    assert (info.title, info.subtitle) == ("Andere titel", "door een ander")


def test_a_copy_written_over_the_project_in_place_is_noticed(project, tmp_path):
    """cp or rsync --inplace of another copy with the very same header (same change counter):
    the inode stays, SQLite notices nothing, but the file's times changed."""
    import shutil

    twin = tmp_path / "tweeling.klantreis"
    shutil.copyfile(project.path, twin)
    conn = sqlite3.connect(twin, isolation_level=None)
    conn.execute("UPDATE touchpoints SET title = 'werk van de ander' WHERE id = 't1'")
    conn.close()
    rename(project, "t2", "Eerst")  # (one commit here too: the same change counter as the twin)
    with open(project.path, "r+b") as handle:  # written in place, as cp does
        handle.write(twin.read_bytes())
    before = sha(project.path)
    with pytest.raises(ProjectChangedElsewhere):
        rename(project, "t3", "Van ons")
    assert sha(project.path) == before
    assert open_project(project.path).touchpoint("t1").title == "werk van de ander"
