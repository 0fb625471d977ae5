"""What a card shows of the designed route and the norms: the route mark, the deadline against
the realised duration, and the indicator with the worst gap (no Qt)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from klantreis.evidence.card_marks import (
    NO_MARKS,
    card_marks,
    deadline_mark,
    indicator_mark,
    indicators_of,
    number,
    route_label,
    worst_indicator,
)
from klantreis.messages import set_language
from klantreis.model.entities import Deadline, DurationUnit, Indicator, RouteRole
from tests.conftest import make_small_journey


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("nl")


def test_numbers_as_the_language_writes_them(english):
    assert number(36.0) == "36" and number(1.5) == "1.5"
    set_language("nl")
    assert number(1.5) == "1,5" and number(0.0) == "0"


def test_route_labels():
    assert route_label(RouteRole.DESIGNED) == "ontwerp"
    assert route_label(RouteRole.LIVED) == "praktijk"
    assert route_label(RouteRole.BOTH) == ""


def test_deadline_with_and_without_the_realised_duration():
    exceeded = deadline_mark(Deadline(36, DurationUnit.MAANDEN, "inschrijving", "Wi2021", realised=39,
                                      realised_note="gemiddeld"))
    assert exceeded.text == "norm 36 mnd · werkelijk 39 mnd" and exceeded.exceeded
    assert "36 maanden na inschrijving" in exceeded.tooltip and "gemiddeld" in exceeded.tooltip
    assert "termijn overschreden" in exceeded.tooltip and "Bron: Wi2021" in exceeded.tooltip
    within = deadline_mark(Deadline(8, DurationUnit.WEKEN, realised=6.5))
    assert within.text == "norm 8 wk · werkelijk 6,5 wk" and not within.exceeded
    assert deadline_mark(Deadline(18)).text == "norm 18 mnd"
    assert not deadline_mark(Deadline(18)).exceeded
    assert deadline_mark(None) is None


def test_deadline_in_english(english):
    mark = deadline_mark(Deadline(3, DurationUnit.JAREN, realised=4))
    assert mark.text == "norm 3 yr · actual 4 yr" and mark.exceeded


def _indicator(name, target, realised, unit="%", tps=("t2",)):
    return Indicator("i-" + name.replace(" ", "-"), name, unit, target, realised, touchpoint_ids=tps)


def test_the_worst_gap_relative_to_the_target():
    a = _indicator("pva binnen termijn", 90, 74)  # 16 of 90 below
    b = _indicator("gesprekken", 4, 2, unit="per jaar")  # half below: the worst
    c = _indicator("zonder realisatie", 50, None)
    assert worst_indicator([a, b, c]) is b
    assert worst_indicator([c]) is None
    mark = indicator_mark([a])
    assert mark.text == "74% / 90%" and mark.below and mark.target == 90 and mark.realised == 74
    assert "pva binnen termijn" in mark.tooltip and "streefwaarde 90%" in mark.tooltip
    over = indicator_mark([_indicator("tevreden", 60, 75)])
    assert not over.below and over.text == "75% / 60%"
    assert indicator_mark([b]).text == "2 per jaar / 4 per jaar"


def test_the_indicators_of_a_touchpoint_follow_the_journey():
    journey = make_small_journey()
    assert indicators_of(journey, "t2") == ()
    first = _indicator("eerste", 90, 80, tps=("t2", "t3"))
    journey.add(first)
    assert indicators_of(journey, "t2") == (first,) == indicators_of(journey, "t3")
    second = _indicator("tweede", 90, 40, tps=("t2",))
    journey.add(second)
    assert indicators_of(journey, "t2") == (first, second)
    journey.update(replace(first, touchpoint_ids=("t3",)))
    assert indicators_of(journey, "t2") == (second,)
    assert card_marks(journey, journey.touchpoint("t2")).indicator.name == "tweede"


def test_card_marks():
    journey = make_small_journey()
    assert card_marks(journey, journey.touchpoint("t1")) is NO_MARKS
    tp = replace(journey.touchpoint("t1"), route=RouteRole.DESIGNED, deadline=Deadline(18))
    marks = card_marks(journey, tp)
    assert marks.route_label == "ontwerp" and marks.deadline.text == "norm 18 mnd"
    assert marks.indicator is None
    assert "Alleen in het ontwerp" in marks.tooltip and "18 maanden" in marks.tooltip
    lived = card_marks(journey, replace(tp, route=RouteRole.LIVED, deadline=None))
    assert lived.route_label == "praktijk" and lived.deadline is None
    assert lived.tooltip.startswith("Alleen in de praktijk")
