import dataclasses

import pytest

from klantreis.messages import message, set_language
from klantreis.model.entities import (
    ENTITY_TYPES,
    Actor,
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
    Translator,
    new_id,
)
from klantreis.model.errors import InvalidValue


@pytest.mark.parametrize(
    "build",
    [
        lambda: Phase("p1", ""),
        lambda: Phase("p1", "Fase", colour="red"),
        lambda: Phase("bad id!", "Fase"),
        lambda: Actor("a1", "Gemeente", kind="gemeente"),  # a plain str is not an ActorKind
        lambda: Touchpoint("t1", "Titel", "p1", x=1.0),  # half a position
        lambda: Touchpoint("t1", "Titel", "p1", actor_ids=("a", "a")),
        lambda: Touchpoint("t1", "Titel", "p1", matters="ja"),
        lambda: Transition("e1", "t1", "t2", share=120.0),
        lambda: Group("g1", "Groep", "client"),
        lambda: Group("g1", "Groep", Perspective.CLIENT, languages=("Arabisch",)),
        lambda: Respondent("r1", " "),
        lambda: Respondent("r1", "R1", attributes=(("leeftijd", "30"), ("leeftijd", "40"))),
        lambda: Quote("q1", ""),
        lambda: Quote("q1", "tekst", translated_by=Translator.TOLK),  # no translation given
        lambda: Quote("q1", "tekst", captured_at="gisteren"),
        lambda: Score("s1", "t1", 3, respondent_id="r1"),
        lambda: Score("s1", "t1", 1),  # neither respondent nor group
        lambda: JourneyInfo(title="Reis", created="1 jan"),
    ],
)
def test_invalid_values_raise_invalid_value(build):
    with pytest.raises(InvalidValue) as info:
        build()
    assert str(info.value)  # a readable message, never just a code
    assert str(info.value) != info.value.code


def test_messages_exist_in_dutch_and_english():
    from klantreis.messages import MESSAGES

    for code, texts in MESSAGES.items():
        assert {"nl", "en"} <= set(texts) <= {"nl", "en", "nl_one", "en_one"}, code
        assert ("nl_one" in texts) == ("en_one" in texts), code
    try:
        set_language("en")
        assert message("required", what="title") == "title cannot be empty."
    finally:
        set_language("nl")
    assert message("required", what="titel") == "titel mag niet leeg zijn."


def test_messages_with_a_count_use_the_singular_for_one():
    assert message("check_parked", count=1).startswith("1 citaat ")
    assert message("check_parked", count=3).startswith("3 citaten ")


def test_respondents_have_no_name_field():
    forbidden = {"name", "naam", "first_name", "last_name", "voornaam", "achternaam", "full_name"}
    assert not forbidden & {f.name for f in dataclasses.fields(Respondent)}


def test_entities_are_immutable():
    phase = Phase("p1", "Fase")
    with pytest.raises(dataclasses.FrozenInstanceError):
        phase.name = "Anders"  # type: ignore[misc]
    assert all(t.__dataclass_params__.frozen for t in ENTITY_TYPES)


def test_positions_and_shares_are_floats():
    tp = Touchpoint("t1", "Titel", "p1", x=10, y=20)
    assert (type(tp.x), type(tp.y)) == (float, float)
    assert tp.position == (10.0, 20.0)
    assert type(Transition("e", "a", "b", share=40).share) is float


def test_negative_zero_is_stored_as_zero():
    """SQLite drops the sign of -0.0, so the model never holds it (found by hypothesis)."""
    import math

    tp = Touchpoint("t1", "Titel", "p1", x=-0.0, y=-0.0)
    assert math.copysign(1, tp.x) == 1 and math.copysign(1, tp.y) == 1
    assert math.copysign(1, Transition("e", "a", "b", share=-0.0).share) == 1


def test_sentiment_scores():
    assert [s.score for s in Sentiment] == [-2, -1, 0, 1, 2, None, None]
    assert Sentiment.from_score(-2) is Sentiment.VERY_NEGATIVE
    assert Sentiment.from_score(1) is Sentiment.POSITIVE


def test_new_ids_are_unique_uuid_hex():
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_the_catalogue_holds_the_pdf_labels_with_the_same_placeholders_in_both_languages():
    import string

    from klantreis.exports.labels import labels
    from klantreis.messages import MESSAGES, texts

    assert labels("en")["experience"] == "Experience" and labels("nl")["experience"] == "Beleving"
    assert labels("nl").keys() == labels("en").keys() == texts("pdf_", "nl").keys()
    for code, forms in MESSAGES.items():
        fields = {k: {f for _, f, _, _ in string.Formatter().parse(v) if f} for k, v in forms.items()}
        assert fields["nl"] == fields["en"], code


def test_a_key_defined_twice_is_refused():
    import pytest

    from klantreis.messages import _merge

    with pytest.raises(ValueError, match="twice"):
        _merge({"a": {"nl": "x", "en": "x"}}, {"a": {"nl": "y", "en": "y"}})
