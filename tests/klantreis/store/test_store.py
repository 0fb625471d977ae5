"""The .klantreis file: round trips, migrations, refusals that leave files untouched,
and incremental writes that match a full write."""

import dataclasses
import hashlib
import os
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from sqlite_utils import Database

from klantreis.io import interchange
from klantreis.io.files import convert, load_journey
from klantreis.model.entities import (
    JourneyInfo,
    Paper,
    PdfOptions,
    Perspective,
    Phase,
    Quote,
    Touchpoint,
    Transition,
)
from klantreis.model.errors import NewerVersion, ProjectFileError
from klantreis.model.journey import Journey
from klantreis.store import Project, open_project, save_project
from klantreis.store.database import connect as _connect
from klantreis.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from tests.conftest import EXAMPLES, make_small_journey
from tests.klantreis.journey_strategies import journeys


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_json_to_project_to_json_is_identical(tmp_path, path):
    project = tmp_path / "reis.klantreis"
    back = tmp_path / "terug.json"
    convert(path, project)
    convert(project, back)
    assert back.read_bytes() == path.read_bytes()


def test_small_journey_round_trip(tmp_path, small_journey):
    save_project(tmp_path / "k.klantreis", small_journey)
    assert interchange.dumps(open_project(tmp_path / "k.klantreis")) == interchange.dumps(
        small_journey)


def test_tables_are_named_after_the_domain(tmp_path, small_journey):
    save_project(tmp_path / "k.klantreis", small_journey)
    db = Database(_connect(tmp_path / "k.klantreis"))
    assert {"journey", "phases", "actors", "touchpoints", "transitions", "groups", "respondents",
            "quotes", "scores", "touchpoint_actors", "respondent_attributes",
            "quote_tags"} <= set(db.table_names())
    quote = next(db["quotes"].rows_where("id = ?", ["q1"]))
    assert quote["sentiment"] == "-1" and quote["language"] == "ar"
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    db.close()


def test_migrations_from_empty(tmp_path):
    db = Database(_connect(tmp_path / "leeg.klantreis"))
    assert migrate(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    assert "touchpoints" in db.table_names()
    assert migrate(db) == SCHEMA_VERSION  # idempotent
    db.close()


def test_a_version_1_file_is_migrated_and_keeps_its_data(tmp_path):
    """Files written before the project's attribute list existed open with an empty list, and
    the list is stored from then on."""
    from klantreis.store.rows import info_row
    from klantreis.store.schema import MIGRATIONS

    path = tmp_path / "oud.klantreis"
    db = Database(_connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with db.atomic():
        MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
        row = info_row(make_small_journey().info)
        del row["attribute_names"], row["pdf_options"], row["privacy"]
        db["journey"].insert(row)
    db.close()
    project = Project.open(path)
    assert project.journey.info.attribute_names == ()
    assert project.journey.info.pdf_options == PdfOptions()
    assert project.db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    changes = []
    project.journey.subscribe(changes.append)
    options = PdfOptions(paper=Paper.A4, language="en", details=False, phase_ids=("p1",),
                         perspectives=(Perspective.CLIENT,), highlighted_quote_ids=("q2", "q1"))
    project.journey.set_info(dataclasses.replace(project.journey.info, attribute_names=("geslacht", "land"),
                                                 pdf_options=options))
    project.apply(changes)
    project.close()
    assert open_project(path).info.attribute_names == ("geslacht", "land")
    assert open_project(path).info.pdf_options == options


# ----------------------------------------------------------------------------- refusals


def _plain_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notities (tekst TEXT)")
    conn.execute("INSERT INTO notities VALUES ('iets anders')")
    conn.commit()
    conn.close()


def _newer(path, journey):
    save_project(path, journey)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _truncated(path, journey):
    save_project(path, journey)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damaged_page(path, journey):
    save_project(path, journey)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2: page * 2 + 200] = os.urandom(200)  # scribble over the third page
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p, j: p.write_bytes(os.urandom(4096)), "geen Klantreis-bestand"),
        (lambda p, j: p.write_bytes(b""), "geen Klantreis-bestand"),
        (lambda p, j: p.write_text("hallo", encoding="utf-8"), "geen Klantreis-bestand"),
        (lambda p, j: _plain_sqlite(p), "geen Klantreis-bestand"),
        (_newer, "nieuwere versie"),
        (_truncated, "beschadigd"),
        (_damaged_page, "beschadigd"),
    ],
    ids=["random", "empty", "text", "foreign-sqlite", "newer", "truncated", "damaged"],
)
def test_bad_files_are_refused_and_left_byte_identical(tmp_path, small_journey, make, expected):
    path = tmp_path / "x.klantreis"
    make(path, small_journey)
    before = sha(path)
    names_before = sorted(os.listdir(tmp_path))
    with pytest.raises(ProjectFileError) as info:
        open_project(path)
    assert expected in str(info.value)
    assert sha(path) == before
    assert sorted(os.listdir(tmp_path)) == names_before  # no journal or temp file left


def test_newer_version_error_is_typed(tmp_path, small_journey):
    _newer(tmp_path / "n.klantreis", small_journey)
    with pytest.raises(NewerVersion):
        open_project(tmp_path / "n.klantreis")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="bestaat niet"):
        open_project(tmp_path / "nergens.klantreis")
    with pytest.raises(ProjectFileError, match="geen Klantreis-bestand"):
        open_project(tmp_path)


def test_invalid_rows_are_refused_with_the_reason(tmp_path, small_journey):
    path = tmp_path / "k.klantreis"
    save_project(path, small_journey)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE phases SET colour = 'paars' WHERE id = 'pa'")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectFileError, match="ongeldige gegevens.*paars"):
        open_project(path)


def _tamper(path, *statements):
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("statement", [
    "UPDATE quotes SET sentiment = 'blij'",  # not a value of the enum
    "UPDATE quotes SET internal = 'ja'",  # a boolean column with text
    "UPDATE groups SET languages = '{\"nl\": 1}'",  # a JSON list that is no list
    "ALTER TABLE quotes ADD COLUMN stemming TEXT",  # a column this version does not know
])
def test_rows_this_version_cannot_read_are_refused_as_damaged(tmp_path, small_journey, statement):
    path = tmp_path / "k.klantreis"
    save_project(path, small_journey)
    _tamper(path, statement)
    with pytest.raises(ProjectFileError, match="beschadigd|ongeldige gegevens|passen niet"):
        open_project(path)


def test_a_null_where_a_field_has_a_default_reads_as_the_default(tmp_path, small_journey):
    """(A column added by a migration holds NULL in the rows written before it.)"""
    path = tmp_path / "k.klantreis"
    save_project(path, small_journey)
    _tamper(path, "UPDATE quotes SET translated_by = NULL, source = NULL, captured_at = NULL",
            "UPDATE groups SET languages = NULL")
    journey = open_project(path)
    defaults = Quote("q", "x")
    assert journey.quotes and all(
        (q.translated_by, q.source, q.captured_at)
        == (defaults.translated_by, defaults.source, defaults.captured_at) for q in journey.quotes)
    assert all(g.languages == () for g in journey.groups)
    others = {kind: journey.items(kind) for kind in ("phase", "touchpoint", "respondent")}
    assert others == {kind: small_journey.items(kind) for kind in others}


def test_failed_save_keeps_the_existing_project(tmp_path, small_journey, monkeypatch):
    path = tmp_path / "k.klantreis"
    save_project(path, small_journey)
    before = sha(path)
    from klantreis.store import project as project_module

    def broken(db, journey):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(project_module, "write_journey", broken)
    with pytest.raises(ProjectFileError, match="schijf is vol"):
        save_project(path, Journey(JourneyInfo(title="Nieuw")))
    assert sha(path) == before
    assert os.listdir(tmp_path) == ["k.klantreis"]


# ----------------------------------------------------------------------------- incremental writes


def test_apply_writes_each_change_like_a_full_save(tmp_path, small_journey):
    path = tmp_path / "k.klantreis"
    project = Project.create(path, small_journey)
    journey = project.journey
    journey.subscribe(lambda change: project.apply([change]))
    journey.insert_touchpoint(0, Touchpoint("t0", "Nieuw begin", "pa", ("ag",)))
    journey.insert_transition(1, Transition("e0", "t0", "t1"))
    journey.update_quote(dataclasses.replace(journey.quote("q3"), touchpoint_id="t0",
                                             tags=("later", "geplaatst")))
    journey.remove_quote("q1")
    journey.update_respondent(dataclasses.replace(journey.respondent("r1"),
                                                  attributes=(("geslacht", "m"), ("tijd in NL", "1 jaar"))))
    journey.insert_phase(1, Phase("pm", "Midden"))
    journey.set_info(dataclasses.replace(journey.info, subtitle="Ondertitel"))
    journey.remove_score("s1")
    project.close()
    assert interchange.dumps(open_project(path)) == interchange.dumps(journey)
    other = tmp_path / "vol.klantreis"
    save_project(other, journey)
    assert interchange.dumps(open_project(other)) == interchange.dumps(open_project(path))


def test_a_failing_change_writes_nothing(tmp_path, small_journey):
    from klantreis.model.journey import Change

    path = tmp_path / "k.klantreis"
    project = Project.create(path, small_journey)
    project.journey.insert_phase(2, Phase("pz", "Z"))
    with pytest.raises(KeyError):  # the second change refers to nothing: roll back both
        project.apply([Change("inserted", "phase", "pz", 2), Change("updated", "nope", "x", 0)])
    project.close()
    assert "pz" not in {p.id for p in open_project(path).phases}


# ----------------------------------------------------------------------------- generated journeys

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(journey=journeys())
def test_generated_journeys_round_trip_through_json_and_project(tmp_path, journey):
    text = interchange.dumps(journey)
    assert interchange.dumps(interchange.loads(text)) == text
    path = tmp_path / "gen.klantreis"
    save_project(path, journey)
    assert interchange.dumps(load_journey(path)) == text
