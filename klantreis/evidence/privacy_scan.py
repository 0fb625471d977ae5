"""Finding likely personal data in what people said and wrote down (the detectors are in
:mod:`klantreis.evidence.privacy_patterns`: names after trigger words in Dutch, Arabic and Persian, the
project's own word list, first names from a bundled list as a hint, BSN and IBAN numbers valid
by their checks, phone numbers, e-mail addresses, addresses, licence plates, dates of birth,
exact ages and, as a hint, small Dutch places from a bundled list).
Every finding can be replaced by a placeholder ("[naam]") as one undoable edit.

It looks in quotes (text and translation), touchpoint descriptions and internal notes, group
notes, respondent attribute values and transcripts (a replacement there moves the passages
quoted from it along: :mod:`klantreis.evidence.transcript_redaction`). It is a helper for the
researcher, not a guarantee: it errs on the side of asking.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from klantreis.evidence.privacy_numbers import bsn_valid, iban_valid
from klantreis.evidence.privacy_patterns import places_in, scan_text
from klantreis.evidence.transcript_redaction import (
    Shift,
    replace_span_edit,
    shifted_quote,
    shifted_transcript,
)
from klantreis.messages import message
from klantreis.model.edits import Sequence, Update
from klantreis.model.entities import Quote, Transcript
from klantreis.model.errors import KlantreisError
from klantreis.model.journey import Journey

__all__ = ["Finding", "SmallGroup", "bsn_valid", "iban_valid", "place", "redact_edit", "scan",
           "scan_text", "small_groups"]

PLACEHOLDERS = {"name": "[naam]", "possible_name": "[naam]", "word": "[naam]", "bsn": "[bsn]",
                "iban": "[rekeningnummer]", "phone": "[telefoon]", "email": "[e-mail]",
                "address": "[adres]", "plate": "[kenteken]", "birth_date": "[geboortedatum]",
                "age": "[leeftijd]", "place": "[plaats]"}


@dataclass(frozen=True)
class Finding:
    """Likely personal data at ``text[start:end]`` of ``field`` of an entity."""

    kind: str  # name, word, possible_name, bsn, iban, phone, email, address, plate, birth_date,
    # age, place
    item_kind: str  # quote, touchpoint, group, respondent
    item_id: str
    field: str  # text, translation, description, internal_note, note, or "attribute:<name>"
    start: int
    end: int
    text: str  # the whole field

    @property
    def found(self) -> str:
        return self.text[self.start:self.end]

    def context(self, width: int = 40) -> str:
        """The finding with some text around it, for the list the user sees."""
        left = max(0, self.start - width)
        right = min(len(self.text), self.end + width)
        return (("…" if left else "") + self.text[left:self.start] + "«" + self.found + "»"
                + self.text[self.end:right] + ("…" if right < len(self.text) else ""))

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.kind]


def _fields(journey: Journey):
    for quote in journey.quotes:
        yield "quote", quote, "text", quote.text
        if quote.translation:
            yield "quote", quote, "translation", quote.translation
        if quote.source:  # (printed beside the quote: "transcript interview Fatima.txt r. 12")
            yield "quote", quote, "source", quote.source
    for tp in journey.touchpoints:  # (the title and the norm are on the infographic, too)
        yield "touchpoint", tp, "title", tp.title
        yield "touchpoint", tp, "description", tp.description
        yield "touchpoint", tp, "norm", tp.norm
        yield "touchpoint", tp, "internal_note", tp.internal_note
    for group in journey.groups:
        yield "group", group, "note", group.note
    for respondent in journey.respondents:
        for name, value in respondent.attributes:
            yield "respondent", respondent, f"attribute:{name}", value
    for indicator in journey.indicators:
        yield "indicator", indicator, "name", indicator.name
        yield "indicator", indicator, "note", indicator.note
    for question in journey.questions:
        yield "question", question, "text", question.text
    for norm in journey.norms:  # (the toetsingskader is printed in the PDF)
        yield "norm", norm, "text", norm.text
        yield "norm", norm, "reasoning", norm.reasoning
    for transcript in journey.transcripts:  # (the REFI-QDA export carries them)
        yield "transcript", transcript, "name", transcript.name
        yield "transcript", transcript, "text", transcript.text


def place(journey: Journey, finding: Finding) -> str:
    """Where a finding is, for the person who fixes it: the item by its kind and name (a quote
    by the numbered touchpoint it belongs to) and the field, e.g. "citaat bij 12. Intake en
    plan van aanpak (vertaling)"."""
    from klantreis.graph.route import display_numbers

    item = journey.get(finding.item_kind, finding.item_id)
    numbers = display_numbers(journey)
    if finding.item_kind == "quote":
        tp = journey.find("touchpoint", item.touchpoint_id) if item.touchpoint_id else None
        where = (message("privacy_at_touchpoint", number=numbers.get(tp.id, "?"), title=tp.title)
                 if tp is not None else message("privacy_parked"))
    elif finding.item_kind == "touchpoint":
        where = f"{message('kind_touchpoint')} {numbers.get(item.id, '?')}. {item.title}"
    elif finding.item_kind == "transcript" and finding.field == "text":
        where = f"{message('kind_transcript')} {item.name} r. {item.line_of(finding.start)}"
    elif finding.item_kind == "transcript":
        where = message("kind_transcript")
    elif finding.item_kind in ("norm", "question"):
        question = item if finding.item_kind == "question" else journey.get("question", item.question_id)
        where = message(f"privacy_at_{finding.item_kind}", number=question.number)
    else:
        where = f"{message('kind_' + finding.item_kind)} {getattr(item, 'name', None) or item.code}"
    if finding.field.startswith("attribute:"):
        field = message("privacy_field_attribute", name=finding.field.split(":", 1)[1])
    else:
        field = message(f"privacy_field_{finding.field}")
    return f"{where} ({field})"


def scan(journey: Journey, *, only_shared: bool = False, transcripts: bool = True) -> list[Finding]:
    """Every finding in ``journey`` (with ``only_shared``: only in what an export can show,
    leaving out internal quotes and internal notes; without ``transcripts``: not in the
    transcripts, for the exports that do not carry them), using the project's word list. The places
    the project names in its title, subtitle or organisation (the municipality of the study) are
    not pointed out: every respondent is from there."""
    words = tuple(w for w in journey.info.privacy.words if w.strip())
    info = journey.info
    known_places = places_in(" ".join((info.title, info.subtitle, info.organisation)))
    findings = []
    for item_kind, item, field, text in _fields(journey):
        if not text:
            continue
        if only_shared and ((item_kind == "quote" and item.internal) or field == "internal_note"):
            continue
        if item_kind == "transcript" and not transcripts:
            continue
        for kind, start, end in scan_text(text, words, known_places):
            findings.append(Finding(kind, item_kind, item.id, field, start, end, text))
    return findings


def redaction(journey: Journey, findings: list[Finding]) -> tuple[Sequence, list[tuple[Finding, str]]]:
    """One edit that replaces every finding by its placeholder, worked out on a private copy
    (the journey itself is not touched: the document applies the edit), and the findings that
    could not be replaced with the reason (a title that would become too long, a text that
    changed since the check). Findings are replaced from the end of each text, so the earlier
    ones keep their place."""
    from klantreis.model.diff import copy_of

    work = copy_of(journey)
    edits, refused = [], []
    for finding in sorted(findings, key=lambda f: -f.start):
        try:
            edit = redact_edit(work, finding)
            edit.apply(work)
        except KlantreisError as error:
            refused.append((finding, str(error)))
            continue
        except ValueError:
            refused.append((finding, message("privacy_text_changed")))
            continue
        edits.append(edit)
    return Sequence(edits, "edit_redact"), refused


def redact_edit(journey: Journey, finding: Finding) -> Update:
    """One undoable edit that puts the placeholder in place of the finding (the field must
    still hold the text the finding was made on)."""
    item = journey.get(finding.item_kind, finding.item_id)
    current = (dict(item.attributes).get(finding.field.split(":", 1)[1], "")
               if finding.field.startswith("attribute:") else getattr(item, finding.field))
    if current[finding.start:finding.end] != finding.found:
        start = current.find(finding.found)
        if start < 0:
            raise ValueError("the text has changed since the check")
        end = start + len(finding.found)
    else:
        start, end = finding.start, finding.end
    if finding.item_kind == "transcript" and finding.field == "text":
        return replace_span_edit(journey, item.id, start, end, finding.placeholder)
    new_text = current[:start] + finding.placeholder + current[end:]
    if finding.field.startswith("attribute:"):
        name = finding.field.split(":", 1)[1]
        attributes = tuple((n, new_text if n == name else v) for n, v in item.attributes)
        return Update(replace(item, attributes=attributes), code="edit_redact")
    return Update(replace(item, **{finding.field: new_text}), code="edit_redact")


@dataclass(frozen=True)
class SmallGroup:
    """A combination of attribute values that fewer than k respondents of an export share."""

    attributes: tuple[tuple[str, str], ...]
    codes: tuple[str, ...]  # the respondents with exactly this combination


def small_groups(journey: Journey, respondent_ids, k: int | None = None) -> list[SmallGroup]:
    """The attribute combinations an export of these respondents would show for fewer than
    ``k`` (the project's k) of them. Private attributes are left out (exports never show them)."""
    k = journey.info.privacy.k if k is None else k
    private = {name.casefold() for name in journey.info.privacy.private_attributes}
    classes: dict[tuple[tuple[str, str], ...], list[str]] = {}
    for respondent_id in dict.fromkeys(respondent_ids):
        respondent = journey.find("respondent", respondent_id)
        if respondent is None:
            continue
        shown = tuple(sorted((n, v) for n, v in respondent.attributes
                             if v.strip() and n.casefold() not in private))
        if shown:
            classes.setdefault(shown, []).append(respondent.code)
    return [SmallGroup(combination, tuple(codes)) for combination, codes in classes.items()
            if len(codes) < k]


def replace_everywhere(journey: Journey, pairs: list[tuple[str, str]]) -> tuple[Journey, int]:
    """A copy of ``journey`` with every occurrence of each ``(text, placeholder)`` replaced in
    every text it holds (for older copies of a project: a redacted name must not survive in
    any of them, in whatever field it was then), and the number of texts changed. A text that
    would become invalid (too long) is left out of the copy's changes."""
    import dataclasses

    from klantreis.model.journey import KINDS

    changed = 0
    pairs = sorted(pairs, key=lambda pair: -len(pair[0]))  # "Jan Smit" before "Smit"

    def fix(value):
        nonlocal changed
        if type(value) is str:  # (not the enums, which are str too)
            new = value
            for text, placeholder in pairs:
                if text:
                    new = new.replace(text, placeholder)
            changed += new != value
            return new
        if isinstance(value, tuple):  # tags, languages, attributes (name, value)
            return tuple(fix(v) for v in value)
        return value

    moved: dict[str, list[Shift]] = {}  # transcript id -> how its positions moved

    def copy(item):
        nonlocal changed
        if isinstance(item, Transcript):  # its passages move along
            return _replace_in_transcript(item, pairs, moved.setdefault(item.id, []), count)
        if isinstance(item, Quote) and moved.get(item.transcript_id):
            item = shifted_quote(item, moved[item.transcript_id])
        before = changed
        fields = {f.name: fix(getattr(item, f.name)) for f in dataclasses.fields(item)
                  if f.name not in ("id", "pdf_options", "privacy")}
        try:
            return replace(item, **fields)
        except KlantreisError:
            changed = before
            return item

    result = Journey(copy(journey.info))
    def count() -> None:
        nonlocal changed
        changed += 1

    for kind in KINDS:
        for item in journey.items(kind):
            result.add(copy(item))
    return result, changed


def _replace_in_transcript(transcript, pairs, shifts: list, changed) -> object:
    """``transcript`` with every occurrence of each pair replaced (from the end of the text, so
    the earlier occurrences keep their place), the shifts recorded for its quotes."""
    found = []
    for text, placeholder in pairs:
        at = transcript.text.find(text) if text else -1
        while at >= 0:
            if not any(s < at + len(text) and at < e for s, e, _ in found):
                found.append((at, at + len(text), placeholder))
            at = transcript.text.find(text, at + len(text))
    if not found:
        return transcript
    for start, end, placeholder in sorted(found, reverse=True):
        transcript = shifted_transcript(transcript, start, end, placeholder)
        shifts.append(Shift(start, end, len(placeholder)))
    changed()
    return transcript
