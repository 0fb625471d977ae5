"""Which words at the start of a line are a speaker's label (a .txt file, a Word document, the
lines of a subtitle cue).

A label is written before a colon at the start of a line ("R3:", "Interviewer:", "Fatima:",
"Mohammed Al-Hassan:"), perhaps after a time stamp; or, in the layout of Microsoft Teams and of
Word's dictation, alone on a short line followed by a time stamp (on that line or the next), the
words said on the lines after ("Fatima Yilmaz   0:03"). A label is at most 40 characters and four
words, starts with a letter and holds no sentence punctuation.

Since "Hij zei: ..." and a transcript's heading ("Datum: 12 maart") start a line in the same
way, a label counts only when it is clearly one (a code such as R3, a role word such as
Interviewer or Tolk, one capital letter, a label the file itself marks as a speaker), or when
it has the shape of a name (each word capitalised, a number, or a particle such as "van", "de",
"el", "al"; not a heading word nor a word that starts sentences) and at least two lines of the
text start with a label of that shape (or a clear one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

INTERVIEWER_WORDS = frozenset((
    "interviewer", "interviewster", "i", "int", "moderator", "gespreksleider", "gespreksleidster",
    "onderzoeker", "onderzoekster", "facilitator", "interviewer/onderzoeker"))
INTERPRETER_WORDS = frozenset(("tolk", "interpreter", "vertaler", "vertaalster"))
# other words that are a speaker's role, never a name
ROLE_WORDS = frozenset(("respondent", "resp", "deelnemer", "deelneemster", "participant",
                        "spreker", "speaker", "vraag", "antwoord", "q", "a", "r"))
# words before a colon in the heading or notes of a transcript, never a speaker ("Datum: ...");
# a label whose first word is one of these is none either ("Datum interview: ...")
NOT_LABELS = frozenset((
    "datum", "date", "tijd", "time", "duur", "duration", "locatie", "location", "plaats", "place",
    "onderwerp", "subject", "titel", "title", "project", "opmerking", "opmerkingen", "noot",
    "note", "notes", "notitie", "notities", "let op", "bijlage", "bestand", "file", "transcriptie",
    "transcript", "aanwezig", "aanwezigen", "deelnemers", "participants", "taal", "language",
    "interview", "interviewnummer", "gesprek", "sessie", "session", "groep", "group", "begin",
    "einde", "start", "eind", "pauze", "vragen", "thema", "toelichting", "code", "codes", "bron",
    "conclusie", "conclusies", "samenvatting", "summary", "inleiding", "introductie",
    "afsluiting", "achtergrond", "context", "doel", "resultaat", "observatie", "observaties",
    "aantekening", "aantekeningen", "afspraken", "actiepunten", "belangrijk", "tip", "tips",
    "voorbeeld", "bijvoorbeeld", "citaat", "quote", "naam", "name", "leeftijd", "age",
    "geslacht", "gender", "herkomst", "nationaliteit", "woonplaats", "gemeente", "organisatie",
    "functie", "afdeling", "versie", "version", "status", "nb", "n.b.", "ps", "p.s."))
# words that start a sentence, never a name ("Toen Ahmed: ...")
SENTENCE_WORDS = frozenset((
    "hij", "zij", "ze", "ik", "wij", "we", "jij", "je", "jullie", "u", "men", "het", "dat", "dit",
    "die", "deze", "een", "en", "of", "maar", "dus", "want", "toen", "daarna", "ja", "nee", "oké",
    "ok", "nou", "zo", "als", "wat", "wie", "waar", "hoe", "waarom", "wanneer", "er", "daar",
    "hier", "mijn", "zijn", "haar", "ons", "onze", "hun", "om", "tot", "na", "voor", "vanaf",
    "rond", "sinds", "met", "bij", "the", "and", "but", "so", "he", "she", "we", "you", "it",
    "this", "that", "then", "yes", "no", "well", "what", "when", "why", "how", "at", "from"))
# the lower-case words of a name between its capitalised ones ("Ahmed el Amrani", "Jan de Vries")
PARTICLES = frozenset((
    "van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "in", "op", "aan", "uit",
    "von", "vom", "zu", "da", "das", "dos", "di", "du", "del", "della", "le", "la", "el", "al",
    "bin", "ben", "ibn", "bint", "abu", "ould", "ait", "y"))
MAX_LABEL = 40
MAX_LABEL_WORDS = 4

CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# a time stamp before a label ("[00:12:31] R3:"): in brackets, or h:mm:ss without them
STAMP = rf"\[\s*{CLOCK}\s*\]|\(\s*{CLOCK}\s*\)|\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?"
_LABEL = rf"(?P<label>[^\W\d_][^:\n,;!?\"“”„(){{}}\[\]<>]{{0,{MAX_LABEL - 1}}}?)[ \t]*:(?![/\d])"
HEAD = re.compile(rf"[ \t]*(?:(?P<stamp>{STAMP})(?=\s|$)[ \t]*)?(?:{_LABEL})?")
LABEL_AT_START = re.compile(rf"[ \t]*{_LABEL}")
_CODE = re.compile(r"[A-Za-z]{1,4}[ -]?\d{1,4}")
# the Teams layout: a name alone on a line, perhaps with the time after it ("Fatima  0:03")
_NAME = r"(?P<name>[^\W\d_][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3})"
_TIME = rf"(?P<time>[\[(]?{CLOCK}[\])]?)"
NAME_AND_TIME = re.compile(rf"[ \t]*{_NAME}[ \t]+{_TIME}[ \t]*")
NAME_ALONE = re.compile(rf"[ \t]*{_NAME}[ \t]*")
TIME_ALONE = re.compile(rf"[ \t]*{_TIME}[ \t]*")


def clean_label(label: str) -> str:
    """A label with its white space collapsed."""
    return " ".join(label.split())


def role_key(label: str) -> str:
    """A label without a number after it, case-folded: "Interviewer 2" -> "interviewer"."""
    return re.sub(r"[\s\d]+$", "", label).casefold().strip()


def is_label(label: str) -> bool:
    """Whether ``label`` has the shape of a speaker's label (see the module)."""
    return (0 < len(label) <= MAX_LABEL and len(label.split()) <= MAX_LABEL_WORDS
            and LABEL_AT_START.fullmatch(label + ":") is not None)


def clearly_a_label(label: str) -> bool:
    """A code ("R3", "P 12"), a role word ("Interviewer", "Tolk 2") or one capital letter."""
    key = role_key(label)
    return (_CODE.fullmatch(label) is not None
            or key in INTERVIEWER_WORDS or key in INTERPRETER_WORDS or key in ROLE_WORDS
            or (len(label) == 1 and label.isupper()))


def _capitalised(word: str) -> bool:
    """A word whose first letter is a capital, or a letter of a script without capitals."""
    letter = next((c for c in word if c.isalpha()), "")
    return bool(letter) and not letter.islower() and word[0] not in "'’-."


def name_shaped(label: str) -> bool:
    """Whether ``label`` has the shape of a person's name: 1-4 words, each capitalised, a
    number or a name particle, the last one capitalised or a number, at least one capitalised;
    not a heading ("Datum interview") nor a sentence's start ("Toen Ahmed")."""
    words = label.split()
    if not 0 < len(words) <= MAX_LABEL_WORDS or len(label) > MAX_LABEL:
        return False
    first = words[0].casefold()
    if first in NOT_LABELS or first in SENTENCE_WORDS or label.casefold() in NOT_LABELS:
        return False
    if not any(_capitalised(w) for w in words) or words[0].isdigit():
        return False
    if not (_capitalised(words[-1]) or words[-1].isdigit()):
        return False
    return all(_capitalised(w) or w.isdigit() or w.casefold() in PARTICLES for w in words)


@lru_cache(maxsize=4096)  # (a transcript repeats its few labels thousands of times)
def counts(label: str) -> bool:
    """Whether a label found at the start of a line may be a speaker's (it is clearly one or
    has the shape of a name), before the text as a whole is judged."""
    return label.casefold() not in NOT_LABELS and (clearly_a_label(label) or name_shaped(label))


def accepted_labels(candidates: Iterable[str], sure: Iterable[str] = ()) -> set[str]:
    """Which of the labels found at the start of lines (one item per line) count as speakers
    (see the module); ``sure`` are labels known to be speakers (a table's speaker column, a
    voice tag)."""
    counted = [label for label in candidates if counts(label)]
    accepted = set(sure) | {label for label in counted if clearly_a_label(label)}
    if len(counted) >= 2:
        accepted |= set(counted)
    return accepted


def teams_name(line: str) -> tuple[str, int, int, str] | None:
    """(label, its start and end in ``line``, the time) when ``line`` is a speaker's name and a
    time, as Teams and Word's dictation write them ("Fatima Yilmaz   0:03"); (label, start,
    end, "") when it is a name alone (its time may be on the next line); else None."""
    if len(line) > 2 * MAX_LABEL:  # (a line of text, not a name: quick)
        return None
    match = NAME_AND_TIME.fullmatch(line) or NAME_ALONE.fullmatch(line)
    if match is None:
        return None
    label = clean_label(match.group("name"))
    if not (counts(label) and is_label(label)):
        return None
    time = match.group("time") if "time" in match.groupdict() else None
    return label, match.start("name"), match.end("name"), time or ""
