"""Who speaks where in lines of text (a .txt file, the paragraphs of a Word document).

A line that starts with a speaker's label and a colon ("R3:", "Interviewer:", "Tolk:", "I:",
"Fatima:"), perhaps after a time stamp ("[00:12:31]", "(12:31)", "00:12:31"), starts a turn; a
line without one continues the turn before it. A label is at most 40 characters and four words,
starts with a letter and holds no sentence punctuation. Since "Hij zei: ..." also starts like
that, a label counts when it is clearly one (a code such as R3, a role word, a single capital
letter), when it starts two or more lines, or, once the text has labels, when it is one
capitalised word; the words of a transcript's heading ("Datum:", "Locatie:", "Duur:") never
count. A text without labels becomes speaker-less turns, one per paragraph (lines
up to an empty line).

A time stamp gives the turn its begin, and the next stamp its end (the last stamped turn ends
where it begins: its end is not known). A stamp alone on a line belongs to the turn on the next
line; a stamp before words without a label starts a new turn of the same speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from klantreis.io.transcript_text import Entry, Progress, stamp_ms

INTERVIEWER_WORDS = frozenset((
    "interviewer", "interviewster", "i", "int", "moderator", "gespreksleider", "gespreksleidster",
    "onderzoeker", "onderzoekster", "facilitator", "interviewer/onderzoeker"))
INTERPRETER_WORDS = frozenset(("tolk", "interpreter", "vertaler", "vertaalster"))
# other words that are a speaker's role, never a name
ROLE_WORDS = frozenset(("respondent", "resp", "deelnemer", "deelneemster", "participant",
                        "spreker", "speaker", "vraag", "antwoord", "q", "a", "r"))
# words before a colon in the heading of a transcript, never a speaker ("Datum: 12 maart")
NOT_LABELS = frozenset((
    "datum", "date", "tijd", "time", "duur", "duration", "locatie", "location", "plaats", "place",
    "onderwerp", "subject", "titel", "title", "project", "opmerking", "opmerkingen", "noot",
    "note", "notitie", "let op", "bijlage", "bestand", "file", "transcriptie", "transcript",
    "aanwezig", "aanwezigen", "deelnemers", "participants", "taal", "language", "interview",
    "interviewnummer", "gesprek", "sessie", "session", "groep", "group", "begin", "einde",
    "start", "eind", "pauze", "vragen", "thema", "toelichting", "code", "codes", "bron"))
MAX_LABEL = 40
MAX_LABEL_WORDS = 4

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_STAMP = rf"\[\s*{_CLOCK}\s*\]|\(\s*{_CLOCK}\s*\)|\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?"
_LABEL = rf"(?P<label>[^\W\d_][^:\n,;!?\"“”„(){{}}\[\]<>]{{0,{MAX_LABEL - 1}}}?)[ \t]*:(?![/\d])"
HEAD = re.compile(rf"[ \t]*(?:(?P<stamp>{_STAMP})(?=\s|$)[ \t]*)?(?:{_LABEL})?")
LABEL_AT_START = re.compile(rf"[ \t]*{_LABEL}")
_CODE = re.compile(r"[A-Za-z]{1,4}[ -]?\d{1,4}")


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


def accepted_labels(candidates: Iterable[str], sure: Iterable[str] = ()) -> set[str]:
    """Which of the labels found at the start of lines count as speakers (see the module);
    ``sure`` are labels known to be speakers (a table's speaker column, a voice tag)."""
    counts = Counter(label for label in candidates if label.casefold() not in NOT_LABELS)
    accepted = set(sure) | {label for label, n in counts.items()
                            if n >= 2 or clearly_a_label(label)}
    if accepted:
        accepted |= {label for label in counts
                     if " " not in label and not label[0].islower()}
    return accepted


def _candidate(match: re.Match) -> str | None:
    label = match.group("label")
    if label is None:
        return None
    label = clean_label(label)
    return label if len(label.split()) <= MAX_LABEL_WORDS else None


def entries_from_lines(lines: Sequence[str], progress: Progress, sure: Iterable[str] = ()) -> list[Entry]:
    """The turns of ``lines`` (see the module); ``sure`` as in :func:`accepted_labels`."""
    matches = [HEAD.match(line) for line in lines]
    accepted = accepted_labels((c for m in matches if (c := _candidate(m)) is not None), sure)
    progress.start(len(lines))
    entries: list[Entry] = []
    current: Entry | None = None
    pending = ""  # a stamp alone on its line, for the next turn
    for index, (line, match) in enumerate(zip(lines, matches, strict=True)):
        progress.step(index)
        if not line or line.isspace():
            if current is not None and not current.label:
                current = None  # (the end of a paragraph without a speaker)
            continue
        stamp = match.group("stamp") or ""
        label = _candidate(match)
        if label is not None and label in accepted:
            words = line[match.end():].strip()
        else:
            label = None
            words = line[match.end("stamp"):].strip() if stamp else line.strip()
            if stamp and not words:
                pending = stamp
                continue
        if label is None and not stamp and current is not None:
            current.add(words)
            continue
        if label is None:
            label = current.label if current is not None else ""
        stamp = stamp or pending
        pending = ""
        current = Entry(label, words, stamp, stamp_ms(stamp) if stamp else None)
        entries.append(current)
    progress.tell(len(lines))
    _time_ranges(entries)
    return entries


def _time_ranges(entries: list[Entry]) -> None:
    """A stamped turn ends where the next stamped turn begins (the last: where it begins)."""
    stamped = [e for e in entries if e.begin_ms is not None and e.words.strip()]
    for entry, following in zip(stamped, stamped[1:], strict=False):
        entry.end_ms = max(following.begin_ms, entry.begin_ms)
    for entry in entries:
        if entry.begin_ms is not None and entry.end_ms is None:
            entry.end_ms = entry.begin_ms
