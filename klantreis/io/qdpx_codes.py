"""What each code of a REFI-QDA project becomes in a journey: a :class:`CodeTarget` per code
GUID (the ``code_map`` of :func:`~klantreis.io.qdpx_import.plan_qdpx_import`), and the map the
import dialog proposes (:func:`propose_code_map`).

A code can become an existing touchpoint, a new touchpoint in a chosen phase (an existing one
or one made for the import), a tag, a sentiment, the parking lot, or nothing (skipped). Klantreis's
own codes are proposed as what they are (its sentiment codes under "Beleving", tag codes under
"Labels", "Parkeerplaats"), and touchpoint codes ("12. Intake en plan") match the journey's
numbered titles.
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis.graph.route import display_numbers
from klantreis.io.qdpx_project import QdpxCode, QdpxProject
from klantreis.io.refi_qda import NUMBERED, PARKING_CODE, SENTIMENT_GROUP, TAG_GROUP, sentiment_of
from klantreis.messages import message
from klantreis.model.entities import Sentiment
from klantreis.model.journey import Journey

KINDS = ("touchpoint", "new", "tag", "sentiment", "parking", "skip")


@dataclass(frozen=True)
class CodeTarget:
    """What a code becomes: ``kind`` is one of :data:`KINDS`. For "touchpoint" the
    ``touchpoint_id``; for "new" the phase, an existing ``phase_id`` or a new phase named
    ``phase_name``, and the ``title`` ("" for the code's name without its number); for "tag"
    the ``tag`` ("" for the code's name); for "sentiment" the ``sentiment``."""

    kind: str
    touchpoint_id: str | None = None
    phase_id: str | None = None
    phase_name: str = ""
    title: str = ""
    tag: str = ""
    sentiment: Sentiment | None = None

    @classmethod
    def touchpoint(cls, touchpoint_id: str) -> CodeTarget:
        return cls("touchpoint", touchpoint_id=touchpoint_id)

    @classmethod
    def new(cls, phase_id: str | None = None, phase_name: str = "", title: str = "") -> CodeTarget:
        return cls("new", phase_id=phase_id, phase_name=phase_name, title=title)

    @classmethod
    def as_tag(cls, tag: str = "") -> CodeTarget:
        return cls("tag", tag=tag)

    @classmethod
    def as_sentiment(cls, sentiment: Sentiment) -> CodeTarget:
        return cls("sentiment", sentiment=sentiment)

    @classmethod
    def parking(cls) -> CodeTarget:
        return cls("parking")

    @classmethod
    def skip(cls) -> CodeTarget:
        return cls("skip")

    @property
    def places(self) -> bool:
        """Whether a quote coded with it goes to a touchpoint or the parking lot."""
        return self.kind in ("touchpoint", "new", "parking")


def title_of(code: QdpxCode) -> str:
    """A code's name without the number in front ("12. Intake en plan" -> "Intake en plan")."""
    match = NUMBERED.match(code.name)
    return (match.group(2) if match else code.name).strip()[:300] or code.guid


def mappable_codes(project: QdpxProject) -> tuple[QdpxCode, ...]:
    """The codes a selection can carry, in file order: those that can be coded, and any other
    that a selection carries all the same."""
    used = {g for source in project.sources for s in source.selections for g in s.codes}
    return tuple(c for c in project.codes.values() if c.codable or c.guid in used)


def own_target(project: QdpxProject, code: QdpxCode) -> CodeTarget | None:
    """What one of Klantreis's own codes stands for (a sentiment under "Beleving", a tag under
    "Labels", the parking lot "Parkeerplaats", at the top of the tree); None for any other
    code. Recognised by that structure in any project, so a Klantreis export that went through
    another program (which writes its own ``origin``) comes back the same."""
    parent = project.codes.get(code.parent) if code.parent else None
    if parent is not None and parent.parent is None and parent.name == SENTIMENT_GROUP:
        sentiment = sentiment_of(code.name)
        if sentiment is not None:
            return CodeTarget.as_sentiment(sentiment)
    if parent is not None and parent.parent is None and parent.name == TAG_GROUP and not code.children:
        return CodeTarget.as_tag(code.name)
    if parent is None and code.name == PARKING_CODE and not code.children:
        return CodeTarget.parking()
    return None


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def matching_touchpoint(journey: Journey, code: QdpxCode) -> str | None:
    """The touchpoint a code names: by its numbered title ("12. Intake en plan"), else by its
    title when only one touchpoint has it."""
    numbers = display_numbers(journey)
    numbered = {_key(f"{numbers[tp.id]}. {tp.title}"): tp.id for tp in journey.touchpoints}
    if _key(code.name) in numbered:
        return numbered[_key(code.name)]
    title = _key(title_of(code))
    found = [tp.id for tp in journey.touchpoints if _key(tp.title) == title]
    return found[0] if len(found) == 1 else None


def phase_for(journey: Journey, project: QdpxProject, code: QdpxCode) -> CodeTarget:
    """A new touchpoint for ``code``: in the journey's phase named like the code's parent, else
    in a new phase with the parent's name (or "Geïmporteerd" for a code at the top)."""
    parent = project.codes.get(code.parent) if code.parent else None
    name = parent.name.strip() if parent is not None and parent.name.strip() else message(
        "qdpx_imported_phase")
    phase = next((p for p in journey.phases if _key(p.name) == _key(name)), None)
    return CodeTarget.new(phase.id if phase is not None else None, "" if phase else name[:200])


def propose_code_map(journey: Journey, project: QdpxProject) -> dict[str, CodeTarget]:
    """A target for every mappable code: Klantreis's own codes as what they are; a code that
    names a touchpoint of the journey that touchpoint; any other a new touchpoint in the phase
    of its parent code (:func:`phase_for`)."""
    proposal = {}
    for code in mappable_codes(project):
        target = own_target(project, code)
        if target is None:
            found = matching_touchpoint(journey, code)
            target = CodeTarget.touchpoint(found) if found else phase_for(journey, project, code)
        proposal[code.guid] = target
    return proposal
