"""Exact ages in a line of text, for the privacy check: only where the sentence says whose
age it is, in Dutch, English, Arabic and Persian; never an age class or an estimate. Each
finding is (kind, start, end), see :mod:`klantreis.evidence.privacy_patterns`.
"""

from __future__ import annotations

import re

from klantreis.evidence.privacy_names import ARABIC

# An exact age is flagged where the sentence says whose age it is: "ik ben 54", "hij is 37 jaar",
# "mijn dochter van 9", "mijn kinderen zijn 5 en 8 jaar", "toen ik 17 was", "een 54-jarige",
# "op mijn 17e", "mijn leeftijd: 54", "I am 54", "عمري 54", "۵۴ سالمه". Not an age: a number
# followed by anything but "jaar" and a word that ends the phrase ("ik ben 3 keer verhuisd",
# "ik ben 4 jaar in Nederland", "hij is 2 jaar bij ons"), an age class ("30-40", "50+",
# "in de veertig", "tussen de 30 en 40") or an estimate ("ongeveer 50", "bijna 60", "rond de 40").
_UNITS = "twee|drie|vier|vijf|zes|zeven|acht|negen"
_TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_NUMBER_WORD = (rf"(?:(?:een|{_UNITS})(?:en|ën)(?:{_TENS})|{_TENS}|tien|elf|twaalf|dertien|veertien|"
                rf"vijftien|zestien|zeventien|achttien|negentien|{_UNITS}|honderd)")
_AGE_NUMBER = rf"(?:(?<![\d.,/:+-])(?:1[01]\d|120|[1-9]\d?)(?![\d%+]|[.,:/-]\d)|(?i:{_NUMBER_WORD})\b)"
_AGE_LIST = rf"{_AGE_NUMBER}(?:\s*,\s*{_AGE_NUMBER})*(?:\s+(?i:en|of)\s+{_AGE_NUMBER})?"
_AGE_UNIT = r"(?:\s+(?i:jaar|jr\b\.?))"
_BABY_UNIT = r"(?:\s+(?i:jaar|jr\b\.?|maanden|maand|weken|week))"
# what may follow an age: the end of the phrase, "oud", a conjunction, a verb or an adverb of time
_AGE_END = (r"(?=\s*(?:$|[.,;:!?)\]\"'’”…–]|\s-\s)|\s+(?i:(?:en|of)(?!\s+(?:\d|een\s+half|half|"
            rf"{_NUMBER_WORD}))|oud|jong|geworden|maar|dus|want|"
            r"toen|nu|hoor|al|inmiddels|ben|bent|is|was|werd|word|wordt|zijn|waren|werden|"
            r"geweest|volgend|volgende|dit|deze|vandaag|morgen|binnenkort|straks|ook|old|and|but|"
            r"when)\b)")
# words that follow an age used as a noun ("als 17-jarige kwam ik", "op mijn 17e moest ik"), not
# a noun it describes ("een driejarige opleiding", "op mijn 3e afspraak")
_AGE_VERB = (r"(?i:en|uit|van|in|op|met|die|dat|ik|hij|zij|ze|we|wij|kwam|kwamen|is|was|werd|had|"
             r"heeft|zei|moest|moesten|kon|mocht|wilde|ging|gingen|woont|woonde|werkt|werkte|zit|"
             r"zat|kreeg|krijgt|ook|nog|al|heb|ben|kan|begon|trouwde|vluchtte|vertrok|verhuisde|"
             r"stopte|leerde|kende|wist|moet|mag|wil)")
_KIN = (r"(?:dochter(?:tje|s)?|zoon(?:tje)?|zoons|zonen|kind(?:je|eren)?|jongen(?:tje|s)?|meisje(?:s)?|"
        r"baby|tweeling|broer(?:tje|s)?|zus(?:je|sen)?|zuster|vader|moeder|opa|oma|neef(?:je)?|"
        r"nicht(?:je)?|kleinkind(?:eren)?|oudste|jongste|middelste|man|vrouw|echtgeno(?:ot|te)|"
        r"jongeman|vriend(?:in)?|buurjongen|buurmeisje|schoonmoeder|schoonvader|zwager|schoonzus|"
        r"persoon|statushouder|nieuwkomer|vluchteling|cliënt|client|klant|deelnemer|respondent)")
_POSSESSIVE = r"(?:mijn|m'n|onze|ons|haar|zijn|z'n|hun|de|het|die|deze|een)"
_ADVERB = r"(?:(?:nu|al|pas|net|inmiddels|intussen|toen|ook|sinds kort|dit jaar|vandaag|straks)\s+)"
_PRONOUN_AGE = re.compile(  # "ik ben 54", "hij is nu 37 jaar", "nu ben ik 54", "I am 54"
    rf"(?<![\w'’-])(?i:(?:ik\s+(?:ben|was|werd|word)|(?:hij|zij|ze)\s+(?:is|was|werd|wordt)"
    rf"|(?:ben|was|werd|word)\s+ik|(?:is|was|werd|wordt)\s+(?:hij|zij|ze)"
    rf"|i\s+am|i'm|i\s+was|(?:he|she)\s+is|(?:he|she)'s)\s+{_ADVERB}*)"
    rf"(?P<age>{_AGE_LIST}(?:{_AGE_UNIT}|\s+(?i:years?)(?=\s+old))?){_AGE_END}")
_KIN_AGE = re.compile(  # "mijn zoon is 12 jaar", "mijn kinderen zijn 5 en 8", "mijn dochter 9"
    rf"(?<![\w'’-])(?i:{_POSSESSIVE}\s+(?:\w+\s+)?{_KIN}(?:\s+(?:is|zijn|was|waren|wordt|werd|"
    rf"worden|werden))?\s+{_ADVERB}*)(?P<age>{_AGE_LIST}{_AGE_UNIT}?){_AGE_END}")
# "mijn dochter van 9 vertaalt", "een man van 54 jaar", "een baby van 3 maanden" (not "vader van
# 4": a count of children, nor "de buurvrouw van 2 hoog", "een gezin van 5 personen")
_KIN_OF_AGE = re.compile(
    rf"(?<![\w'’-])(?i:(?!vader|moeder|opa|oma){_KIN}\s+van\s+)(?P<age>{_AGE_LIST}{_BABY_UNIT}?)"
    rf"(?:{_AGE_END}|(?=\s+(?!(?i:kinderen|kind|kleinkinderen|hoog|personen|mensen|man|vrouwen|"
    rf"keer|uur|dagen|meter|kilo|euro|procent|jaar|maanden|weken)\b)[^\W\d_]))")
_WHEN_AGE = re.compile(  # "toen ik 17 was", "sinds hij 6 jaar oud is"
    rf"(?<![\w'’-])(?i:(?:toen|als|sinds|nadat|omdat|dat|tot|totdat|voordat|wanneer)\s+"
    rf"(?:ik|hij|zij|ze|{_POSSESSIVE}\s+{_KIN})\s+)(?P<age>{_AGE_LIST}{_AGE_UNIT}?)"
    rf"(?=(?:\s+(?i:oud|jong))?\s+(?i:was|werd|ben|is|word|wordt|waren|werden|zijn)\b)")
_JARIG = re.compile(  # "een 54-jarige", "mijn 9-jarige dochter", "op 17-jarige leeftijd"
    rf"(?<![\w'’-])(?P<age>(?:(?:1[01]\d|120|[1-9]\d?)\s?-?\s?|(?i:{_NUMBER_WORD}-?))(?i:jarig(?:e|en)?))"
    rf"(?=\s+(?i:(?:\w+\s+)?{_KIN}|leeftijd)\b|\s*(?:$|[.,;:!?)\]\"'’”…–])"
    rf"|\s+(?!(?i:{_KIN})\b){_AGE_VERB}\b)"
    rf"|(?<![\w'’-])(?i:als\s+)(?P<age2>(?:(?:1[01]\d|120|[1-9]\d?)\s?-?\s?|(?i:{_NUMBER_WORD}-?))"
    rf"(?i:jarige?))\b")  # "als 54-jarige vind je geen werk"
_ON_MY_AGE = re.compile(  # "op mijn 17e", "sinds zijn 9de", "mijn leeftijd is 54", "leeftijd: 54"
    rf"(?<![\w'’-])(?i:(?:op|sinds|vanaf|na|voor|tot)\s+(?:mijn|m'n|zijn|z'n|haar)\s+)"
    rf"(?P<age>(?:1[01]\d|120|[1-9]\d?)(?i:e|de|ste)|(?i:{_NUMBER_WORD}(?:de|ste)))\b"
    rf"(?=\s*(?:$|[.,;:!?)\]\"'’”…–])|\s+{_AGE_VERB}\b)"
    rf"|(?<![\w'’-])(?i:(?:(?:mijn|m'n|zijn|z'n|haar)\s+leeftijd(?:\s+(?:is|was))?|leeftijd)\s*:?\s*)"
    rf"(?P<age2>{_AGE_NUMBER}{_AGE_UNIT}?){_AGE_END}")
_YEARS_OLD = re.compile(  # "54 years old", "a 54-year-old"
    r"(?<![\w.,-])(?P<age>(?:1[01]\d|120|[1-9]\d?)(?:\s+years?\s+old|-years?-old))\b", re.IGNORECASE)
# Arabic and Persian: "عمري 54" (my age is 54), "يبلغ من العمر 37 عاما" (he is 37 years old),
# "۵۴ سالمه" / "۵۴ سال دارم" (I am 54, Persian); a number in any of the three sets of digits
_AR_DIGITS = r"[0-9٠-٩۰-۹]{1,3}"
_AR_YEARS = r"(?:\s*(?:سنة|سنه|سنوات|سنين|عاما|عامًا|عام|سال))?"
_AR_AGE = re.compile(
    rf"(?<![{ARABIC}])(?:عمري|عمره|عمرها|عمرك|عمرنا|عمرهم|سنم|سنش|سن\s+من|(?:يبلغ|تبلغ|أبلغ|ابلغ|نبلغ)"
    rf"\s+(?:من\s+)?(?:العمر|عمر))\s*(?:الآن\s*|حاليا\s*|:\s*)?(?P<age>{_AR_DIGITS}{_AR_YEARS})(?![0-9٠-٩۰-۹])"
    rf"|(?<![0-9٠-٩۰-۹.,])(?P<age2>{_AR_DIGITS}\s*سال)(?=(?:مه|شه|م\s+است|ش\s+است|\s+دارم|\s+داره|"
    rf"\s+دارد|\s+داشتم|\s+داشت)(?![{ARABIC}]))")
_AGE_PATTERNS = (_PRONOUN_AGE, _KIN_AGE, _KIN_OF_AGE, _WHEN_AGE, _JARIG, _ON_MY_AGE, _YEARS_OLD, _AR_AGE)


def ages(text: str) -> list[tuple[str, int, int]]:
    """Exact ages, pattern by pattern (the Arabic and Persian ones last)."""
    found = []
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(text):
            group = next(g for g in ("age", "age2") if match.groupdict().get(g) is not None)
            found.append(("age", match.start(group), match.end(group)))
    return found
