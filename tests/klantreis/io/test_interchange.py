import json

import pytest

from klantreis.io import interchange
from klantreis.model.errors import NewerVersion, ProjectFileError
from tests.conftest import EXAMPLES


def test_round_trip_is_exact(small_journey):
    text = interchange.dumps(small_journey)
    again = interchange.loads(text)
    assert interchange.dumps(again) == text
    data = json.loads(text)
    assert data["format"] == "klantreis" and data["version"] == interchange.VERSION
    # defaults are left out, set values are kept
    tp1 = data["touchpoints"][0]
    assert "internal_note" not in tp1 and tp1["actor_ids"] == ["ag"]
    assert data["respondents"][0]["attributes"] == {"leeftijdsklasse": "30-40"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_files_are_canonical(path):
    text = path.read_text(encoding="utf-8")
    assert interchange.dumps(interchange.loads(text)) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("{not json", "geen geldig JSON"),
        ("[]", "geen Klantreis-JSON"),
        ('{"format": "iets", "version": 1}', "geen Klantreis-JSON"),
        ('{"format": "klantreis", "version": "1"}', "geen Klantreis-JSON"),
        ('{"format": "klantreis", "version": 1, "journey": {"title": "T"}, "extra": 1}',
         "onbekend veld 'extra'"),
        ('{"format": "klantreis", "version": 1, "journey": {"title": ""}}', "journey"),
        ('{"format": "klantreis", "version": 1, "journey": {"title": "T"},'
         ' "phases": [{"id": "p", "name": "P", "colour": "rood"}]}', "phases[0]"),
        ('{"format": "klantreis", "version": 1, "journey": {"title": "T"},'
         ' "phases": [{"id": "p", "name": "P", "kleur": "#FFFFFF"}]}', "onbekend veld 'kleur'"),
        ('{"format": "klantreis", "version": 1, "journey": {"title": "T"},'
         ' "touchpoints": [{"id": "t", "title": "T", "phase_id": "x"}]}', "geen fase"),
        ('{"format": "klantreis", "version": 1, "journey": {"title": "T"}, "quotes": {}}',
         "quotes"),
        ('{"format": "klantreis", "version": 1, "journey": {"title": "T"},'
         ' "quotes": [{"id": "q", "text": "x", "sentiment": 5}]}', "quotes[0]"),
    ],
)
def test_bad_json_is_refused_with_a_clear_message(text, expected):
    with pytest.raises(ProjectFileError) as info:
        interchange.loads(text, source="x.json")
    assert expected in str(info.value)
    assert "x.json" in str(info.value)


def test_newer_json_version_is_refused():
    with pytest.raises(NewerVersion) as info:
        interchange.loads('{"format": "klantreis", "version": 99, "journey": {"title": "T"}}')
    assert "99" in str(info.value)


def test_load_json_file_errors(tmp_path):
    with pytest.raises(ProjectFileError, match="bestaat niet"):
        interchange.load_json(tmp_path / "weg.json")
    bad = tmp_path / "bin.json"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ProjectFileError, match="geen geldig JSON"):
        interchange.load_json(bad)


def test_pdf_options_travel_with_the_journey_and_bad_ones_are_refused(small_journey):
    import dataclasses

    from klantreis.model.entities import Paper, PdfOptions, Perspective

    options = PdfOptions(paper=Paper.A4, perspectives=(Perspective.UITVOERDER, Perspective.CLIENT),
                         highlighted_quote_ids=("q1",), accent="#336699")
    small_journey.set_info(dataclasses.replace(small_journey.info, pdf_options=options))
    text = interchange.dumps(small_journey)
    assert json.loads(text)["journey"]["pdf_options"] == {
        "paper": "A4", "perspectives": ["uitvoerder", "client"], "highlighted_quote_ids": ["q1"],
        "accent": "#336699"}
    assert interchange.loads(text).info.pdf_options == options
    data = json.loads(text)
    data["journey"]["pdf_options"]["paper"] = "A5"
    with pytest.raises(ProjectFileError) as caught:
        interchange.loads(json.dumps(data))
    assert "journey" in str(caught.value)
