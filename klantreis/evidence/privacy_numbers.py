"""Numbers, codes and dates in a line of text, for the privacy check: e-mail addresses, IBANs
(valid by their mod-97 check, or Dutch by their shape), dates of birth (after "geboren", "ik ben
van", beside an age, or any full date before 2006), BSNs (valid by the 11-check), phone numbers,
addresses (a postcode or a street with a house number) and Dutch licence plates. Each finding is
(kind, start, end), see :mod:`klantreis.evidence.privacy_patterns`.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s-]?(?:\(0\))?[\s-]?[1-9](?:[\s-]?\d){8}"
    r"|0[1-9](?:[\s-]?\d){8}"
    r"|\(0\d{2,3}\)[\s-]?\d(?:[\s-]?\d){5,6})(?!\d)")
_BSN = re.compile(r"(?<!\d)(?<!\d[.\s])(\d{4}[.\s]?\d{2}[.\s]?\d{3}|\d{3}[.\s]?\d{3}[.\s]?\d{3})"
                  r"(?!\d|[.\s]\d)")  # (a full stop after it ends the sentence)
_IBAN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{1,4}){3,8}")  # (on upper-cased text)
# a Dutch account number is recognisable by its shape alone (a mistyped one is still personal)
_IBAN_NL = re.compile(r"(?<![A-Z0-9])NL\d{2}\s?[A-Z]{4}(?:\s?\d){10}(?![A-Z0-9])")
# Dutch licence plates: the sidecodes, with their dashes (or without, after "kenteken")
_SIDECODES = ("XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
              "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9")
_PLATE = re.compile(r"(?<![\w-])(?:" + "|".join(
    code.replace("X", "[A-Z]").replace("9", r"\d") for code in _SIDECODES) + r")(?![\w-])")
_PLATE_WORD = re.compile(r"(?i:kenteken(?:nummer)?|nummerbord)\s*:?\s*(?P<plate>(?=[A-Za-z-]*\d)"
                         r"(?=[\d-]*[A-Za-z])[A-Za-z0-9]{1,3}-?[A-Za-z0-9]{1,3}-?[A-Za-z0-9]{1,3})\b")

_POSTCODE = r"[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}"
_HOUSE = r"\d{1,4}(?:\s?[a-zA-Z]\b|-\d{1,3})?"
_HOUSE_WORD = r"(?:huisnummer|huisnr\.?|nummer|nr\.?|no\.?)"
_STREET = (r"[A-Z][a-zà-ÿ'’-]*(?:straat|weg|laan|plein|gracht|kade|singel|dijk|steeg|hof|park|"
           r"dreef|pad|markt|baan|veld|erf|ring|wal|stede)")
_ADDRESS = re.compile(
    rf"\b(?:{_POSTCODE}\s*,?\s*(?:(?i:{_HOUSE_WORD})\s*)?{_HOUSE}\b"
    rf"|{_STREET}\s+(?:(?i:{_HOUSE_WORD})\s*)?{_HOUSE}\b(?:\s*,?\s*{_POSTCODE})?"
    rf"|{_POSTCODE}\b(?=\s+[A-Z][a-z]+))")
_POSTCODE_WORD = re.compile(  # "postcode 8102ab": a postcode named as one, in any case
    rf"(?i:postcode(?:\s+(?:is|was))?)\s*:?\s*(?P<code>(?i:[1-9]\d{{3}}\s?[a-z]{{2}})\b(?:\s*,?\s*(?i:{_HOUSE_WORD})?"
    rf"\s*{_HOUSE}\b)?)")

_MONTHS = (r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
           r"december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_DATE = (rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
         rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+(?:19|20)\d{{2}})")
_YEAR = r"(?:19|20)\d{2}"
_BIRTH = re.compile(
    rf"\b(?:geboren(?:\s+(?:op|in))?|geboortedatum|geboortejaar|geb\.|geb|geboortedag|jarig op|"
    rf"born(?: on| in)?|(?:ik|hij|zij|ze) (?:ben|is) van|ben ik van|is hij van|is zij van)"
    rf"(?:\s+(?:is|was|van mij is))?\s*:?\s*(?P<date>{_DATE}|{_YEAR}\b)", re.IGNORECASE)
_AGE_YEAR = re.compile(  # "42 jaar (1981)", "1981 (42 jaar)", "42 jaar, geboren 1981"
    rf"\b\d{{1,3}}\s*(?:jaar|jr\.?)\s*[,(]\s*(?:geb\.?\s*|geboren\s*(?:in\s*)?)?(?P<a>{_YEAR})\b"
    rf"|\b(?P<b>{_YEAR})\s*\(\s*\d{{1,3}}\s*(?:jaar|jr\.?)\s*\)", re.IGNORECASE)
_ANY_DATE = re.compile(rf"(?<![\d/.-]){_DATE}(?![\d/.-]?\d)")
BIRTH_YEARS_BEFORE = 2006  # a full date before this year is most likely a date of birth


def bsn_valid(digits: str) -> bool:
    """The 11-check of a BSN: 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def iban_valid(iban: str) -> bool:
    """ISO 13616: 15 to 34 letters and digits, the check digits make the number modulo 97 one."""
    iban = iban.replace(" ", "").upper()
    if not 15 <= len(iban) <= 34 or not iban.isalnum() or not iban[:2].isalpha():
        return False
    digits = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    return int(digits) % 97 == 1


def _iban_spans(text: str):
    upper = text.upper()
    for match in _IBAN_NL.finditer(upper):
        yield match.start(), match.end()
    for match in _IBAN.finditer(upper):
        candidate = match.group()
        while candidate:  # the longest run of groups that checks out
            if iban_valid(candidate):
                yield match.start(), match.start() + len(candidate)
                break
            candidate = candidate[:max(candidate.rfind(" "), len(candidate) - 4)].rstrip()
            if len(candidate.replace(" ", "")) < 15:
                break


def _birth_date_spans(text: str):
    for match in _BIRTH.finditer(text):
        yield match.start("date"), match.end("date")
    for match in _AGE_YEAR.finditer(text):
        group = "a" if match.group("a") else "b"
        yield match.start(group), match.end(group)
    for match in _ANY_DATE.finditer(text):
        year = int(re.findall(r"(?:19|20)\d{2}", match.group())[0])
        if 1900 <= year < BIRTH_YEARS_BEFORE:
            yield match.start(), match.end()


def emails(text: str) -> list[tuple[str, int, int]]:
    return [("email", m.start(), m.end()) for m in _EMAIL.finditer(text)]


def ibans(text: str) -> list[tuple[str, int, int]]:
    return [("iban", s, e) for s, e in _iban_spans(text)]


def birth_dates(text: str) -> list[tuple[str, int, int]]:
    return [("birth_date", s, e) for s, e in _birth_date_spans(text)]


def bsns_and_phones(text: str) -> list[tuple[str, int, int]]:
    """BSNs, then phone numbers; the digits of something shaped like an account number are
    neither."""
    shaped = [(m.start(), m.end()) for m in _IBAN.finditer(text.upper())]

    def free(match, group=0) -> bool:
        return not any(s <= match.start(group) and match.end(group) <= e for s, e in shaped)

    found = [("bsn", m.start(1), m.end(1)) for m in _BSN.finditer(text)
             if bsn_valid(re.sub(r"\D", "", m.group(1))) and free(m, 1)]
    found += [("phone", m.start(), m.end()) for m in _PHONE.finditer(text) if free(m)]
    return found


def addresses(text: str) -> list[tuple[str, int, int]]:
    """Postcodes and streets with a house number, then postcodes named as one."""
    found = [("address", m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    found += [("address", m.start("code"), m.end("code")) for m in _POSTCODE_WORD.finditer(text)]
    return found


def plates(text: str) -> list[tuple[str, int, int]]:
    """Licence plates by their sidecode, then after "kenteken" (also without dashes)."""
    found = [("plate", m.start(), m.end()) for m in _PLATE.finditer(text)]
    found += [("plate", m.start("plate"), m.end("plate")) for m in _PLATE_WORD.finditer(text)]
    return found
