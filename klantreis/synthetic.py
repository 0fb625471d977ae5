"""Realistic synthetic projects of any size, for the benchmarks and the tests of large projects.

The journey has phases, a main route with branches that join again, loops back, parallel
tracks, actors, groups of both perspectives, respondents with attributes, quotes in Dutch,
Arabic and Tigrinya (some parked, some internal, some translated) and votes. The same arguments
give the same journey (a seeded generator, fixed ids and time stamps).

    python main.py generate OUT.klantreis --touchpoints 1000 --quotes 20000 --respondents 300
"""

from __future__ import annotations

import random

from klantreis.model.entities import (
    Actor,
    ActorKind,
    Group,
    JourneyInfo,
    Perspective,
    Phase,
    Quote,
    Respondent,
    Score,
    Sentiment,
    Touchpoint,
    Transition,
    TransitionKind,
    Translator,
)
from klantreis.model.journey import Journey

_PHASE_NAMES = ("Aankomst", "Huisvesting", "Vestiging", "Begeleiding", "Inburgering", "Taal",
                "Participatie", "Werk", "Financiën", "Zelfstandig")
_TOPICS = ("intake", "woning", "uitkering", "toeslagen", "taalles", "examen", "stage", "werk",
           "schulden", "zorgverzekering", "school", "vrijwilligerswerk", "brief", "afspraak")
_DUTCH = ("Ik wist niet wat ik moest doen met de {t}.", "De {t} ging sneller dan ik dacht.",
          "Niemand legde de {t} uit, ik moest het zelf uitzoeken.",
          "Mijn consulent hielp goed met de {t}, maar het duurde lang.",
          "Over de {t} kreeg ik drie brieven die ik niet begreep.",
          "Het was fijn dat iemand meeging naar de {t}.")
_ARABIC = ("في السنة الأولى تواصلت مع المستشار مرة واحدة فقط.", "لم أفهم الرسالة ولم يشرح لي أحد.",
           "المدرسة بعيدة جداً عن بيتي وأدفع تكاليف السفر.")
_TIGRINYA = ("ሰላም፡ ትምህርቲ ቋንቋ ኣዝዩ ከቢድ እዩ።", "ብዙሕ ደብዳበታት መጺኡኒ።")
_ATTRIBUTES = {"leeftijdsklasse": ("20-30", "30-40", "40-50", "50-60"), "geslacht": ("man", "vrouw"),
               "land van herkomst": ("Syrië", "Eritrea", "Jemen", "Afghanistan", "Somalië"),
               "tijd in NL": ("minder dan een jaar", "1-3 jaar", "meer dan 3 jaar")}


def generate(touchpoints: int = 1000, quotes: int = 20000, respondents: int = 300, *,
             transitions: int | None = None, groups: int = 12, votes: int | None = None,
             seed: int = 1) -> Journey:
    """A journey of the given size (``transitions`` defaults to 1.5 per touchpoint, ``votes``
    to a quarter of the quotes)."""
    rnd = random.Random(seed)
    touchpoints = max(1, touchpoints)
    transitions = round(touchpoints * 1.5) if transitions is None else transitions
    votes = quotes // 4 if votes is None else votes
    journey = Journey(JourneyInfo(title=f"Synthetische klantreis ({touchpoints} contactmomenten)",
                                  subtitle="Gegenereerd voor tests en metingen",
                                  organisation="Klantreis", period="2024",
                                  created="2024-01-01T09:00:00", modified="2024-01-01T09:00:00",
                                  attribute_names=tuple(_ATTRIBUTES)))
    phase_count = min(len(_PHASE_NAMES), max(1, touchpoints // 20 or 1))
    for p in range(phase_count):
        journey.add(Phase(f"ph{p:02d}", _PHASE_NAMES[p], f"Fase {p + 1} van de reis"))
    kinds = list(ActorKind)
    for a in range(12):
        journey.add(Actor(f"ac{a:02d}", f"Organisatie {a + 1}", kinds[a % len(kinds)]))
    for t in range(touchpoints):
        phase = f"ph{t * phase_count // touchpoints:02d}"
        topic = _TOPICS[t % len(_TOPICS)]
        actors = (f"ac{t % 12:02d}", f"ac{(t * 7 + 3) % 12:02d}") if t % 3 else (f"ac{t % 12:02d}",)
        journey.add(Touchpoint(f"tp{t:05d}", f"Contactmoment {t + 1}: {topic}", phase, actors,
                               description=f"Wat er gebeurt bij de {topic}.",
                               bottleneck=t % 17 == 0, matters=t % 11 == 0))
    ids = [tp.id for tp in journey.touchpoints]
    pairs: set[tuple[str, str]] = set()

    def link(a: int, b: int, kind: TransitionKind = TransitionKind.VOLGENDE, label: str = "") -> None:
        if a == b or (ids[a], ids[b]) in pairs or len(pairs) >= transitions:
            return
        pairs.add((ids[a], ids[b]))
        journey.add(Transition(f"tr{len(pairs):05d}", ids[a], ids[b], kind, label))

    for t in range(touchpoints - 1):  # the main route
        link(t, t + 1)
    while len(pairs) < transitions and touchpoints > 3:
        a = rnd.randrange(touchpoints - 2)
        roll = rnd.random()
        if roll < 0.5:  # a branch that skips ahead (and so joins the route again)
            link(a, min(touchpoints - 1, a + rnd.randrange(2, 6)), TransitionKind.VERTAKKING, "route B")
        elif roll < 0.8:
            link(a, min(touchpoints - 1, a + rnd.randrange(2, 12)), TransitionKind.PARALLEL, "parallel")
        else:  # a loop back
            link(a + 2, max(0, a - rnd.randrange(0, 4)), TransitionKind.TERUGKEER, "opnieuw")
    for g in range(groups):
        perspective = Perspective.CLIENT if g % 3 else Perspective.UITVOERDER
        journey.add(Group(f"gr{g:02d}", f"Focusgroep {g + 1}", perspective,
                          date=f"2024-0{1 + g % 9}-1{g % 10}", place="gemeentehuis"))
    for r in range(respondents):
        attributes = tuple((name, rnd.choice(values)) for name, values in _ATTRIBUTES.items())
        journey.add(Respondent(f"rs{r:04d}", f"R{r + 1}", f"gr{r % groups:02d}", attributes))
    sentiments = [Sentiment.VERY_NEGATIVE, Sentiment.NEGATIVE, Sentiment.NEGATIVE, Sentiment.NEUTRAL,
                  Sentiment.POSITIVE, Sentiment.VERY_POSITIVE, Sentiment.MIXED]
    for q in range(quotes):
        roll = rnd.random()
        tp = None if roll < 0.01 else ids[rnd.randrange(touchpoints)]
        respondent = f"rs{rnd.randrange(respondents):04d}" if respondents else None
        if roll < 0.85:
            text, language, translation = rnd.choice(_DUTCH).format(t=rnd.choice(_TOPICS)), "nl", ""
        elif roll < 0.95:
            text, language, translation = rnd.choice(_ARABIC), "ar", "Vertaling van een Arabisch citaat."
        else:
            text, language, translation = rnd.choice(_TIGRINYA), "ti", "Vertaling van een Tigrinya citaat."
        journey.add(Quote(f"qu{q:06d}", text, language, translation,
                          Translator.TOLK if translation else Translator.NONE, tp, respondent,
                          sentiment=rnd.choice(sentiments), internal=q % 97 == 0,
                          captured_at=f"2024-03-{1 + q % 28:02d}T{q // 3600 % 24:02d}:"
                                      f"{q // 60 % 60:02d}:{q % 60:02d}",
                          source=f"sessie {1 + q % groups}"))
    seen: set[tuple[str, str]] = set()
    for _ in range(votes):
        if not respondents:
            break
        key = (ids[rnd.randrange(touchpoints)], f"rs{rnd.randrange(respondents):04d}")
        if key in seen:
            continue
        seen.add(key)
        journey.add(Score(f"sc{len(seen):06d}", key[0], rnd.randrange(-2, 3), respondent_id=key[1],
                          captured_at="2024-03-01T10:00:00"))
    return journey
