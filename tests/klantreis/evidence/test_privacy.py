"""Internal notes and internal quotes never leave the app."""

from __future__ import annotations

from dataclasses import replace

from klantreis.evidence.privacy import internal_content, shareable
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
