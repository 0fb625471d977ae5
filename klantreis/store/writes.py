"""The rows one model change touches, written into an open project database: the columns an
update changed (never a column another writer changed written back with our old value), the
rows inserted or removed with the positions after them shifted, and a kind renumbered from the
model after a move. :meth:`Project.apply <klantreis.store.project.Project.apply>` calls these
inside its one transaction.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from klantreis.model.journey import Change, Journey
from klantreis.store.rows import CHILDREN, TABLE_OF, entity_rows, info_row

if TYPE_CHECKING:
    from sqlite_utils import Database


def renumber(db: Database, journey: Journey, kind: str) -> None:
    """Write the position of every row of ``kind`` as the model has it."""
    for position, item in enumerate(journey.items(kind)):
        db.execute(f"UPDATE [{TABLE_OF[kind]}] SET position = ? WHERE id = ?",
                   [position, item.id])


def write_change(db: Database, journey: Journey, change: Change) -> None:
    """Write the rows of one change (a move is written by :func:`renumber`, once per kind)."""
    if change.kind == "journey":
        _update_columns(db, "journey", 1, info_row(journey.info),
                        None if change.old is None else info_row(change.old))
        return
    table = TABLE_OF[change.kind]
    if change.action == "moved":  # renumbered once the transaction's changes are written
        return
    child = CHILDREN.get(change.kind)
    if change.action == "removed":
        if child:
            db.execute(f"DELETE FROM [{child[1]}] WHERE [{child[2]}] = ?", [change.id])
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [change.id])
        db.execute(f"UPDATE [{table}] SET position = position - 1 WHERE position > ?",
                   [change.index])
        return
    row, children = entity_rows(change.kind, journey.get(change.kind, change.id), change.index)
    if change.action == "updated" and change.old is not None:
        old_row, old_children = entity_rows(change.kind, change.old, change.index)
        _update_columns(db, table, change.id, row, old_row)
        if child and children != old_children:
            db.execute(f"DELETE FROM [{child[1]}] WHERE [{child[2]}] = ?", [change.id])
            if children:
                db[child[1]].insert_all(children)
        return
    if child:
        db.execute(f"DELETE FROM [{child[1]}] WHERE [{child[2]}] = ?", [change.id])
    if change.action == "inserted":
        db.execute(f"UPDATE [{table}] SET position = position + 1 WHERE position >= ?",
                   [change.index])
    _upsert(db, table, row)
    if children:
        db[child[1]].insert_all(children)


def _update_columns(db: Database, table: str, key, row: dict, old: dict | None) -> None:
    """Update only the columns of ``row`` that differ from ``old`` (all of them without it), so
    a column another writer changed is never written back with our old value."""
    columns = [c for c in row if c != "id" and (old is None or old.get(c) != row[c])]
    if not columns:
        return
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    cursor = db.conn.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?",
                             [row[c] for c in columns] + [key])
    if cursor.rowcount != 1:
        raise sqlite3.OperationalError(f"{table} row {key!r} was not written")


def _upsert(db: Database, table: str, row: dict) -> None:
    """Insert or update one row, and fail loudly when it was not written.

    Not sqlite-utils' ``upsert``: it decides once per connection whether SQLite can do
    ``ON CONFLICT DO UPDATE`` by creating a scratch table, and when that first attempt meets a
    full disk it falls back for good to "INSERT OR IGNORE, then UPDATE", which silently writes
    nothing for a new row of a table with NOT NULL columns (a captured quote would be lost while
    the app believed it saved)."""
    columns = list(row)
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    cursor = db.conn.execute(f'INSERT INTO [{table}] ({names}) VALUES ({marks}) '
                             f'ON CONFLICT("id") DO UPDATE SET {updates}', list(row.values()))
    if cursor.rowcount != 1:
        raise sqlite3.OperationalError(f"{table} row {row.get('id')!r} was not written")
