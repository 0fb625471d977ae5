"""The REFI-QDA export (.qdpx, .qdc): valid against the published schemas, every selection at
its quote's exact characters, byte for byte the same for the same project, and nothing in it
that never leaves the app."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema

from klantreis.exports import qdpx as qdpx_module
from klantreis.exports.qdpx import qdc_bytes, qdpx_bytes, write_qdc, write_qdpx
from klantreis.exports.qdpx_model import build, redact
from klantreis.exports.registry import Options
from klantreis.io import interchange
from klantreis.io.refi_qda import (
    KIND_LIVE,
    KIND_TRANSCRIPT,
    PROJECT_NS,
    REDACTED,
    SchemaViolation,
    guid,
    parse_description,
    text_checksum,
    validate,
)
from klantreis.model.entities import Sentiment
from klantreis.model.errors import KlantreisError
from tests.conftest import REPO
from tests.exports.conftest import raalte
from tests.exports.qdpx_journeys import CHECKSUM, MARKERS, SECRET, TEXT, planted, rich, spans
from tests.klantreis.io import qdpx_files as files

SCHEMAS = REPO / "klantreis" / "resources" / "refi-qda"
NS, _unzip, _project, _texts = files.NS, files.unzipped, files.project_root, files.source_texts
_source_fields, _selections = files.source_fields, files.selections


@pytest.mark.parametrize("make", [raalte, rich, planted])
def test_project_and_code_book_follow_the_published_schemas(make):
    journey = make()
    project = xmlschema.XMLSchema(str(SCHEMAS / "Project-mrt2019.xsd"))
    codebook = xmlschema.XMLSchema(str(SCHEMAS / "Codebook-mrt2019.xsd"))
    project.validate(_unzip(qdpx_bytes(journey))["project.qde"].decode("utf-8"))
    codebook.validate(qdc_bytes(journey).decode("utf-8"))
    assert project.target_namespace == "urn:QDA-XML:project:1.0"
    assert codebook.target_namespace == "urn:QDA-XML:codebook:1.0"


def test_the_schema_check_refuses_what_breaks_the_standard():
    with pytest.raises(SchemaViolation):  # a Project without its required name
        validate("project", f'<Project xmlns="{PROJECT_NS}"/>'.encode())
    with pytest.raises(SchemaViolation):  # a GUID that is none
        validate("project", f'<Project xmlns="{PROJECT_NS}" name="x"><Users><User guid="nope"/>'
                            f'</Users></Project>'.encode())
    validate("project", f'<Project xmlns="{PROJECT_NS}" name="x"/>'.encode())


def test_the_writer_refuses_to_write_xml_the_schema_refuses(tmp_path, monkeypatch):
    import klantreis.exports.qdpx_xml as xml_module

    real = xml_module._code

    def broken(parent, code):  # a code the schema refuses: isCodable must be a boolean
        element = real(parent, code)
        for child in parent.iter("Code"):
            child.set("isCodable", "misschien")
        return element
    monkeypatch.setattr(xml_module, "_code", broken)
    target = tmp_path / "kapot.qdpx"
    with pytest.raises(SchemaViolation):
        write_qdpx(raalte(), target)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_the_same_project_gives_the_same_bytes(tmp_path):
    journey = rich()
    first = qdpx_bytes(journey)
    copy = interchange.journey_from_dict(interchange.journey_to_dict(journey))
    assert qdpx_bytes(copy) == first
    write_qdpx(journey, tmp_path / "a.qdpx")
    write_qdpx(copy, tmp_path / "b.qdpx")
    assert (tmp_path / "a.qdpx").read_bytes() == (tmp_path / "b.qdpx").read_bytes() == first
    assert qdc_bytes(journey) == qdc_bytes(copy)
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos][:2] == ["project.qde", "sources/"]
    assert [i.filename for i in infos][2:] == sorted(i.filename for i in infos[2:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_a_change_changes_the_bytes():
    journey = rich()
    before = qdpx_bytes(journey)
    quote = journey.quote("q-live-u")
    from dataclasses import replace

    journey.update(replace(quote, sentiment=Sentiment.POSITIVE))
    assert qdpx_bytes(journey) != before


@pytest.mark.parametrize("make", [raalte, rich, planted])
def test_every_selection_holds_exactly_its_quote(make):
    journey = make()
    data = qdpx_bytes(journey)
    texts = _texts(data)
    by_guid = {guid("quote", q.id): q for q in journey.quotes}
    seen = set()
    for source_guid, selection in _selections(data):
        quote = by_guid[selection.get("guid")]
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        assert texts[source_guid][start:end] == quote.text
        seen.add(quote.id)
    assert seen == {q.id for q in journey.quotes if not q.internal}


def test_a_transcript_keeps_its_text_but_not_the_passages_of_internal_quotes():
    journey = planted()
    data = qdpx_bytes(journey)
    text = _texts(data)[guid("transcript", "tr-1")]
    places = spans()
    start, end = places["secret"]
    secret = TEXT[start:end]
    assert "LEKPASSAGE" not in text and ", dat mag niemand weten" not in text
    overlap = TEXT[slice(*places["overlap"])]
    # the shared quote inside the internal passage stays, with the rest replaced on either side
    assert f"{REDACTED}{overlap}{REDACTED}" in text
    assert text == TEXT.replace(secret, f"{REDACTED}{overlap}{REDACTED}")
    # the quote after the replaced passage moved with it
    selections = {s.get("guid"): s for _, s in _selections(data)}
    loan = selections[guid("quote", "q-tr-loan")]
    shift = 2 * len(REDACTED) - (len(secret) - len(overlap))
    assert int(loan.get("startPosition")) == places["loan"][0] + shift
    shared = selections[guid("quote", "q-tr-shared")]
    assert int(shared.get("startPosition")) == places["shared"][0]  # (before it: not moved)


def test_redact_moves_positions_around_what_it_replaces():
    text = "aaaa SECRET bbbb KEEP cccc"
    hidden = [(5, 11), (17, 21)]  # SECRET, KEEP
    kept = [(17, 21), (22, 26)]  # KEEP, cccc (KEEP is also a shared quote: it stays)
    new, moved = redact(text, hidden, kept, "[x]")
    assert new == "aaaa [x] bbbb KEEP cccc"
    assert new[moved(17):moved(21)] == "KEEP" and new[moved(22):moved(26)] == "cccc"
    assert moved(0) == 0 and moved(4) == 4
    # a position inside a replaced stretch (a turn's bound): after its placeholder, or as an
    # end just before it, so a turn wholly inside becomes empty and turns never overlap
    assert (moved(7), moved(7, end=True)) == (8, 5)
    assert moved(5) == 5 and moved(11) == moved(11, end=True) == 8
    assert redact("abc", [], [(0, 1)])[0] == "abc"


def _leaks(journey) -> list[str]:
    """Every marker of what never leaves the app (and the privacy settings' words) found in the
    text of any entry of the .qdpx, unzipped, or in the code book."""
    parts = {name: raw.decode("utf-8") for name, raw in _unzip(qdpx_bytes(journey)).items()}
    parts["codebook.qdc"] = qdc_bytes(journey).decode("utf-8")
    return [f"{name}: {marker}" for name, text in parts.items() for marker in (*MARKERS, "Jansen")
            if marker in text]


def test_nothing_that_never_leaves_the_app_is_in_the_bytes():
    journey = planted()
    assert _leaks(journey) == []
    data = qdpx_bytes(journey)
    assert not [m for m in MARKERS if m.encode() in data]  # (nor in the raw zip)
    # the markers are really there to be left out
    everything = interchange.dumps(journey)
    assert all(m in everything for m in (*MARKERS, "Jansen"))


def _private_found(journey) -> list[str]:
    """A private attribute's name or value anywhere: the variables, the cases' values, the XML."""
    export = build(journey)
    found = [v.name for v in export.variables if "LEK" in v.name]
    found += [value for case in export.cases for _, value in case.values if "LEK" in value]
    xml = _unzip(qdpx_bytes(journey))["project.qde"].decode("utf-8")
    return found + [m for m in ("LEKKENMERK", "LEKWAARDE") if m in xml]


@pytest.mark.parametrize("hole", ["private attributes", "internal passages"])
def test_the_privacy_checks_find_what_a_missing_filter_lets_through(hole, monkeypatch):
    """The two checks above can fail: without the filter they find the markers."""
    import klantreis.exports.qdpx_model as model

    if hole == "private attributes":
        monkeypatch.setattr(model, "private_attributes", lambda journey: set())
        assert sorted(set(_private_found(planted()))) == ["LEKKENMERK", "LEKWAARDE"]
        assert any("LEKWAARDE" in leak for leak in _leaks(planted()))
    else:
        real = model.redact
        monkeypatch.setattr(model, "redact", lambda text, hidden, kept: real(text, [], kept))
        assert any(leak.endswith("LEKPASSAGE") for leak in _leaks(planted()))


def test_the_codes_cases_variables_and_sets():
    journey = rich()
    root = _project(qdpx_bytes(journey))
    assert root.get("origin") == "Klantreis" and root.get("name") == journey.info.title
    tops = root.findall("q:CodeBook/q:Codes/q:Code", NS)
    names = [c.get("name") for c in tops]
    assert names == [*(p.name for p in journey.phases), "Parkeerplaats", "Beleving", "Labels"]
    first_phase = tops[0]
    assert first_phase.get("isCodable") == "false" and first_phase.get("color") == journey.phases[0].colour
    assert [c.get("name") for c in first_phase.findall("q:Code", NS)] == [
        "1. Aankomst, opvang en registratie", "2. Asielbeslissing en verblijfsvergunning",
        "3. Taakstelling en koppeling aan een gemeente"]
    assert [c.get("name") for c in tops[-2].findall("q:Code", NS)] == [
        "zeer negatief", "negatief", "neutraal", "positief", "zeer positief", "gemengd", "onbekend"]
    assert {c.get("name") for c in tops[-1].findall("q:Code", NS)} >= {"wonen", "financiën", "bejegening"}
    assert [u.get("name") for u in root.iterfind("q:Users/q:User", NS)] == ["Klantreis"]
    variables = {v.get("guid"): v.get("name") for v in root.iterfind("q:Variables/q:Variable", NS)}
    assert "Groep" in variables.values()
    assert {v.get("typeOfVariable") for v in root.iterfind("q:Variables/q:Variable", NS)} == {"Text"}
    cases = {c.get("name"): c for c in root.iterfind("q:Cases/q:Case", NS)}
    assert sorted(cases) == sorted(r.code for r in journey.respondents)
    r1 = cases["R1"]
    values = {variables[v.find("q:VariableRef", NS).get("targetGUID")]: v.find("q:TextValue", NS).text
              for v in r1.iterfind("q:VariableValue", NS)}
    assert values["geslacht"] == "vrouw" and values["Groep"] == "Focusgroep statushouders (Arabischsprekend)"
    assert {s.get("targetGUID") for s in r1.iterfind("q:SelectionRef", NS)} == {
        guid("quote", q) for q in ("q-tr-shared", "q-tr-overlap", "q-tr-loan")}
    sets = {s.get("name"): s for s in root.iterfind("q:Sets/q:Set", NS)}
    assert sorted(sets) == sorted(g.name for g in journey.groups)
    members = {m.get("targetGUID") for m in sets["Focusgroep statushouders (Arabischsprekend)"]}
    assert guid("transcript", "tr-1") in members and guid("session", "fg-statushouders-ar") in members
    assert parse_description(sets["Focusgroep beleidsuitvoerders"].find("q:Description", NS).text)[
        "perspective"] == "uitvoerder"


def test_a_quote_keeps_its_source_translation_and_codes():
    journey = rich()
    selections = {s.get("guid"): s for _, s in _selections(qdpx_bytes(journey))}
    live = selections[guid("quote", "q-live-ar")]
    fields = parse_description(live.find("q:Description", NS).text)
    assert fields == {"source": "sessie 1, 11:12", "language": "ar",
                      "translation": "De medewerker was heel aardig.", "translated_by": "tolk",
                      "provenance": "parafrase", "group": "Focusgroep statushouders (Arabischsprekend)",
                      "captured_at": "2021-06-01T11:12:13"}
    assert live.get("creationDateTime") == "2021-06-01T11:12:13"
    codes = [c.find("q:CodeRef", NS).get("targetGUID") for c in live.iterfind("q:Coding", NS)]
    assert codes == [guid("touchpoint", "tp-b2"), guid("sentiment", "+2"), guid("tag", "bejegening")]
    parked = selections[guid("quote", "q-parked")]
    assert parked.find("q:Coding/q:CodeRef", NS).get("targetGUID") == guid("parking")
    two_lines = selections[guid("quote", "q-live-u")]
    assert parse_description(two_lines.find("q:Description", NS).text)["source"] == "sessie uitvoerders"


def test_live_quotes_become_a_source_per_group_with_a_paragraph_each():
    journey = rich()
    data = qdpx_bytes(journey)
    root = _project(data)
    names = [s.get("name") for s in root.iterfind("q:Sources/q:TextSource", NS)]
    assert names[:2] == ["interview R1.vtt", "interview U2.docx"]
    assert "Zonder groep" in names and "Focusgroep beleidsuitvoerders" in names
    text = _texts(data)[guid("session", "fg-uitvoerders")]
    assert "U1: Wij hebben\ntwee regels nodig." in text.split("\n\n")
    assert text.split("\n\n")[0].startswith(("U", "(onbekend): "))


def test_private_attributes_leave_neither_name_nor_value():
    journey = planted()
    assert _private_found(journey) == []
    export = build(journey)  # (the attributes that may be shared do go, names and values)
    assert "geslacht" in [v.name for v in export.variables]
    assert "vrouw" in [value for case in export.cases for _, value in case.values]


def test_a_transcript_source_carries_its_speakers_turns_date_language_format_and_checksum():
    import json

    journey = rich()
    data = qdpx_bytes(journey)
    fields = _source_fields(data)[guid("transcript", "tr-1")]
    assert {k: fields[k] for k in ("kind", "format", "date", "language", "checksum", "text_checksum")} == {
        "kind": KIND_TRANSCRIPT, "format": "vtt", "date": "1 juni 2021", "language": "nl",
        "checksum": CHECKSUM, "text_checksum": text_checksum(TEXT)}
    assert [json.loads(x) for x in fields["speakers"].split("\n")] == [
        ["I", "interviewer", ""], ["R1", "respondent", "R1"]]
    transcript = journey.get("transcript", "tr-1")
    assert [json.loads(x) for x in fields["turns"].split("\n")] == [
        [t.start, t.end, t.speaker, t.begin_ms, t.end_ms] for t in transcript.turns]
    english = _source_fields(data)[guid("transcript", "tr-2")]
    assert (english["language"], english["format"], english["date"], "turns" in english) == (
        "en", "docx", "2021-05-20", False)
    assert json.loads(english["speakers"].split("\n")[-1]) == ["Tolk", "tolk", ""]
    # the generated sources of quotes captured live say what they are
    live = _source_fields(data)[guid("session", "")]
    assert live == {"kind": KIND_LIVE, "text_checksum": text_checksum(_texts(data)[guid("session", "")])}
    # and a group's languages go with its set
    sets = {s.get("name"): s for s in _project(data).iterfind("q:Sets/q:Set", NS)}
    assert parse_description(sets["Focusgroep beleidsuitvoerders"].findtext("q:Description", "", NS))[
        "languages"] == "nl"


def test_a_speaker_whose_label_the_text_no_longer_shows_stays_out():
    """A name replaced in the text (by the privacy check) but still a speaker's label."""
    import json
    from dataclasses import replace

    from klantreis.model.entities import Speaker, SpeakerRole, Turn

    journey = rich()
    transcript = journey.get("transcript", "tr-2")
    fatima = Speaker("Fatima", SpeakerRole.RESPONDENT)
    journey.update(replace(transcript, speakers=(*transcript.speakers, fatima),
                           turns=(Turn(0, 10, "Fatima", 0, 900), Turn(34, 60, "U2"))))
    data = qdpx_bytes(journey)
    assert not [name for name, raw in _unzip(data).items() if b"Fatima" in raw]
    fields = _source_fields(data)[guid("transcript", "tr-2")]
    assert [json.loads(x) for x in fields["turns"].split("\n")] == [
        [0, 10, "", 0, 900], [34, 60, "U2", None, None]]


def test_the_turns_follow_the_text_where_internal_passages_were_replaced():
    import json

    data = qdpx_bytes(planted())
    text = _texts(data)[guid("transcript", "tr-1")]
    fields = _source_fields(data)[guid("transcript", "tr-1")]
    assert fields["text_checksum"] == text_checksum(text)
    turns = [json.loads(x) for x in fields["turns"].split("\n")]
    assert [text[start:end] for start, end, *_ in turns] == [
        "I: Hoe ging het zoeken naar een woning?", TEXT.split("\n")[1],
        f"R1: {REDACTED}mijn buurman heeft het geregeld", REDACTED,  # (the cue of ", dat mag ...")
        "I: En de inrichting?", "R1: De lening voor de spullen was een groot probleem voor ons."]
    assert [t[2:] for t in turns][2:4] == [["R1", 10000, 14000], ["R1", 14000, 14900]]
    assert SECRET not in text


def test_progress_is_told_and_an_interruption_writes_nothing(tmp_path):
    seen = []
    count = write_qdpx(rich(), tmp_path / "r.qdpx", progress=lambda done, total: seen.append((done, total)))
    assert count == len([q for q in rich().quotes if not q.internal])
    assert seen[-1][0] == seen[-1][1] and len(seen) >= 3

    def stop(done, total):
        if done > 1:
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        write_qdpx(rich(), tmp_path / "stop.qdpx", progress=stop)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.qdpx"]


def test_the_code_book_alone_and_the_registry_entries(tmp_path):
    journey = rich()
    count = write_qdc(journey, tmp_path / "codes.qdc")
    root = ET.fromstring((tmp_path / "codes.qdc").read_bytes())
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook" and root.get("origin") == "Klantreis"
    tags = {t for q in journey.quotes if not q.internal for t in q.tags}
    assert count == len(journey.touchpoints) + 1 + 7 + len(tags)  # + parking, sentiments, tags
    assert qdpx_module.write(journey, tmp_path / "via.qdpx", Options()) == len(
        [q for q in journey.quotes if not q.internal])
    from klantreis.exports import qdc

    assert qdc.write(journey, tmp_path / "via.qdc", Options()) == count
    assert (tmp_path / "via.qdc").read_bytes() == (tmp_path / "codes.qdc").read_bytes()


def test_a_folder_that_cannot_be_written_gives_a_dutch_message(tmp_path):
    with pytest.raises(KlantreisError) as caught:
        write_qdpx(raalte(), tmp_path / "bestaat-niet" / "r.qdpx")
    assert "r.qdpx" in str(caught.value)
    assert not Path(tmp_path / "bestaat-niet").exists()


def test_positions_count_code_points_not_utf16_units():
    """The standard counts Unicode code points (REFI-QDA 1.5, section 10.2), as Python and
    QualCoder do: a character outside the Basic Multilingual Plane counts once."""
    from klantreis.model.entities import Quote

    journey = raalte()
    journey.add(Quote("q-emoji", "Fijn 😊 geholpen", touchpoint_id="tp-b2", group_id="fg-uitvoerders"))
    journey.add(Quote("q-after", "Daarna", touchpoint_id="tp-b2", group_id="fg-uitvoerders"))
    data = qdpx_bytes(journey)
    text = _texts(data)[guid("session", "fg-uitvoerders")]
    selection = next(s for _, s in _selections(data) if s.get("guid") == guid("quote", "q-after"))
    start = int(selection.get("startPosition"))
    assert text[start:int(selection.get("endPosition"))] == "Daarna"
    assert len(text[:start].encode("utf-16-le")) // 2 == start + 1  # (UTF-16 would count one more)


def test_an_empty_journey_is_a_valid_project():
    from klantreis.model.entities import JourneyInfo
    from klantreis.model.journey import Journey

    journey = Journey(JourneyInfo(title="Leeg"))
    files = _unzip(qdpx_bytes(journey))
    assert sorted(files) == ["project.qde", "sources/"]
    validate("project", files["project.qde"])
    validate("codebook", qdc_bytes(journey))
