"""The designed route beside the lived route: comparing a journey with a design (a template
such as journeys/wet-inburgering-2021.json, or any project) as one edit, one undo step.

With the matches of :mod:`klantreis.graph.design_match` (proposed, perhaps corrected by the
user), :func:`compare` works out the edit that

- marks the journey's touchpoints that match a design step "beide" (designed and lived), and
  those that match none "praktijk" (lived only: the design does not have them);
- adds the design steps that match no touchpoint as "ontwerp" (designed only), with new ids, in
  the journey's phase of the same name, else in the phase of their nearest neighbour on the
  design's route (the step before, else the step after), else in the phase at the same place in
  the order; on a free spot of that phase (when the journey's cards have places; the ones that
  had none keep the place they are shown at). The design's actors of those steps are the
  journey's actors of the same id or name, or added;
- marks the design's transitions between those steps "beide" where the journey has that
  transition and adds them as "ontwerp" where it does not; the journey's own transitions that
  the design lacks become "praktijk";
- copies the design steps' deadlines onto the matched touchpoints that have none.

What the user marked stays: a touchpoint or transition that is "ontwerp" (added by an earlier
comparison) is never made "beide" or "praktijk". So comparing again with the same design changes
nothing: the added steps are found again by their titles. The edit is worked out on a copy of
the journey: the journey itself is not touched (the document applies the edit).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from klantreis.graph import layout
from klantreis.graph import route as journey_graph
from klantreis.graph.design_match import Proposal, design_steps, fold, propose
from klantreis.model.diff import copy_of
from klantreis.model.edits import Edit, Insert, Sequence, Update
from klantreis.model.entities import (
    Actor,
    Phase,
    RouteRole,
    Touchpoint,
    Transition,
    TransitionKind,
    new_id,
)
from klantreis.model.journey import Journey

CODE = "edit_compare_design"


@dataclass(frozen=True)
class Comparison:
    """The edit (one undo step) and what it does, for the status line."""

    edit: Sequence
    both: int  # journey touchpoints marked (or kept) "beide"
    lived: int  # journey touchpoints marked (or kept) "praktijk"
    added: int  # design steps added as "ontwerp"
    added_transitions: int
    added_actors: int
    deadlines: int  # deadlines copied onto matched touchpoints

    @property
    def empty(self) -> bool:
        """Nothing to change: the journey is compared with this design already."""
        return not self.edit.edits


def compare(journey: Journey, design: Journey, proposal: Proposal | None = None) -> Comparison:
    """The edit that marks ``journey`` against ``design`` (see the module's description);
    ``proposal`` defaults to :func:`klantreis.graph.design_match.propose`."""
    if proposal is None:
        proposal = propose(journey, design)
    return _Comparer(journey, design, proposal).run()


class _Comparer:
    def __init__(self, journey: Journey, design: Journey, proposal: Proposal) -> None:
        self.journey = journey
        self.design = design
        self.work = copy_of(journey)
        self.edits: list[Edit] = []
        steps = design_steps(design)
        self.steps = {tp.id: tp for tp in steps}
        pairs = proposal.pairs()
        # design step id -> the journey's touchpoint id (matched, or added below)
        self.where: dict[str, str] = {d: j for d, j in pairs.items() if d in self.steps}
        self.counts = dict.fromkeys(("both", "lived", "added", "added_transitions",
                                     "added_actors", "deadlines"), 0)
        self.placed = False  # whether the journey's cards have places (then the new ones too)

    def _run(self, edit: Edit) -> None:
        edit.apply(self.work)  # (on the copy: the steps must go in this order)
        self.edits.append(edit)

    def run(self) -> Comparison:
        self._mark_touchpoints()
        self._add_steps()
        self._transitions()
        return Comparison(Sequence(self.edits, CODE), **self.counts)

    # ------------------------------------------------------------------ touchpoints

    def _mark_touchpoints(self) -> None:
        """Route and deadline of the journey's own touchpoints; places for the cards that had
        none, when others have one (so the added cards find free spots that stay free)."""
        journey = self.journey
        matched = {j: d for d, j in self.where.items()}
        placed = any(tp.position is not None for tp in journey.touchpoints)
        shown = layout.positions_for(journey) if placed else {}
        for tp in journey.touchpoints:
            new = tp
            step = self.steps.get(matched[tp.id]) if tp.id in matched else None
            if step is not None:
                if tp.route == RouteRole.LIVED:
                    new = replace(new, route=RouteRole.BOTH)
                if tp.deadline is None and step.deadline is not None:
                    new = replace(new, deadline=step.deadline)
                    self.counts["deadlines"] += 1
            elif tp.route == RouteRole.BOTH:
                new = replace(new, route=RouteRole.LIVED)
            if placed and tp.position is None:
                x, y = shown[tp.id]
                new = replace(new, x=round(x, 1), y=round(y, 1))
            if new.route == RouteRole.BOTH:
                self.counts["both"] += 1
            elif new.route == RouteRole.LIVED:
                self.counts["lived"] += 1
            if new != tp:
                self._run(Update(new))
        self.placed = placed

    def _add_steps(self) -> None:
        """The design steps without a match, in the design's route order, so each finds the
        step before it already placed."""
        order = journey_graph.journey_route(self.design).order
        for step_id in order:
            if step_id in self.steps and step_id not in self.where:
                self._add_step(self.steps[step_id])

    def _add_step(self, step: Touchpoint) -> None:
        before = self._neighbour(step.id, before=True)
        phase_id = self._phase_for(step, before)
        position = (None, None)
        if self.placed:
            after = before if before is not None and \
                self.work.touchpoint(before).phase_id == phase_id else None
            position = layout.free_spot(self.work, phase_id, after=after)
        actors = tuple(self._actor_for(a) for a in step.actor_ids)
        tp = Touchpoint(
            new_id(), step.title, phase_id, tuple(dict.fromkeys(actors)), step.description,
            step.channel, step.kind, step.norm, step.matters, x=position[0], y=position[1],
            route=RouteRole.DESIGNED, deadline=step.deadline)
        self._run(Insert(tp))
        self.where[step.id] = tp.id
        self.counts["added"] += 1

    def _neighbour(self, step_id: str, *, before: bool) -> str | None:
        """The journey's touchpoint of the design step just before ``step_id`` on the design's
        route (or just after it), where there is one already."""
        for tr in self.design.transitions:
            if tr.kind == TransitionKind.TERUGKEER or tr.route == RouteRole.LIVED:
                continue
            ends = (tr.target_id, tr.source_id) if before else (tr.source_id, tr.target_id)
            if ends[0] == step_id and ends[1] in self.where:
                return self.where[ends[1]]
        return None

    def _phase_for(self, step: Touchpoint, before: str | None) -> str:
        """The journey's phase of the same name; else the phase of the neighbour before (or
        after); else the phase at the same place in the order (a journey without phases gets
        the design's)."""
        work, design = self.work, self.design
        name = fold(design.phase(step.phase_id).name)
        for phase in work.phases:
            if fold(phase.name) == name:
                return phase.id
        neighbour = before or self._neighbour(step.id, before=False)
        if neighbour is not None:
            return work.touchpoint(neighbour).phase_id
        if not work.phases:
            for phase in design.phases:
                taken = work.find("phase", phase.id) is not None
                self._run(Insert(Phase(new_id() if taken else phase.id, phase.name,
                                       phase.description, phase.colour)))
            return self._phase_for(step, before)
        index = design.index_of("phase", step.phase_id)
        share = index / max(1, design.count("phase") - 1)
        return work.phases[round(share * (work.count("phase") - 1))].id

    def _actor_for(self, actor_id: str) -> str:
        """The journey's actor of the same id, else of the same name, else a copy (added)."""
        work = self.work
        if work.find("actor", actor_id) is not None:
            return actor_id
        actor = self.design.actor(actor_id)
        for mine in work.actors:
            if fold(mine.name) == fold(actor.name):
                return mine.id
        self._run(Insert(Actor(actor.id, actor.name, actor.kind, actor.colour)))
        self.counts["added_actors"] += 1
        return actor.id

    # ------------------------------------------------------------------ transitions

    def _transitions(self) -> None:
        work = self.work
        wanted: dict[tuple[str, str], Transition] = {}
        for tr in self.design.transitions:
            if tr.route == RouteRole.LIVED or tr.source_id not in self.where \
                    or tr.target_id not in self.where:
                continue
            key = (self.where[tr.source_id], self.where[tr.target_id])
            if key[0] != key[1]:
                wanted.setdefault(key, tr)
        existing = {(t.source_id, t.target_id): t for t in work.transitions}
        for t in work.transitions:
            key = (t.source_id, t.target_id)
            if key in wanted and t.route == RouteRole.LIVED:
                self._run(Update(replace(t, route=RouteRole.BOTH)))
            elif key not in wanted and t.route == RouteRole.BOTH:
                self._run(Update(replace(t, route=RouteRole.LIVED)))
        for key, tr in wanted.items():
            if key not in existing:
                self._run(Insert(Transition(new_id(), *key, tr.kind, tr.label,
                                            route=RouteRole.DESIGNED)))
                self.counts["added_transitions"] += 1
