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

The detectors are in one module per sort of data: :mod:`~klantreis.evidence.privacy_names`,
:mod:`~klantreis.evidence.privacy_numbers` (also the dates of birth),
:mod:`~klantreis.evidence.privacy_ages` and :mod:`~klantreis.evidence.privacy_places`;
:func:`scan_text` runs them all.
"""

from __future__ import annotations

from klantreis.evidence.privacy_ages import ages
from klantreis.evidence.privacy_names import listed_words, names, possible_names
from klantreis.evidence.privacy_numbers import (
    addresses,
    birth_dates,
    bsns_and_phones,
    emails,
    ibans,
    plates,
)
from klantreis.evidence.privacy_places import places, places_in, places_named

__all__ = ["places", "places_in", "scan_text"]


def scan_text(text: str, words: tuple[str, ...] = (),
              known_places: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every finding in ``text``, in order, without overlaps (of two that
    overlap, the one that starts first, then the longer, is kept). ``known_places`` (keys from
    :func:`places_in`) are the places of the study itself: not pointed out."""
    found: list[tuple[str, int, int]] = []
    found += emails(text)
    found += ibans(text)
    found += birth_dates(text)
    found += ages(text)
    found += bsns_and_phones(text)
    found += addresses(text)
    found += plates(text)
    found += names(text)
    found += listed_words(text, words)
    found += possible_names(text)
    found += places_named(text, known_places)
    found.sort(key=lambda f: (f[1], -(f[2] - f[1]), f[0] == "possible_name"))
    kept: list[tuple[str, int, int]] = []
    for item in found:
        if kept and item[1] < kept[-1][2]:
            continue  # inside a longer finding (a name in an e-mail address)
        kept.append(item)
    return kept
