"""Journeys to compare with a design, for the tests of the domain and of the UI: parts of the
Raalte klantreis (copied here: the example file is still growing) and the Wet inburgering 2021
template with deadlines on three of its steps."""

from __future__ import annotations

from dataclasses import replace

from klantreis.graph import layout
from klantreis.io.interchange import load_json
from klantreis.model.entities import (
    Actor,
    ActorKind,
    Deadline,
    DurationUnit,
    JourneyInfo,
    Phase,
    Touchpoint,
    Transition,
    TransitionKind,
)
from klantreis.model.journey import Journey
from tests.conftest import TEMPLATE_JSON

PIP_TERM = Deadline(8, DurationUnit.WEKEN, "vestiging", "Wet inburgering 2021")
REGISTRATION_TERM = Deadline(36, DurationUnit.MAANDEN, "inschrijving", "Wi2021", realised=39)
PVT_TERM = Deadline(18, DurationUnit.MAANDEN, "vestiging", "Wi2021 art. 7")


def raalte_like() -> Journey:
    """Parts of the Raalte klantreis (phases, actors, steps and arrows as in the example), and a
    step made from the template (its id kept, its title changed) and two with its titles written
    otherwise."""
    j = Journey(JourneyInfo(title="Klantreis inburgering statushouders Raalte"))
    j.add(Phase("ph-a", "Vóór Raalte"))
    j.add(Phase("ph-c", "Vestiging en begeleiding"))
    j.add(Phase("ph-d", "Leerroute  en PARTICIPATIE"))  # the template's phase name, written otherwise
    j.add(Actor("ac-gemeente", "Gemeente Raalte", ActorKind.GEMEENTE))
    j.add(Actor("ac-vwn-raalte", "VluchtelingenWerk", ActorKind.VLUCHTELINGENWERK))
    j.add(Actor("ac-duo", "DUO", ActorKind.DUO))
    own = (("tp-a3", "Taakstelling en koppeling aan een gemeente", "ph-a", 40.0),
           ("tp-c1", "Inschrijving bij de gemeente", "ph-c", 40.0),  # near: "in de" -> "bij de"
           ("tp-c3", "Maatschappelijke begeleiding door VWN (VIP-18)", "ph-c", 188.0),
           ("tp-pip", "Plan van aanpak (PIP) opstellen", "ph-c", 40.0),  # made from the template
           ("tp-keuze-r", "keuze   LEERROUTE", "ph-d", 40.0),  # the same title, folded
           ("tp-ontz", "Ontzorgen: gemeente betaalt váste lasten", "ph-c", 40.0),  # an accent
           ("tp-d2", "DUO-lening aanvragen", "ph-d", 40.0))  # not in the design
    x = {"ph-a": 210.0, "ph-c": 210.0, "ph-d": 210.0}
    for tp_id, title, phase, y in own:
        j.add(Touchpoint(tp_id, title, phase, ("ac-gemeente",), x=x[phase], y=y))
        x[phase] += layout.COL_W
    j.update(replace(j.touchpoint("tp-pip"), deadline=PIP_TERM))
    j.update(replace(j.touchpoint("tp-c3"), actor_ids=("ac-vwn-raalte",)))
    for source, target, kind in (("tp-a3", "tp-c1", TransitionKind.OVERDRACHT),
                                 ("tp-c1", "tp-pip", TransitionKind.VOLGENDE),
                                 ("tp-c1", "tp-c3", TransitionKind.PARALLEL),
                                 ("tp-pip", "tp-keuze-r", TransitionKind.VOLGENDE),
                                 ("tp-keuze-r", "tp-d2", TransitionKind.VOLGENDE)):
        j.add(Transition(f"tr-{source}-{target}", source, target, kind))
    return j


def wi2021() -> Journey:
    """The template, with deadlines on three of its steps."""
    design = load_json(TEMPLATE_JSON)
    for tp_id, term in (("tp-pip", Deadline(6, DurationUnit.WEKEN)),
                        ("tp-inschrijving", REGISTRATION_TERM), ("tp-pvt-map", PVT_TERM)):
        design.update(replace(design.touchpoint(tp_id), deadline=term))
    return design


PIP_INDICATOR_ID = "i-pva-binnen-termijn"


def compared() -> Journey:
    """The journey like Raalte's compared with the template (one step of each kind: both,
    lived only, designed only; a deadline exceeded, one without its realised duration), and an
    indicator below its target on the PIP."""
    from klantreis.graph.design import compare
    from klantreis.model.entities import Indicator

    journey = raalte_like()
    compare(journey, wi2021()).edit.apply(journey)
    journey.add(Indicator(PIP_INDICATOR_ID, "% plan van aanpak binnen termijn", "%", 90, 74,
                          touchpoint_ids=("tp-pip",)))
    return journey


def titled(journey: Journey, title: str):
    return next(tp for tp in journey.touchpoints if tp.title == title)
