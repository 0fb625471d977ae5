"""The Raalte example with a toetsingskader and indicators, made for the tests of the Indicatoren
and Toetsingskader docks and the inspector (journeys/raalte-2021.json has none of its own here),
and the check every command of those docks passes: one undo step, saved, undo and redo exact."""

from __future__ import annotations

from dataclasses import replace

from klantreis.io import interchange
from klantreis.model.entities import RouteRole
from klantreis.model.norms import Indicator, Norm, Question, Reference
from klantreis.store import Project
from tests.conftest import RAALTE_JSON
from tests.ui.helpers import on_disk, state

INDICATORS = (
    Indicator("i-plan", "% plan van aanpak binnen termijn", target=90.0, realised=74.0,
              measured_on="2020", source="Monitor inburgering", touchpoint_ids=("tp-c4",)),
    Indicator("i-wacht", "Wachttijd eerste gesprek", unit="dagen", target=30.0, realised=35.5,
              touchpoint_ids=("tp-b1", "tp-c3"), lower_is_better=True),
    Indicator("i-werk", "Uitstroom naar werk binnen 3 jaar", target=40.0),
    Indicator("i-taal", "% B1 gehaald", target=50.0, realised=62.0, touchpoint_ids=("tp-c4",)),
)
QUESTIONS = (
    Question("v-beleid", "1", "Heeft de gemeente een helder beleid voor statushouders?", "Beleid"),
    Question("v-regie", "2", "Voert de gemeente regie op de uitvoering?", "Regie op de uitvoering"),
    Question("v-doelen", "3", "Zijn de doelen meetbaar?", "Beleid"),
)
NORMS = (
    Norm("n-plan", "v-beleid", "Er is een actueel beleidsplan.", touchpoint_ids=("tp-c4",),
         quote_ids=("q-u01",)),
    Norm("n-doelen", "v-beleid", "Het beleid heeft meetbare doelen.", indicator_ids=("i-plan",)),
    Norm("n-regie", "v-regie", "De gemeente stuurt op de termijnen.",
         indicator_ids=("i-plan", "i-wacht"),
         documents=(Reference("Thuis in Raalte?", "r. 1721-1727"),)),
)


def raalte_with_framework(path):
    """A project file at ``path``: Raalte with the indicators, deelvragen and norms above, and
    only those (what the example file itself holds of them, deadlines and designed or lived
    steps included, is taken out: the tests know exactly what there is)."""
    journey = interchange.load_json(RAALTE_JSON)
    for kind in ("norm", "question", "indicator"):
        for item in reversed(journey.items(kind)):
            journey.remove(kind, item.id)
    for kind in ("touchpoint", "transition"):
        for item in journey.items(kind):
            plain = replace(item, route=RouteRole.BOTH)
            journey.update(replace(plain, deadline=None) if kind == "touchpoint" else plain)
    for item in (*INDICATORS, *QUESTIONS, *NORMS):
        journey.add(item)
    Project.create(path, journey).close()
    return path


def judging_desk(qtbot, tmp_path, *names: str):
    """Raalte with the toetsingskader on a desk with the docks ``names`` placed as the window
    places them, before the window shows (as Desk.docks does): "inspector", "quotes",
    "respondents" and "norms" tabbed on the right in that order, the first in front;
    "indicators" at the bottom. "norms" and "indicators" come from AssessmentDocks (wired to
    the inspector and the Citaten dock when those are there: ``desk.judging``)."""
    from PySide6.QtCore import Qt

    from klantreis.ui.assessment_docks import AssessmentDocks
    from klantreis.ui.inspector import InspectorDock
    from klantreis.ui.quotes_dock import QuotesDock
    from klantreis.ui.respondents_dock import RespondentsDock
    from tests.ui.helpers import Desk

    desk = Desk(qtbot, raalte_with_framework(tmp_path / "raalte.klantreis"))
    make = {"inspector": InspectorDock, "quotes": QuotesDock, "respondents": RespondentsDock}
    for name in names:
        if name in make:
            setattr(desk, name, make[name](desk.workspace, desk.canvas, desk.host))
    desk.judging = AssessmentDocks(desk.workspace, desk.canvas, desk.host,
                                   inspector=getattr(desk, "inspector", None),
                                   quotes=getattr(desk, "quotes", None))
    desk.norms, desk.indicators = desk.judging.norms, desk.judging.indicators
    desk.host.addActions(list(desk.judging.actions.values()))
    right, tabbed = Qt.DockWidgetArea.RightDockWidgetArea, []
    for name in names:
        dock = getattr(desk, name)
        if name == "indicators":
            desk.host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            continue
        desk.host.addDockWidget(right, dock)
        if tabbed:
            desk.host.tabifyDockWidget(tabbed[-1], dock)
        tabbed.append(dock)
    for unused in {"norms", "indicators"} - set(names):
        getattr(desk, unused).hide()
    if tabbed:
        tabbed[0].raise_()
    desk.show()
    return desk


def one_step(desk, action, undo_text: str | None = None):
    """Run ``action`` (as a user does it) and check it made exactly one undo step, saved at
    once; undo gives back the model and the file as they were, redo the result. Returns the
    result of ``action``."""
    stack = desk.document.undo_stack
    before, index = state(desk), stack.index()
    result = action()
    assert stack.index() == index + 1 == stack.count(), "one command is one undo step"
    if undo_text is not None:
        assert stack.undoText() == undo_text
    after = state(desk)
    assert after != before and on_disk(desk) == after
    desk.undo_action.trigger()
    assert state(desk) == before == on_disk(desk)
    desk.redo_action.trigger()
    assert state(desk) == after == on_disk(desk)
    return result


def unchanged(desk, action) -> None:
    """Run ``action`` and check it changed nothing: no step, the model and the file as before."""
    stack = desk.document.undo_stack
    before, count, index = state(desk), stack.count(), stack.index()
    action()
    assert (stack.count(), stack.index()) == (count, index)
    assert state(desk) == before == on_disk(desk)
