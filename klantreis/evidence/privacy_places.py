"""Small Dutch places in a line of text, for the privacy check (a hint, not a certainty): a place
of the bundled list (woonplaatsen and municipalities under 50,000 inhabitants), capitalised,
after "in", "uit", "naar" and the like. Each finding is (kind, start, end), see
:mod:`klantreis.evidence.privacy_patterns`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

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


def places_named(text: str, known: frozenset[str]) -> list[tuple[str, int, int]]:
    """Places of the list after a word that makes them a place, except the ``known`` ones."""
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
