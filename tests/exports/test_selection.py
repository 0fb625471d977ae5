"""What may go into a PDF, and which quotes get a speech bubble."""

from __future__ import annotations

from dataclasses import replace

from klantreis.evidence import analysis
from klantreis.exports.selection import highlights, shared_journey
from klantreis.model.entities import PdfOptions, Perspective
from tests.exports.conftest import SECRET_NOTE, SECRET_QUOTE


def test_internal_quotes_notes_attributes_and_the_parking_lot_stay_out(multilingual_journey):
    journey = multilingual_journey
    shared = shared_journey(journey, PdfOptions())
    texts = {q.text for q in shared.quotes}
    assert SECRET_QUOTE not in texts
    assert all(q.touchpoint_id is not None and not q.internal for q in shared.quotes)
    assert len(shared.quotes) == len([q for q in journey.quotes if q.touchpoint_id and not q.internal])
    assert SECRET_NOTE not in {tp.internal_note for tp in shared.touchpoints}
    assert all(r.attributes == () for r in shared.respondents)
    assert all(g.note == "" for g in shared.groups)
    assert journey.touchpoint("tp-c4").internal_note == SECRET_NOTE  # the project is untouched
    assert shared.count("touchpoint") == journey.count("touchpoint") == 26


def test_phases_perspectives_and_groups_narrow_the_journey(raalte_journey):
    journey = raalte_journey
    two = tuple(p.id for p in journey.phases[:2])
    shared = shared_journey(journey, PdfOptions(phase_ids=two))
    assert [p.id for p in shared.phases] == list(two)
    assert {tp.phase_id for tp in shared.touchpoints} == set(two)
    assert all({t.source_id, t.target_id} <= {tp.id for tp in shared.touchpoints} for t in shared.transitions)
    clients = shared_journey(journey, PdfOptions(perspectives=(Perspective.CLIENT,)))
    owners = analysis.OwnerIndex(clients)
    assert clients.quotes and {owners.quote_perspective(q) for q in clients.quotes} == {Perspective.CLIENT}
    group = shared_journey(journey, PdfOptions(group_ids=("fg-uitvoerders",)))
    assert {q.group_id for q in group.quotes} == {"fg-uitvoerders"} and len(group.quotes) == 6
    gone = shared_journey(journey, PdfOptions(phase_ids=("verwijderd",)))
    assert gone.count("touchpoint") == 26  # only unknown phases chosen: everything


def test_the_automatic_highlights_are_the_extremes_of_each_phase(raalte_journey):
    from klantreis.graph.route import display_numbers

    journey = raalte_journey
    numbers = display_numbers(journey)
    chosen = highlights(journey, PdfOptions())
    by_phase: dict[str, list] = {}
    for quote in chosen:
        by_phase.setdefault(journey.touchpoint(quote.touchpoint_id).phase_id, []).append(quote)
    for phase in journey.phases:
        scored = [q for tp in journey.touchpoints_in_phase(phase.id) for q in journey.quotes_for(tp.id)
                  if q.sentiment.score is not None]
        picked = by_phase.get(phase.id, [])
        negatives = [q for q in scored if q.sentiment.score < 0]
        positives = [q for q in scored if q.sentiment.score > 0]
        assert len(picked) == bool(negatives) + bool(positives), phase.name
        if negatives:
            lowest = min(q.sentiment.score for q in negatives)
            first = min((q for q in negatives if q.sentiment.score == lowest),
                        key=lambda q: (numbers[q.touchpoint_id], journey.index_of("quote", q.id)))
            assert first in picked
    assert len(chosen) == 9


def test_a_chosen_list_wins_in_route_order_and_skips_what_is_gone(raalte_journey):
    options = PdfOptions(highlighted_quote_ids=("q-s18", "weg", "q-u19", "q-u10"))  # u10 is parked
    assert [q.id for q in highlights(raalte_journey, options)] == ["q-u19", "q-s18"]
    assert highlights(raalte_journey, replace(options, highlighted_quote_ids=())) == highlights(
        raalte_journey, PdfOptions())
