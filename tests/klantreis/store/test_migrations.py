"""Files of every older schema version open, are migrated in one transaction and keep their data;
a migration that fails leaves the file at its old version."""

from __future__ import annotations

import dataclasses

import pytest
from sqlite_utils import Database

from klantreis.io import interchange
from klantreis.model.entities import (
    Assessment,
    Deadline,
    Indicator,
    Norm,
    Question,
    Quote,
    RouteRole,
    Speaker,
    Transcript,
    Turn,
)
from klantreis.model.errors import ProjectFileError
from klantreis.store import Project, open_project, schema
from klantreis.store.database import connect
from klantreis.store.known import actual, expected
from klantreis.store.rows import TABLE_OF, entity_rows, info_row
from klantreis.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import make_small_journey

OLD_KINDS = ("phase", "actor", "touchpoint", "transition", "group", "respondent", "quote", "score")


def _old_file(path, version: int, journey) -> None:
    """A project file as Klantreis wrote it at schema ``version`` (its migrations only, and rows
    with the columns of that version)."""
    db = Database(connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with db.atomic():
        for number in range(1, version + 1):
            schema.MIGRATIONS[number - 1](db)
        db.execute(f"PRAGMA user_version = {version}")
        columns = {t: {c[0] for c in spec[0]} for t, spec in expected(version).items()}
        db["journey"].insert({k: v for k, v in info_row(journey.info).items() if k in columns["journey"]})
        for kind in OLD_KINDS:
            for position, item in enumerate(journey.items(kind)):
                row, children = entity_rows(kind, item, position)
                db[TABLE_OF[kind]].insert({k: v for k, v in row.items() if k in columns[TABLE_OF[kind]]})
                for child in children:
                    table = {"touchpoint": "touchpoint_actors", "respondent": "respondent_attributes",
                             "quote": "quote_tags"}[kind]
                    db[table].insert(child)
    db.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_file_of_every_older_version_opens_migrated_with_its_data(tmp_path, version):
    journey = make_small_journey()
    if version < 2:
        journey.set_info(dataclasses.replace(journey.info, attribute_names=()))
    path = tmp_path / f"versie-{version}.klantreis"
    _old_file(path, version, journey)
    project = Project.open(path)
    try:
        assert project.db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert actual(project.db.conn) == expected(SCHEMA_VERSION)
        assert interchange.dumps(project.journey) == interchange.dumps(journey)
        # the new things can be stored in a migrated file
        changes = []
        project.journey.subscribe(changes.append)
        tp = project.journey.touchpoints[0]
        project.journey.update(dataclasses.replace(tp, route=RouteRole.DESIGNED,
                                                   deadline=Deadline(18, source="Wi2021")))
        project.journey.add(Indicator("i1", "Binnen termijn", "%", 90, 74, touchpoint_ids=(tp.id,)))
        project.journey.add(Question("v1", "1", "Welk beleid?", "Beleid"))
        project.journey.add(Norm("n1", "v1", "Er is beleid.", Assessment.VOLDOET, indicator_ids=("i1",)))
        text = "R1: Ik wachtte drie maanden.\n"
        project.journey.add(Transcript("tr1", "interview R1.txt", text, "2024-03-01T10:00:00",
                                       speakers=(Speaker("R1"),),
                                       turns=(Turn(4, len(text) - 1, "R1", 0, 900),)))
        project.journey.add(Quote("q-tr", "drie maanden", transcript_id="tr1", passage_start=15,
                                  passage_end=27))
        project.apply(changes)
        expected_text = interchange.dumps(project.journey)
    finally:
        project.close()
    assert interchange.dumps(open_project(path)) == expected_text


def test_a_failed_migration_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    """Migrations 4 and 5 run in one transaction: when 5 fails, 4 is not kept either."""
    path = tmp_path / "oud.klantreis"
    _old_file(path, 3, make_small_journey())

    def broken(db):
        db["touchpoints"].add_column("route", str)  # half-way: one column added, then the disk is full
        raise OSError("schijf vol")

    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS[:4], broken))
    with pytest.raises((OSError, ProjectFileError)):
        Project.open(path)
    db = Database(connect(path))
    try:
        assert db.execute("PRAGMA user_version").fetchone() == (3,)
        assert actual(db.conn) == expected(3)
    finally:
        db.close()
    monkeypatch.undo()
    assert open_project(path).count("touchpoint") == make_small_journey().count("touchpoint")


def test_indicators_of_a_version_5_file_stay_better_higher(tmp_path):
    """Migration 6 adds an indicator's direction: what a version 5 file measured keeps its
    meaning (higher is better), and a duration can then be marked better lower."""
    path = tmp_path / "versie-5.klantreis"
    _old_file(path, 5, make_small_journey())
    db = Database(connect(path))
    with db.atomic():
        db["indicators"].insert({"id": "i1", "position": 0, "name": "Binnen termijn", "unit": "%",
                                 "target": 90.0, "realised": 74.0, "touchpoint_ids": "[]"})
    db.close()
    project = Project.open(path)
    try:
        indicator = project.journey.get("indicator", "i1")
        assert (indicator.lower_is_better, indicator.shortfall, indicator.behind) == (False, 16, True)
        changes = []
        project.journey.subscribe(changes.append)
        project.journey.update(dataclasses.replace(indicator, lower_is_better=True))
        project.apply(changes)
    finally:
        project.close()
    again = open_project(path).get("indicator", "i1")
    assert (again.lower_is_better, again.shortfall, again.behind) == (True, -16, False)
