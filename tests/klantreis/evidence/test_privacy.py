"""Internal notes and internal quotes never leave the app."""

from __future__ import annotations

from dataclasses import replace

from klantreis.evidence.privacy import internal_content, shareable, withheld
from klantreis.io import interchange
from tests.conftest import make_small_journey


def test_shareable_leaves_out_internal_notes_and_quotes_and_keeps_the_rest():
    journey = make_small_journey()
    journey.update(replace(journey.touchpoint("t2"), internal_note="Consulent X was ziek"))
    journey.update(replace(journey.quote("q3"), internal=True))
    assert internal_content(journey) == (1, 1)
    shared = shareable(journey)
    text = interchange.dumps(shared)
    assert "Consulent X" not in text and "Nog niet geplaatst" not in text
    assert internal_content(shared) == (0, 0)
    assert [tp.id for tp in shared.touchpoints] == [tp.id for tp in journey.touchpoints]
    assert shared.count("quote") == journey.count("quote") - 1
    assert shared.touchpoint("t2").title == journey.touchpoint("t2").title
    # the original keeps everything
    assert journey.touchpoint("t2").internal_note == "Consulent X was ziek"


def test_transcripts_do_not_leave_and_quotes_keep_their_text_without_the_place():
    from klantreis.model.entities import Quote
    from tests.klantreis.model.test_transcripts import TEXT, _transcript

    journey = make_small_journey()
    journey.add(_transcript())
    start = TEXT.index("drie maanden")
    journey.add(Quote("q-tr", "drie maanden", transcript_id="tr1", passage_start=start,
                      passage_end=start + 12, source="interview R1.txt r. 2"))
    copy = shareable(journey)
    assert copy.transcripts == ()
    quote = copy.get("quote", "q-tr")
    assert (quote.text, quote.source, quote.transcript_id, quote.passage_start) == (
        "drie maanden", "interview R1.txt r. 2", None, None)
    assert "1 transcript" in withheld(journey)
