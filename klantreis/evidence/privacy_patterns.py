"""What likely personal data looks like in a line of text: the detectors of the privacy check.

Each finding is (kind, start, end). Kinds: ``name`` (after words such as "meneer", "mijn
consulent", or Arabic and Persian words such as اسمي "my name is" and أخي "my brother"),
``word`` (the project's word list, in any script), ``possible_name`` (a capitalised word that is
a first name in the bundled list: a hint, not a certainty), ``bsn`` (valid by the 11-check),
``iban`` (valid by its mod-97 check), ``phone``, ``email``, ``address`` (a postcode or street
with a house number), ``plate`` (a Dutch licence plate), ``birth_date`` (after "geboren",
"ik ben van", with an age, or any full date before 2006), ``age`` (an exact age where the sentence
says whose it is: "ik ben 54", "mijn dochter van 9", "54-jarige", "عمري 54"; never an age class)
and ``place`` (a hint: a Dutch place under 50,000 inhabitants from the bundled list, capitalised,
after "in", "uit", "naar" and the like).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

# ----------------------------------------------------------------------------- names

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

_AR = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"  # Arabic script, Persian letters too
_AR_WORD = rf"[{_AR}][{_AR}\u200c]*"
# after these, whatever word follows is a name: "my name is", "his name is", "named"
_AR_NAMING = "اسمي|اسمه|اسمها|اسمك|يدعى|تدعى|يسمى|تسمى|المدعو|المدعوة|اسمم|اسمش|به نام"
# after these, a following first name from the list: titles ("Mr.", "Mrs.", "the teacher",
# "doctor": also said without a name), "my brother", "my husband", "the consultant"
_AR_KIN = ("السيد|السيدة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|الدكتور|الدكتورة|الحاج|الحاجة|آقای|آقا|"
           "خانم|دکتر|أخي|اخي|أختي|اختي|زوجي|زوجتي|ابني|ابنتي|بنتي|صديقي|صديقتي|جاري|جارتي|مستشاري|"
           "مستشارتي|المستشار|المستشارة|المترجم|المترجمة|المعلم|المعلمة|معلمي|معلمتي|مرشدي|مرشدتي|"
           "عمي|خالي|عمتي|خالتي|برادرم|خواهرم|همسرم|شوهرم|زنم|پسرم|دخترم|دوستم|همسایه‌ام|مشاورم|"
           "معلمم|مترجم")
_AR_NAME = re.compile(rf"(?<![{_AR}])(?:{_AR_NAMING})\s+(?P<name>{_AR_WORD}(?:\s+{_AR_WORD})?)")
_AR_KIN_NAME = re.compile(rf"(?<![{_AR}])(?:{_AR_KIN})\s+(?P<name>{_AR_WORD})")
_AR_PREFIX = "وفبلك"  # one-letter words written onto the next: and, so, with, for, like

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
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?![\w'’-])")


@cache
def first_names() -> tuple[frozenset[str], frozenset[str]]:
    """(Latin-script names case-folded, Arabic-script names normalised) of the bundled list."""
    text = resources.files("klantreis").joinpath("resources/first_names.txt").read_text("utf-8")
    latin, arabic = set(), set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            if re.match(f"[{_AR}]", line):
                arabic.add(_normalise_arabic(line))
            else:
                latin.add(line.casefold())
    return frozenset(latin), frozenset(arabic)


_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
                          "\u200c": None, "ـ": None})


def _normalise_arabic(word: str) -> str:
    """Alef with hamza as bare alef, final ya and ta marbuta folded, Persian ye and kaf as Arabic
    ones, joiners left out: the spellings one name gets in practice."""
    return re.sub("[\u064b-\u0652]", "", word).translate(_AR_FOLD)


def _arabic_list_name(word: str) -> bool:
    arabic = first_names()[1]
    folded = _normalise_arabic(word)
    return folded in arabic or (folded[:1] in _AR_PREFIX and folded[1:] in arabic)


def _word_pattern(word: str) -> str:
    """A word of the project's list as a pattern: whole words, any case; in Arabic script with
    the spellings of :func:`_normalise_arabic` and a one-letter word written onto it."""
    if not re.search(f"[{_AR}]", word):
        return rf"(?<!\w){re.escape(word)}(?!\w)"
    classes = {"ا": "[اأإآ]", "ي": "[يىی]", "ه": "[هة]", "ك": "[كک]"}
    body = "".join(classes.get(c, re.escape(c)) for c in _normalise_arabic(word))
    return rf"(?<![{_AR}])(?:[{_AR_PREFIX}])?(?P<w>{body})(?![{_AR}])"


# ----------------------------------------------------------------------------- numbers

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


def _ibans(text: str):
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


def _birth_dates(text: str):
    for match in _BIRTH.finditer(text):
        yield match.start("date"), match.end("date")
    for match in _AGE_YEAR.finditer(text):
        group = "a" if match.group("a") else "b"
        yield match.start(group), match.end(group)
    for match in _ANY_DATE.finditer(text):
        year = int(re.findall(r"(?:19|20)\d{2}", match.group())[0])
        if 1900 <= year < BIRTH_YEARS_BEFORE:
            yield match.start(), match.end()


# ----------------------------------------------------------------------------- ages

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
    rf"(?<![{_AR}])(?:عمري|عمره|عمرها|عمرك|عمرنا|عمرهم|سنم|سنش|سن\s+من|(?:يبلغ|تبلغ|أبلغ|ابلغ|نبلغ)"
    rf"\s+(?:من\s+)?(?:العمر|عمر))\s*(?:الآن\s*|حاليا\s*|:\s*)?(?P<age>{_AR_DIGITS}{_AR_YEARS})(?![0-9٠-٩۰-۹])"
    rf"|(?<![0-9٠-٩۰-۹.,])(?P<age2>{_AR_DIGITS}\s*سال)(?=(?:مه|شه|م\s+است|ش\s+است|\s+دارم|\s+داره|"
    rf"\s+دارد|\s+داشتم|\s+داشت)(?![{_AR}]))")
_AGE_PATTERNS = (_PRONOUN_AGE, _KIN_AGE, _KIN_OF_AGE, _WHEN_AGE, _JARIG, _ON_MY_AGE, _YEARS_OLD, _AR_AGE)


def _ages(text: str):
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(text):
            group = next(g for g in ("age", "age2") if match.groupdict().get(g) is not None)
            yield match.start(group), match.end(group)


# ----------------------------------------------------------------------------- places

# A place of the bundled list (woonplaatsen and municipalities under 50,000 inhabitants: the
# cities are no hint by themselves) is pointed out when the sentence says it is a place: after
# "in", "uit", "naar", "te", "vanuit", "richting", "nabij", "(het) dorp", "gemeente", or in a row
# of places after one ("in Heino of Luttenberg"), and only capitalised ("in de wijk" is not the
# village De Wijk). Places the project itself is about (named in its title, subtitle or
# organisation: the municipality of the study) are never pointed out.
_PLACE_TRIGGER = re.compile(
    r"(?<![\w'’-])(?i:in|uit|naar|vanuit|te|richting|nabij|dorp(?:je)?|gemeente|woonplaats\s*:?)\s+")
_PLACE_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*-?")
_PLACE_MORE = re.compile(r"\s*,\s*|\s+(?i:en|of)\s+")
_ARTICLES = ("'s", "'t", "de", "den", "het", "ter", "ten", "te")
_SPACES = re.compile(r"[ \t]+")  # (between the words of one name: no line break, no comma)


def _place_key(name: str) -> str:
    """A place name as looked up: without accents, hyphens as spaces, in any case."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s-]+", " ", plain).strip().casefold()


@cache
def places() -> dict[str, str]:
    """The bundled list of places: lookup key (see :func:`_place_key`) to name."""
    text = resources.files("klantreis").joinpath("resources/places.txt").read_text("utf-8")
    return {_place_key(line): line for line in text.splitlines() if line and not line.startswith("#")}


@cache
def _place_words() -> int:
    return max(len(key.split()) for key in places())


def _place_at(text: str, pos: int) -> int | None:
    """The end of the longest place of the list that starts at ``pos``, written capitalised."""
    tokens = []
    while len(tokens) < _place_words():
        match = _PLACE_TOKEN.match(text, pos)
        if not match:
            break
        tokens.append(match)
        after = _SPACES.match(text, match.end())
        if not after:
            break
        pos = after.end()
    for n in range(len(tokens), 0, -1):
        start, end = tokens[0].start(), tokens[n - 1].end()
        if _place_key(text[start:end]) not in places():
            continue
        significant = next((t.group() for t in tokens[:n] if t.group().casefold() not in _ARTICLES),
                           tokens[0].group())
        first = re.sub(r"^['’][st]-", "", significant)[:1]  # ("'s-Gravenzande": the G)
        if first.isupper() or first.isdigit():
            return end
    return None


def places_in(text: str) -> frozenset[str]:
    """The keys of the places of the list that ``text`` names anywhere (capitalised)."""
    found = set()
    for match in re.finditer(r"(?<![\w'’-])['’\w]", text):
        end = _place_at(text, match.start())
        if end is not None:
            found.add(_place_key(text[match.start():end]))
    return frozenset(found)


def _places(text: str, known: frozenset[str]) -> list[tuple[str, int, int]]:
    found = []
    for trigger in _PLACE_TRIGGER.finditer(text):
        pos = trigger.end()
        while (end := _place_at(text, pos)) is not None:
            if _place_key(text[pos:end]) not in known:
                found.append(("place", pos, end))
            more = _PLACE_MORE.match(text, end)
            if not more:
                break
            pos = more.end()
    return found


def scan_text(text: str, words: tuple[str, ...] = (),
              known_places: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every finding in ``text``, in order, without overlaps (of two that
    overlap, the one that starts first, then the longer, is kept). ``known_places`` (keys from
    :func:`places_in`) are the places of the study itself: not pointed out."""
    found: list[tuple[str, int, int]] = []
    found += [("email", m.start(), m.end()) for m in _EMAIL.finditer(text)]
    found += [("iban", s, e) for s, e in _ibans(text)]
    found += [("birth_date", s, e) for s, e in _birth_dates(text)]
    found += [("age", s, e) for s, e in _ages(text)]
    # (the digits of something shaped like an account number are no phone number or BSN)
    shaped = [(m.start(), m.end()) for m in _IBAN.finditer(text.upper())]

    def free(match, group=0) -> bool:
        return not any(s <= match.start(group) and match.end(group) <= e for s, e in shaped)

    found += [("bsn", m.start(1), m.end(1)) for m in _BSN.finditer(text)
              if bsn_valid(re.sub(r"\D", "", m.group(1))) and free(m, 1)]
    found += [("phone", m.start(), m.end()) for m in _PHONE.finditer(text) if free(m)]
    found += [("address", m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    found += [("address", m.start("code"), m.end("code")) for m in _POSTCODE_WORD.finditer(text)]
    found += [("plate", m.start(), m.end()) for m in _PLATE.finditer(text)]
    found += [("plate", m.start("plate"), m.end("plate")) for m in _PLATE_WORD.finditer(text)]
    for match in _NAME.finditer(text):
        if _looks_like_a_name(match.group("name")):
            found.append(("name", match.start("name"), match.end("name")))
    if re.search(f"[{_AR}]", text):
        found += _arabic_names(text)
    for word in words:
        for match in re.finditer(_word_pattern(word.strip()), text, re.IGNORECASE):
            group = "w" if "w" in match.groupdict() else 0
            found.append(("word", match.start(group), match.end(group)))
    found += _possible_names(text)
    found += _places(text, known_places)
    found.sort(key=lambda f: (f[1], -(f[2] - f[1]), f[0] == "possible_name"))
    kept: list[tuple[str, int, int]] = []
    for item in found:
        if kept and item[1] < kept[-1][2]:
            continue  # inside a longer finding (a name in an e-mail address)
        kept.append(item)
    return kept


def _arabic_names(text: str) -> list[tuple[str, int, int]]:
    found = []
    for match in _AR_NAME.finditer(text):
        first, *rest = match.group("name").split()
        end = match.start("name") + len(first)
        if rest and _arabic_list_name(rest[0]):  # a second name only when it is one
            end = match.end("name")
        found.append(("name", match.start("name"), end))
    for match in _AR_KIN_NAME.finditer(text):
        if _arabic_list_name(match.group("name")):
            found.append(("name", match.start("name"), match.end("name")))
    return found


def _possible_names(text: str) -> list[tuple[str, int, int]]:
    """Capitalised words that are first names in the bundled list (a hint for the researcher:
    a name that no trigger word announces)."""
    latin = first_names()[0]
    found = []
    for match in _CAPITALISED.finditer(text):
        word = match.group().rstrip("'’-")
        folded = word.casefold()
        if folded in latin and folded not in _NOT_NAMES:
            found.append(("possible_name", match.start(), match.start() + len(word)))
    return found


def _looks_like_a_name(name: str) -> bool:
    words = name.split()
    if len(words) > 1 and re.fullmatch(_PARTICLE, words[0], re.IGNORECASE):
        return True  # "mevrouw De Vries"
    return words[0].casefold() not in _NOT_NAMES
