"""Deadlines, indicators and the toetsingskader in the model: bad values are refused with the
field named, references are checked, and removing evidence lets go of it in one undo step."""

from __future__ import annotations

from dataclasses import replace

import pytest

from klantreis.evidence import session
from klantreis.io import interchange
from klantreis.model.edits import Insert, RemoveTouchpoint
from klantreis.model.entities import (
    Assessment,
    Deadline,
    DurationUnit,
    Indicator,
    Norm,
    Question,
    Quote,
    Reference,
    RouteRole,
)
from klantreis.model.errors import InUse, InvalidValue, UnknownReference
from klantreis.model.links import norms_using, unlinked
from tests.conftest import make_small_journey


def _with_norms():
    journey = make_small_journey()
    tp = journey.touchpoints[0].id
    journey.add(Quote("q-bewijs", "Het plan kwam te laat.", touchpoint_id=tp))
    journey.add(Indicator("i-plan", "Plan van aanpak binnen termijn", "%", 90, 74,
                          touchpoint_ids=(tp,)))
    journey.add(Question("v5", "5", "Hoe heeft de gemeente zicht op de uitvoering?", "Regie"))
    journey.add(Norm("n5", "v5", "De gemeente heeft zicht op de uitvoering.", Assessment.DEELS,
                     "Wel cijfers, geen ervaringen.", (tp,), ("q-bewijs",), ("i-plan",),
                     (Reference("Rekenkamerrapport Raalte 2021", "r. 1721-1727"),)))
    return journey, tp


@pytest.mark.parametrize("make, field, words", [
    (lambda: Indicator("i", "Plan", "%", target=120), "streefwaarde", "hoogstens 100"),
    (lambda: Indicator("i", "Plan", "%", realised="74%"), "gerealiseerd", "Ongeldig getal"),
    (lambda: Indicator("i", "Plan", "maanden", realised=-3), "gerealiseerd", "Ongeldig getal"),
    (lambda: Indicator("i", "Plan", "%", target=float("nan")), "streefwaarde", "Ongeldig getal"),
    (lambda: Deadline(0), "termijn", "langer dan nul"),
    (lambda: Deadline(-18, DurationUnit.MAANDEN), "termijn", "langer dan nul"),
    (lambda: Deadline(18, realised="39"), "werkelijke duur", "Ongeldig getal"),
    (lambda: Norm("n", "v", "   "), "norm", "niet leeg"),
    (lambda: Question("v", "1", ""), "deelvraag", "niet leeg"),
    (lambda: Reference(""), "titel van het document", "niet leeg"),
])
def test_bad_values_are_refused_with_the_field_named(make, field, words):
    with pytest.raises(InvalidValue) as caught:
        make()
    assert field in str(caught.value) and words in str(caught.value)


def test_a_percentage_of_100_and_other_units_above_100_are_fine():
    assert Indicator("i", "Alles", "%", 100, 100).gap == 0
    assert Indicator("i", "Duur", "maanden", 36, 39).gap == 3
    assert Indicator("i", "Nog niet gemeten", "%", 75).gap is None


def test_behind_the_target_follows_the_indicators_direction():
    share = Indicator("i", "Plan binnen termijn", "%", 90, 74)
    duration = Indicator("d", "Duur tot slagen", "maanden", 30, 34, lower_is_better=True)
    assert (share.gap, share.shortfall, share.behind) == (-16, 16, True)
    assert (duration.gap, duration.shortfall, duration.behind) == (4, 4, True)
    assert not Indicator("d", "Duur", "maanden", 30, 28, lower_is_better=True).behind
    assert not Indicator("i", "Op streefwaarde", "%", 90, 90).behind
    assert Indicator("i", "Nog niet gemeten", "%", 75).shortfall is None
    with pytest.raises(InvalidValue) as caught:
        Indicator("i", "Duur", lower_is_better="ja")
    assert "lager is beter" in str(caught.value)


def test_a_deadline_is_exceeded_when_the_realised_duration_is_longer():
    assert Deadline(36, DurationUnit.MAANDEN, realised=39, realised_note="gemiddeld").exceeded
    assert not Deadline(18, realised=18).exceeded
    assert not Deadline(1, DurationUnit.JAREN).exceeded


def test_references_are_checked_by_the_journey():
    journey, tp = _with_norms()
    with pytest.raises(UnknownReference, match="indicator verwijst naar contactmoment 'weg'"):
        journey.add(Indicator("i2", "X", touchpoint_ids=("weg",)))
    with pytest.raises(UnknownReference, match="deelvraag 'v9'"):
        journey.add(Norm("n9", "v9", "Een norm"))
    with pytest.raises(UnknownReference, match="citaat"):
        journey.add(Norm("n6", "v5", "Een norm", quote_ids=("weg",)))
    with pytest.raises(InUse, match="deelvraag"):
        journey.remove("question", "v5")
    with pytest.raises(InUse, match="indicator"):
        journey.remove("indicator", "i-plan")


def test_removing_a_touchpoint_lets_indicators_and_norms_go_of_it_and_undo_restores():
    journey, tp = _with_norms()
    before = interchange.dumps(journey)
    assert [n.id for n in norms_using(journey, "touchpoint", [tp])] == ["n5"]
    edit = RemoveTouchpoint(tp)
    edit.apply(journey)
    assert journey.get("indicator", "i-plan").touchpoint_ids == ()
    assert journey.get("norm", "n5").touchpoint_ids == ()
    assert journey.get("norm", "n5").quote_ids == ("q-bewijs",)  # (the quote is parked, not removed)
    edit.revert(journey)
    assert interchange.dumps(journey) == before


def test_removing_a_quote_lets_the_norm_go_of_it_and_undo_restores():
    journey, _ = _with_norms()
    before = interchange.dumps(journey)
    edit = session.remove_quotes(journey, ["q-bewijs"])
    edit.apply(journey)
    assert journey.find("quote", "q-bewijs") is None and journey.get("norm", "n5").quote_ids == ()
    edit.revert(journey)
    assert interchange.dumps(journey) == before


def test_unlinked_leaves_the_rest_alone():
    journey, tp = _with_norms()
    assert unlinked(journey, "quote", ["andere"]) == []
    changed = unlinked(journey, "indicator", ["i-plan"])
    assert [c.id for c in changed] == ["n5"] and changed[0].indicator_ids == ()


def test_routes_and_deadlines_round_trip_through_json():
    journey, tp = _with_norms()
    journey.update(replace(journey.touchpoint(tp), route=RouteRole.LIVED, deadline=Deadline(
        18, DurationUnit.MAANDEN, "vestiging", "Wet inburgering 2021", 21.5, "gemiddeld")))
    Insert(Question("v6", "6", "Stuurt de gemeente?")).apply(journey)
    text = interchange.dumps(journey)
    assert '"route": "praktijk"' in text and '"counted_from": "vestiging"' in text
    again = interchange.loads(text)
    assert again.touchpoint(tp).deadline.realised == 21.5
    assert again.get("norm", "n5").documents == (Reference("Rekenkamerrapport Raalte 2021", "r. 1721-1727"),)
    assert interchange.dumps(again) == text


def test_an_export_cites_only_what_leaves_the_app_and_the_scan_reads_the_toetsingskader():
    from klantreis.evidence.privacy import shareable
    from klantreis.evidence.privacy_scan import place, redaction, scan

    journey, tp = _with_norms()
    journey.update(replace(journey.quote("q-bewijs"), internal=True))
    journey.update(replace(journey.get("norm", "n5"), reasoning="Mevrouw Jansen belde elke week."))
    copy = shareable(journey)
    assert copy.find("quote", "q-bewijs") is None
    assert copy.get("norm", "n5").quote_ids == () and copy.get("norm", "n5").touchpoint_ids == (tp,)
    assert copy.get("indicator", "i-plan").touchpoint_ids == (tp,)
    def without_tp(kind, item):  # (as the PDF leaves out a phase: the step and what hangs on it)
        if (kind == "touchpoint" and item.id == tp) or (kind == "transition" and tp in (
                item.source_id, item.target_id)) or (kind == "score" and item.touchpoint_id == tp):
            return None
        return replace(item, touchpoint_id=None) if kind == "quote" and item.touchpoint_id == tp else item

    narrowed = shareable(journey, without_tp)
    assert narrowed.get("norm", "n5").touchpoint_ids == ()
    assert narrowed.get("indicator", "i-plan").touchpoint_ids == ()
    found = [f for f in scan(journey) if f.item_kind == "norm"]
    assert found and found[0].field == "reasoning"
    assert place(journey, found[0]) == "norm bij deelvraag 5 (onderbouwing)"
    edit, refused = redaction(journey, found)
    assert not refused
    edit.apply(journey)
    assert "Jansen" not in journey.get("norm", "n5").reasoning
