"""Previous versions: a snapshot on every open for editing, the last 10 kept, identical ones
not repeated, restorable into a new file or as one undoable step."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta

from klantreis.io import interchange
from klantreis.model.diff import diff
from klantreis.model.entities import Quote
from klantreis.store import Project
from klantreis.store.backups import KEEP, backup_folder, snapshots, take_snapshot
from klantreis.store.project import open_project
from klantreis.store.versions import snapshot_journey
from tests.conftest import make_small_journey


def _project(tmp_path):
    path = tmp_path / "reis.klantreis"
    Project.create(path, make_small_journey()).close()
    return path


def _edit_and_close(path, quote_id: str) -> None:
    project = Project.open(path)
    changes = []
    project.journey.subscribe(changes.append)
    project.journey.add(Quote(quote_id, f"Citaat {quote_id}", touchpoint_id="t1"))
    project.apply(changes)
    project.close()


def test_each_open_for_editing_leaves_a_snapshot_of_what_was_there(tmp_path):
    path = _project(tmp_path)
    _edit_and_close(path, "q-a")  # snapshot 1: before q-a
    _edit_and_close(path, "q-b")  # snapshot 2: with q-a, before q-b
    found = snapshots(path)
    assert len(found) == 2
    assert backup_folder(path) == tmp_path / ".reis.klantreis.versies"
    newest, oldest = (snapshot_journey(s) for s in found)
    assert newest.find("quote", "q-a") is not None and newest.find("quote", "q-b") is None
    assert oldest.find("quote", "q-a") is None
    for snapshot in found:
        connection = sqlite3.connect(snapshot.path)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        connection.close()
    Project.open(path, read_only=True).close()
    Project.open(path).close()  # opened again without a change since: no new snapshot
    assert len(snapshots(path)) == 3  # (the open after q-b's edit saw q-b: one more)
    Project.open(path).close()
    assert len(snapshots(path)) == 3


def test_only_the_last_ten_are_kept_newest_first(tmp_path):
    path = _project(tmp_path)
    project = Project.open(path)
    start = datetime(2024, 5, 1, 9, 0, 0)
    try:
        for n in range(KEEP + 4):
            changes = []
            project.journey.subscribe(changes.append)
            project.journey.add(Quote(f"q{n + 10}", "x", touchpoint_id="t1"))
            project.apply(changes)
            assert take_snapshot(path, project.db.conn, now=start + timedelta(minutes=n)) is not None
    finally:
        project.close()
    found = snapshots(path)
    assert len(found) == KEEP
    assert [s.taken_at for s in found] == sorted((s.taken_at for s in found), reverse=True)
    assert found[-1].taken_at == start + timedelta(minutes=5)  # (the open itself made the newest)


def test_a_snapshot_that_cannot_be_written_does_not_stop_the_open(tmp_path, monkeypatch):
    from klantreis.store import backups

    path = _project(tmp_path)
    monkeypatch.setattr(backups, "backup_folder", lambda project: tmp_path / "bestand" / "map")
    (tmp_path / "bestand").write_text("geen map")
    project = Project.open(path)
    assert project.journey.count("quote") == 3
    project.close()


def test_restore_as_one_undoable_step(tmp_path):
    path = _project(tmp_path)
    _edit_and_close(path, "q-a")
    older = snapshot_journey(snapshots(path)[0])
    project = Project.open(path)
    journey = project.journey
    journey.set_info(replace(journey.info, title="Veranderd"))
    before = interchange.dumps(journey)
    edit = diff(journey, older, "edit_restore_version").edit
    changes = []
    journey.subscribe(changes.append)
    edit.apply(journey)
    project.apply(changes)
    assert interchange.dumps(journey) == interchange.dumps(older)
    assert interchange.dumps(open_project(path)) == interchange.dumps(older)
    changes.clear()
    edit.revert(journey)
    project.apply(changes)
    project.close()
    assert interchange.dumps(journey) == before
    assert interchange.dumps(open_project(path)) == before
