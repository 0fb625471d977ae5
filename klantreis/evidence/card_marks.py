"""What a card (and a row of the two-worlds view) shows of the designed route and the norms: the
step's place in the designed or lived route, its deadline against the realised duration, and
the indicator that measures it with the worst gap. Texts in the language of the messages; no
Qt.

- route: "ontwerp" for a step only in the design, "praktijk" for a step only in practice,
  nothing for a step in both;
- deadline: "norm 36 mnd · werkelijk 39 mnd" (exceeded when the realised duration is longer),
  "norm 18 mnd" while the realised duration is not known;
- indicator: of the indicators that measure the step and have a target and a realised value,
  the one furthest below its target (relative to the target; higher is taken as better).
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis.messages import language, message
from klantreis.model import derived
from klantreis.model.entities import Deadline, Indicator, RouteRole, Touchpoint
from klantreis.model.journey import Change, Journey
from klantreis.model.norms import PERCENT


@dataclass(frozen=True)
class DeadlineMark:
    text: str  # "norm 36 mnd · werkelijk 39 mnd"
    exceeded: bool
    tooltip: str  # the same in full: the unit written out, where it counts from, the source


@dataclass(frozen=True)
class IndicatorMark:
    name: str
    target: float
    realised: float
    text: str  # "74% / 90%": realised against the target
    below: bool  # realised below the target
    tooltip: str


def number(value: float) -> str:
    """A number as the language writes it: 36, 1,5 (Dutch) or 1.5 (English)."""
    text = f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return text.replace(".", ",") if language() == "nl" else text


def route_label(role: RouteRole) -> str:
    """"ontwerp" (designed only), "praktijk" (lived only), or "" (both)."""
    if role == RouteRole.DESIGNED:
        return message("design_mark_designed")
    if role == RouteRole.LIVED:
        return message("design_mark_lived")
    return ""


def route_description(role: RouteRole) -> str:
    """The route role in a sentence, for a tooltip."""
    return message({RouteRole.DESIGNED: "design_only_designed", RouteRole.LIVED: "design_only_lived",
                    RouteRole.BOTH: "design_both"}[role])


def deadline_mark(deadline: Deadline | None) -> DeadlineMark | None:
    if deadline is None:
        return None
    unit = message(f"design_unit_{deadline.unit.value}")
    text = message("design_norm", amount=number(deadline.amount), unit=unit)
    full = message(f"design_unit_full_{deadline.unit.value}")
    tooltip = message("design_norm", amount=number(deadline.amount), unit=full)
    if deadline.counted_from:
        tooltip += " " + message("design_counted_from", start=deadline.counted_from)
    if deadline.realised is not None:
        realised = message("design_realised", amount=number(deadline.realised), unit=unit)
        text += f" · {realised}"
        tooltip += " · " + message("design_realised", amount=number(deadline.realised), unit=full)
        if deadline.realised_note:
            tooltip += f" ({deadline.realised_note})"
        if deadline.exceeded:
            tooltip += " · " + message("design_exceeded")
    if deadline.source:
        tooltip += "\n" + message("design_source", source=deadline.source)
    return DeadlineMark(text, deadline.exceeded, tooltip)


def _value(value: float, unit: str) -> str:
    unit = unit.strip()
    if unit == PERCENT:
        return f"{number(value)}%"
    return f"{number(value)} {unit}" if unit else number(value)


def _relative_shortfall(indicator: Indicator) -> float:
    shortfall = indicator.shortfall
    return shortfall / abs(indicator.target) if indicator.target else shortfall


def worst_indicator(indicators) -> Indicator | None:
    """The indicator furthest behind its target (relative to it, in its direction: below for a
    share, above for a duration that is better lower), of those with a target and a realised
    value; ties: the first."""
    measured = [i for i in indicators if i.shortfall is not None]
    return max(measured, key=_relative_shortfall) if measured else None


def indicator_mark(indicators) -> IndicatorMark | None:
    worst = worst_indicator(indicators)
    if worst is None:
        return None
    text = f"{_value(worst.realised, worst.unit)} / {_value(worst.target, worst.unit)}"
    tooltip = message("design_indicator", name=worst.name,
                      realised=_value(worst.realised, worst.unit),
                      target=_value(worst.target, worst.unit))
    if worst.measured_on:
        tooltip += f" ({worst.measured_on})"
    return IndicatorMark(worst.name, worst.target, worst.realised, text,
                         worst.behind, tooltip)


def _forget(values: dict, change: Change) -> None:
    if change.kind == "indicator":
        values.clear()


def indicators_of(journey: Journey, touchpoint_id: str) -> tuple[Indicator, ...]:
    """The indicators that measure the touchpoint, in the journey's order (worked out once per
    state of the indicators)."""
    table = derived.table(journey, "card_marks", _forget)

    def by_touchpoint() -> dict[str, tuple[Indicator, ...]]:
        found: dict[str, list[Indicator]] = {}
        for indicator in journey.indicators:
            for tp_id in dict.fromkeys(indicator.touchpoint_ids):
                found.setdefault(tp_id, []).append(indicator)
        return {tp_id: tuple(items) for tp_id, items in found.items()}

    return derived.remember(table, "by_touchpoint", by_touchpoint).get(touchpoint_id, ())


@dataclass(frozen=True)
class CardMarks:
    """Everything of the designed route and the norms that a card shows."""

    route: RouteRole
    route_label: str
    deadline: DeadlineMark | None
    indicator: IndicatorMark | None

    @property
    def tooltip(self) -> str:
        parts = [route_description(self.route)] if self.route != RouteRole.BOTH else []
        parts += [m.tooltip for m in (self.deadline, self.indicator) if m is not None]
        return "\n".join(parts)


NO_MARKS = CardMarks(RouteRole.BOTH, "", None, None)


def card_marks(journey: Journey, tp: Touchpoint) -> CardMarks:
    indicators = indicators_of(journey, tp.id) if journey.count("indicator") else ()
    if tp.route == RouteRole.BOTH and tp.deadline is None and not indicators:
        return NO_MARKS
    return CardMarks(tp.route, route_label(tp.route), deadline_mark(tp.deadline),
                     indicator_mark(indicators))
