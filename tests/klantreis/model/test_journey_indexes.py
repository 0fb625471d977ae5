"""The journey's bookkeeping for speed (quotes and scores per touchpoint, positions) and the
values kept beside it until a change makes them out of date (the route, the evidence). Whatever
the order of operations, the indexes give what a plain scan of the lists gives."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from klantreis.evidence import analysis
from klantreis.evidence.memo import touched
from klantreis.graph import route as graph
from klantreis.model.entities import (
    Group,
    JourneyInfo,
    Perspective,
    Phase,
    Quote,
    Score,
    Sentiment,
    Touchpoint,
    Transition,
)
from klantreis.model.journey import Change, Journey

TOUCHPOINTS = ("t1", "t2", "t3")


def _journey() -> Journey:
    journey = Journey(JourneyInfo(title="Index"))
    journey.add(Phase("p1", "Aankomst"))
    journey.add(Phase("p2", "Wonen"))
    for n, tp in enumerate(TOUCHPOINTS):
        journey.add(Touchpoint(tp, f"Contactmoment {n}", "p1" if n < 2 else "p2"))
    journey.add(Transition("e1", "t1", "t2"))
    journey.add(Transition("e2", "t2", "t3"))
    journey.add(Group("gc", "Statushouders", Perspective.CLIENT))
    journey.add(Group("gu", "Uitvoerders", Perspective.UITVOERDER))
    return journey


def _scan(journey: Journey, kind: str, tp_id):
    return tuple(item for item in journey.items(kind) if item.touchpoint_id == tp_id)


# an operation: (what, quote number, touchpoint choice, index choice)
operations = st.lists(st.tuples(st.sampled_from(("insert", "remove", "move_tp", "reorder")),
                                st.integers(0, 7), st.sampled_from((None, *TOUCHPOINTS)),
                                st.integers(0, 20)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(operations)
def test_quotes_for_matches_a_scan_after_any_operations(ops):
    journey = _journey()
    for what, number, tp_id, where in ops:
        quote_id = f"q{number}"
        existing = journey.find("quote", quote_id)
        count = journey.count("quote")
        if what == "insert" and existing is None:
            journey.insert(where % (count + 1), Quote(quote_id, f"Citaat {number}", touchpoint_id=tp_id))
        elif what == "remove" and existing is not None:
            journey.remove("quote", quote_id)
        elif what == "move_tp" and existing is not None:
            journey.update(replace(existing, touchpoint_id=tp_id))
        elif what == "reorder" and existing is not None:
            journey.move("quote", quote_id, where % count)
        for tp in (None, *TOUCHPOINTS):
            assert journey.quotes_for(tp) == _scan(journey, "quote", tp)
        for position, quote in enumerate(journey.quotes):
            assert journey.index_of("quote", quote.id) == position


def test_scores_for_follows_inserts_updates_and_removals():
    journey = _journey()
    journey.add(Score("s1", "t1", 1, group_id="gc"))
    journey.insert(0, Score("s2", "t1", -1, group_id="gu"))
    assert [s.id for s in journey.scores_for("t1")] == ["s2", "s1"]
    journey.update(replace(journey.get("score", "s2"), touchpoint_id="t2"))
    assert [s.id for s in journey.scores_for("t1")] == ["s1"]
    assert [s.id for s in journey.scores_for("t2")] == ["s2"]
    journey.remove("score", "s1")
    assert journey.scores_for("t1") == ()


def _recorded(journey: Journey) -> list[Change]:
    changes: list[Change] = []
    journey.subscribe(changes.append)
    return changes


def test_a_moved_quote_touches_the_evidence_of_the_old_and_the_new_touchpoint_only():
    journey = _journey()
    journey.add(Quote("q1", "Eerste", touchpoint_id="t1"))
    changes = _recorded(journey)
    journey.update(replace(journey.quote("q1"), touchpoint_id="t2"))
    assert touched(changes) == {"t1", "t2"}
    journey.remove("quote", "q1")  # (a removal still names where the quote was)
    assert touched(changes[1:]) == {"t2"}
    journey.add(Quote("q2", "Geparkeerd"))
    assert touched(changes[2:]) == {None}
    journey.update(replace(journey.touchpoint("t1"), title="Andere titel"))
    assert touched(changes[3:]) == frozenset()
    journey.update(replace(journey.group("gc"), name="Andere naam"))
    assert touched(changes) is None  # a group: every touchpoint


def test_the_route_changes_with_the_route_not_with_a_title():
    journey = _journey()
    changes = _recorded(journey)
    journey.update(replace(journey.touchpoint("t2"), title="Andere titel", x=40.0, y=8.0))
    journey.update(replace(journey.phase("p1"), name="Andere fase"))
    journey.add(Quote("q1", "Citaat", touchpoint_id="t1"))
    assert [graph.changes_route(c) for c in changes] == [False, False, False]
    journey.update(replace(journey.touchpoint("t2"), phase_id="p2"))
    assert graph.changes_route(changes[-1])
    journey.move("phase", "p2", 0)
    journey.remove("transition", "e2")
    assert [graph.changes_route(c) for c in changes[-2:]] == [True, True]


def test_display_numbers_are_kept_until_the_route_changes():
    journey = _journey()
    first = graph.display_numbers(journey)
    assert dict(first) == {"t1": 1, "t2": 2, "t3": 3}
    journey.update(replace(journey.touchpoint("t1"), title="Nieuwe titel"))
    assert graph.display_numbers(journey) is first
    journey.update(replace(journey.touchpoint("t1"), phase_id="p1"))  # the same phase: kept
    assert graph.display_numbers(journey) is first
    journey.move("phase", "p2", 0)  # (the phase order breaks ties between parallel steps)
    moved = graph.display_numbers(journey)
    assert moved is not first and dict(moved) == dict(first)  # worked out again: the same here
    journey.move("phase", "p2", 1)
    journey.remove("transition", "e1")
    journey.add(Transition("e3", "t2", "t1"))
    assert dict(graph.display_numbers(journey)) == {"t2": 1, "t1": 2, "t3": 3}


def test_evidence_follows_quotes_votes_and_a_group_changing_perspective():
    journey = _journey()
    journey.add(Quote("q1", "Goed geregeld", touchpoint_id="t1", group_id="gc",
                      sentiment=Sentiment.POSITIVE))
    first = analysis.evidence_of(journey, "t1")
    assert analysis.evidence_of(journey, "t1") is first  # kept
    untouched = analysis.evidence_of(journey, "t3")
    journey.add(Score("s1", "t1", -2, group_id="gu"))
    second = analysis.evidence_of(journey, "t1")
    assert second.votes.n == 1 and second.quotes_by_perspective[Perspective.CLIENT].mean == 1.0
    assert analysis.evidence_of(journey, "t3") is untouched
    journey.update(replace(journey.group("gc"), perspective=Perspective.UITVOERDER))
    third = analysis.evidence_of(journey, "t1")
    assert list(third.quotes_by_perspective) == [Perspective.UITVOERDER]
    assert analysis.evidence_by_touchpoint(journey)["t1"] is third
    without_internal = analysis.evidence_of(journey, "t1", include_internal=False)
    journey.update(replace(journey.quote("q1"), internal=True))
    assert analysis.evidence_of(journey, "t1", include_internal=False).quotes.n == 0
    assert without_internal.quotes.n == 1


# a transition operation: (what, transition number, source, target)
transition_ops = st.lists(st.tuples(st.sampled_from(("insert", "remove", "retarget")), st.integers(0, 5),
                                    st.sampled_from(TOUCHPOINTS), st.sampled_from(TOUCHPOINTS)), max_size=30)


@settings(max_examples=150, deadline=None)
@given(transition_ops)
def test_the_uniqueness_index_refuses_exactly_what_a_scan_would(ops):
    from klantreis.model.errors import DuplicateTransition, KlantreisError

    journey = _journey()
    for what, number, source, target in ops:
        tr_id = f"x{number}"
        existing = journey.find("transition", tr_id)
        taken = {(t.source_id, t.target_id) for t in journey.transitions if t.id != tr_id}
        try:
            if what == "insert" and existing is None:
                journey.add(Transition(tr_id, source, target))
            elif what == "remove" and existing is not None:
                journey.remove("transition", tr_id)
            elif what == "retarget" and existing is not None:
                journey.update(replace(existing, source_id=source, target_id=target))
            else:
                continue
            assert (source, target) not in taken or what == "remove"
        except DuplicateTransition:
            assert (source, target) in taken  # refused only when another transition has the pair
        except KlantreisError:
            pass  # e.g. a transition from a touchpoint to itself
    pairs = [(t.source_id, t.target_id) for t in journey.transitions]
    assert len(pairs) == len(set(pairs))


def test_what_is_kept_beside_a_journey_goes_with_it_and_the_journey_keeps_no_memo():
    import gc
    import weakref

    from klantreis.model import derived

    gc.collect()
    before = len(derived._tables)
    journey = _journey()
    analysis.evidence_of(journey, "t1")
    graph.display_numbers(journey)
    assert journey in derived._tables and len(derived._tables) == before + 1
    gone = weakref.ref(journey)
    del journey
    gc.collect()
    assert gone() is None
    assert len(derived._tables) == before
    assert not any(hasattr(Journey, name) for name in ("memo", "revision", "evidence_revision"))
