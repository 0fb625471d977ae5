"""The Indicatoren page (A4 portrait, after the Toetsingskader): per indicator its target
against its realised value as a pair of bars on one scale (0-100 for a percentage, else 0 to a
round number above both), the numbers with their unit, how far it is from the target (in words,
not only in colour), when it was measured, the source, and the touchpoints it measures (links to
their blocks on the detail pages). The indicator furthest behind its target comes first.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether

from klantreis.exports.details import BODY, CONTENT_W, LABEL, PHASE, SMALL
from klantreis.exports.flowables import Text
from klantreis.exports.labels import plain_number
from klantreis.exports.norms_page import anchor_of
from klantreis.exports.palette import ASSESSMENT, FAINT, INK, MUTED
from klantreis.exports.text_layout import Style, add_to_group, layout
from klantreis.graph import route as graph
from klantreis.model.journey import Journey
from klantreis.model.norms import PERCENT, Indicator

NAME = Style(size=10, bold=True, leading=13)
BAR_LABEL = Style(size=7.6, leading=9.6)
VALUE = Style(size=7.8, bold=True, leading=9.6)
TICK = Style(size=6.2, leading=7.6)
BAR_H, BAR_GAP, LABEL_W, VALUE_W = 10.0, 5.0, 76.0, 70.0
TRACK, TARGET_FILL, REALISED = HexColor("#F1F3F5"), HexColor("#D9DEE3"), HexColor("#52606D")


def sorted_indicators(journey: Journey) -> list[Indicator]:
    """Most behind target first (in the indicator's direction: below a share, above a duration
    that is better lower); those without a target or a realised value last, each group in the
    journey's order."""
    order = {ind.id: n for n, ind in enumerate(journey.indicators)}
    return sorted(journey.indicators,
                  key=lambda i: (i.shortfall is None, -(i.shortfall or 0.0), order[i.id]))


def nice_max(value: float) -> float:
    """The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value * (1 - 1e-9))


def scale_max(indicator: Indicator) -> float:
    if indicator.unit.strip() == PERCENT:
        return 100.0
    return nice_max(max((v for v in (indicator.target, indicator.realised) if v is not None), default=0.0))


def value_text(value: float, unit: str, language: str) -> str:
    unit = unit.strip()
    number = plain_number(value, language)
    return f"{number}%" if unit == PERCENT else f"{number} {unit}".strip()


def gap_text(indicator: Indicator, words, language: str) -> str | None:
    gap = indicator.gap
    if gap is None:
        return None
    if gap == 0:
        return words["gap_none"]
    if indicator.unit.strip() == PERCENT:
        amount = f"{plain_number(abs(gap), language)} {words['points']}"
    else:
        amount = value_text(abs(gap), indicator.unit, language)
    return words["gap_below" if gap < 0 else "gap_above"].format(gap=amount)


def _colour(indicator: Indicator, text: bool = False):
    """Red when behind the target (below it, or above it for what is better lower); else
    neutral."""
    if indicator.behind:
        return ASSESSMENT["voldoet_niet"]
    return INK if text else REALISED


def bars(indicator: Indicator, words, language: str, width: float = CONTENT_W) -> Drawing:
    """The target bar above the realised one, on a scale from 0 with ticks; a dashed line marks
    the target across both."""
    height = 2 * BAR_H + BAR_GAP + 16
    drawing = Drawing(width, height, initialFontName="Noto")
    top_of = {0: height - 2, 1: height - 2 - BAR_H - BAR_GAP}  # (y up: the bars' tops)
    x0, x1 = LABEL_W, width - VALUE_W
    maximum = scale_max(indicator)

    def at(value: float) -> float:
        return x0 + (x1 - x0) * min(max(value, 0.0), maximum) / maximum

    rows = ((words["target"], indicator.target, TARGET_FILL, words["no_target"]),
            (words["realised"], indicator.realised, _colour(indicator), words["not_measured"]))
    for index, (label, value, fill, missing) in enumerate(rows):
        top = top_of[index]
        add_to_group(drawing, layout(label, LABEL_W - 6, BAR_LABEL, max_lines=1), 0, top - 0.6,
                     LABEL_W - 6, "left", MUTED)
        drawing.add(Rect(x0, top - BAR_H, x1 - x0, BAR_H, fillColor=TRACK, strokeColor=None))
        if value is None:
            add_to_group(drawing, layout(missing, x1 - x0 - 8, BAR_LABEL, max_lines=1), x0 + 4, top - 0.6,
                         x1 - x0 - 8, "left", MUTED)
            continue
        end = at(value)
        drawing.add(Rect(x0, top - BAR_H, max(end - x0, 0.8), BAR_H, fillColor=fill,
                         strokeColor=MUTED if index == 0 else None, strokeWidth=0.5))
        text = layout(value_text(value, indicator.unit, language), VALUE_W - 6, VALUE, max_lines=1)
        add_to_group(drawing, text, end + 4, top - 0.6, VALUE_W - 6, "left", INK)
    if indicator.target is not None:
        x = at(indicator.target)
        drawing.add(Line(x, top_of[0] + 1, x, top_of[1] - BAR_H - 1, strokeColor=INK, strokeWidth=0.8,
                         strokeDashArray=[2, 1.5]))
    base = top_of[1] - BAR_H - 2
    drawing.add(Line(x0, base, x1, base, strokeColor=FAINT, strokeWidth=0.6))
    for step in range(5):
        value = maximum * step / 4
        x = at(value)
        drawing.add(Line(x, base, x, base - 2.5, strokeColor=FAINT, strokeWidth=0.6))
        tick = layout(value_text(value, indicator.unit, language) if step == 4 else
                      plain_number(value, language), 60, TICK, max_lines=1)
        add_to_group(drawing, tick, x - 30, base - 3.5, 60, "centre", MUTED)
    return drawing


def indicator_story(journey: Journey, words, language: str, accent, *, details: bool) -> list:
    """The flowables of the Indicatoren page of ``journey`` (the shared copy); ``details``:
    whether the detail pages are in the PDF (the touchpoints link there only then)."""
    title = words["indicators_title"]
    story: list = [Text(title, PHASE, space_before=6, space_after=4, keep_with_next=True,
                        bookmark=("indicators", title, 0)),
                   Text(words["indicators_intro"], BODY, colour=MUTED, space_after=10)]
    numbers = graph.display_numbers(journey)
    for indicator in sorted_indicators(journey):
        block: list = [Text(indicator.name, NAME, space_after=4, anchor=anchor_of("indicator", indicator.id)),
                       bars(indicator, words, language)]
        gap = gap_text(indicator, words, language)
        if gap:
            block.append(Text(gap, LABEL, colour=_colour(indicator, text=True), space_before=3,
                              space_after=2))
        facts = []
        if indicator.measured_on:
            facts.append(words["measured_on"].format(when=indicator.measured_on))
        if indicator.source:
            facts.append(f"{words['source']}: {indicator.source}")
        if facts:
            block.append(Text(" · ".join(facts), SMALL, colour=MUTED, space_after=2))
        if indicator.note:
            block.append(Text(indicator.note, SMALL, space_after=2))
        if indicator.touchpoint_ids:
            block.append(Text(words["measures"], LABEL, colour=MUTED, space_before=2, space_after=1))
            for tp_id in indicator.touchpoint_ids:
                text = f"{numbers[tp_id]}. {journey.touchpoint(tp_id).title}"
                link = anchor_of("touchpoint", tp_id) if details else None
                block.append(Text(("› " + text) if link else text, SMALL, colour=accent if link else INK,
                                  link=link, space_after=1))
        story.append(KeepTogether(block))
        story.append(_Rule())
    return story


class _Rule(Flowable):
    """A thin line between two indicators."""

    def __init__(self) -> None:
        super().__init__()
        self.spaceBefore, self.spaceAfter = 6.0, 10.0

    def wrap(self, available_width, available_height):  # noqa: ARG002 (platypus signature)
        self.width, self.height = available_width, 0.5
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(FAINT)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 0.25, self.width, 0.25)
