"""What a project file may hold: the tables, columns, keys and indexes the migrations make, and
nothing else.

A file is read only when its schema is exactly the one its ``user_version`` says. Anything
Klantreis did not make is refused before a single write: a trigger (``AFTER INSERT ON quotes ...
DELETE`` would lose every captured quote while the app says it was saved), a view, a virtual
table, a constraint clause (``ON CONFLICT REPLACE`` silently overwrites rows), a missing or extra
column (a ``user_version`` set back by hand would otherwise make the migrations fail half-way).
``tests/klantreis/store/test_known_schema.py`` replays the migrations and compares them with this table.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

from klantreis.model.errors import ProjectFileError

# table: "column TYPE [nn] [pkN], ..." as the first migration makes them
_TABLES_1 = {
    "journey": "id INTEGER pk1, title TEXT nn, subtitle TEXT, organisation TEXT, period TEXT, "
               "description TEXT, method TEXT, language TEXT nn, created TEXT nn, modified TEXT nn",
    "phases": "id TEXT pk1, position INTEGER nn, name TEXT nn, description TEXT, colour TEXT nn",
    "actors": "id TEXT pk1, position INTEGER nn, name TEXT nn, kind TEXT nn, colour TEXT nn",
    "touchpoints": "id TEXT pk1, position INTEGER nn, title TEXT nn, phase_id TEXT nn, "
                   "description TEXT, channel TEXT nn, kind TEXT nn, norm TEXT, matters INTEGER nn, "
                   "bottleneck INTEGER nn, x REAL, y REAL, internal_note TEXT",
    "touchpoint_actors": "touchpoint_id TEXT pk1, actor_id TEXT pk2, position INTEGER nn",
    "transitions": "id TEXT pk1, position INTEGER nn, source_id TEXT nn, target_id TEXT nn, "
                   "kind TEXT nn, label TEXT, share REAL",
    "groups": "id TEXT pk1, position INTEGER nn, name TEXT nn, perspective TEXT nn, date TEXT, "
              "place TEXT, languages TEXT, note TEXT",
    "respondents": "id TEXT pk1, position INTEGER nn, code TEXT nn, group_id TEXT, "
                   "consent_recorded INTEGER nn, interview_language TEXT, interpreter_used INTEGER",
    "respondent_attributes": "respondent_id TEXT pk1, name TEXT pk2, value TEXT nn, "
                             "position INTEGER nn",
    "quotes": "id TEXT pk1, position INTEGER nn, text TEXT nn, language TEXT nn, translation TEXT, "
              "translated_by TEXT, touchpoint_id TEXT, respondent_id TEXT, group_id TEXT, "
              "perspective TEXT, sentiment TEXT nn, provenance TEXT nn, captured_at TEXT, "
              "source TEXT, internal INTEGER nn",
    "quote_tags": "quote_id TEXT pk1, tag TEXT pk2, position INTEGER nn",
    "scores": "id TEXT pk1, position INTEGER nn, touchpoint_id TEXT nn, respondent_id TEXT, "
              "group_id TEXT, value INTEGER nn, captured_at TEXT",
}
# tables made by later migrations: version -> {table: columns}
_TABLES_LATER = {
    5: {
        "indicators": "id TEXT pk1, position INTEGER nn, name TEXT nn, unit TEXT, target REAL, "
                      "realised REAL, measured_on TEXT, source TEXT, touchpoint_ids TEXT, note TEXT",
        "questions": "id TEXT pk1, position INTEGER nn, number TEXT, text TEXT nn, category TEXT",
        "norms": "id TEXT pk1, position INTEGER nn, question_id TEXT nn, text TEXT nn, "
                 "assessment TEXT nn, reasoning TEXT, touchpoint_ids TEXT, quote_ids TEXT, "
                 "indicator_ids TEXT, documents TEXT",
    },
    7: {
        "transcripts": "id TEXT pk1, position INTEGER nn, name TEXT nn, text TEXT nn, "
                       "imported_at TEXT nn, file_format TEXT nn, checksum TEXT, date TEXT, "
                       "language TEXT nn, group_id TEXT, speakers TEXT, turns TEXT",
    },
}
# columns added to existing tables by the later migrations: version -> [(table, "column TYPE")]
_ADDED = {2: [("journey", "attribute_names TEXT")], 3: [("journey", "pdf_options TEXT")],
          4: [("journey", "privacy TEXT")],
          5: [("touchpoints", "route TEXT"), ("touchpoints", "deadline TEXT"),
              ("transitions", "route TEXT")],
          6: [("indicators", "lower_is_better INTEGER")],
          7: [("quotes", "transcript_id TEXT"), ("quotes", "passage_start INTEGER"),
              ("quotes", "passage_end INTEGER")]}
LATEST = max(_ADDED)
_FOREIGN_KEYS = (
    "touchpoints.phase_id phases", "touchpoint_actors.touchpoint_id touchpoints",
    "touchpoint_actors.actor_id actors", "transitions.source_id touchpoints",
    "transitions.target_id touchpoints", "respondents.group_id groups",
    "respondent_attributes.respondent_id respondents", "quotes.touchpoint_id touchpoints",
    "quotes.respondent_id respondents", "quotes.group_id groups", "quote_tags.quote_id quotes",
    "scores.touchpoint_id touchpoints", "scores.respondent_id respondents", "scores.group_id groups",
    "norms.question_id questions", "transcripts.group_id groups",
)
_INDEXES = tuple(
    [f"idx_{t}_position {t}(position)" for t in ("phases", "actors", "touchpoints", "transitions",
                                                  "groups", "respondents", "quotes", "scores")]
    + ["idx_touchpoints_phase_id touchpoints(phase_id)",
       "idx_transitions_source_id transitions(source_id)",
       "idx_transitions_target_id transitions(target_id)",
       "idx_touchpoint_actors_actor_id touchpoint_actors(actor_id)",
       "idx_quotes_touchpoint_id quotes(touchpoint_id)",
       "idx_quotes_respondent_id quotes(respondent_id)", "idx_quotes_group_id quotes(group_id)",
       "idx_scores_touchpoint_id scores(touchpoint_id)",
       "idx_respondents_group_id respondents(group_id)"]
    + [f"idx_{t}_position {t}(position)" for t in ("indicators", "questions", "norms")]
    + ["idx_norms_question_id norms(question_id)", "idx_transcripts_position transcripts(position)"]
)
# the words a table or index definition of ours is made of (besides the names of our tables
# and columns); anything else (CHECK, ON CONFLICT, DEFAULT, COLLATE, GENERATED, WHERE, ...) is
# a clause Klantreis did not write
_SQL_WORDS = frozenset({"create", "table", "index", "on", "integer", "text", "real", "float",
                        "primary", "key", "not", "null", "references", "foreign"})
_SQLITE_OWN = frozenset({"sqlite_stat1", "sqlite_stat4"})  # (made by ANALYZE: harmless)


def _parse_columns(spec: str) -> tuple[tuple[str, str, int, int], ...]:
    columns = []
    for part in spec.split(", "):
        name, kind, *flags = part.split()
        pk = next((int(f[2:]) for f in flags if f.startswith("pk")), 0)
        columns.append((name, kind, int("nn" in flags), pk))
    return tuple(columns)


@cache
def expected(version: int) -> dict[str, tuple]:
    """table -> (columns, foreign keys, indexes) of a file at schema ``version`` (0: empty)."""
    if version == 0:
        return {}
    tables = {t: list(_parse_columns(spec)) for t, spec in _TABLES_1.items()}
    for number in range(2, version + 1):
        for table, column in _ADDED[number]:
            tables[table].extend(_parse_columns(column))
        for table, spec in _TABLES_LATER.get(number, {}).items():
            tables[table] = list(_parse_columns(spec))
    result = {}
    for table, columns in tables.items():
        keys = sorted((spec.split()[0].split(".")[1], spec.split()[1]) for spec in _FOREIGN_KEYS
                      if spec.startswith(table + "."))
        indexes = {}
        for spec in _INDEXES:
            name, target = spec.split()
            if target.startswith(table + "("):
                indexes[name] = (0, tuple(target[len(table) + 1:-1].split(",")))
        pk = tuple(c[0] for c in sorted((c for c in columns if c[3]), key=lambda c: c[3]))
        indexes[f"sqlite_autoindex_{table}_1"] = (1, pk)
        if table == "journey":  # (an INTEGER PRIMARY KEY is the rowid: no index)
            del indexes["sqlite_autoindex_journey_1"]
        result[table] = (tuple(columns), tuple(keys), indexes)
    return result


def _type(declared: str) -> str:
    return "REAL" if declared.upper() in ("REAL", "FLOAT") else declared.upper()


def actual(conn: sqlite3.Connection) -> dict[str, tuple]:
    """The same description, read from an open database."""
    result = {}
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table in _SQLITE_OWN:
            continue
        columns = tuple((r[1], _type(r[2]), r[3], r[5]) for r in
                        conn.execute(f"PRAGMA table_xinfo([{table}])"))
        keys = tuple(sorted((r[3], r[2]) for r in conn.execute(f"PRAGMA foreign_key_list([{table}])")
                            if r[4] in (None, "id") and r[5] == r[6] == "NO ACTION"))
        indexes = {}
        for row in conn.execute(f"PRAGMA index_list([{table}])").fetchall():
            cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info([{row[1]}])"))
            indexes[row[1]] = (row[2], cols) if not row[4] else (row[2], ("partial",))
        result[table] = (columns, keys, indexes)
    return result


def strangers(conn: sqlite3.Connection) -> list[str]:
    """The names of what Klantreis did not make: triggers, views, virtual tables, tables and
    indexes it does not know, definitions with clauses it never writes."""
    known_tables = set(expected(LATEST))
    words = _SQL_WORDS | known_tables | {c[0] for t in expected(LATEST).values() for c in t[0]}
    words |= {name.split()[0] for name in _INDEXES}
    # (a column we do not know is a schema that does not match, not a stranger)
    words |= {r[1].casefold() for t in known_tables for r in conn.execute(f"PRAGMA table_xinfo([{t}])")}
    found = []
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if kind not in ("table", "index"):
            found.append(f"{kind} {name}")
        elif kind == "table" and name in _SQLITE_OWN:
            continue
        elif (kind == "table" and name not in known_tables) or (kind == "index" and (
                table not in known_tables or (sql is not None and not name.startswith("idx_")))):
            found.append(f"{kind} {name}")
        elif sql is not None:
            tokens = re.findall(r"[A-Za-z_][A-Za-z0-9_]*|[^\s\"\[\]`]", sql)
            if any(t.casefold() not in words and t not in "()," for t in tokens):
                found.append(f"{kind} {name}")
    return found


def check_schema(conn: sqlite3.Connection, version: int, path: str) -> None:
    """Raise :class:`ProjectFileError` unless the database holds exactly schema ``version``."""
    found = strangers(conn)
    if found:
        raise ProjectFileError("unknown_schema", path=path, objects=", ".join(sorted(found)[:5]))
    if actual(conn) != expected(version):
        raise ProjectFileError("schema_mismatch", path=path, version=version)
