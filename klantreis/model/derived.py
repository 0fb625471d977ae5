"""Values worked out from a journey (its route order, the evidence per touchpoint), kept beside
the journey, not in it, until a change they depend on arrives.

Each owner (the route code, the evidence code) asks for its own table with :func:`table`,
giving a ``forget(table, change)`` that drops from the table what a :class:`Change` makes out
of date; the journey's change events call it. The journey itself knows nothing of these tables.
Values in a table are shared between callers: they must not be changed.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

from klantreis.model.journey import Change, Journey

Forget = Callable[[dict, Change], None]

_tables: weakref.WeakKeyDictionary[Journey, dict[str, tuple[dict, Forget]]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()  # (an export reads its own copy of a journey on a worker thread)


def table(journey: Journey, owner: str, forget: Forget) -> dict:
    """The table of ``owner`` beside ``journey`` (made empty the first time), which
    ``forget(table, change)`` keeps up to date with every change of the journey."""
    with _lock:
        tables = _tables.get(journey)
        if tables is None:
            tables = _tables[journey] = {}
            journey.subscribe(_listener(tables))
        entry = tables.get(owner)
        if entry is None:
            entry = tables[owner] = ({}, forget)
        return entry[0]


def _listener(tables: dict[str, tuple[dict, Forget]]) -> Callable[[Change], None]:
    def changed(change: Change) -> None:
        for values, forget in list(tables.values()):
            if values:
                forget(values, change)
    return changed


def remember(values: dict, key, compute: Callable[[], object]):
    """``values[key]``, worked out with ``compute()`` when it is not there."""
    try:
        return values[key]
    except KeyError:
        value = values[key] = compute()
        return value
