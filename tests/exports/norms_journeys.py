"""Journeys for the tests of the Toetsingskader and Indicatoren pages and of the marks on page 1
for the route as designed and as lived, built here (not from the example data, which others
edit): the small journey of tests/conftest.py with deelvragen, norms, indicators, route roles
and a deadline, and enough quotes that the detail blocks run over several pages."""

from __future__ import annotations

from dataclasses import replace

from klantreis.model.entities import (
    Assessment,
    DurationUnit,
    Perspective,
    Quote,
    RouteRole,
    Sentiment,
)
from klantreis.model.journey import Journey
from klantreis.model.norms import Deadline, Indicator, Norm, Question, Reference
from tests.conftest import make_small_journey

ARABIC_REASONING = "قالت الأسر إن الموعد الأول كان بعد شهرين، وهذا أطول من المدة المتفق عليها."
FILLER = ("De consulent belde pas na weken terug en toen was de termijn voor de aanvraag al verstreken, "
          "dus moesten we opnieuw beginnen bij het loket. ")


def with_filler(journey: Journey, count: int = 24) -> Journey:
    """Quotes at the first two touchpoints, so that the later blocks are on later pages."""
    for i in range(count):
        journey.add(Quote(f"q-vul-{i}", FILLER * (1 + i % 3) + f"vulQ{i:02d}.",
                          touchpoint_id="t1" if i % 2 else "t2", perspective=Perspective.CLIENT,
                          sentiment=Sentiment.NEGATIVE, source=f"bron {i}"))
    return journey


def add_indicators(journey: Journey) -> Journey:
    journey.add(Indicator("i-wacht", "Wachttijd tot de eerste taalles", unit="dagen", target=30, realised=20,
                          measured_on="2021", source="registratie", touchpoint_ids=("t3",)))
    journey.add(Indicator("i-pva", "Plan van aanpak binnen tien weken", target=90, realised=74,
                          measured_on="2021", source="Jaarverslag 2021, p. 34", touchpoint_ids=("t2", "t3"),
                          note="Vaak pas na de verhuizing."))
    journey.add(Indicator("i-werk", "Aandeel aan het werk na drie jaar", realised=23, source="CBS"))
    journey.add(Indicator("i-examen", "Examen binnen de termijn gehaald", target=50, realised=61,
                          touchpoint_ids=("t4",)))
    return journey


def add_framework(journey: Journey) -> Journey:
    """Deelvragen in two categories and one without; norms with every assessment; evidence of
    every kind (touchpoints, quotes, indicators, documents)."""
    journey.add(Question("dq-1", "1.1", "Heeft de gemeente een samenhangend beleid?", "Beleid"))
    journey.add(Question("dq-2", "2.1", "Voert de gemeente regie op de uitvoering?",
                         "Regie op de uitvoering"))
    journey.add(Question("dq-3", "3.1", "Hoe ervaren statushouders de ondersteuning?"))
    journey.add(Norm("n-1", "dq-1", "Er is een actueel beleidskader.", Assessment.VOLDOET,
                     "De nota uit 2019 is actueel.", touchpoint_ids=("t1",),
                     documents=(Reference("Rapport Rekenkamercommissie", "r. 1721-1727"),)))
    journey.add(Norm("n-2", "dq-2", "De gemeente stuurt bij waar de uitvoering achterblijft.",
                     Assessment.NIET, "Er is geen bijsturing vastgelegd.", touchpoint_ids=("t3", "t4"),
                     quote_ids=("q1", "q2"), indicator_ids=("i-pva",)))
    journey.add(Norm("n-3", "dq-2", "De begeleiding start binnen de termijn.", Assessment.DEELS,
                     ARABIC_REASONING, quote_ids=("q-vul-23",), indicator_ids=("i-wacht",)))
    journey.add(Norm("n-4", "dq-3", "Statushouders voelen zich gehoord.", Assessment.OPEN))
    journey.add(Norm("n-5", "dq-3", "Klachten worden binnen zes weken afgehandeld.",
                     Assessment.NIET_TE_BEOORDELEN, "Er is geen klachtenregistratie."))
    return journey


def assessed() -> Journey:
    """The small journey with filler quotes, indicators and the toetsingskader."""
    return add_framework(add_indicators(with_filler(make_small_journey())))


def plain() -> Journey:
    """The same journey without indicators and toetsingskader."""
    return with_filler(make_small_journey())


def with_routes(journey: Journey | None = None) -> Journey:
    """Designed-only and lived-only steps and transitions, and an exceeded deadline."""
    journey = journey or make_small_journey()
    journey.update(replace(journey.touchpoint("t3"), route=RouteRole.DESIGNED))
    journey.update(replace(journey.touchpoint("t4"), route=RouteRole.LIVED))
    journey.update(replace(journey.touchpoint("t2"), deadline=Deadline(
        36, DurationUnit.MAANDEN, "vestiging", "Wet inburgering 2013", realised=39,
        realised_note="gemiddeld")))
    journey.update(replace(journey.touchpoint("t1"), deadline=Deadline(2, DurationUnit.WEKEN, realised=1)))
    journey.update(replace(journey.transition("e2"), route=RouteRole.DESIGNED))
    journey.update(replace(journey.transition("e4"), route=RouteRole.LIVED))
    return journey
