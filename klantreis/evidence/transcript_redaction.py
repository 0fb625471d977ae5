"""Replacing a span of a transcript's text (a name found by the privacy check) without losing
the passages quoted from it: the turns and every quote's passage positions follow the text.

A position before the span stays, one after it moves by the change in length, one inside it
goes to the span's start (a start) or the replacement's end (an end), so no passage or turn
ever becomes empty or points past the text.
"""

from __future__ import annotations

from dataclasses import replace

from klantreis.model.edits import Sequence, Update


class Shift:
    """The positions of a text after ``text[start:end]`` became ``length`` characters."""

    def __init__(self, start: int, end: int, length: int) -> None:
        self.start, self.end, self.length = start, end, length

    def __call__(self, position: int, side: str) -> int:
        if position <= self.start:
            return position
        if position >= self.end:
            return position + self.length - (self.end - self.start)
        return self.start if side == "start" else self.start + self.length


def shifted_transcript(transcript, start: int, end: int, new_text: str):
    """``transcript`` with ``text[start:end]`` replaced by ``new_text``, its turns moved along."""
    shift = Shift(start, end, len(new_text))
    turns = tuple(replace(t, start=shift(t.start, "start"), end=shift(t.end, "end"))
                  for t in transcript.turns)
    return replace(transcript, text=transcript.text[:start] + new_text + transcript.text[end:],
                   turns=turns)


def shifted_quote(quote, shifts: list[Shift]):
    """``quote`` with its passage moved by ``shifts`` (applied in order)."""
    start, end = quote.passage_start, quote.passage_end
    for shift in shifts:
        start, end = shift(start, "start"), shift(end, "end")
    if (start, end) == (quote.passage_start, quote.passage_end):
        return quote
    return replace(quote, passage_start=start, passage_end=end)


def replace_span_edit(journey, transcript_id: str, start: int, end: int, new_text: str,
                      code: str = "edit_redact") -> Sequence:
    """One undoable edit: the span replaced, the turns and the quoted passages moved. The
    steps are ordered so that every passage lies inside the text at each step (a shorter text
    after the passages moved in, a longer one before they move out)."""
    transcript = journey.get("transcript", transcript_id)
    shift = Shift(start, end, len(new_text))
    pairs = [(q, shifted_quote(q, [shift])) for q in journey.quotes if q.transcript_id == transcript_id]
    quotes = [Update(new, code=code) for old, new in pairs if new is not old]
    text = Update(shifted_transcript(transcript, start, end, new_text), code=code)
    longer = len(new_text) >= end - start
    return Sequence([text, *quotes] if longer else [*quotes, text], code)
