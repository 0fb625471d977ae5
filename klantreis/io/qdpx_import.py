"""A REFI-QDA project (``.qdpx`` of QualCoder, MAXQDA, ATLAS.ti, NVivo or Klantreis) into a
journey: read -> plan -> one edit, all or nothing, as every import (klantreis/io/importer.py).

:func:`~klantreis.io.qdpx_read.read_qdpx` reads the file; :func:`plan_qdpx_import` works out,
without touching the journey, the one undoable edit and a report of what it leaves out and why;
``code_map`` says what each code becomes (klantreis/io/qdpx_codes.py; the dialog proposes one).
:func:`import_qdpx_file` makes a new project of a ``.qdpx`` for the command line.

What becomes what: every coded text selection a quote with the selected text, a source "<source
name> r. 12-14", its touchpoint (or the parking lot), sentiment and tags from its codes, and its
respondent from its case (klantreis/io/qdpx_people.py); every text source a transcript (format
qdpx) with the quotes linked to their passages. The lines Klantreis writes in a selection's
Description give back the quote's source, translation, language and the rest (also when another
program passed them on), and in a project Klantreis wrote the sets give back its groups. The
lines Klantreis writes in a text source's Description (klantreis/io/qdpx_sources.py), when they
are consistent, give back a transcript's speakers, turns, date, language, format and checksum,
and tell its generated sources of quotes captured live: their quotes come back without a
transcript. A quote's text is its selected passage: a "Citaat" line that differs counts only in
Klantreis's own file, for a passage with an internal quote replaced in it. The selections of
one stretch of text (QualCoder writes one per coding) are one quote. Selections without a
chosen code, empty ones, pictures, audio and video are left out and counted in the report. What
the journey holds already (the same quote text, source and touchpoint; a transcript of the same
text or file) is counted in the report, which asks before it is imported again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from klantreis.io.files import file_type, save_journey
from klantreis.io.qdpx_codes import CodeTarget, mappable_codes, propose_code_map, title_of
from klantreis.io.qdpx_people import People, plan_people, respondent_by_code
from klantreis.io.qdpx_project import QdpxError, QdpxProject, QdpxSelection, QdpxSource
from klantreis.io.qdpx_read import read_qdpx
from klantreis.io.qdpx_sources import read_lines, transcript_of
from klantreis.io.refi_qda import KIND_LIVE, REDACTED, choice, parse_description
from klantreis.messages import message
from klantreis.model.edits import Edit, Insert, Sequence, SetInfo
from klantreis.model.entities import (
    JourneyInfo,
    Perspective,
    Phase,
    Provenance,
    Quote,
    Sentiment,
    Touchpoint,
    Transcript,
    Translator,
    new_id,
)
from klantreis.model.journey import Journey

CODE = "edit_import_qdpx"
MAX_QUOTE = 100_000  # characters of a quote's text (klantreis/model/checks.py)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class QdpxReport:
    """What an import adds (counts of new things) and, in Dutch, what it left out or changed."""

    quotes: int = 0
    touchpoints: int = 0
    phases: int = 0
    respondents: int = 0
    groups: int = 0
    transcripts: int = 0
    notes: tuple[str, ...] = ()
    twin_quotes: int = 0  # of ``quotes``, those the journey holds already
    twin_transcripts: int = 0  # of ``transcripts``, those the journey holds already

    @property
    def already_there(self) -> bool:
        """Whether the journey seems to hold (some of) this import already."""
        return bool(self.twin_quotes or self.twin_transcripts)

    def twin_text(self) -> str:
        """What the journey holds already, in words ("" when nothing)."""
        if not self.already_there:
            return ""
        return message("qdpx_note_already_there", twins=self.twin_quotes, quotes=self.quotes,
                       transcripts=self.twin_transcripts)

    def done_text(self) -> str:
        return message("qdpx_report_done", quotes=self.quotes, touchpoints=self.touchpoints,
                       phases=self.phases, respondents=self.respondents, groups=self.groups,
                       transcripts=self.transcripts)

    def lines(self) -> list[str]:
        return [self.done_text(), *self.notes]

    def summary(self, source: str, target: str) -> str:
        """One line: what was imported from where into where, and what was left out."""
        text = message("qdpx_report_file", done=self.done_text(), source=source, target=target)
        if self.notes:
            text += " " + message("qdpx_report_skipped", notes="; ".join(self.notes))
        return text


class _Counts:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, key: str, count: int = 1) -> None:
        if count:
            self.counts[key] = self.counts.get(key, 0) + count

    def notes(self) -> list[str]:
        return [message(key, count=count) for key, count in self.counts.items()]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def plan_qdpx_import(journey: Journey, project: QdpxProject, code_map: Mapping[str, CodeTarget], *,
                     now: str | None = None) -> tuple[Sequence, QdpxReport]:
    """The import of ``project`` into ``journey`` as one edit (never applied here), and its
    report. ``code_map`` maps a code's GUID to its :class:`CodeTarget`; a code without one is
    skipped. Raises :class:`QdpxError` when a target no longer exists or nothing would be
    imported."""
    now = now or _now()
    codes = mappable_codes(project)
    unmapped = sum(1 for code in codes if code.guid not in code_map)
    targets = {code.guid: code_map.get(code.guid, CodeTarget.skip()) for code in codes}
    phases, touchpoints, place_of = _places(journey, project, targets)
    people = plan_people(journey, project)
    counts = _Counts()
    transcripts, quotes, notes = [], [], []
    set_of_source = {s: st.guid for st in project.sets for s in st.sources}
    case_of_selection = {s: case.guid for case in project.cases for s in case.selections}
    by_code = respondent_by_code(journey, project, people)
    for source in project.sources:
        if not source.text.strip():
            notes.append(message("qdpx_note_empty_source", name=source.name))
            continue
        lines, problem = read_lines(source)  # (None: none, or not to be trusted)
        notes.extend([problem] if problem else [])
        transcript = None  # (a generated source of quotes captured live: none)
        if lines is None or lines.kind != KIND_LIVE:
            transcript, unlinked = transcript_of(
                source, lines, now=now, group_id=people.group_of_set.get(set_of_source.get(source.guid, "")),
                respondent_of=lambda code: by_code.get(_key(code)))
            transcripts.append(transcript)
            counts.add("qdpx_note_speaker_unlinked", unlinked)
        own = project.ours or lines is not None
        cases = [c.guid for c in project.cases if source.guid in c.sources]
        for selection in merged(source.selections, case_of_selection):
            case = case_of_selection.get(selection.guid) or next(
                (g for g in selection.codes if g in people.respondent_of_case), None) or (
                cases[0] if len(cases) == 1 else None)
            quote = _quote(journey, project, people, source, selection, transcript, own, targets,
                           place_of, people.respondent_of_case.get(case or ""), counts)
            if quote is not None:
                quotes.append(quote)
    if not (quotes or people.respondents or transcripts):
        raise QdpxError("qdpx_nothing")
    edits: list[Edit] = []
    if people.attribute_names:
        edits.append(SetInfo(replace(journey.info, attribute_names=(
            *journey.info.attribute_names, *people.attribute_names)), code=CODE))
    for item in (*phases, *touchpoints, *people.groups, *people.respondents, *transcripts, *quotes):
        edits.append(Insert(item, code=CODE))
    if unmapped:
        notes.append(message("qdpx_note_unmapped", count=unmapped))
    report = QdpxReport(len(quotes), len(touchpoints), len(phases), len(people.respondents),
                        len(people.groups), len(transcripts),
                        tuple([*project.skipped, *people.notes, *notes, *counts.notes()]),
                        *_twins(journey, quotes, transcripts))
    if report.already_there:  # (first: the one thing to read before importing)
        report = replace(report, notes=(report.twin_text(), *report.notes))
    return Sequence(edits, CODE), report


def _twins(journey: Journey, quotes: list[Quote], transcripts: list[Transcript]) -> tuple[int, int]:
    """How many of the new quotes the journey holds already (the same text, source and
    touchpoint), and how many of the new transcripts (the same text, or the same file)."""
    present = {(q.text, q.touchpoint_id, q.source) for q in journey.quotes}
    twin_quotes = sum((q.text, q.touchpoint_id, q.source) in present for q in quotes)
    texts = {t.text for t in journey.transcripts}
    files = {t.checksum for t in journey.transcripts if t.checksum}
    twin_transcripts = sum(t.text in texts or t.checksum in files for t in transcripts)
    return twin_quotes, twin_transcripts


def merged(selections, case_of_selection: dict[str, str]) -> list[QdpxSelection]:
    """One selection per stretch of text: QualCoder (and others) write a selection per coding,
    so the same characters come several times with one code each; their codes are joined (and
    the stretch belongs to the case of any of them)."""
    joined: dict[tuple[int, int], QdpxSelection] = {}
    for selection in selections:
        key = (selection.start, selection.end)
        first = joined.get(key)
        if first is None:
            joined[key] = selection
            continue
        codes = tuple(dict.fromkeys((*first.codes, *selection.codes)))
        joined[key] = replace(first, codes=codes, description=first.description or selection.description)
        if selection.guid in case_of_selection:
            case_of_selection.setdefault(first.guid, case_of_selection[selection.guid])
    return list(joined.values())


def _places(journey: Journey, project: QdpxProject, targets: dict[str, CodeTarget]):
    """The new phases and touchpoints, and per code GUID the touchpoint id it places a quote at
    ("" for the parking lot)."""
    phases: list[Phase] = []
    by_name = {_key(p.name): p.id for p in journey.phases}
    touchpoints: list[Touchpoint] = []
    place_of: dict[str, str] = {}
    for code_guid, target in targets.items():
        code = project.codes[code_guid]
        if target.kind == "touchpoint":
            if journey.find("touchpoint", target.touchpoint_id) is None:
                raise QdpxError("qdpx_unknown_touchpoint", code=code.name)
            place_of[code_guid] = target.touchpoint_id
        elif target.kind == "parking":
            place_of[code_guid] = ""
        elif target.kind == "new":
            phase_id = target.phase_id
            if phase_id is not None and journey.find("phase", phase_id) is None:
                raise QdpxError("qdpx_unknown_phase", code=code.name)
            if phase_id is None:
                name = " ".join((target.phase_name or message("qdpx_imported_phase")).split())[:200]
                if _key(name) not in by_name:
                    parent = project.codes.get(code.parent) if code.parent else None
                    same = parent is not None and _key(parent.name) == _key(name)
                    colour = parent.color if same and _COLOUR.match(parent.color or "") else None
                    phase = Phase(new_id(), name, parent.description if same else "",
                                  **({"colour": colour} if colour else {}))
                    phases.append(phase)
                    by_name[_key(name)] = phase.id
                phase_id = by_name[_key(name)]
            touchpoint = Touchpoint(new_id(), (target.title.strip() or title_of(code))[:300], phase_id,
                                    description=code.description)
            touchpoints.append(touchpoint)
            place_of[code_guid] = touchpoint.id
    return phases, touchpoints, place_of


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _lines(text: str, start: int, end: int) -> str:
    first = text.count("\n", 0, start) + 1
    last = first + text.count("\n", start, max(start, end - 1))
    return str(first) if first == last else f"{first}-{last}"


def _timestamp(value: str) -> str:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return ""
    return value


def _redacted(text: str, start: int, end: int) -> bool:
    """Whether the passage ``start``..``end`` overlaps an internal passage Klantreis replaced."""
    found = text.find(REDACTED, max(0, start - len(REDACTED) + 1))
    return 0 <= found < end


def _quote(journey: Journey, project: QdpxProject, people: People, source: QdpxSource,
           selection: QdpxSelection, transcript: Transcript | None, own: bool,
           targets: dict[str, CodeTarget], place_of: dict[str, str], respondent_id: str | None,
           counts: _Counts) -> Quote | None:
    """The quote a selection becomes, or None (counted in ``counts``). ``transcript``: the
    transcript the source became (None: a generated source of quotes captured live); ``own``:
    the source is Klantreis's own (its origin, or consistent Klantreis lines)."""
    chosen = [(g, targets[g]) for g in selection.codes if g in targets and targets[g].kind != "skip"]
    if not chosen:
        counts.add("qdpx_note_skipped_codes" if any(g in targets for g in selection.codes)
                   else "qdpx_note_no_code")
        return None
    places = list(dict.fromkeys(place_of[g] for g, t in chosen if t.places))
    if len(places) > 1:
        counts.add("qdpx_note_several_places")
    if not places:
        counts.add("qdpx_note_parked")
    tags = list(dict.fromkeys(
        (t.tag or project.codes[g].name).strip() for g, t in chosen if t.kind == "tag"))
    sentiment = next((t.sentiment for _, t in chosen if t.kind == "sentiment" and t.sentiment),
                     Sentiment.UNKNOWN)
    # the lines Klantreis writes in a selection's Description (also after another program
    # passed them on): the quote's source, translation, group, ...; its own text only where
    # Klantreis replaced an internal quote in the passage
    fields = parse_description(selection.description)
    text = source.text[selection.start:selection.end]
    cited = fields.get("text", "")
    if cited and cited != text:
        if own and _redacted(source.text, selection.start, selection.end):
            text = cited
        else:
            counts.add("qdpx_note_cited_text_ignored")
    if not text.strip():
        counts.add("qdpx_note_empty")
        return None
    if len(text) > MAX_QUOTE:
        counts.add("qdpx_note_too_long")
        return None
    if "source" in fields or own:
        where = fields.get("source", "")
    else:
        where = message("qdpx_source_lines", name=source.name,
                        lines=_lines(source.text, selection.start, selection.end))
    if "group" in fields or own:  # (the group and perspective as the quote had them)
        group = people.group_by_name.get(_key(fields["group"])) if fields.get("group") else None
    else:  # (the respondent's group)
        group = people.group_of(journey, respondent_id)
    if "perspective" in fields or own:
        perspective = choice(Perspective, fields.get("perspective"), None)
    else:
        perspective = group.perspective if group is not None else None
    translation = fields.get("translation", "")
    language = fields.get("language", "nl")
    return Quote(
        new_id(), text, language=language if _LANGUAGE.match(language) else "nl",
        translation=translation,
        translated_by=choice(Translator, fields.get("translated_by"), Translator.NONE)
        if translation.strip() else Translator.NONE,
        touchpoint_id=(places[0] or None) if places else None, respondent_id=respondent_id,
        group_id=group.id if group is not None else None, perspective=perspective, sentiment=sentiment,
        provenance=choice(Provenance, fields.get("provenance"), Provenance.LETTERLIJK),
        captured_at=_timestamp(fields.get("captured_at", "")), source=where[:500],
        tags=tuple(t for t in tags if t), transcript_id=transcript.id if transcript else None,
        passage_start=selection.start if transcript else None,
        passage_end=selection.end if transcript else None)


def import_qdpx_file(source: Path, target: Path) -> str:
    """Make a new project at ``target`` (.klantreis or .json; refused when it exists) with
    everything of the ``.qdpx`` at ``source``: codes become touchpoints in phases named after
    their parent codes (or one phase "Geïmporteerd"); returns a one-line Dutch report. Raises a
    :class:`~klantreis.model.errors.KlantreisError` (nothing written) for bad input."""
    source, target = Path(source), Path(target)
    file_type(target)
    if target.exists():
        raise QdpxError("qdpx_target_exists", path=str(target))
    project = read_qdpx(source)
    now = _now()
    title = " ".join(project.name.split())[:500] or source.stem or "REFI-QDA"
    journey = Journey(JourneyInfo(title=title, description=project.description, created=now,
                                  modified=now))
    edit, report = plan_qdpx_import(journey, project, propose_code_map(journey, project), now=now)
    edit.apply(journey)
    save_journey(target, journey)
    return report.summary(source.name, target.name)
