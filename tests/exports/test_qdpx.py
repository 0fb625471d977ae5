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
    PROJECT_NS,
    REDACTED,
    SchemaViolation,
    guid,
    parse_description,
    validate,
)
from klantreis.model.entities import Sentiment
from klantreis.model.errors import KlantreisError
from tests.conftest import REPO
from tests.exports.conftest import raalte
from tests.exports.qdpx_journeys import MARKERS, TEXT, planted, rich, spans

SCHEMAS = REPO / "klantreis" / "resources" / "refi-qda"
NS = {"q": PROJECT_NS}


def _unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _project(data: bytes):
    return ET.fromstring(_unzip(data)["project.qde"])


def _texts(data: bytes) -> dict[str, str]:
    """Source GUID -> its text, read the way the standard says (UTF-8 files in sources/)."""
    files = _unzip(data)
    root = ET.fromstring(files["project.qde"])
    texts = {}
    for source in root.iterfind("q:Sources/q:TextSource", NS):
        path = source.get("plainTextPath")
        assert path.startswith("internal://")
        raw = files["sources/" + path[len("internal://"):]]
        assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without a byte order mark
        texts[source.get("guid")] = raw.decode("utf-8")
    return texts


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


def _selections(data: bytes):
    root = _project(data)
    for source in root.iterfind("q:Sources/q:TextSource", NS):
        for selection in source.iterfind("q:PlainTextSelection", NS):
            yield source.get("guid"), selection


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
    assert redact("abc", [], [(0, 1)])[0] == "abc"


def test_nothing_that_never_leaves_the_app_is_in_the_bytes(tmp_path):
    journey = planted()
    data = qdpx_bytes(journey)
    parts = {"qdpx": data, **_unzip(data), "qdc": qdc_bytes(journey)}
    for name, part in parts.items():
        found = [m for m in MARKERS if m.encode() in part]
        assert not found, f"{name} carries {found}"
    # the markers are really there to be left out
    everything = interchange.dumps(journey)
    assert all(m in everything for m in MARKERS)
    assert "Jansen" not in data.decode("latin-1")


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
    assert names[0] == "interview R1.txt"
    assert "Zonder groep" in names and "Focusgroep beleidsuitvoerders" in names
    text = _texts(data)[guid("session", "fg-uitvoerders")]
    assert "U1: Wij hebben\ntwee regels nodig." in text.split("\n\n")
    assert text.split("\n\n")[0].startswith(("U", "(onbekend): "))


def test_private_attributes_leave_neither_name_nor_value():
    export = build(planted())
    variables = [v.name for v in export.variables]
    assert "LEKKENMERK" not in variables and "geslacht" in variables


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
    assert qdpx_module.write(journey, tmp_path / "via.qdpx", Options()) == count_shared(journey)
    from klantreis.exports import qdc

    assert qdc.write(journey, tmp_path / "via.qdc", Options()) == count
    assert (tmp_path / "via.qdc").read_bytes() == (tmp_path / "codes.qdc").read_bytes()


def count_shared(journey) -> int:
    return sum(1 for q in journey.quotes if not q.internal)


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
