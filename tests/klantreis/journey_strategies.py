"""Hypothesis strategies for journeys with every kind of entity and field, for the round
trips through JSON and the project file."""

import dataclasses
import string

from hypothesis import strategies as st

from klantreis.model.entities import (
    Actor,
    Assessment,
    Deadline,
    DurationUnit,
    Group,
    Indicator,
    JourneyInfo,
    Norm,
    Perspective,
    Phase,
    Question,
    Quote,
    Reference,
    Respondent,
    RouteRole,
    Score,
    Sentiment,
    Speaker,
    SpeakerRole,
    Touchpoint,
    Transcript,
    TranscriptFormat,
    Transition,
    Turn,
)
from klantreis.model.journey import Journey

TEXT = st.text(
    alphabet=st.sampled_from(
        list(string.ascii_letters + " .,;'\"-\n")
        + list("éëïüàçñ€‘’“”–")
        + list("في السنة الأولى تواصلت مع المستشار")
        + list("ሰላም፡ትምህርቲቋንቋኣዝዩከቢድእዩ።")
        + ["😀", "\U0001F1F3", "\U0001F1F1", "\u200c", "\u200f"]
    ),
    max_size=60,
)
NAME = TEXT.filter(lambda s: s.strip() != "")
LONG = st.builds(lambda s, n: s * n, NAME, st.integers(min_value=1, max_value=400))


@st.composite
def journeys(draw):
    j = Journey(JourneyInfo(title=draw(NAME), description=draw(LONG)))
    for i in range(draw(st.integers(1, 3))):
        j.add(Phase(f"p{i}", draw(NAME), draw(TEXT)))
    j.add(Actor("a0", draw(NAME)))
    tps = []
    for i in range(draw(st.integers(0, 6))):
        phase = f"p{draw(st.integers(0, j.count('phase') - 1))}"
        pos = draw(st.one_of(st.none(), st.tuples(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6))))
        tp = Touchpoint(f"t{i}", draw(NAME), phase, draw(st.sampled_from([(), ("a0",)])),
                        description=draw(LONG), norm=draw(TEXT), internal_note=draw(TEXT),
                        matters=draw(st.booleans()), x=pos and pos[0], y=pos and pos[1])
        j.add(tp)
        tps.append(tp.id)
    pairs = draw(st.lists(st.tuples(st.sampled_from(tps), st.sampled_from(tps)), unique=True,
                          max_size=8)) if tps else []
    for n, (a, b) in enumerate(pairs):
        j.add(Transition(f"e{n}", a, b, label=draw(TEXT),
                         share=draw(st.one_of(st.none(), st.floats(0, 100)))))
    j.add(Group("g0", draw(NAME), draw(st.sampled_from(list(Perspective))),
                languages=tuple(draw(st.lists(st.sampled_from(["nl", "ar", "ti", "fa"]),
                                              unique=True)))))
    j.add(Respondent("r0", "R1", "g0", tuple(draw(st.dictionaries(NAME, TEXT, max_size=3)).items()),
                     interpreter_used=draw(st.sampled_from([None, True, False]))))
    transcript = _transcript(draw) if draw(st.booleans()) else None
    if transcript is not None:
        j.add(transcript)
    for n in range(draw(st.integers(0, 5))):
        translation = draw(TEXT)
        passage = {}
        if transcript is not None and draw(st.booleans()):
            start = draw(st.integers(0, len(transcript.text) - 1))
            passage = dict(transcript_id=transcript.id, passage_start=start,
                           passage_end=draw(st.integers(start + 1, len(transcript.text))))
        j.add(Quote(f"q{n}", draw(LONG), draw(st.sampled_from(["nl", "ar", "ti", "fa"])),
                    translation=translation,
                    touchpoint_id=draw(st.sampled_from([None, *tps])),
                    respondent_id=draw(st.sampled_from([None, "r0"])),
                    group_id=draw(st.sampled_from([None, "g0"])),
                    sentiment=draw(st.sampled_from(list(Sentiment))),
                    tags=tuple(draw(st.lists(NAME, unique=True, max_size=3))),
                    internal=draw(st.booleans()), **passage))
    if tps:
        j.add(Score("s0", tps[0], draw(st.integers(-2, 2)), group_id="g0"))
    _norms_and_indicators(draw, j, tps)
    return j


def _transcript(draw) -> Transcript:
    """A transcript of turns by two speakers (one the respondent), some with cue times."""
    parts = draw(st.lists(NAME, min_size=1, max_size=4))
    text, turns, at = "", [], 0
    for n, part in enumerate(parts):
        timed = draw(st.booleans())
        turns.append(Turn(at, at + len(part), ("R1", "Interviewer")[n % 2],
                          n * 1000 if timed else None, n * 1000 + 900 if timed else None))
        text += part + "\n"
        at = len(text)
    return Transcript("tr0", draw(NAME), text, "2024-03-01T10:00:00",
                      draw(st.sampled_from(list(TranscriptFormat))), "ab" * 32, draw(TEXT),
                      draw(st.sampled_from(["nl", "ar"])), draw(st.sampled_from([None, "g0"])),
                      (Speaker("R1", SpeakerRole.RESPONDENT, "r0"),
                       Speaker("Interviewer", SpeakerRole.INTERVIEWER)), tuple(turns))


NUMBER = st.one_of(st.none(), st.floats(0, 100, allow_nan=False))


def _norms_and_indicators(draw, j: Journey, tps: list[str]) -> None:
    """Indicators, deelvragen and norms with evidence, and some routes and deadlines."""
    for tp in j.touchpoints:
        deadline = draw(st.one_of(st.none(), st.builds(
            Deadline, st.floats(0.5, 120), st.sampled_from(list(DurationUnit)), TEXT, TEXT,
            NUMBER, TEXT)))
        j.update(dataclasses.replace(tp, route=draw(st.sampled_from(list(RouteRole))),
                                     deadline=deadline))
    for tr in j.transitions:
        j.update(dataclasses.replace(tr, route=draw(st.sampled_from(list(RouteRole)))))
    for n in range(draw(st.integers(0, 3))):
        j.add(Indicator(f"i{n}", draw(NAME), draw(st.sampled_from(["%", "maanden", ""])),
                        target=draw(NUMBER), realised=draw(NUMBER), measured_on=draw(TEXT),
                        source=draw(TEXT), note=draw(TEXT), lower_is_better=draw(st.booleans()),
                        touchpoint_ids=tuple(draw(st.lists(st.sampled_from(tps), unique=True,
                                                           max_size=3))) if tps else ()))
    quotes = [q.id for q in j.quotes]
    indicators = [i.id for i in j.indicators]
    for n in range(draw(st.integers(0, 3))):
        j.add(Question(f"v{n}", str(n + 1), draw(NAME), draw(TEXT)))
        for m in range(draw(st.integers(0, 2))):
            pick = lambda ids: tuple(draw(st.lists(st.sampled_from(ids), unique=True, max_size=2))) \
                if ids else ()  # noqa: E731
            j.add(Norm(f"n{n}-{m}", f"v{n}", draw(NAME), draw(st.sampled_from(list(Assessment))),
                       draw(LONG), pick(tps), pick(quotes), pick(indicators),
                       tuple(Reference(draw(NAME), draw(TEXT.map(lambda t: t[:100])))
                             for _ in range(draw(st.integers(0, 2))))))
