"""diff(a, b): one edit that turns journey a into b by stable ids, and back."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from klantreis.io import interchange
from klantreis.model.diff import copy_of, diff
from klantreis.model.edits import RemoveTouchpoint
from klantreis.model.entities import Phase, Quote, Respondent, Touchpoint, Transition, new_id
from klantreis.synthetic import generate
from tests.conftest import make_small_journey


def same(x, y) -> bool:
    return interchange.dumps(x) == interchange.dumps(y)


def check(a, b):
    result = diff(a, b)
    assert result.unmatched == ()
    work = copy_of(a)
    result.edit.apply(work)
    assert same(work, b)
    result.edit.revert(work)
    assert same(work, a)
    return result


def test_a_journey_against_itself_is_no_edit():
    journey = make_small_journey()
    assert diff(journey, copy_of(journey)).empty


def mutate(journey, rnd: random.Random):
    """Removals, insertions, updates and reorderings of every kind, as users make them."""
    b = copy_of(journey)
    for tp in rnd.sample(b.touchpoints, k=min(3, b.count("touchpoint"))):
        RemoveTouchpoint(tp.id).apply(b)
    for quote in rnd.sample(b.quotes, k=min(5, b.count("quote"))):
        b.remove_quote(quote.id)
    phase = Phase(new_id(), "Nieuwe fase")
    b.insert(0, phase)
    new = Touchpoint(new_id(), "Nieuw contactmoment", phase.id)
    b.add(new)
    first = b.touchpoints[0]
    b.add(Transition(new_id(), new.id, first.id))
    b.add(Quote(new_id(), "Een nieuw citaat", touchpoint_id=new.id))
    for tp in rnd.sample(b.touchpoints, k=min(4, b.count("touchpoint"))):
        b.update(replace(tp, title=tp.title + " (herzien)", phase_id=rnd.choice(b.phases).id))
    if b.count("phase") > 2:
        b.move("phase", b.phases[-1].id, 0)
    if b.count("quote") > 3:
        b.move("quote", b.quotes[0].id, b.count("quote") - 1)
    b.set_info(replace(b.info, title="Andere titel", period="2026"))
    return b


@pytest.mark.parametrize("seed", range(8))
def test_any_two_versions_of_a_journey(seed):
    rnd = random.Random(seed)
    a = generate(15 + seed, 60, 12, seed=seed)
    b = mutate(a, rnd)
    result = check(a, b)
    assert result.inserted and result.updated and result.removed
    check(b, a)  # and the other way round


def test_codes_that_go_round_and_a_reversed_transition_go_through_a_free_value():
    a = make_small_journey()
    a.add(Respondent("r2", "R2", "g1"))
    a.add(Respondent("r3", "R3", "g1"))
    data = interchange.journey_to_dict(a)
    codes = {"r1": "R2", "r2": "R3", "r3": "R1"}  # each takes the next one's code
    for respondent in data["respondents"]:
        respondent["code"] = codes[respondent["id"]]
    data["transitions"] = [t for t in data["transitions"] if t["id"] != "e4"]
    for transition in data["transitions"]:
        if transition["id"] == "e1":  # t1 -> t2 becomes t2 -> t1
            transition["source_id"], transition["target_id"] = "t2", "t1"
    b = interchange.journey_from_dict(data)
    result = check(a, b)
    assert result.updated == 4 and result.removed == 1
