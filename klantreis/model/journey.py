"""The journey aggregate: the one place that holds and changes a klantreis.

Operations are symmetric (``insert_x(index, x)`` / ``remove_x(id) -> index`` / ``update_x(x) -> old``),
validate everything before changing anything (references, unique keys, entities in use: see
:mod:`klantreis.model.integrity`), raise typed errors, and emit exactly one :class:`Change` per
successful call. Getters return the immutable entities themselves or tuples.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from klantreis.model.collection import KIND_LABEL, Collection
from klantreis.model.entities import (
    Actor,
    Group,
    Indicator,
    JourneyInfo,
    Norm,
    Phase,
    Question,
    Quote,
    Respondent,
    Score,
    Touchpoint,
    Transcript,
    Transition,
)
from klantreis.model.errors import InvalidIndex, InvalidValue
from klantreis.model.integrity import UNIQUE_KINDS, check_unused, track_unique, validate

# kind name per entity type, as used in events, the store's table names and the JSON sections
KIND_OF: dict[type, str] = {
    Phase: "phase",
    Actor: "actor",
    Touchpoint: "touchpoint",
    Transition: "transition",
    Group: "group",
    Respondent: "respondent",
    Transcript: "transcript",  # (before the quotes that are passages of it)
    Quote: "quote",
    Score: "score",
    Indicator: "indicator",
    Question: "question",
    Norm: "norm",
}
TYPE_OF: dict[str, type] = {kind: cls for cls, kind in KIND_OF.items()}
KINDS: tuple[str, ...] = tuple(KIND_OF.values())

@dataclass(frozen=True)
class Change:
    """One event per operation. ``action`` is inserted, removed, updated, moved or info.
    ``old`` is the value before (of an update, a removal, a move: an entity, or the journey
    info) and ``new`` the value after (of an insert, an update, a move), so a listener can tell
    what changed without looking at the journey, even later."""

    action: str
    kind: str
    id: str
    index: int
    old: Any = field(default=None, compare=False, repr=False)
    new: Any = field(default=None, compare=False, repr=False)


class Journey:
    """A klantreis: its info, phases, actors, touchpoints, transitions and the evidence."""

    def __init__(self, info: JourneyInfo) -> None:
        if not isinstance(info, JourneyInfo):
            raise InvalidValue("invalid_choice", what="reisgegevens", value=type(info).__name__)
        self._info = info
        self._collections: dict[str, Collection] = {kind: Collection(kind) for kind in KINDS}
        self._listeners: list[Callable[[Change], None]] = []
        # quote and score ids per touchpoint id (None: the parking lot), for quotes_for/scores_for
        self._by_touchpoint: dict[str, dict[str | None, set[str]]] = {"quote": {}, "score": {}}
        # what must be unique, by key: (source, target) of transitions, (touchpoint, respondent,
        # group) of scores, the folded code of respondents -> the id that has it
        self._unique: dict[str, dict] = {kind: {} for kind in UNIQUE_KINDS}

    # ------------------------------------------------------------------ events

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _track_evidence(self, kind: str, old, new) -> None:
        """Keep the per-touchpoint index of quotes and scores."""
        index = self._by_touchpoint[kind]
        if old is not None:
            ids = index[old.touchpoint_id]
            ids.discard(old.id)
            if not ids:
                del index[old.touchpoint_id]
        if new is not None:
            index.setdefault(new.touchpoint_id, set()).add(new.id)

    # ------------------------------------------------------------------ getters

    @property
    def info(self) -> JourneyInfo:
        return self._info

    @property
    def phases(self) -> tuple[Phase, ...]:
        return self._collections["phase"].all()

    @property
    def actors(self) -> tuple[Actor, ...]:
        return self._collections["actor"].all()

    @property
    def touchpoints(self) -> tuple[Touchpoint, ...]:
        return self._collections["touchpoint"].all()

    @property
    def transitions(self) -> tuple[Transition, ...]:
        return self._collections["transition"].all()

    @property
    def groups(self) -> tuple[Group, ...]:
        return self._collections["group"].all()

    @property
    def respondents(self) -> tuple[Respondent, ...]:
        return self._collections["respondent"].all()

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self._collections["quote"].all()

    @property
    def scores(self) -> tuple[Score, ...]:
        return self._collections["score"].all()

    @property
    def transcripts(self) -> tuple[Transcript, ...]:
        return self._collections["transcript"].all()

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return self._collections["indicator"].all()

    @property
    def questions(self) -> tuple[Question, ...]:
        return self._collections["question"].all()

    @property
    def norms(self) -> tuple[Norm, ...]:
        return self._collections["norm"].all()

    def items(self, kind: str) -> tuple:
        """All entities of ``kind`` ("phase", "touchpoint", ...) in order."""
        return self._collections[kind].all()

    def count(self, kind: str) -> int:
        return len(self._collections[kind])

    def get(self, kind: str, item_id: str):
        """The entity of ``kind`` with ``item_id``; raises :class:`NotFound`."""
        return self._collections[kind].get(item_id)

    def find(self, kind: str, item_id: str | None):
        """The entity or None."""
        return self._collections[kind].find(item_id)

    def index_of(self, kind: str, item_id: str) -> int:
        return self._collections[kind].index(item_id)

    def phase(self, phase_id: str) -> Phase:
        return self.get("phase", phase_id)

    def actor(self, actor_id: str) -> Actor:
        return self.get("actor", actor_id)

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        return self.get("touchpoint", touchpoint_id)

    def transition(self, transition_id: str) -> Transition:
        return self.get("transition", transition_id)

    def group(self, group_id: str) -> Group:
        return self.get("group", group_id)

    def respondent(self, respondent_id: str) -> Respondent:
        return self.get("respondent", respondent_id)

    def quote(self, quote_id: str) -> Quote:
        return self.get("quote", quote_id)

    def score(self, score_id: str) -> Score:
        return self.get("score", score_id)

    def touchpoints_in_phase(self, phase_id: str) -> tuple[Touchpoint, ...]:
        return tuple(t for t in self._collections["touchpoint"] if t.phase_id == phase_id)

    def transitions_of(self, touchpoint_id: str) -> tuple[Transition, ...]:
        """Transitions that start or end at the touchpoint."""
        return tuple(
            t for t in self._collections["transition"]
            if touchpoint_id in (t.source_id, t.target_id)
        )

    def quotes_for(self, touchpoint_id: str | None) -> tuple[Quote, ...]:
        """Quotes of a touchpoint in journey order; ``None`` gives the parking lot."""
        return self._of_touchpoint("quote", touchpoint_id)

    def scores_for(self, touchpoint_id: str) -> tuple[Score, ...]:
        """Scores of a touchpoint in journey order."""
        return self._of_touchpoint("score", touchpoint_id)

    def _of_touchpoint(self, kind: str, touchpoint_id: str | None) -> tuple:
        ids = self._by_touchpoint[kind].get(touchpoint_id)
        if not ids:
            return ()
        collection = self._collections[kind]
        position = collection.positions()
        return tuple(collection.find(i) for i in sorted(ids, key=position.__getitem__))

    # ------------------------------------------------------------------ generic operations

    def insert(self, index: int, item) -> None:
        """Insert ``item`` at ``index`` of its kind's list."""
        kind = self._kind(item)
        collection = self._collections[kind]
        collection.check_insert(index, item.id)
        validate(self._collections, self._unique, kind, item)
        collection.insert(index, item.id, item)
        self._after(kind, None, item)
        self._emit(Change("inserted", kind, item.id, index, new=item))

    def add(self, item) -> int:
        """Append ``item`` to its kind's list; returns its index."""
        index = len(self._collections[self._kind(item)])
        self.insert(index, item)
        return index

    def remove(self, kind: str, item_id: str) -> int:
        """Remove the entity and return the index it had (for a symmetric re-insert)."""
        collection = self._collections[kind]
        item = collection.get(item_id)
        check_unused(self._collections, kind, item)
        index = collection.remove(item_id)
        self._after(kind, item, None)
        self._emit(Change("removed", kind, item_id, index, item))
        return index

    def update(self, item):
        """Replace the entity with the same id by ``item``; returns the old value."""
        kind = self._kind(item)
        collection = self._collections[kind]
        collection.get(item.id)
        validate(self._collections, self._unique, kind, item)
        old = collection.replace(item.id, item)
        self._after(kind, old, item)
        self._emit(Change("updated", kind, item.id, collection.index(item.id), old, item))
        return old

    def move(self, kind: str, item_id: str, index: int) -> int:
        """Move an entity to ``index`` of its kind's list (e.g. reorder the phases); returns the
        index it had, so ``move(kind, item_id, old)`` puts it back."""
        collection = self._collections[kind]
        item = collection.get(item_id)
        if not isinstance(index, int) or not 0 <= index < len(collection):
            raise InvalidIndex("bad_index", kind=KIND_LABEL[kind], index=index)
        old = collection.remove(item_id)
        collection.insert(index, item_id, item)
        self._after(kind, item, item)
        self._emit(Change("moved", kind, item_id, index, item, item))
        return old

    def _after(self, kind: str, old, new) -> None:
        """Bookkeeping after a change of ``old`` into ``new`` (None: inserted or removed; the same
        item: moved in its list)."""
        track_unique(self._unique, kind, old, new)
        if kind in self._by_touchpoint:
            self._track_evidence(kind, old, new)

    def set_info(self, info: JourneyInfo) -> JourneyInfo:
        if not isinstance(info, JourneyInfo):
            raise InvalidValue("invalid_choice", what="reisgegevens", value=type(info).__name__)
        old, self._info = self._info, info
        self._emit(Change("info", "journey", "", 0, old, info))
        return old

    # named operations (the generic ones, spelled out for readers and type checkers)

    def insert_phase(self, index: int, phase: Phase) -> None:
        self._expect(phase, Phase)
        self.insert(index, phase)

    def remove_phase(self, phase_id: str) -> int:
        return self.remove("phase", phase_id)

    def update_phase(self, phase: Phase) -> Phase:
        return self.update(self._expect(phase, Phase))

    def insert_actor(self, index: int, actor: Actor) -> None:
        self.insert(index, self._expect(actor, Actor))

    def remove_actor(self, actor_id: str) -> int:
        return self.remove("actor", actor_id)

    def update_actor(self, actor: Actor) -> Actor:
        return self.update(self._expect(actor, Actor))

    def insert_touchpoint(self, index: int, touchpoint: Touchpoint) -> None:
        self.insert(index, self._expect(touchpoint, Touchpoint))

    def remove_touchpoint(self, touchpoint_id: str) -> int:
        return self.remove("touchpoint", touchpoint_id)

    def update_touchpoint(self, touchpoint: Touchpoint) -> Touchpoint:
        return self.update(self._expect(touchpoint, Touchpoint))

    def insert_transition(self, index: int, transition: Transition) -> None:
        self.insert(index, self._expect(transition, Transition))

    def remove_transition(self, transition_id: str) -> int:
        return self.remove("transition", transition_id)

    def update_transition(self, transition: Transition) -> Transition:
        return self.update(self._expect(transition, Transition))

    def insert_group(self, index: int, group: Group) -> None:
        self.insert(index, self._expect(group, Group))

    def remove_group(self, group_id: str) -> int:
        return self.remove("group", group_id)

    def update_group(self, group: Group) -> Group:
        return self.update(self._expect(group, Group))

    def insert_respondent(self, index: int, respondent: Respondent) -> None:
        self.insert(index, self._expect(respondent, Respondent))

    def remove_respondent(self, respondent_id: str) -> int:
        return self.remove("respondent", respondent_id)

    def update_respondent(self, respondent: Respondent) -> Respondent:
        return self.update(self._expect(respondent, Respondent))

    def insert_quote(self, index: int, quote: Quote) -> None:
        self.insert(index, self._expect(quote, Quote))

    def remove_quote(self, quote_id: str) -> int:
        return self.remove("quote", quote_id)

    def update_quote(self, quote: Quote) -> Quote:
        return self.update(self._expect(quote, Quote))

    def insert_score(self, index: int, score: Score) -> None:
        self.insert(index, self._expect(score, Score))

    def remove_score(self, score_id: str) -> int:
        return self.remove("score", score_id)

    def update_score(self, score: Score) -> Score:
        return self.update(self._expect(score, Score))

    # ------------------------------------------------------------------ argument types

    @staticmethod
    def _kind(item) -> str:
        try:
            return KIND_OF[type(item)]
        except KeyError:
            raise InvalidValue("invalid_choice", what="soort", value=type(item).__name__) from None

    @staticmethod
    def _expect(item, cls):
        if type(item) is not cls:
            raise InvalidValue("invalid_choice", what=KIND_LABEL[KIND_OF[cls]],
                               value=type(item).__name__)
        return item
