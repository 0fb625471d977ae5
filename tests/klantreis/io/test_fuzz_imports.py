"""JSON and CSV imports attacked with generated input (wrong types, missing keys, huge strings,
control characters, invalid UTF-8, duplicate ids, dangling references): never a crash (only a
KlantreisError with a message), never a partial import."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klantreis.io import interchange
from klantreis.io.quote_import import guess_mapping, import_edit, plan_quote_import
from klantreis.io.respondent_import import plan_respondent_import
from klantreis.io.table import parse_table, read_table
from klantreis.model.errors import KlantreisError
from klantreis.model.journey import Journey
from tests.conftest import make_small_journey

BASE = interchange.journey_to_dict(make_small_journey())
SECTIONS = ("phases", "actors", "touchpoints", "transitions", "groups", "respondents", "quotes", "scores")
NASTY_TEXT = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), max_size=10),  # control chars
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=5), st.integers(1, 30_000)),  # huge
    st.sampled_from(["", " ", "\u0000", "\ud800", "p1", "t1", "q1", "g1", "r1", "\u202e", "💥" * 50]),
)
VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True), NASTY_TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(NASTY_TEXT, inner, max_size=4)),
    max_leaves=8,
)


@st.composite
def broken_journeys(draw):
    """The small journey's JSON with a few things wrong in it."""
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(("journey", "top", *SECTIONS)))
        how = draw(st.sampled_from(("set", "drop", "duplicate", "dangle", "retype")))
        if where == "top":
            key = draw(st.sampled_from(("format", "version", "journey", "extra", *SECTIONS)))
            if how == "drop":
                data.pop(key, None)
            else:
                data[key] = draw(VALUES)
            continue
        if where == "journey":
            target = data.setdefault("journey", {})
            if not isinstance(target, dict):
                continue
            key = draw(st.sampled_from(("title", "language", "created", "attribute_names", "pdf_options",
                                        "onbekend")))
        else:
            items = data.get(where)
            if not isinstance(items, list) or not items:
                data[where] = draw(VALUES) if how == "retype" else [draw(VALUES)]
                continue
            index = draw(st.integers(0, len(items) - 1))
            if how == "duplicate":
                items.append(copy.deepcopy(items[index]))
                continue
            target = items[index]
            if not isinstance(target, dict):
                continue
            key = draw(st.sampled_from(sorted(target) + ["id", "onbekend"]))
        if how == "drop":
            target.pop(key, None)
        elif how == "dangle":
            target[key] = "bestaat-niet"
        else:
            target[key] = draw(VALUES)
    return data


def _loads_or_refuses(text: str) -> Journey | None:
    try:
        return interchange.loads(text, source="fuzz.json")
    except KlantreisError as error:
        assert str(error)  # a message for the user
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_journeys())
def test_broken_journey_json_is_read_whole_or_refused_with_a_message(data):
    text = json.dumps(data, ensure_ascii=False, allow_nan=True)
    journey = _loads_or_refuses(text)
    if journey is not None:  # accepted: then whole (every item of the file) and consistent
        again = interchange.loads(interchange.dumps(journey))
        assert interchange.dumps(again) == interchange.dumps(journey)
        kinds = dict(zip(SECTIONS, ("phase", "actor", "touchpoint", "transition", "group", "respondent",
                                    "quote", "score"), strict=True))
        for section, kind in kinds.items():
            assert journey.count(kind) == len(data.get(section) or [])


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_as_a_json_file_are_refused(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("fuzz") / "x.json"
    path.write_bytes(raw)
    try:
        interchange.load_json(path)
    except KlantreisError as error:
        assert str(error)


CELLS = st.one_of(NASTY_TEXT, st.sampled_from(["1", "2", "Intake", "R1", "-1", "+2", "gemengd", "nl", "ar",
                                               "t1", '"', ";", ",", "\t", "\n", "=1+1"]))


@st.composite
def csv_files(draw):
    header = draw(st.lists(st.sampled_from(["tekst", "contactmoment", "respondent", "groep", "sentiment",
                                            "taal", "vertaling", "bron", "labels", "code", "naam", "x", ""]),
                           min_size=0, max_size=6))
    rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 2), max_size=8))
    delimiter = draw(st.sampled_from([";", ",", "\t"]))

    def line(cells):
        return delimiter.join('"' + c.replace('"', '""') + '"' if draw(st.booleans()) else c for c in cells)

    text = "\n".join([line(header), *(line(r) for r in rows)])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "broken"]))
    if encoding == "broken":
        return text.encode("utf-8", "surrogatepass") + b"\xff\xfe\xc3"
    return text.encode(encoding, "surrogatepass") if encoding != "latin-1" else text.encode(
        "latin-1", "replace")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(csv_files())
def test_csv_imports_are_all_or_nothing_and_never_crash(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("csv") / "citaten.csv"
    path.write_bytes(raw)
    journey = make_small_journey()
    before = interchange.dumps(journey)
    try:
        table = read_table(path)
    except KlantreisError as error:
        assert str(error)
        return
    mapping = guess_mapping(table.headers)
    try:
        plan = plan_quote_import(journey, table, mapping)
    except KlantreisError as error:  # e.g. no text column: refused as a whole
        assert str(error)
        assert interchange.dumps(journey) == before
        return
    assert interchange.dumps(journey) == before  # planning never changes the journey
    count = journey.count("quote")
    if plan.ok:
        import_edit(plan).apply(journey)
        assert journey.count("quote") == count + len(plan.items)
    else:
        with pytest.raises(KlantreisError):  # a plan with bad rows cannot be imported at all
            import_edit(plan)
        assert interchange.dumps(journey) == before
    try:
        plan_respondent_import(make_small_journey(), table)
    except KlantreisError as error:
        assert str(error)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_pasted_text_as_csv_never_crashes(text):
    try:
        parse_table(text)
    except KlantreisError as error:
        assert str(error)
