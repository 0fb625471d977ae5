"""What a REFI-QDA export holds, worked out from a journey with the app's privacy rules applied
(:mod:`klantreis.exports.qdpx_xml` turns it into XML, :mod:`klantreis.exports.qdpx` into a zip).

What never leaves the app stays out, as in every export (klantreis/evidence/privacy.py):
internal quotes, internal notes, group notes, private attributes (values and names), the privacy
settings. :func:`~klantreis.evidence.privacy.shareable` drops the transcripts, which this export
is made to carry, so the rules are applied here on the journey itself; a transcript keeps its
text, but the passages of internal quotes are replaced by a placeholder (what a shared quote
selects stays), and the positions of the other selections move with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from klantreis.evidence.privacy import private_attributes
from klantreis.graph.route import display_numbers
from klantreis.io.qdpx_sources import live_description, transcript_description
from klantreis.io.refi_qda import (
    GROUP_VARIABLE,
    NO_GROUP_SOURCE,
    PARKING_CODE,
    REDACTED,
    SENTIMENT_CODES,
    SENTIMENT_GROUP,
    TAG_GROUP,
    UNKNOWN_SPEAKER,
    USER_NAME,
    describe,
    guid,
)
from klantreis.model.entities import Provenance, Quote
from klantreis.model.journey import Journey


@dataclass(frozen=True)
class Code:
    guid: str
    name: str
    codable: bool = True
    color: str | None = None
    description: str = ""
    children: tuple[Code, ...] = ()


@dataclass(frozen=True)
class Selection:
    guid: str
    start: int
    end: int
    codes: tuple[str, ...]  # code GUIDs
    description: str = ""
    created: str | None = None  # xsd:dateTime


@dataclass(frozen=True)
class Source:
    guid: str
    name: str
    text: str
    selections: tuple[Selection, ...]
    created: str | None = None
    description: str = ""  # Klantreis's lines (klantreis/io/qdpx_sources.py)

    @property
    def file_name(self) -> str:
        return f"{self.guid}.txt"


@dataclass(frozen=True)
class Case:
    guid: str
    name: str
    values: tuple[tuple[str, str], ...]  # (variable GUID, text)
    selections: tuple[str, ...]  # selection GUIDs


@dataclass(frozen=True)
class Variable:
    guid: str
    name: str


@dataclass(frozen=True)
class SourceSet:
    guid: str
    name: str
    description: str
    sources: tuple[str, ...]  # source GUIDs


@dataclass(frozen=True)
class Export:
    name: str
    description: str
    created: str
    modified: str
    user: str  # the user's GUID
    codes: tuple[Code, ...]
    variables: tuple[Variable, ...]
    cases: tuple[Case, ...]
    sources: tuple[Source, ...]
    sets: tuple[SourceSet, ...]
    user_name: str = USER_NAME
    quote_count: int = field(default=0)


def date_time(value: str | None) -> str | None:
    """An ISO time stamp of the journey as an xsd:dateTime (None when there is none)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).isoformat(timespec="seconds")
    except ValueError:
        return None


def build(journey: Journey) -> Export:
    """The export of ``journey`` (see the table in :mod:`klantreis.exports.qdpx`)."""
    quotes = [q for q in journey.quotes if not q.internal]
    codes, code_of = _codes(journey, quotes)
    sources, selection_of = _sources(journey, quotes, code_of)
    variables, cases = _cases(journey, quotes, selection_of)
    info = journey.info
    return Export(
        name=info.title, description=info.description,
        created=date_time(info.created), modified=date_time(info.modified),
        user=guid("user", USER_NAME), codes=codes, variables=variables, cases=cases,
        sources=sources, sets=_sets(journey, sources), quote_count=len(quotes))


def _codes(journey: Journey, quotes: list[Quote]):
    """The code tree, and per quote the GUIDs of its codes (touchpoint, sentiment, tags)."""
    numbers = display_numbers(journey)
    tree: list[Code] = []
    for phase in journey.phases:
        members = sorted(journey.touchpoints_in_phase(phase.id), key=lambda t: numbers[t.id])
        tree.append(Code(guid("phase", phase.id), phase.name, False, phase.colour, phase.description,
                         tuple(Code(guid("touchpoint", tp.id), f"{numbers[tp.id]}. {tp.title}",
                                    description=tp.description) for tp in members)))
    if any(q.touchpoint_id is None for q in quotes):
        tree.append(Code(guid("parking"), PARKING_CODE))
    tree.append(Code(guid("group", SENTIMENT_GROUP), SENTIMENT_GROUP, False, children=tuple(
        Code(guid("sentiment", s.value), name) for s, name in SENTIMENT_CODES.items())))
    tags = sorted({tag for q in quotes for tag in q.tags}, key=lambda t: (t.casefold(), t))
    if tags:
        tree.append(Code(guid("group", TAG_GROUP), TAG_GROUP, False, children=tuple(
            Code(guid("tag", tag), tag) for tag in tags)))
    code_of = {}
    for q in quotes:
        place = guid("touchpoint", q.touchpoint_id) if q.touchpoint_id else guid("parking")
        code_of[q.id] = (place, guid("sentiment", q.sentiment.value),
                         *(guid("tag", tag) for tag in q.tags))
    return tuple(tree), code_of


def _description(journey: Journey, quote: Quote, selected: str) -> str:
    group = journey.find("group", quote.group_id)
    return describe([
        ("text", quote.text if quote.text != selected else ""),
        ("source", quote.source),
        ("language", quote.language if quote.language != "nl" else ""),
        ("translation", quote.translation),
        ("translated_by", quote.translated_by.value),
        ("provenance", quote.provenance.value if quote.provenance is not Provenance.LETTERLIJK else ""),
        ("perspective", quote.perspective.value if quote.perspective is not None else ""),
        ("group", group.name if group is not None else ""),
        ("captured_at", quote.captured_at),
    ])


def _selection(journey: Journey, quote: Quote, start: int, end: int, text: str, code_of) -> Selection:
    return Selection(guid("quote", quote.id), start, end, code_of[quote.id],
                     _description(journey, quote, text[start:end]), date_time(quote.captured_at))


def _sources(journey: Journey, quotes: list[Quote], code_of):
    """The transcripts (internal passages replaced) and a generated source per group for the
    quotes captured live; and per quote the GUID of its selection."""
    sources: list[Source] = []
    for transcript in journey.transcripts:
        shared = [q for q in quotes if q.transcript_id == transcript.id]
        hidden = [(q.passage_start, q.passage_end) for q in journey.quotes
                  if q.internal and q.transcript_id == transcript.id]
        text, moved = redact(transcript.text, hidden, [(q.passage_start, q.passage_end) for q in shared])
        selections = tuple(_selection(journey, q, moved(q.passage_start), moved(q.passage_end), text,
                                      code_of) for q in shared)
        sources.append(Source(guid("transcript", transcript.id), transcript.name, text, selections,
                              date_time(transcript.imported_at),
                              transcript_description(transcript, text, moved, lambda r: _code(journey, r))))
    live = [q for q in quotes if q.transcript_id is None]
    for group_id in [*(g.id for g in journey.groups), None]:
        members = [q for q in live if q.group_id == group_id]
        if members:
            name = journey.group(group_id).name if group_id else NO_GROUP_SOURCE
            sources.append(_session(journey, group_id, name, members, code_of))
    return tuple(sources), {q.id: guid("quote", q.id) for q in quotes}  # (every quote has one)


def _session(journey: Journey, group_id: str | None, name: str, quotes: list[Quote], code_of) -> Source:
    """One paragraph per quote, "R3: what was said", each quote selected where it stands."""
    parts: list[str] = []
    places = []
    offset = 0
    for quote in quotes:
        respondent = journey.find("respondent", quote.respondent_id)
        label = f"{respondent.code if respondent is not None else UNKNOWN_SPEAKER}: "
        if parts:
            parts.append("\n\n")
            offset += 2
        start = offset + len(label)
        parts.append(label + quote.text)
        offset += len(label) + len(quote.text)
        places.append((quote, start, offset))
    text = "".join(parts)
    return Source(guid("session", group_id or ""), name, text,
                  tuple(_selection(journey, q, s, e, text, code_of) for q, s, e in places),
                  description=live_description(text))


def _code(journey: Journey, respondent_id: str | None) -> str:
    respondent = journey.find("respondent", respondent_id)
    return respondent.code if respondent is not None else ""


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def redact(text: str, hidden: list[tuple[int, int]], kept: list[tuple[int, int]],
           placeholder: str = REDACTED):
    """``text`` with the characters of ``hidden`` spans that no ``kept`` span covers replaced by
    ``placeholder``, and a function ``moved(position, end=False)`` from a position in ``text``
    to the same place in the new text. A position outside the replaced stretches (the bounds of
    a kept span) moves with the text; one inside a replaced stretch goes to just after its
    placeholder, or with ``end`` (the end of a turn) to just before it."""
    cut: list[tuple[int, int]] = []
    kept = _merged(kept)
    for start, end in _merged(hidden):
        for keep_start, keep_end in kept:  # what a shared quote selects stays
            if keep_end <= start or keep_start >= end:
                continue
            if keep_start > start:
                cut.append((start, keep_start))
            start = max(start, keep_end)
        if start < end:
            cut.append((start, end))
    pieces, previous, shifts, shift = [], 0, [], 0
    for start, end in cut:
        pieces += [text[previous:start], placeholder]
        previous = end
        shifts.append((start, end, shift))  # (the shift before this stretch)
        shift += len(placeholder) - (end - start)
    pieces.append(text[previous:])

    def moved(position: int, *, end: bool = False) -> int:
        for cut_start, cut_end, before in reversed(shifts):
            if cut_end <= position:
                return position + before + len(placeholder) - (cut_end - cut_start)
            if cut_start < position:  # (inside a replaced stretch)
                return cut_start + before + (0 if end else len(placeholder))
        return position
    return "".join(pieces), moved


def _cases(journey: Journey, quotes: list[Quote], selection_of: dict[str, str]):
    """A variable per attribute that may be shared (and the group), a case per respondent."""
    private = private_attributes(journey)
    names = list(dict.fromkeys(
        [n for n in journey.info.attribute_names if n.casefold() not in private]
        + [n for r in journey.respondents for n, _ in r.attributes if n.casefold() not in private]))
    # the group as a variable too (a REFI-QDA set holds sources, codes and notes, not cases),
    # unless an attribute has that name
    grouped = any(r.group_id for r in journey.respondents) and GROUP_VARIABLE.casefold() not in {
        n.casefold() for n in names}
    variables = tuple(Variable(guid("variable", name), name)
                      for name in [*names, *([GROUP_VARIABLE] if grouped else [])])
    by_name = {v.name: v.guid for v in variables}
    cases = []
    for respondent in journey.respondents:
        values = [(by_name[n], v) for n, v in respondent.attributes if n.casefold() not in private]
        group = journey.find("group", respondent.group_id)
        if grouped and group is not None:
            values.append((by_name[GROUP_VARIABLE], group.name))
        selections = tuple(selection_of[q.id] for q in quotes
                           if q.respondent_id == respondent.id and q.id in selection_of)
        cases.append(Case(guid("respondent", respondent.id), respondent.code, tuple(values), selections))
    return variables, tuple(cases)


def _sets(journey: Journey, sources: tuple[Source, ...]) -> tuple[SourceSet, ...]:
    """A set per group, holding its transcripts and the source of its live quotes."""
    present = {s.guid for s in sources}
    sets = []
    for group in journey.groups:
        members = [guid("transcript", t.id) for t in journey.transcripts if t.group_id == group.id]
        members.append(guid("session", group.id))
        sets.append(SourceSet(guid("set", group.id), group.name, describe([
            ("perspective", group.perspective.value), ("date", group.date), ("place", group.place),
            ("languages", ", ".join(group.languages))]),
            tuple(m for m in members if m in present)))
    return tuple(sets)

