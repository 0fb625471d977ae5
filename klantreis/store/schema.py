"""The project file's schema: numbered migrations, applied in order, recorded in user_version.

A .klantreis file is an SQLite database marked with our ``application_id``; its
``user_version`` is the number of the last migration applied. Tables are named after the domain,
so ``sqlite-utils tables x.klantreis`` and ``sqlite-utils rows x.klantreis quotes`` read naturally.
Never change a released migration: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the migrations get a sqlite-utils Database; imported when one is made)
    from sqlite_utils import Database

APPLICATION_ID = 0x4B4C5253  # "KLRS"


def _migration_1(db: Database) -> None:
    """The first schema: the journey, its graph and the evidence."""
    db["journey"].create(
        {
            "id": int, "title": str, "subtitle": str, "organisation": str, "period": str,
            "description": str, "method": str, "language": str, "created": str, "modified": str,
        },
        pk="id",
        not_null={"title", "language", "created", "modified"},
    )
    db["phases"].create(
        {"id": str, "position": int, "name": str, "description": str, "colour": str},
        pk="id", not_null={"position", "name", "colour"},
    )
    db["actors"].create(
        {"id": str, "position": int, "name": str, "kind": str, "colour": str},
        pk="id", not_null={"position", "name", "kind", "colour"},
    )
    db["touchpoints"].create(
        {
            "id": str, "position": int, "title": str, "phase_id": str, "description": str,
            "channel": str, "kind": str, "norm": str, "matters": int, "bottleneck": int,
            "x": float, "y": float, "internal_note": str,
        },
        pk="id",
        not_null={"position", "title", "phase_id", "channel", "kind", "matters", "bottleneck"},
        foreign_keys=[("phase_id", "phases", "id")],
    )
    db["touchpoint_actors"].create(
        {"touchpoint_id": str, "actor_id": str, "position": int},
        pk=("touchpoint_id", "actor_id"),
        not_null={"position"},
        foreign_keys=[("touchpoint_id", "touchpoints", "id"), ("actor_id", "actors", "id")],
    )
    db["transitions"].create(
        {
            "id": str, "position": int, "source_id": str, "target_id": str, "kind": str,
            "label": str, "share": float,
        },
        pk="id", not_null={"position", "source_id", "target_id", "kind"},
        foreign_keys=[("source_id", "touchpoints", "id"), ("target_id", "touchpoints", "id")],
    )
    db["groups"].create(
        {
            "id": str, "position": int, "name": str, "perspective": str, "date": str,
            "place": str, "languages": str, "note": str,
        },
        pk="id", not_null={"position", "name", "perspective"},
    )
    db["respondents"].create(
        {
            "id": str, "position": int, "code": str, "group_id": str, "consent_recorded": int,
            "interview_language": str, "interpreter_used": int,
        },
        pk="id", not_null={"position", "code", "consent_recorded"},
        foreign_keys=[("group_id", "groups", "id")],
    )
    db["respondent_attributes"].create(
        {"respondent_id": str, "name": str, "value": str, "position": int},
        pk=("respondent_id", "name"), not_null={"value", "position"},
        foreign_keys=[("respondent_id", "respondents", "id")],
    )
    db["quotes"].create(
        {
            "id": str, "position": int, "text": str, "language": str, "translation": str,
            "translated_by": str, "touchpoint_id": str, "respondent_id": str, "group_id": str,
            "perspective": str, "sentiment": str, "provenance": str, "captured_at": str,
            "source": str, "internal": int,
        },
        pk="id", not_null={"position", "text", "language", "sentiment", "provenance", "internal"},
        foreign_keys=[
            ("touchpoint_id", "touchpoints", "id"),
            ("respondent_id", "respondents", "id"),
            ("group_id", "groups", "id"),
        ],
    )
    db["quote_tags"].create(
        {"quote_id": str, "tag": str, "position": int},
        pk=("quote_id", "tag"), not_null={"position"},
        foreign_keys=[("quote_id", "quotes", "id")],
    )
    db["scores"].create(
        {
            "id": str, "position": int, "touchpoint_id": str, "respondent_id": str,
            "group_id": str, "value": int, "captured_at": str,
        },
        pk="id", not_null={"position", "touchpoint_id", "value"},
        foreign_keys=[
            ("touchpoint_id", "touchpoints", "id"),
            ("respondent_id", "respondents", "id"),
            ("group_id", "groups", "id"),
        ],
    )
    for table in ("phases", "actors", "touchpoints", "transitions", "groups", "respondents",
                  "quotes", "scores"):
        db[table].create_index(["position"], index_name=f"idx_{table}_position")
    db["touchpoints"].create_index(["phase_id"])
    db["transitions"].create_index(["source_id"])
    db["transitions"].create_index(["target_id"])
    db["touchpoint_actors"].create_index(["actor_id"])
    db["quotes"].create_index(["touchpoint_id"])
    db["quotes"].create_index(["respondent_id"])
    db["quotes"].create_index(["group_id"])
    db["scores"].create_index(["touchpoint_id"])
    db["respondents"].create_index(["group_id"])


def _migration_2(db: Database) -> None:
    """The respondent attributes a project asks for (a JSON list on the journey row)."""
    db["journey"].add_column("attribute_names", str)


def _migration_3(db: Database) -> None:
    """The PDF options of the project (a JSON object on the journey row)."""
    db["journey"].add_column("pdf_options", str)


def _migration_4(db: Database) -> None:
    """The privacy settings of the project (a JSON object on the journey row)."""
    db["journey"].add_column("privacy", str)


def _migration_5(db: Database) -> None:
    """The route as designed against the route as lived (on touchpoints and transitions), a
    touchpoint's deadline (a JSON object), the indicators and the toetsingskader (deelvragen
    and their norms). Lists of ids and of document references are JSON lists."""
    db["touchpoints"].add_column("route", str)
    db["touchpoints"].add_column("deadline", str)
    db["transitions"].add_column("route", str)
    db["indicators"].create(
        {
            "id": str, "position": int, "name": str, "unit": str, "target": float,
            "realised": float, "measured_on": str, "source": str, "touchpoint_ids": str,
            "note": str,
        },
        pk="id", not_null={"position", "name"},
    )
    db["questions"].create(
        {"id": str, "position": int, "number": str, "text": str, "category": str},
        pk="id", not_null={"position", "text"},
    )
    db["norms"].create(
        {
            "id": str, "position": int, "question_id": str, "text": str, "assessment": str,
            "reasoning": str, "touchpoint_ids": str, "quote_ids": str, "indicator_ids": str,
            "documents": str,
        },
        pk="id", not_null={"position", "question_id", "text", "assessment"},
        foreign_keys=[("question_id", "questions", "id")],
    )
    for table in ("indicators", "questions", "norms"):
        db[table].create_index(["position"], index_name=f"idx_{table}_position")
    db["norms"].create_index(["question_id"])


def _migration_6(db: Database) -> None:
    """Whether an indicator is better lower (a duration) than higher (a percentage)."""
    db["indicators"].add_column("lower_is_better", int)


def _migration_7(db: Database) -> None:
    """Transcripts as source documents (their speakers and turns as JSON lists), and on a quote
    the transcript and the characters of the passage it was made from."""
    db["transcripts"].create(
        {
            "id": str, "position": int, "name": str, "text": str, "imported_at": str,
            "file_format": str, "checksum": str, "date": str, "language": str, "group_id": str,
            "speakers": str, "turns": str,
        },
        pk="id", not_null={"position", "name", "text", "imported_at", "file_format", "language"},
        foreign_keys=[("group_id", "groups", "id")],
    )
    db["transcripts"].create_index(["position"], index_name="idx_transcripts_position")
    db["quotes"].add_column("transcript_id", str)
    db["quotes"].add_column("passage_start", int)
    db["quotes"].add_column("passage_end", int)


MIGRATIONS: tuple[Callable[[Database], None], ...] = (_migration_1, _migration_2, _migration_3,
                                                      _migration_4, _migration_5, _migration_6,
                                                      _migration_7)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database) -> int:
    """Apply the missing migrations in order, all in one transaction: an older file is brought
    up to date whole or (a full disk, a crash) stays as it was. Returns the new version."""
    version = schema_version(db)
    with db.atomic():
        if version == 0:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for number in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
    return schema_version(db)
