"""An ordered set of entities with stable ids: one list of a journey (its phases, its quotes ...)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

from klantreis.model.errors import DuplicateId, InvalidIndex, NotFound

E = TypeVar("E")

# Dutch names for messages
KIND_LABEL = {
    "phase": "fase", "actor": "actor", "touchpoint": "contactmoment", "transition": "overgang",
    "group": "groep", "respondent": "respondent", "quote": "citaat", "score": "score",
    "indicator": "indicator", "question": "deelvraag", "norm": "norm", "transcript": "transcript",
}


class Collection(Generic[E]):
    """An ordered set of entities with stable ids."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._order: list[str] = []
        self._by_id: dict[str, E] = {}
        self._positions: dict[str, int] | None = {}  # id -> index, rebuilt lazily (None: stale)

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self) -> Iterator[E]:
        by_id = self._by_id
        return (by_id[i] for i in self._order)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._by_id

    def get(self, item_id: str) -> E:
        try:
            return self._by_id[item_id]
        except KeyError:
            raise NotFound("not_found", kind=KIND_LABEL[self.kind], id=item_id) from None

    def find(self, item_id: str | None) -> E | None:
        return None if item_id is None else self._by_id.get(item_id)

    def index(self, item_id: str) -> int:
        self.get(item_id)
        return self.positions()[item_id]

    def positions(self) -> dict[str, int]:
        """id -> index of every item (do not change the dict)."""
        if self._positions is None:
            self._positions = {item_id: i for i, item_id in enumerate(self._order)}
        return self._positions

    def all(self) -> tuple[E, ...]:
        return tuple(self)

    def check_insert(self, index: int, item_id: str) -> None:
        if item_id in self._by_id:
            raise DuplicateId("duplicate_id", kind=KIND_LABEL[self.kind], id=item_id)
        if not isinstance(index, int) or not 0 <= index <= len(self._order):
            raise InvalidIndex("bad_index", kind=KIND_LABEL[self.kind], index=index)

    def insert(self, index: int, item_id: str, item: E) -> None:
        appended = index == len(self._order)
        self._order.insert(index, item_id)
        self._by_id[item_id] = item
        if appended and self._positions is not None:
            self._positions[item_id] = index  # appending (the usual case) keeps the others
        else:
            self._positions = None

    def remove(self, item_id: str) -> int:
        index = self.index(item_id)
        del self._order[index]
        del self._by_id[item_id]
        if index == len(self._order) and self._positions is not None:
            del self._positions[item_id]  # the last one: the others keep their index
        else:
            self._positions = None
        return index

    def replace(self, item_id: str, item: E) -> E:
        old = self.get(item_id)
        self._by_id[item_id] = item
        return old
