"""Which step of a journey is which step of a design (a template such as the Wet inburgering
2021, or another project): the proposal that the comparison with a design starts from
(:mod:`klantreis.graph.design`), and that the user corrects before it is applied.

Each step of the design's route (its touchpoints that are not "praktijk" only) is matched with
at most one touchpoint of the journey, and each touchpoint of the journey with at most one
design step:

1. by id, where the journey was made from the design (a template keeps its ids);
2. by title, folded (case, accents and white space do not count);
3. by a near title: the similarity of two titles is the mean of difflib's ratio of the folded
   titles and how much their words (without the small words "de", "van", ...) overlap: the
   mean of the Dice coefficient and the share of the shorter title's words in the other.
   Pairs of at least :data:`MIN_SCORE` are matched best first. The score is kept, so a view
   can show the doubtful ones (below :data:`SURE`).

No Qt; a proposal is a frozen value, corrected with :meth:`Proposal.choose`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, replace

from klantreis.model.entities import RouteRole, Touchpoint
from klantreis.model.journey import Journey

MIN_SCORE = 0.7  # a near title below this is no match
SURE = 0.9  # a near title below this is doubtful: the view asks the user to look

# how a design step was matched
BY_ID = "id"
BY_TITLE = "title"
NEAR = "near"  # a near title
CHOSEN = "chosen"  # the user chose the journey's touchpoint
NONE = "none"  # no match: the step is added to the journey as designed only

SMALL_WORDS = frozenset((
    "de", "het", "een", "en", "of", "van", "in", "op", "aan", "bij", "met", "naar", "voor", "door",
    "na", "om", "te", "tot", "uit", "als", "the", "a", "an", "and", "to", "at", "by", "for", "with"))


def fold(text: str) -> str:
    """``text`` compared as a title: lower case, without accents, white space as one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def _words(folded: str) -> set[str]:
    return {w for w in re.findall(r"\w+", folded) if len(w) > 1 and w not in SMALL_WORDS}


def similarity(a: str, b: str) -> float:
    """How alike two titles are, 0..1 (1: the same title, folded)."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return 1.0
    ratio = difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio()
    wa, wb = _words(fa), _words(fb)
    if not wa or not wb:
        return round(ratio, 4)
    common = len(wa & wb)
    dice = 2 * common / (len(wa) + len(wb))
    overlap = common / min(len(wa), len(wb))  # (a title that adds words to the other's)
    return round((ratio + (dice + overlap) / 2) / 2, 4)


@dataclass(frozen=True)
class Match:
    """A design step and the journey's touchpoint it is (None: none, it is added as designed
    only), how that was found and the similarity of their titles."""

    design_id: str
    journey_id: str | None
    how: str
    score: float

    @property
    def doubtful(self) -> bool:
        """A near title that is not quite sure: the user should look at it."""
        return self.how == NEAR and self.score < SURE


@dataclass(frozen=True)
class Proposal:
    """One match per design step, in the design's order."""

    matches: tuple[Match, ...]

    def match(self, design_id: str) -> Match:
        for match in self.matches:
            if match.design_id == design_id:
                return match
        raise KeyError(design_id)

    def pairs(self) -> dict[str, str]:
        """Design step id -> journey touchpoint id, for the matched steps."""
        return {m.design_id: m.journey_id for m in self.matches if m.journey_id is not None}

    def count(self, how: str) -> int:
        return sum(1 for m in self.matches if m.how == how)

    @property
    def doubtful(self) -> tuple[Match, ...]:
        return tuple(m for m in self.matches if m.doubtful)

    def choose(self, design_id: str, journey_id: str | None, score: float = 0.0) -> Proposal:
        """The user's correction: ``design_id`` is ``journey_id`` (None: no step of the
        journey, add it as designed only). Another design step that had that touchpoint lets
        go of it (a touchpoint is one design step at most)."""
        current = self.match(design_id)
        if current.journey_id == journey_id:
            return self
        matches = []
        for match in self.matches:
            if match.design_id == design_id:
                match = (Match(design_id, journey_id, CHOSEN, score) if journey_id is not None
                         else Match(design_id, None, NONE, 0.0))
            elif journey_id is not None and match.journey_id == journey_id:
                match = replace(match, journey_id=None, how=NONE, score=0.0)
            matches.append(match)
        return Proposal(tuple(matches))


def design_steps(design: Journey) -> tuple[Touchpoint, ...]:
    """The steps of the design's route: its touchpoints, without those it marks as lived only."""
    return tuple(tp for tp in design.touchpoints if tp.route != RouteRole.LIVED)


def propose(journey: Journey, design: Journey) -> Proposal:
    """The proposed match of every design step (see the module's description)."""
    steps = design_steps(design)
    found: dict[str, Match] = {}
    taken: set[str] = set()
    for step in steps:  # 1. the same id
        same = journey.find("touchpoint", step.id)
        if same is not None:
            found[step.id] = Match(step.id, step.id, BY_ID, similarity(step.title, same.title))
            taken.add(step.id)
    by_title: dict[str, list[str]] = {}
    for tp in journey.touchpoints:
        if tp.id not in taken:
            by_title.setdefault(fold(tp.title), []).append(tp.id)
    for step in steps:  # 2. the same title, folded (the first free one of that title)
        if step.id in found:
            continue
        free = [tp_id for tp_id in by_title.get(fold(step.title), ()) if tp_id not in taken]
        if free:
            found[step.id] = Match(step.id, free[0], BY_TITLE, 1.0)
            taken.add(free[0])
    # 3. near titles, the most alike pairs first (ties: design order, then journey order)
    rest = [tp for tp in journey.touchpoints if tp.id not in taken]
    pairs = []
    for d_index, step in enumerate(steps):
        if step.id in found:
            continue
        for j_index, tp in enumerate(rest):
            score = similarity(step.title, tp.title)
            if score >= MIN_SCORE:
                pairs.append((-score, d_index, j_index, step.id, tp.id))
    for minus_score, _, _, step_id, tp_id in sorted(pairs):
        if step_id not in found and tp_id not in taken:
            found[step_id] = Match(step_id, tp_id, NEAR, -minus_score)
            taken.add(tp_id)
    return Proposal(tuple(found.get(step.id) or Match(step.id, None, NONE, 0.0) for step in steps))


def candidates(journey: Journey, step: Touchpoint) -> list[tuple[str, float]]:
    """Every touchpoint of the journey with the similarity of its title to ``step``'s, most
    alike first (ties in the journey's order): what a user chooses from."""
    scored = [(tp.id, 1.0 if tp.id == step.id else similarity(step.title, tp.title))
              for tp in journey.touchpoints]
    order = {tp_id: i for i, (tp_id, _) in enumerate(scored)}
    return sorted(scored, key=lambda pair: (-pair[1], order[pair[0]]))
