"""What goes into a PDF: a copy of the journey with only what may be printed, and the quotes to
highlight on the infographic.

The copy starts from what may leave the app at all (:func:`klantreis.evidence.privacy.shareable`: no
internal quotes, internal notes or private attributes) and leaves out the phases, groups and
perspectives the options leave out, and the respondents' attributes (a code is all a reader
needs; attributes can identify someone in a small town).
"""

from __future__ import annotations

from dataclasses import replace

from klantreis.evidence import analysis
from klantreis.evidence.privacy import shareable
from klantreis.model.entities import PdfOptions, Quote
from klantreis.model.journey import Journey


def shared_journey(journey: Journey, options: PdfOptions) -> Journey:
    """The journey as the PDF may show it (a new Journey; the original is not changed): what
    :func:`klantreis.evidence.privacy.shareable` lets out, narrowed to the chosen phases, groups and
    perspectives, without parked quotes, group notes and respondent attributes."""
    every = {p.id for p in journey.phases}
    phase_ids = (every & set(options.phase_ids)) or every  # (a choice of only deleted phases: all)
    kept = {tp.id for tp in journey.touchpoints if tp.phase_id in phase_ids}
    owners = analysis.OwnerIndex.of(journey)  # (the copy keeps every group and respondent)

    def wanted(item, perspective) -> bool:
        if item.touchpoint_id not in kept:
            return False
        if options.group_ids and owners.group_id(item) not in options.group_ids:
            return False
        return not options.perspectives or perspective in options.perspectives

    def narrow(kind: str, item):
        if kind == "phase":
            return item if item.id in phase_ids else None
        if kind == "touchpoint":
            return item if item.id in kept else None
        if kind == "transition":
            return item if item.source_id in kept and item.target_id in kept else None
        if kind == "group":
            return replace(item, note="")
        if kind == "respondent":
            return replace(item, attributes=())
        if kind == "quote":
            return item if wanted(item, owners.quote_perspective(item)) else None
        if kind == "score":
            return item if wanted(item, owners.score_perspective(item)) else None
        return item

    return shareable(journey, narrow)


def highlights(journey: Journey, options: PdfOptions) -> list[Quote]:
    """The quotes for the speech bubbles, in route order: the user's choice when there is one
    (quotes that are no longer there or not shown are skipped), else per phase the most negative
    and the most positive quote (on a tie, the first along the route)."""
    from klantreis.graph.route import display_numbers

    numbers = display_numbers(journey)

    def place(quote: Quote) -> tuple[int, int]:
        return numbers.get(quote.touchpoint_id, 0), journey.index_of("quote", quote.id)

    if options.highlighted_quote_ids:
        chosen = [journey.find("quote", q) for q in options.highlighted_quote_ids]
        return sorted((q for q in chosen if q is not None and q.touchpoint_id is not None), key=place)
    picked: list[Quote] = []
    for phase in journey.phases:
        in_phase = sorted((q for tp in journey.touchpoints_in_phase(phase.id)
                           for q in journey.quotes_for(tp.id) if q.sentiment.score is not None), key=place)
        worst = min(in_phase, key=lambda q: q.sentiment.score, default=None)
        best = max(in_phase, key=lambda q: q.sentiment.score, default=None)
        for quote, ok in ((worst, lambda s: s < 0), (best, lambda s: s > 0)):
            if quote is not None and ok(quote.sentiment.score) and quote not in picked:
                picked.append(quote)
    return sorted(picked, key=place)
