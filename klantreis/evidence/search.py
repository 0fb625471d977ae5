"""Finding touchpoints by text (Ctrl+F): route number, title, description, norm, actors, phase."""

from __future__ import annotations

import unicodedata

from klantreis.graph import route as graph
from klantreis.model.journey import Journey


def fold(text: str) -> str:
    """Lower case without accents, so 'cliënt' is found by 'client'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def find_touchpoints(journey: Journey, query: str) -> list[str]:
    """Ids of the touchpoints that match ``query``, in route order. A number finds the
    touchpoint with that route number first; every word must occur somewhere."""
    query = query.strip()
    if not query:
        return []
    numbers = graph.display_numbers(journey)
    order = sorted(numbers, key=numbers.__getitem__)
    words = fold(query).split()
    found = []
    for tp_id in order:
        tp = journey.touchpoint(tp_id)
        haystack = fold(" ".join([
            str(numbers[tp_id]), tp.title, tp.description, tp.norm,
            journey.phase(tp.phase_id).name, *(journey.actor(a).name for a in tp.actor_ids),
        ]))
        if all(word in haystack for word in words):
            found.append(tp_id)
    if query.isdigit():  # the touchpoint with that number first
        exact = [t for t in order if str(numbers[t]) == query]
        found = exact + [t for t in found if t not in exact]
    return found
