"""Finding likely personal data in what people said and wrote down: names after words like
"meneer" or "mijn consulent" and the project's own word list, BSN numbers (valid by the
11-check), phone numbers, e-mail addresses, a postcode or street with a house number, and dates
of birth. Every finding can be replaced by a placeholder ("[naam]") as one undoable edit.

It looks in quotes (text and translation), touchpoint descriptions and internal notes, group
notes and respondent attribute values. It is a helper for the researcher, not a guarantee: it
errs on the side of asking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from klantreis.edits import Update
from klantreis.journey import Journey
from klantreis.messages import message

PLACEHOLDERS = {"name": "[naam]", "bsn": "[bsn]", "phone": "[telefoon]", "email": "[e-mail]",
                "address": "[adres]", "birth_date": "[geboortedatum]", "word": "[naam]"}

# words after which a capitalised word is most likely a person's name
_TRIGGERS = (
    r"meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|de heer|juf|juffrouw|meester|dokter|dr\.?|"
    r"(?:mijn|onze|haar|zijn|de|een|die|m'n) (?:consulente?|begeleid(?:st)?er|buurman|buurvrouw|"
    r"buren|man|vrouw|zoon|dochter|broer|zus|vader|moeder|oom|tante|neef|nicht|vriend|vriendin|"
    r"collega|docent|docente|leraar|lerares|tolk|contactpersoon|klantmanager|coach|maatje|"
    r"taalmaatje|werkgever|baas|huisarts|regisseur|mentor|schuldhulpverlener|"
    r"vrijwilliger|vrijwilligster|zwager|schoonzus|schoonmoeder|kennis|klasgenoot)|"
    r"heet|heette|genaamd|ene"
)
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|van der|van den|van de|el|al|bin|ben|abu)"
_NAME_WORD = r"[A-Z][a-zà-öø-ÿ'’-]{1,}"
_NAME = re.compile(  # the trigger in any case, the name itself capitalised
    rf"\b(?i:{_TRIGGERS})[,:]?\s+(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,2}})")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s-]?(?:\(0\))?[\s-]?[1-9](?:[\s-]?\d){8}"
    r"|0[1-9](?:[\s-]?\d){8}"
    r"|\(0\d{2,3}\)[\s-]?\d(?:[\s-]?\d){5,6})(?!\d)")
_BSN = re.compile(r"(?<!\d)(?<!\d[.\s])(\d{4}[.\s]?\d{2}[.\s]?\d{3}|\d{3}[.\s]?\d{3}[.\s]?\d{3})"
                  r"(?!\d|[.\s]\d)")  # (a full stop after it ends the sentence)
_POSTCODE = r"[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}"
_HOUSE = r"\d{1,4}(?:\s?[a-zA-Z]\b|-\d{1,3})?"
_STREET = (r"[A-Z][a-zà-ÿ'’-]*(?:straat|weg|laan|plein|gracht|kade|singel|dijk|steeg|hof|park|"
           r"dreef|pad|markt|baan|veld|erf|ring|wal|stede)")
_ADDRESS = re.compile(
    rf"\b(?:{_POSTCODE}\s*,?\s*(?:nr\.?\s*)?{_HOUSE}\b|{_STREET}\s+{_HOUSE}\b(?:\s*,?\s*{_POSTCODE})?"
    rf"|{_POSTCODE}\b(?=\s+[A-Z][a-z]+))")
_MONTHS = (r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
           r"december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_DATE = (rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
         rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+(?:19|20)\d{{2}})")
_BIRTH = re.compile(
    rf"\b(?:geboren(?:\s+(?:op|in))?|geboortedatum|geb\.|geb|geboortedag|jarig op|born(?: on)?)"
    rf"(?:\s+(?:is|was|van mij is))?\s*:?\s*(?P<date>{_DATE})", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """Likely personal data at ``text[start:end]`` of ``field`` of an entity."""

    kind: str  # name, word, bsn, phone, email, address, birth_date
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


def bsn_valid(digits: str) -> bool:
    """The 11-check of a BSN: 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def scan_text(text: str, words: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every finding in ``text``, in order, without overlaps."""
    found: list[tuple[str, int, int]] = []
    for match in _EMAIL.finditer(text):
        found.append(("email", match.start(), match.end()))
    for match in _BIRTH.finditer(text):
        found.append(("birth_date", match.start("date"), match.end("date")))
    for match in _BSN.finditer(text):
        if bsn_valid(re.sub(r"\D", "", match.group(1))):
            found.append(("bsn", match.start(1), match.end(1)))
    for match in _PHONE.finditer(text):
        found.append(("phone", match.start(), match.end()))
    for match in _ADDRESS.finditer(text):
        found.append(("address", match.start(), match.end()))
    for match in _NAME.finditer(text):
        name = match.group("name")
        if not _looks_like_a_name(name):
            continue
        found.append(("name", match.start("name"), match.end("name")))
    for word in words:
        for match in re.finditer(rf"(?<!\w){re.escape(word.strip())}(?!\w)", text, re.IGNORECASE):
            found.append(("word", match.start(), match.end()))
    found.sort(key=lambda f: (f[1], -(f[2] - f[1])))
    kept: list[tuple[str, int, int]] = []
    for item in found:
        if kept and item[1] < kept[-1][2]:
            continue  # inside a longer finding (a name in an e-mail address)
        kept.append(item)
    return kept


# capitalised words after a trigger that are not names (organisations, places, roles)
_NOT_NAMES = frozenset(w.casefold() for w in (
    "VluchtelingenWerk", "Vluchtelingenwerk", "Gemeente", "DUO", "IND", "COA", "Humanitas", "Leergeld",
    "Stichting", "SallandWonen", "Grenzeloos", "Nederland", "Nederlands", "Raalte", "Deventer",
    "Zwolle", "Syrië", "Eritrea", "Jemen", "Arabisch", "Tigrinya", "Engels", "Ik", "Hij", "Zij",
    "Het", "De", "Een", "Die", "Dat", "Wij", "We", "Ze", "Maar", "En", "Ook", "Niet", "Nog", "Was",
    "Is", "Heeft", "Had", "Werd", "Wordt", "Zei", "Belde", "Kwam", "Hielp", "Vroeg", "Gaf", "Van",
    "Bij", "Met", "Voor", "In", "Op", "Als", "Dan", "Toen", "Nu", "Altijd", "Nooit", "Vaak",
    "Statushouder", "Statushouders", "Consulent", "Taalschool", "Werkgever", "Participatieverklaring",
    "Werk", "Inkomen", "Zorg", "Wonen", "Participatie", "Inburgering", "Schuldhulp", "Welzijn",
))


def _looks_like_a_name(name: str) -> bool:
    words = name.split()
    if len(words) > 1 and re.fullmatch(_PARTICLE, words[0], re.IGNORECASE):
        return True  # "mevrouw De Vries"
    return words[0].casefold() not in _NOT_NAMES


def _fields(journey: Journey):
    for quote in journey.quotes:
        yield "quote", quote, "text", quote.text
        if quote.translation:
            yield "quote", quote, "translation", quote.translation
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


def place(journey: Journey, finding: Finding) -> str:
    """Where a finding is, for the person who fixes it: the item by its kind and name (a quote
    by the numbered touchpoint it belongs to) and the field, e.g. "citaat bij 12. Intake en
    plan van aanpak (vertaling)"."""
    from klantreis.graph import display_numbers

    item = journey.get(finding.item_kind, finding.item_id)
    numbers = display_numbers(journey)
    if finding.item_kind == "quote":
        tp = journey.find("touchpoint", item.touchpoint_id) if item.touchpoint_id else None
        where = (message("privacy_at_touchpoint", number=numbers.get(tp.id, "?"), title=tp.title)
                 if tp is not None else message("privacy_parked"))
    elif finding.item_kind == "touchpoint":
        where = f"{message('kind_touchpoint')} {numbers.get(item.id, '?')}. {item.title}"
    else:
        where = f"{message('kind_' + finding.item_kind)} {getattr(item, 'name', None) or item.code}"
    if finding.field.startswith("attribute:"):
        field = message("privacy_field_attribute", name=finding.field.split(":", 1)[1])
    else:
        field = message(f"privacy_field_{finding.field}")
    return f"{where} ({field})"


def scan(journey: Journey, *, only_shared: bool = False) -> list[Finding]:
    """Every finding in ``journey`` (with ``only_shared``: only in what an export can show,
    leaving out internal quotes and internal notes), using the project's word list."""
    words = tuple(w for w in journey.info.privacy.words if w.strip())
    findings = []
    for item_kind, item, field, text in _fields(journey):
        if not text:
            continue
        if only_shared and ((item_kind == "quote" and item.internal) or field == "internal_note"):
            continue
        for kind, start, end in scan_text(text, words):
            findings.append(Finding(kind, item_kind, item.id, field, start, end, text))
    return findings


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
