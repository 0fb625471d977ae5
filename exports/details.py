"""The detail pages: a section per phase and a block per contactmoment with its description,
actors, norm, the score summary and every quote that may be shared."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from klantreis.evidence import analysis
from klantreis.exports.flowables import Beside, Column, Grid, Text
from klantreis.exports.labels import duration, labels, number, right_to_left
from klantreis.exports.palette import DEADLINE, MUTED
from klantreis.exports.smiley import SmileyMark
from klantreis.exports.text_layout import Style
from klantreis.graph import route as graph
from klantreis.graph.layout import phase_letter
from klantreis.model.entities import Perspective, Quote, RouteRole, Sentiment, Translator
from klantreis.model.journey import Journey

FAINT = HexColor("#D9DEE3")
PHASE = Style(size=15, bold=True, leading=19)
TOUCHPOINT = Style(size=11, bold=True, leading=14)
BODY = Style(size=9, leading=12.4)
SMALL = Style(size=7.6, leading=10)
LABEL = Style(size=7.6, bold=True, leading=10)
QUOTE = Style(size=9, leading=12.6)
PAGE_MARGIN = 56.0
CONTENT_W = 595.2756 - 2 * PAGE_MARGIN  # A4 portrait
LANGUAGE_NAMES = {"nl": ("Nederlands", "Dutch"), "ar": ("Arabisch", "Arabic"), "fa": ("Farsi", "Farsi"),
                  "prs": ("Dari", "Dari"), "ti": ("Tigrinya", "Tigrinya"), "so": ("Somalisch", "Somali"),
                  "en": ("Engels", "English"), "tr": ("Turks", "Turkish"), "uk": ("Oekraïens", "Ukrainian")}


def language_name(code: str, language: str) -> str:
    names = LANGUAGE_NAMES.get(code)
    return code if names is None else names[0 if language == "nl" else 1]


def summary_text(summary: analysis.ScoreSummary, words, language: str, *, quotes: bool) -> str:
    if summary.n == 0 and not summary.mixed:
        return "–"
    parts = []
    if summary.n:
        parts.append(words["mean"].format(mean=number(summary.mean, language, signed=True)))
        if summary.n > 1:
            parts.append(words["spread"].format(spread=number(summary.spread, language)))
        parts.append(words["n"].format(n=summary.n))
    if quotes and summary.mixed:
        parts.append(words["mixed_n"].format(n=summary.mixed))
    return " · ".join(parts)


def detail_story(journey: Journey, language: str, progress=None,
                 anchors: frozenset[str] = frozenset()) -> list:
    """The flowables of the detail pages of ``journey`` (the shared copy), phase by phase in
    route order. ``progress(done, total)`` is called as each contactmoment is made. The quotes
    in ``anchors`` (those a norm cites) get a destination "q-<id>" that links can point to."""
    words = labels(language)
    numbers = graph.display_numbers(journey)
    owners = analysis.OwnerIndex(journey)
    story: list = []
    total = len(journey.touchpoints)
    done = 0
    for index, phase in enumerate(journey.phases):
        tps = sorted(journey.touchpoints_in_phase(phase.id), key=lambda tp: numbers[tp.id])
        if not tps:
            continue
        letter = phase_letter(index)
        title = f"{letter} · {phase.name}"
        story.append(CondPageBreak(160))
        story.append(Text(title, PHASE, space_before=6, space_after=4, keep_with_next=True,
                          bookmark=(f"phase-{phase.id}", title, 0)))
        if phase.description:
            story.append(Text(phase.description, BODY, colour=MUTED, space_after=8))
        for tp in tps:
            story.extend(_touchpoint(journey, tp, numbers[tp.id], owners, words, language, anchors))
            done += 1
            if progress is not None:
                story.append(_Progress(progress, done, total))
    return story


class _Progress(Spacer):
    """Reports progress when the page it is on is laid out."""

    def __init__(self, callback, done: int, total: int) -> None:
        super().__init__(0, 0)
        self.callback, self.done, self.total = callback, done, total

    def draw(self) -> None:
        self.callback(self.done, self.total)


def _touchpoint(journey: Journey, tp, number_: int, owners, words, language: str, anchors) -> list:
    heading = f"{number_}. {tp.title}"
    head = [Text(heading, TOUCHPOINT, space_before=10, space_after=3, keep_with_next=True,
                 bookmark=(f"tp-{tp.id}", heading, 1))]
    facts = []
    if tp.description:
        facts.append(Text(tp.description, BODY, space_after=4))
    actors = ", ".join(journey.actor(a).name for a in tp.actor_ids)
    if actors:
        facts.append(Text(f"{words['actors_of']}: {actors}", SMALL, colour=MUTED, space_after=2))
    if tp.norm:
        facts.append(Text(f"{words['norm']}: {tp.norm}", SMALL, colour=MUTED, space_after=2))
    if tp.deadline is not None:
        facts.append(Text(f"{words['deadline']}: {deadline_text(tp.deadline, words, language)}", SMALL,
                          colour=DEADLINE if tp.deadline.exceeded else MUTED, space_after=2))
    if tp.route is not RouteRole.BOTH:
        role = words["route_designed" if tp.route is RouteRole.DESIGNED else "route_lived"]
        facts.append(Text(f"{words['route_of_step']}: {role}", SMALL, colour=MUTED, space_after=2))
    following = _following(journey, tp.id, words)
    if following:
        facts.append(Text(f"{words['next']}: {following}", SMALL, colour=MUTED, space_after=2))
    flow = [KeepTogether(head + facts[:1])] + facts[1:]
    flow.append(_scores(journey, tp.id, words, language))
    quotes = journey.quotes_for(tp.id)
    flow.append(Text(words["quotes"] + f" ({len(quotes)})", LABEL, space_before=6, space_after=3,
                     keep_with_next=bool(quotes)))
    if not quotes:
        flow.append(Text(words["no_quotes"], SMALL, colour=MUTED))
    if quotes:  # the first on its own, kept with the heading above it; the others in a Column
        flow.append(_quote(journey, quotes[0], owners, words, language, quotes[0].id in anchors))
    if len(quotes) > 1:
        flow.append(Column([_quote(journey, quote, owners, words, language, quote.id in anchors)
                            for quote in quotes[1:]]))
    return flow


def deadline_text(deadline, words, language: str) -> str:
    """"36 maanden, gerekend vanaf vestiging (Wet inburgering 2013) · werkelijk 39 maanden
    (gemiddeld) · termijn overschreden"."""
    text = duration(deadline.amount, deadline.unit, words, language)
    if deadline.counted_from:
        text += ", " + words["deadline_from"].format(what=deadline.counted_from)
    if deadline.source:
        text += f" ({deadline.source})"
    if deadline.realised is not None:
        real = duration(deadline.realised, deadline.unit, words, language)
        text += " · " + words["deadline_realised"].format(value=real)
        text += f" ({deadline.realised_note})" if deadline.realised_note else ""
        text += " · " + words["deadline_exceeded" if deadline.exceeded else "deadline_met"]
    return text


def _following(journey: Journey, tp_id: str, words) -> str:
    """Where the route goes from here, with the kind and label of each transition."""
    numbers = graph.display_numbers(journey)
    parts = []
    for tr in sorted((t for t in journey.transitions if t.source_id == tp_id),
                     key=lambda t: numbers[t.target_id]):
        target = journey.touchpoint(tr.target_id)
        text = f"{numbers[target.id]}. {target.title}"
        how = [words.get(f"kind_{tr.kind.value}", "")] if tr.kind.value != "volgende" else []
        how += [tr.label] if tr.label else []
        if tr.route is not RouteRole.BOTH:
            how.append(words["route_designed" if tr.route is RouteRole.DESIGNED else "route_lived"])
        how = [h for h in how if h]
        parts.append(text + (f" ({': '.join(how)})" if how else ""))
    return " · ".join(parts)


def _scores(journey: Journey, tp_id: str, words, language: str):
    ev = analysis.evidence_of(journey, tp_id)
    if not (ev.votes.n or ev.quotes.n or ev.quotes.mixed):
        return Text(words["no_scores"], SMALL, colour=MUTED, space_after=2)
    rows = [[Text("", LABEL), Text(words["votes"], LABEL), Text(words["quotes"], LABEL)]]

    def add(name: str, votes, quotes) -> None:
        empty = analysis.EMPTY_SUMMARY
        rows.append([Text(name, SMALL),
                     Text(summary_text(votes or empty, words, language, quotes=False), SMALL),
                     Text(summary_text(quotes or empty, words, language, quotes=True), SMALL)])

    add(words["all"], ev.votes, ev.quotes)
    for perspective in (Perspective.CLIENT, Perspective.UITVOERDER):
        if perspective in ev.votes_by_perspective or perspective in ev.quotes_by_perspective:
            add(words["clients"] if perspective is Perspective.CLIENT else words["executors"],
                ev.votes_by_perspective.get(perspective), ev.quotes_by_perspective.get(perspective))
    for group in journey.groups:
        if group.id in ev.votes_by_group or group.id in ev.quotes_by_group:
            add(f"{words['group']}: {group.name}", ev.votes_by_group.get(group.id),
                ev.quotes_by_group.get(group.id))
    return Grid(rows, [CONTENT_W * 0.3, CONTENT_W * 0.35, CONTENT_W * 0.35], FAINT)


def _quote(journey: Journey, quote: Quote, owners, words, language: str, anchor: bool = False) -> Beside:
    """A quote on a detail page: the original with a label and the translation with one (for a
    quote in another language), then the attribution line. A page may break between the
    original and the translation, never between a label and its text or a text and the
    attribution (see Beside.split_at)."""
    parts: list = []
    if quote.language != "nl":
        parts.append(Text(words["original"].format(language=language_name(quote.language, language)),
                          LABEL, colour=MUTED, space_after=1, keep_with_next=True))
    parts.append(Text(quote.text, QUOTE, space_after=2))
    if quote.language != "nl" and quote.translation:
        translator = ""
        if quote.translated_by is not Translator.NONE:
            translator = " (" + words["translated_by"].format(
                who=words.get(quote.translated_by.value, quote.translated_by.value)) + ")"
        parts.append(Text(words["translation"] + translator, LABEL, colour=MUTED, space_after=1,
                          keep_with_next=True))
        parts.append(Text(quote.translation, QUOTE, space_after=2))
    parts[-1].keepWithNext = True  # the quote's last text, with its attribution
    parts.append(Text(_meta(journey, quote, owners, words), SMALL, colour=MUTED, space_after=0,
                      rtl=right_to_left(language)))
    if anchor:  # (a norm cites it: the Toetsingskader links here)
        parts[0].anchor = f"q-{quote.id}"
    score = quote.sentiment.score
    mark = SmileyMark(14, 6.2, None if score is None else float(score),
                      mixed=quote.sentiment is Sentiment.MIXED)
    return Beside(mark, parts, rule=FAINT)


def _meta(journey: Journey, quote: Quote, owners, words) -> str:
    parts = []
    group_id = owners.group_id(quote)
    if quote.respondent_id:
        parts.append(journey.respondent(quote.respondent_id).code)
    elif group_id:  # (someone of the group said it; which respondent is not known)
        parts.append(words["unknown_respondent"])
    if group_id:
        parts.append(journey.group(group_id).name)
    perspective = owners.quote_perspective(quote)
    if perspective is Perspective.CLIENT:
        parts.append(words["clients"])
    elif perspective is Perspective.UITVOERDER:
        parts.append(words["executors"])
    sentiment = {"-2": "very_negative", "-1": "negative", "0": "neutral", "+1": "positive",
                 "+2": "very_positive", "gemengd": "mixed"}.get(quote.sentiment.value)
    if sentiment:
        parts.append(words[sentiment])
    if quote.provenance.value != "letterlijk":
        parts.append(quote.provenance.value)
    if quote.source:
        parts.append(quote.source)
    return " · ".join(parts)
