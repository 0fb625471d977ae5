"""Judging practice against norms, as edits: the indicators, the toetsingskader (deelvragen in
categories, each with its norms) and a norm's assessment, reasoning and evidence (touchpoints,
quotes, indicators, places in documents). Pure functions from the journey and the input to a
:class:`klantreis.model.edits.Edit`, so the app pushes each as one undo step; the entities check
their own fields (InvalidValue naming the field).

Also the reading of what a user types: numbers ("12,5", not "+- 50") and touchpoint numbers
("3, 5-7")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from klantreis.graph import route as graph
from klantreis.model.edits import Edit, Insert, Move, Remove, Sequence, Update
from klantreis.model.entities import new_id
from klantreis.model.enums import Assessment
from klantreis.model.errors import InvalidValue
from klantreis.model.journey import Journey
from klantreis.model.links import norms_using, unlinked
from klantreis.model.norms import Deadline, Indicator, Norm, Question, Reference

# one key per assessment (the Toetsingskader dock): 1-4, and 0 for open
ASSESSMENT_KEYS: dict[str, Assessment] = {
    "1": Assessment.VOLDOET, "2": Assessment.DEELS, "3": Assessment.NIET,
    "4": Assessment.NIET_TE_BEOORDELEN, "0": Assessment.OPEN,
}
KEY_OF_ASSESSMENT: dict[Assessment, str] = {value: key for key, value in ASSESSMENT_KEYS.items()}
EVIDENCE_FIELDS = {"touchpoint": "touchpoint_ids", "quote": "quote_ids", "indicator": "indicator_ids"}

# ----------------------------------------------------------------------------- typed numbers

_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
# "1.500": fifteen hundred (Dutch) or one and a half (English)? ("1,500" is Dutch for 1,5)
_GROUPED = re.compile(r"^[1-9]\d{0,2}\.\d{3}$")


def parse_number(text: str, what: str) -> float | None:
    """What the user typed in a number field: "" -> None; "85", "12,5", "12.5", "74 %" -> a
    float. Anything else ("+- 50", "ca. 40", "1.500") is refused with a Dutch message that
    names the field; the entity checks the range (a percentage above 100, zero ...)."""
    cleaned = " ".join(text.split()).removesuffix("%").strip()
    if not cleaned:
        return None
    if _GROUPED.match(cleaned):
        whole = cleaned.replace(".", "")
        decimal = format_number(float(cleaned.replace(",", ".")))
        raise InvalidValue("number_ambiguous", what=what, value=cleaned, whole=whole,
                           decimal=decimal)
    if not _NUMBER.match(cleaned):
        raise InvalidValue("number_not_understood", what=what, value=text.strip())
    return float(cleaned.replace(",", ".")) + 0.0


def format_number(value: float | None, decimal_point: str = ",") -> str:
    """Short and exact, never with an exponent: 18.0 -> "18", 12.5 -> "12,5" (parse_number
    gives the same float back)."""
    if value is None:
        return ""
    text = format(Decimal(repr(float(value))), "f")
    text = text[:-2] if text.endswith(".0") else text
    return text.replace(".", decimal_point)


# ----------------------------------------------------------------------------- touchpoint numbers

_RANGE = re.compile(r"^(\d+)(?:-(\d+))?$")


def touchpoints_by_number(journey: Journey, text: str) -> tuple[str, ...]:
    """The touchpoints with the route numbers in ``text`` ("3, 5-7"; also spaces or ";"
    between them), in the order typed, each once. A number no card has, or text that is not a
    list of numbers, is refused with a Dutch message."""
    by_number = {number: tp_id for tp_id, number in graph.display_numbers(journey).items()}
    found: list[str] = []
    for part in re.split(r"[,;\s]+", re.sub(r"\s*-\s*", "-", text.strip())):
        if not part:
            continue
        match = _RANGE.match(part)
        if match is None:
            raise InvalidValue("touchpoint_numbers_not_understood", value=text.strip())
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        if last < first or last - first > 500:
            raise InvalidValue("touchpoint_numbers_not_understood", value=text.strip())
        for number in range(first, last + 1):
            if number not in by_number:
                raise InvalidValue("unknown_touchpoint_number", number=number)
            if by_number[number] not in found:
                found.append(by_number[number])
    return tuple(found)


def touchpoint_numbers(journey: Journey, touchpoint_ids) -> str:
    """"3, 5, 6": the route numbers of ``touchpoint_ids``, in route order."""
    numbers = graph.display_numbers(journey)
    return ", ".join(str(n) for n in sorted(numbers[t] for t in touchpoint_ids if t in numbers))


# ----------------------------------------------------------------------------- a touchpoint's deadline


def deadline_with(old: Deadline | None, field: str, value) -> Deadline | None:
    """A touchpoint's deadline with one field changed (the inspector edits one at a time). No
    term (``amount`` None) is no deadline; the other fields need a term first."""
    if field == "amount" and value is None:
        return None
    if old is None:
        if field != "amount":
            raise InvalidValue("deadline_first")
        return Deadline(value)
    return replace(old, **{field: value})


# ----------------------------------------------------------------------------- indicators


def indicators_by_gap(journey: Journey) -> list[Indicator]:
    """The indicators, the one furthest behind its target first (in its direction); those
    without a gap (no target or nothing realised yet) last, in list order."""
    return sorted(journey.indicators,
                  key=lambda i: (i.shortfall is None, -(i.shortfall or 0.0)))


def indicators_of(journey: Journey, touchpoint_id: str) -> list[Indicator]:
    return [i for i in journey.indicators if touchpoint_id in i.touchpoint_ids]


def add_indicator(indicator: Indicator) -> Insert:
    return Insert(indicator, code="edit_add_indicator")


def change_indicator(journey: Journey, indicator: Indicator) -> Update | None:
    """The indicator as edited (same id); None when nothing changed."""
    if journey.get("indicator", indicator.id) == indicator:
        return None
    return Update(indicator, code="edit_change_indicator")


def remove_indicators(journey: Journey, indicator_ids: list[str]) -> Sequence:
    """Delete indicators; norms that cite them let go of them in the same step (undo restores
    the citations)."""
    ordered = sorted(indicator_ids, key=lambda i: journey.index_of("indicator", i), reverse=True)
    return Sequence([Update(n) for n in unlinked(journey, "indicator", ordered)]
                    + [Remove("indicator", i) for i in ordered], "edit_remove_indicator",
                    count=len(ordered))


# ----------------------------------------------------------------------------- the toetsingskader


@dataclass(frozen=True)
class Section:
    """One category of the toetsingskader: its deelvragen in list order, each with its norms."""

    category: str
    questions: tuple[tuple[Question, tuple[Norm, ...]], ...]


def categories(journey: Journey) -> list[str]:
    """The categories in the order of their first deelvraag."""
    return list(dict.fromkeys(q.category for q in journey.questions))


def framework(journey: Journey) -> list[Section]:
    norms: dict[str, list[Norm]] = {q.id: [] for q in journey.questions}
    for norm in journey.norms:
        norms[norm.question_id].append(norm)
    return [Section(category, tuple((q, tuple(norms[q.id])) for q in journey.questions
                                    if q.category == category))
            for category in categories(journey)]


def norm_number(journey: Journey, norm: Norm) -> str:
    """"2.1": the deelvraag's number and the norm's place among that deelvraag's norms."""
    question = journey.get("question", norm.question_id)
    siblings = [n.id for n in journey.norms if n.question_id == norm.question_id]
    place = siblings.index(norm.id) + 1
    return f"{question.number}.{place}" if question.number else str(place)


def norm_labels(journey: Journey, norms) -> list[str]:
    """"2.1 Het college ... (first 80 characters)" for each norm: how a question names them."""
    return [f"{norm_number(journey, n)} {shortened(n.text, 80)}" for n in norms]


def shortened(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def losing_evidence(journey: Journey, kind: str, item_ids) -> list[str]:
    """The labels of the norms that lose evidence when the ``kind`` entities go (empty: none)."""
    return norm_labels(journey, norms_using(journey, kind, item_ids))


def next_question_number(journey: Journey) -> str:
    """One more than the highest whole number among the deelvragen ("1" for the first)."""
    numbers = [int(m.group()) for q in journey.questions if (m := re.match(r"\d+", q.number))]
    return str(max(numbers, default=0) + 1)


def add_question(journey: Journey, text: str, category: str, number: str | None = None,
                 code: str = "edit_add_question") -> tuple[Insert, str]:
    """A new deelvraag at the end of its category (at the end when the category is new); the
    edit and the new id."""
    question = Question(new_id(), next_question_number(journey) if number is None else number.strip(),
                        text.strip(), category.strip())
    same = [i for i, q in enumerate(journey.questions) if q.category == question.category]
    index = same[-1] + 1 if same else None
    return Insert(question, index, code=code), question.id


def change_question(journey: Journey, question: Question) -> Edit | None:
    """The deelvraag as edited; None when nothing changed. A deelvraag moved to another
    category goes to the end of that category."""
    old = journey.get("question", question.id)
    if old == question:
        return None
    update = Update(question, code="edit_change_question")
    if old.category == question.category:
        return update
    others = [i for i, q in enumerate(journey.questions)
              if q.category == question.category and q.id != question.id]
    if not others:
        return update
    here = journey.index_of("question", question.id)
    target = others[-1] if others[-1] > here else others[-1] + 1
    return Sequence([update, Move("question", question.id, target)], "edit_change_question")


def rename_category(journey: Journey, old: str, new: str) -> Sequence | None:
    """Every deelvraag of category ``old`` into ``new`` (one step); None when the same."""
    new = new.strip()
    if new == old:
        return None
    return Sequence([Update(replace(q, category=new)) for q in journey.questions
                     if q.category == old], "edit_rename_category")


def remove_questions(journey: Journey, question_ids: list[str],
                     code: str = "edit_remove_question") -> Sequence:
    """Delete deelvragen with their norms (removed from the back, so undo puts each back at
    its place)."""
    ids = set(question_ids)
    norms = [n.id for n in journey.norms if n.question_id in ids]
    return Sequence([Remove("norm", n) for n in reversed(norms)]
                    + [Remove("question", q) for q in sorted(
                        ids, key=lambda q: journey.index_of("question", q), reverse=True)], code)


def remove_category(journey: Journey, category: str) -> Sequence:
    return remove_questions(journey, [q.id for q in journey.questions if q.category == category],
                            "edit_remove_category")


def add_norm(journey: Journey, question_id: str, text: str) -> tuple[Insert, str]:
    """A new norm after the last norm of its deelvraag; the edit and the new id."""
    norm = Norm(new_id(), question_id, text.strip())
    same = [i for i, n in enumerate(journey.norms) if n.question_id == question_id]
    return Insert(norm, same[-1] + 1 if same else None, code="edit_add_norm"), norm.id


def change_norm(journey: Journey, norm_id: str, code: str = "edit_change_norm",
                **fields) -> Update | None:
    """The norm with ``fields`` changed (text, reasoning, ...); None when nothing changed."""
    old = journey.get("norm", norm_id)
    new = replace(old, **fields)
    return None if new == old else Update(new, code=code)


def set_assessment(journey: Journey, norm_id: str, assessment: Assessment) -> Update | None:
    return change_norm(journey, norm_id, "edit_assess_norm", assessment=Assessment(assessment))


def remove_norm(journey: Journey, norm_id: str) -> Remove:
    journey.get("norm", norm_id)  # raises NotFound with a clear message
    return Remove("norm", norm_id, code="edit_remove_norm")


def link_evidence(journey: Journey, norm_id: str, kind: str, item_ids) -> Update | None:
    """Add touchpoints, quotes or indicators (``kind``) to a norm's evidence, after what it
    has; those it already has are skipped (None: nothing new)."""
    field = EVIDENCE_FIELDS[kind]
    old = getattr(journey.get("norm", norm_id), field)
    new = tuple(dict.fromkeys((*old, *item_ids)))
    return change_norm(journey, norm_id, "edit_link_evidence", **{field: new})


def unlink_evidence(journey: Journey, norm_id: str, kind: str, item_id: str) -> Update | None:
    field = EVIDENCE_FIELDS[kind]
    old = getattr(journey.get("norm", norm_id), field)
    return change_norm(journey, norm_id, "edit_unlink_evidence",
                       **{field: tuple(i for i in old if i != item_id)})


def add_document(journey: Journey, norm_id: str, title: str, location: str = "") -> Update | None:
    """A place in a document (title, and where: "p. 34") as evidence of a norm."""
    reference = Reference(title.strip(), location.strip())
    old = journey.get("norm", norm_id).documents
    if reference in old:
        return None
    return change_norm(journey, norm_id, "edit_add_document", documents=(*old, reference))


def remove_document(journey: Journey, norm_id: str, index: int) -> Update | None:
    old = journey.get("norm", norm_id).documents
    if not 0 <= index < len(old):
        return None
    return change_norm(journey, norm_id, "edit_remove_document",
                       documents=old[:index] + old[index + 1:])


def assessment_counts(journey: Journey) -> dict[Assessment, int]:
    """How many norms have each assessment (every value present, in the enum's order)."""
    counts = dict.fromkeys(Assessment, 0)
    for norm in journey.norms:
        counts[norm.assessment] += 1
    return counts
