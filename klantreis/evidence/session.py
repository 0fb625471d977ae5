"""What a facilitator does during a focus group, as edits: capture a quote, cast a vote, place
or move quotes, tag them. Pure functions from the journey and the input to a
:class:`klantreis.model.edits.Edit`, so the app pushes each as one undo step."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from klantreis.graph import route as graph
from klantreis.model.edits import Edit, Insert, Remove, Sequence, SetInfo, Update
from klantreis.model.entities import Provenance, Quote, Score, Sentiment, Translator, new_id
from klantreis.model.journey import Journey
from klantreis.model.links import unlinked

# the keys of live capture: Alt+1..5 give -2..+2, Alt+G mixed, Alt+0 unknown
SENTIMENT_KEYS: dict[str, Sentiment] = {
    "1": Sentiment.VERY_NEGATIVE, "2": Sentiment.NEGATIVE, "3": Sentiment.NEUTRAL,
    "4": Sentiment.POSITIVE, "5": Sentiment.VERY_POSITIVE, "G": Sentiment.MIXED,
    "0": Sentiment.UNKNOWN,
}

_RTL_CLASSES = {"R", "AL"}
_LTR_CLASSES = {"L"}


def now_stamp() -> str:
    """The local time to the second, as stored in ``captured_at``."""
    return datetime.now().replace(microsecond=0).isoformat()


def is_right_to_left(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Farsi, Hebrew): the
    paragraph direction of the Unicode bidi algorithm (rules P2-P3)."""
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind in _LTR_CLASSES:
            return False
    return False


def attribute_names(journey: Journey) -> tuple[str, ...]:
    """The project's respondent attributes: those it asks for, then any others respondents have."""
    names = list(journey.info.attribute_names)
    for respondent in journey.respondents:
        for name, _ in respondent.attributes:
            if name not in names:
                names.append(name)
    return tuple(names)


def set_attribute_names(journey: Journey, names: list[str]) -> SetInfo:
    """Change the list of attributes the project asks for (respondents keep their values)."""
    cleaned = tuple(dict.fromkeys(n.strip() for n in names if n.strip()))
    return SetInfo(replace(journey.info, attribute_names=cleaned), code="edit_change_attributes")


def respondent_by_key(journey: Journey, key: str, group_id: str | None = None) -> str | None:
    """The respondent a facilitator means by ``key``: a code ("R3", any case), or a number
    ("3": the third respondent of the group, or of the whole project without a group)."""
    key = key.strip()
    if not key:
        return None
    folded = key.casefold()
    for respondent in journey.respondents:
        if respondent.code.casefold() == folded:
            return respondent.id
    if key.isdigit():
        pool = [r for r in journey.respondents if group_id is None or r.group_id == group_id]
        index = int(key) - 1
        if 0 <= index < len(pool):
            return pool[index].id
    return None


def touchpoint_by_number(journey: Journey, text: str) -> str | None:
    """The touchpoint with display number ``text`` ("7", "7." or "#7"), or None."""
    match = re.fullmatch(r"\s*#?(\d+)\.?\s*", text)
    if not match:
        return None
    wanted = int(match.group(1))
    for tp_id, number in graph.display_numbers(journey).items():
        if number == wanted:
            return tp_id
    return None


def capture_quote(journey: Journey, text: str, *, touchpoint_id: str | None,
                  respondent_id: str | None = None, group_id: str | None = None,
                  sentiment: Sentiment = Sentiment.UNKNOWN, language: str = "nl",
                  captured_at: str | None = None, source: str = "",
                  provenance: Provenance = Provenance.LETTERLIJK, translation: str = "",
                  translated_by: Translator = Translator.NONE, tags: str = "") -> Insert:
    """A quote as said in the room, appended to the journey. Without a touchpoint it goes to the
    parking lot; without a group it takes the respondent's (a group without a respondent is a
    quote of "someone of that group, respondent unknown"). The perspective is left to the group,
    so it follows the group when that is corrected later. ``tags`` are separated by commas or
    semicolons. A translator without a translation is left out. Raises InvalidValue (empty
    text, a bad language code)."""
    if group_id is None and respondent_id is not None:
        group_id = journey.respondent(respondent_id).group_id
    translation = translation.strip()
    quote = Quote(new_id(), text.strip(), language=language, touchpoint_id=touchpoint_id,
                  respondent_id=respondent_id, group_id=group_id, sentiment=sentiment,
                  captured_at=captured_at or now_stamp(), source=source.strip(),
                  provenance=provenance, translation=translation,
                  translated_by=translated_by if translation else Translator.NONE,
                  tags=split_tags(tags))
    return Insert(quote, code="edit_capture_quote")


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "wachten, taal; brief": each once, in order."""
    return tuple(dict.fromkeys(t.strip() for t in re.split(r"[,;]", text) if t.strip()))


_FARSI_LETTERS = set("پچژگکیۀ")


def guess_language(text: str) -> str | None:
    """The language a quote's script points to: Ge'ez script is Tigrinya here; Arabic script is
    Farsi when it has letters only Persian uses, else Arabic; None for Latin script and the
    rest (the facilitator's choice stands)."""
    arabic = ethiopic = 0
    for char in text:
        code = ord(char)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            arabic += 1
        elif 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF:
            ethiopic += 1
    if ethiopic > arabic:
        return "ti"
    if arabic:
        return "fa" if _FARSI_LETTERS & set(text) else "ar"
    return None


def vote(journey: Journey, touchpoint_id: str, respondent_id: str, value: int | None,
         captured_at: str | None = None) -> Edit | None:
    """Set (or with None, clear) a respondent's experience vote for a touchpoint; None when
    nothing would change. One vote per respondent and touchpoint."""
    existing = next((s for s in journey.scores_for(touchpoint_id)
                     if s.respondent_id == respondent_id), None)
    if value is None:
        return None if existing is None else Remove("score", existing.id, code="edit_clear_vote")
    if existing is not None:
        if existing.value == value:
            return None
        return Update(replace(existing, value=value, captured_at=captured_at or now_stamp()),
                      code="edit_vote")
    group_id = journey.respondent(respondent_id).group_id
    return Insert(Score(new_id(), touchpoint_id, value, respondent_id=respondent_id,
                        group_id=group_id, captured_at=captured_at or now_stamp()),
                  code="edit_vote")


def move_quotes(journey: Journey, quote_ids: list[str], touchpoint_id: str | None) -> Sequence:
    """Quotes to another touchpoint, or with None to the parking lot; placing a parked quote is
    the same edit."""
    parked = all(journey.quote(q).touchpoint_id is None for q in quote_ids)
    edits: list[Edit] = [Update(replace(journey.quote(q), touchpoint_id=touchpoint_id))
                         for q in quote_ids if journey.quote(q).touchpoint_id != touchpoint_id]
    if touchpoint_id is None:
        code = "edit_park_quote"
    elif parked:
        code = "edit_place_quote"
    else:
        code = "edit_move_quote"
    return Sequence(edits, code, count=len(edits))


def tag_quotes(journey: Journey, quote_ids: list[str], tag: str) -> Sequence:
    """Add ``tag`` to every quote that does not have it yet."""
    tag = tag.strip()
    edits: list[Edit] = []
    for quote_id in quote_ids:
        quote = journey.quote(quote_id)
        if tag and tag not in quote.tags:
            edits.append(Update(replace(quote, tags=(*quote.tags, tag))))
    return Sequence(edits, "edit_tag_quotes", tag=tag)


def remove_quotes(journey: Journey, quote_ids: list[str]) -> Sequence:
    """Delete quotes (norms that cite them let go of them first); undo puts each back at its
    place (removed from the back) and the citations with them."""
    ordered = sorted(quote_ids, key=lambda q: journey.index_of("quote", q), reverse=True)
    return Sequence([Update(n) for n in unlinked(journey, "quote", ordered)]
                    + [Remove("quote", q) for q in ordered],
                    "edit_remove_quote" if len(ordered) == 1 else "edit_remove_quotes",
                    count=len(ordered))
