"""Shared test set-up: Qt offscreen, a private data folder, and small journeys to work on."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KLANTREIS_DATA_DIR"] = tempfile.mkdtemp(prefix="klantreis-test-data-")
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="klantreis-test-config-"))
os.environ.setdefault("RL_shapeChecking", "1")  # reportlab checks the shapes we draw (see exports)

import pytest  # noqa: E402

from klantreis.model.entities import (  # noqa: E402
    Actor,
    ActorKind,
    Group,
    JourneyInfo,
    Perspective,
    Phase,
    Quote,
    Respondent,
    Score,
    Sentiment,
    Touchpoint,
    Transition,
    TransitionKind,
    Translator,
)
from klantreis.model.journey import Journey  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
RAALTE_JSON = REPO / "journeys" / "raalte-2021.json"
TEMPLATE_JSON = REPO / "journeys" / "wet-inburgering-2021.json"
EXAMPLES = [RAALTE_JSON, TEMPLATE_JSON]


def make_small_journey() -> Journey:
    """Two phases, a branch, a loop, a group with a respondent, quotes in three scripts."""
    j = Journey(JourneyInfo(title="Kleine reis", created="2024-01-01T10:00:00",
                            modified="2024-01-02T10:00:00"))
    j.add(Phase("pa", "Aankomst", colour="#DCEBF7"))
    j.add(Phase("pb", "Inburgering", colour="#FCE8D5"))
    j.add(Actor("ag", "Gemeente", ActorKind.GEMEENTE))
    j.add(Actor("av", "VluchtelingenWerk", ActorKind.VLUCHTELINGENWERK))
    j.add(Touchpoint("t1", "Inschrijving", "pa", ("ag",)))
    j.add(Touchpoint("t2", "Intake", "pa", ("ag", "av"), bottleneck=True))
    j.add(Touchpoint("t3", "B1-route", "pb", ("av",)))
    j.add(Touchpoint("t4", "Z-route", "pb", ("av",)))
    j.add(Transition("e1", "t1", "t2"))
    j.add(Transition("e2", "t2", "t3", TransitionKind.VERTAKKING, "B1"))
    j.add(Transition("e3", "t2", "t4", TransitionKind.VERTAKKING, "Z", share=20.0))
    j.add(Transition("e4", "t4", "t2", TransitionKind.TERUGKEER, "wissel"))
    j.add(Group("g1", "Focusgroep 1", Perspective.CLIENT, languages=("ar",)))
    j.add(Respondent("r1", "R1", "g1", (("leeftijdsklasse", "30-40"),)))
    j.add(Quote("q1", "في السنة الأولى تواصلت مع المستشار مرة واحدة فقط.", "ar",
                "In het eerste jaar had ik maar één keer contact met de consulent.",
                Translator.TOLK, "t2", "r1", "g1", Perspective.CLIENT, Sentiment.NEGATIVE,
                tags=("taal",)))
    j.add(Quote("q2", "ሰላም፡ ትምህርቲ ቋንቋ ኣዝዩ ከቢድ እዩ።", "ti", "Hallo, de taalles is erg moeilijk.",
                Translator.ONDERZOEKER, "t3", sentiment=Sentiment.VERY_NEGATIVE))
    j.add(Quote("q3", "Nog niet geplaatst", sentiment=Sentiment.MIXED))
    j.add(Score("s1", "t2", -1, respondent_id="r1"))
    return j


@pytest.fixture
def small_journey() -> Journey:
    return make_small_journey()


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run the long tests marked slow (e.g. 50 crash kills)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow") or os.environ.get("KLANTREIS_SLOW_TESTS"):
        return
    skip = pytest.mark.skip(reason="long run: give --slow (or KLANTREIS_SLOW_TESTS=1)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
