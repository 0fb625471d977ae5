"""What goes into a PDF: a copy of the journey with only what may be printed, and the quotes to
highlight on the infographic.

The copy leaves out internal quotes and internal notes (they never leave the app), the phases,
groups and perspectives the options leave out, and the respondents' attributes (a code is all a
reader needs; attributes can identify someone in a small town).
"""

from __future__ import annotations

from dataclasses import replace

from klantreis import analysis
from klantreis.entities import PdfOptions, Quote
from klantreis.journey import Journey


def shared_journey(journey: Journey, options: PdfOptions) -> Journey:
    """The journey as the PDF may show it (a new Journey; the original is not changed)."""
    phases = [p for p in journey.phases if not options.phase_ids or p.id in options.phase_ids]
    if not phases:
        phases = list(journey.phases)  # a selection of only deleted phases: everything
    phase_ids = {p.id for p in phases}
    copy = Journey(journey.info)
    for phase in phases:
        copy.add(phase)
    for actor in journey.actors:
        copy.add(actor)
    kept = {tp.id for tp in journey.touchpoints if tp.phase_id in phase_ids}
    for tp in journey.touchpoints:
        if tp.id in kept:
            copy.add(replace(tp, internal_note=""))
    for tr in journey.transitions:
        if tr.source_id in kept and tr.target_id in kept:
            copy.add(tr)
    for group in journey.groups:
        copy.add(replace(group, note=""))
    for respondent in journey.respondents:
        copy.add(replace(respondent, attributes=()))
    owners = analysis.OwnerIndex(journey)

    def wanted(item, perspective) -> bool:
        if options.group_ids and owners.group_id(item) not in options.group_ids:
            return False
        return not options.perspectives or perspective in options.perspectives

    for quote in journey.quotes:
        if quote.internal or (quote.touchpoint_id is not None and quote.touchpoint_id not in kept):
            continue
        if quote.touchpoint_id is not None and wanted(quote, owners.quote_perspective(quote)):
            copy.add(quote)
    for score in journey.scores:
        if score.touchpoint_id in kept and wanted(score, owners.score_perspective(score)):
            copy.add(score)
    return copy


def highlights(journey: Journey, options: PdfOptions) -> list[Quote]:
    """The quotes for the speech bubbles, in route order: the user's choice when there is one
    (quotes that are no longer there or not shown are skipped), else per phase the most negative
    and the most positive quote (on a tie, the first along the route)."""
    from klantreis.graph import display_numbers

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
