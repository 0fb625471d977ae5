"""Names in a line of text, for the privacy check: a capitalised name after words such as
"meneer", "mijn consulent" or "heet"; in Arabic script a name after words such as اسمي "my name
is" (whatever follows) or أخي "my brother" (a first name of the bundled list); the words of the
project's own list, in any script and spelling; and, as a hint, a capitalised word that is a
first name in the bundled list. Each finding is (kind, start, end), see
:mod:`klantreis.evidence.privacy_patterns`.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

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

ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"  # Arabic script, Persian letters too
_AR_WORD = rf"[{ARABIC}][{ARABIC}\u200c]*"
# after these, whatever word follows is a name: "my name is", "his name is", "named"
_AR_NAMING = "اسمي|اسمه|اسمها|اسمك|يدعى|تدعى|يسمى|تسمى|المدعو|المدعوة|اسمم|اسمش|به نام"
# after these, a following first name from the list: titles ("Mr.", "Mrs.", "the teacher",
# "doctor": also said without a name), "my brother", "my husband", "the consultant"
_AR_KIN = ("السيد|السيدة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|الدكتور|الدكتورة|الحاج|الحاجة|آقای|آقا|"
           "خانم|دکتر|أخي|اخي|أختي|اختي|زوجي|زوجتي|ابني|ابنتي|بنتي|صديقي|صديقتي|جاري|جارتي|مستشاري|"
           "مستشارتي|المستشار|المستشارة|المترجم|المترجمة|المعلم|المعلمة|معلمي|معلمتي|مرشدي|مرشدتي|"
           "عمي|خالي|عمتي|خالتي|برادرم|خواهرم|همسرم|شوهرم|زنم|پسرم|دخترم|دوستم|همسایه‌ام|مشاورم|"
           "معلمم|مترجم")
_AR_NAME = re.compile(rf"(?<![{ARABIC}])(?:{_AR_NAMING})\s+(?P<name>{_AR_WORD}(?:\s+{_AR_WORD})?)")
_AR_KIN_NAME = re.compile(rf"(?<![{ARABIC}])(?:{_AR_KIN})\s+(?P<name>{_AR_WORD})")
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
            if re.match(f"[{ARABIC}]", line):
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
    if not re.search(f"[{ARABIC}]", word):
        return rf"(?<!\w){re.escape(word)}(?!\w)"
    classes = {"ا": "[اأإآ]", "ي": "[يىی]", "ه": "[هة]", "ك": "[كک]"}
    body = "".join(classes.get(c, re.escape(c)) for c in _normalise_arabic(word))
    return rf"(?<![{ARABIC}])(?:[{_AR_PREFIX}])?(?P<w>{body})(?![{ARABIC}])"


def names(text: str) -> list[tuple[str, int, int]]:
    """Names after a trigger word: capitalised ones, then those in Arabic script."""
    found = []
    for match in _NAME.finditer(text):
        if _looks_like_a_name(match.group("name")):
            found.append(("name", match.start("name"), match.end("name")))
    if re.search(f"[{ARABIC}]", text):
        found += _arabic_names(text)
    return found


def listed_words(text: str, words: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """Every occurrence of a word of the project's list (see :func:`_word_pattern`)."""
    found = []
    for word in words:
        for match in re.finditer(_word_pattern(word.strip()), text, re.IGNORECASE):
            group = "w" if "w" in match.groupdict() else 0
            found.append(("word", match.start(group), match.end(group)))
    return found


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


def possible_names(text: str) -> list[tuple[str, int, int]]:
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
