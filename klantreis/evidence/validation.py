"""Findings about a journey: structural errors, warnings and notes (``main.py check``)."""

from __future__ import annotations

from dataclasses import dataclass

from klantreis.graph import route as graph
from klantreis.messages import message
from klantreis.model.enums import Assessment
from klantreis.model.journey import Journey

ERROR, WARNING, INFO = "fout", "waarschuwing", "opmerking"


@dataclass(frozen=True)
class Finding:
    severity: str  # ERROR, WARNING or INFO
    code: str
    text: str
    item_id: str = ""

    def line(self) -> str:
        label = message(f"severity_{self.severity}")
        return f"{label}: {self.text}"


def check_journey(journey: Journey) -> list[Finding]:
    """All findings, errors first, each group in route order."""
    findings: list[Finding] = []
    g = graph.build_graph(journey)
    numbers = graph.display_numbers(journey)

    def name(tp_id: str) -> str:
        return f"{numbers.get(tp_id, '?')}. {journey.touchpoint(tp_id).title}"

    def add(severity: str, code: str, item_id: str = "", **params: object) -> None:
        findings.append(Finding(severity, code, message(code, **params), item_id))

    for tp_id in graph.unreachable(g):
        if tp_id not in graph.isolated(g):
            add(ERROR, "check_unreachable", tp_id, name=name(tp_id))
    for tp_id in graph.isolated(g):
        add(WARNING, "check_isolated", tp_id, name=name(tp_id))
    for tp_id in graph.dead_ends(g):
        add(WARNING, "check_dead_end", tp_id, name=name(tp_id))
    for tp in journey.touchpoints:
        if not tp.actor_ids:
            add(WARNING, "check_no_actor", tp.id, name=name(tp.id))
    for quote in journey.quotes:
        if quote.language != "nl" and not quote.translation.strip():
            add(WARNING, "check_untranslated", quote.id, text=_short(quote.text))
    for phase in journey.phases:
        if not journey.touchpoints_in_phase(phase.id):
            add(INFO, "check_empty_phase", phase.id, name=phase.name)
    parked = sum(1 for q in journey.quotes if q.touchpoint_id is None)
    if parked:
        add(INFO, "check_parked", count=parked)
    for cycle in graph.loops(g):
        add(INFO, "check_loop", cycle[0], names=" → ".join(name(n) for n in cycle))
    for tp in journey.touchpoints:
        if tp.deadline is not None and not tp.deadline.source.strip():
            add(WARNING, "check_deadline_source", tp.id, name=name(tp.id))
    for indicator in journey.indicators:
        if indicator.target is None or indicator.realised is None:
            add(WARNING, "check_indicator_values", indicator.id, name=indicator.name,
                missing=message("check_missing_target" if indicator.target is None
                                else "check_missing_realised"))
    questions = {q.id: q for q in journey.questions}
    for norm in journey.norms:
        number = questions[norm.question_id].number
        if norm.assessment is Assessment.OPEN:
            add(WARNING, "check_norm_open", norm.id, number=number, text=_short(norm.text, 60))
        elif not norm.has_evidence:
            add(WARNING, "check_norm_no_evidence", norm.id, number=number, text=_short(norm.text, 60))
    order = {ERROR: 0, WARNING: 1, INFO: 2}
    return sorted(findings, key=lambda f: order[f.severity])


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
