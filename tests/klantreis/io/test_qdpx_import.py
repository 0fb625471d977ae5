"""REFI-QDA import: a Klantreis export comes back the same (quotes, transcripts with their
speakers and turns, live quotes without a transcript); what the journey holds already is said;
a project written the way QualCoder writes it imports; a file's lines cannot make a quote say
what its passage does not; bad input gives one Dutch message and imports nothing."""

from __future__ import annotations

import zipfile

import pytest

from klantreis.exports.qdpx import qdpx_bytes, write_qdpx
from klantreis.graph.route import display_numbers
from klantreis.io import interchange
from klantreis.io import qdpx_read as reader
from klantreis.io.files import load_journey
from klantreis.io.qdpx_codes import CodeTarget, propose_code_map
from klantreis.io.qdpx_import import import_qdpx_file, plan_qdpx_import
from klantreis.io.qdpx_project import QdpxError
from klantreis.io.qdpx_read import line_ends, read_qdpx
from klantreis.io.refi_qda import REDACTED, guid
from klantreis.model.entities import Sentiment, SpeakerRole, TranscriptFormat
from klantreis.model.errors import KlantreisError
from tests.exports.conftest import raalte
from tests.exports.qdpx_journeys import (
    TEXT,
    planted,
    quote_rows,
    respondent_rows,
    rich,
    round_trip,
    spans,
    transcript_rows,
)
from tests.klantreis.io.qdpx_files import (
    INTERVIEW_1,
    WINDOWS,
    G,
    description,
    edited,
    qualcoder_files,
    span,
    tampered,
    write,
)


@pytest.mark.parametrize("how", ["file", "plan"])
@pytest.mark.parametrize("make", [raalte, rich])
def test_an_export_imported_into_an_empty_project_gives_the_same_quotes(make, how, tmp_path):
    journey = make()
    back, report = round_trip(journey, tmp_path, how)
    assert quote_rows(back) == quote_rows(journey)  # (with their transcripts and passages)
    assert transcript_rows(back) == transcript_rows(journey)
    generated = {"Zonder groep", *(g.name for g in journey.groups)}
    assert not [t.name for t in back.transcripts if t.name in generated]  # (live quotes stay live)
    assert respondent_rows(back) == respondent_rows(journey)
    assert back.info.attribute_names == journey.info.attribute_names
    assert back.info.title == journey.info.title
    numbers, numbers_back = display_numbers(journey), display_numbers(back)
    assert sorted(f"{numbers[t.id]}. {t.title}" for t in journey.touchpoints) == sorted(
        f"{numbers_back[t.id]}. {t.title}" for t in back.touchpoints)
    assert [p.name for p in back.phases] == [p.name for p in journey.phases]
    assert sorted((g.name, g.perspective, g.date, g.place, g.languages) for g in back.groups) == sorted(
        (g.name, g.perspective, g.date, g.place, g.languages) for g in journey.groups)
    assert f"{len(journey.quotes)} citaten" in report and "uit.qdpx" in report
    assert f"{len(journey.transcripts)} transcripten" in report
    for quote in back.quotes:  # every quote of a transcript is linked to its passage
        if quote.transcript_id is not None:
            assert back.get("transcript", quote.transcript_id).text[
                quote.passage_start:quote.passage_end] == quote.text


def test_what_never_left_the_app_does_not_come_back(tmp_path):
    back, _ = round_trip(planted(), tmp_path)
    assert "LEK" not in interchange.dumps(back)
    assert len(back.quotes) == len([q for q in planted().quotes if not q.internal])
    transcript = next(t for t in back.transcripts if t.name == "interview R1.vtt")
    assert [transcript.text[t.start:t.end] for t in transcript.turns][2:4] == [
        f"R1: {REDACTED}mijn buurman heeft het geregeld", REDACTED]


def test_an_export_planned_into_its_own_journey_says_it_is_there_already(tmp_path):
    journey = raalte()
    write_qdpx(journey, tmp_path / "r.qdpx")
    project = read_qdpx(tmp_path / "r.qdpx")
    proposal = propose_code_map(journey, project)
    touchpoint_targets = [t for t in proposal.values() if t.kind == "touchpoint"]
    assert len(touchpoint_targets) == len(journey.touchpoints)
    assert {t.kind for t in proposal.values()} == {"touchpoint", "sentiment", "tag", "parking"}
    before = interchange.dumps(journey)
    edit, report = plan_qdpx_import(journey, project, proposal)
    assert interchange.dumps(journey) == before  # planning changes nothing
    assert (report.quotes, report.touchpoints, report.phases, report.respondents, report.groups) == (
        38, 0, 0, 0, 0)
    assert report.already_there and (report.twin_quotes, report.twin_transcripts) == (38, 0)
    assert report.notes[0].startswith("Dit lijkt al geïmporteerd: 38 van de 38 citaten staan al")
    edit.apply(journey)  # (imported all the same, when the user says so: twice)
    assert len(journey.quotes) == 76 and len(journey.respondents) == 13
    edit.revert(journey)
    assert interchange.dumps(journey) == before
    # the same transcripts are found too; another program's project is new
    journey = rich()
    write_qdpx(journey, tmp_path / "rich.qdpx")
    project = read_qdpx(tmp_path / "rich.qdpx")
    report = plan_qdpx_import(journey, project, propose_code_map(journey, project))[1]
    assert (report.twin_transcripts, report.twin_quotes) == (2, len(journey.quotes))
    project = read_qdpx(write(tmp_path / "q.qdpx", qualcoder_files()))
    report = plan_qdpx_import(journey, project, propose_code_map(journey, project))[1]
    assert not report.already_there and not report.twin_text()


def test_a_code_can_be_skipped_or_made_a_tag(tmp_path):
    journey = raalte()
    project = read_qdpx(write(tmp_path / "q.qdpx", qualcoder_files()))
    code_map = propose_code_map(journey, project)
    code_map[G["furnish"]] = CodeTarget.skip()
    code_map[G["loose"]] = CodeTarget.as_tag()
    code_map[G["search"]] = CodeTarget.touchpoint("tp-b2")
    edit, report = plan_qdpx_import(journey, project, code_map)
    edit.apply(journey)
    new = journey.quotes[38:]
    assert sorted(q.text for q in new) == sorted([
        "Via de gemeente, na vier maanden wachten.", "Ik heb alles zelf moeten uitzoeken",
        "Tweede regel met de woning"])
    tagged = next(q for q in new if q.tags)
    assert tagged.tags == ("Taal",) and tagged.touchpoint_id is None  # (a tag alone: parked)
    assert all(q.touchpoint_id == "tp-b2" for q in new if not q.tags)
    assert any("overgeslagen codes" in note for note in report.notes)
    assert any("parkeerplaats" in note for note in report.notes)


def test_a_project_written_the_way_qualcoder_writes_it_imports(tmp_path):
    path = write(tmp_path / "qualcoder.qdpx", qualcoder_files())
    project = read_qdpx(path)
    assert not project.ours and project.name == "interviews.qda"
    source = project.sources[0]
    assert source.text == INTERVIEW_1  # (the byte order mark QualCoder writes is not text)
    assert [c.name for c in project.roots] == ["Taal", "Wonen"]
    report = import_qdpx_file(path, tmp_path / "nieuw.klantreis")
    journey = load_journey(tmp_path / "nieuw.klantreis")
    assert [p.name for p in journey.phases] == ["Geïmporteerd", "Wonen"]
    assert journey.phases[1].description == "Alles over wonen"
    assert sorted(t.title for t in journey.touchpoints) == ["Inrichting", "Taal", "Woning zoeken"]
    quotes = {q.text: q for q in journey.quotes}
    wait = quotes["Via de gemeente, na vier maanden wachten."]
    assert journey.touchpoint(wait.touchpoint_id).title == "Woning zoeken"
    assert journey.respondent(wait.respondent_id).code == "R2"  # (the case of the whole source)
    assert wait.source == "interview1.txt r. 2" and wait.sentiment is Sentiment.UNKNOWN
    transcript = journey.get("transcript", wait.transcript_id)
    assert transcript.text[wait.passage_start:wait.passage_end] == wait.text
    respondents = {r.code: r for r in journey.respondents}
    assert respondents["R2"].attributes == (("leeftijdsklasse", "30-40"),)
    assert journey.info.attribute_names == ("leeftijdsklasse",)
    # "Anna" looks like a name: a generated code, and the name is nowhere in the project
    assert sorted(respondents) == ["R1", "R2"]
    anna = quotes["Ik heb alles zelf moeten uitzoeken"]
    assert journey.respondent(anna.respondent_id).code == "R1"
    dump = interchange.dumps(journey)
    assert "Fatima" not in dump and "Volledige naam" not in dump and '"Anna"' not in dump
    assert "R1" in report and "Volledige naam" in report and "foto.jpg" in report
    assert "Anna" not in report


def test_windows_line_ends_count_twice_except_in_atlas(tmp_path):
    project = read_qdpx(write(tmp_path / "q.qdpx", qualcoder_files()))
    windows = next(s for s in project.sources if s.name == "windows.txt")
    selection = windows.selections[0]
    assert "\r" not in windows.text
    assert windows.text[selection.start:selection.end] == "Tweede regel met de woning"
    text, moved = line_ends(WINDOWS, counted_once=True)
    start, end = span(text, "Derde")
    assert text[moved(start):moved(end)] == "Derde"
    text, moved = line_ends(WINDOWS, counted_once=False)
    start, end = span(WINDOWS, "Derde")
    assert text[moved(start):moved(end)] == "Derde"


def test_a_selection_coded_with_a_case_belongs_to_that_respondent(tmp_path):
    start, end = span(INTERVIEW_1, "En daarna?")
    extra = (f'<PlainTextSelection guid="{G["sel-4"]}" startPosition="{start}" endPosition="{end}">'
             f'<Coding guid="{G["sel-4"][:-1]}1"><CodeRef targetGUID="{G["search"]}"/></Coding>'
             f'<Coding guid="{G["sel-4"][:-1]}2"><CodeRef targetGUID="{G["case-anna"]}"/></Coding>'
             '</PlainTextSelection>')
    path = write(tmp_path / "q.qdpx", qualcoder_files(extra_selection=extra))
    import_qdpx_file(path, tmp_path / "n.klantreis")
    journey = load_journey(tmp_path / "n.klantreis")
    quote = next(q for q in journey.quotes if q.text == "En daarna?")
    assert journey.respondent(quote.respondent_id).code == "R1"  # ("Anna", renamed)


def _bad(tmp_path, files=None, data=None):
    path = tmp_path / "slecht.qdpx"
    if data is not None:
        path.write_bytes(data)
    else:
        write(path, files)
    target = tmp_path / "doel.klantreis"
    with pytest.raises(QdpxError) as caught:
        import_qdpx_file(path, target)
    assert not target.exists()
    journey = raalte()
    before = interchange.dumps(journey)
    with pytest.raises(KlantreisError):
        project = read_qdpx(path)
        plan_qdpx_import(journey, project, propose_code_map(journey, project))
    assert interchange.dumps(journey) == before
    return str(caught.value)


def test_not_a_zip(tmp_path):
    assert "geen REFI-QDA-project" in _bad(tmp_path, data=b"dit is tekst, geen zip")
    assert "geen REFI-QDA-project" in _bad(tmp_path, data=qdpx_bytes(raalte())[:500])


def test_broken_xml(tmp_path):
    files = qualcoder_files()
    files["project.qde"] = files["project.qde"][:700]
    assert "geen geldige XML (regel" in _bad(tmp_path, files)


def test_xml_entities_are_refused(tmp_path):
    files = qualcoder_files()
    files["project.qde"] = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
                            '<!ENTITY b "&a;&a;&a;&a;">]><Project xmlns="urn:QDA-XML:project:1.0" '
                            'name="&b;"/>')
    assert "entiteiten" in _bad(tmp_path, files)


def test_a_missing_source(tmp_path):
    files = qualcoder_files()
    del files[f"sources/{G['source-2']}.txt"]
    assert "interview2.txt" in _bad(tmp_path, files) and "ontbreekt" in _bad(tmp_path, files)


def test_a_position_outside_the_text(tmp_path):
    files = qualcoder_files()
    start, end = span(INTERVIEW_1, "De inrichting moest ik zelf betalen.")
    files["project.qde"] = files["project.qde"].replace(f'endPosition="{end}"', 'endPosition="9999"')
    message = _bad(tmp_path, files)
    assert "9999" in message and f"{len(INTERVIEW_1)} tekens" in message


def test_a_code_that_points_nowhere(tmp_path):
    files = qualcoder_files()
    files["project.qde"] = files["project.qde"].replace(
        f'<CodeRef targetGUID="{G["furnish"]}" />',
        '<CodeRef targetGUID="deadbeef-0000-4000-8000-000000000000" />')
    assert "deadbeef-0000-4000-8000-000000000000" in _bad(tmp_path, files)


def test_a_zip_entry_that_climbs_out_is_refused(tmp_path):
    files = qualcoder_files()
    files["../../buiten.txt"] = "niet uitpakken"
    assert "buiten het project" in _bad(tmp_path, files)


def test_a_zip_bomb_stops_at_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_READ", 1024 * 1024)
    files = qualcoder_files()
    files[f"sources/{G['source-2']}.txt"] = b"a" * (8 * 1024 * 1024)  # (deflates to a few kB)
    message = _bad(tmp_path, files)
    assert "groter dan 1 MB" in message
    with zipfile.ZipFile(tmp_path / "slecht.qdpx") as archive:
        assert archive.getinfo(f"sources/{G['source-2']}.txt").compress_size < 100_000


def test_no_project_inside(tmp_path):
    assert "geen project.qde" in _bad(tmp_path, {"sources/a.txt": "tekst"})


def test_an_existing_target_is_not_overwritten(tmp_path):
    path = write(tmp_path / "q.qdpx", qualcoder_files())
    target = tmp_path / "bestaat.klantreis"
    target.write_bytes(b"van iemand anders")
    with pytest.raises(QdpxError) as caught:
        import_qdpx_file(path, target)
    assert "bestaat al" in str(caught.value) and target.read_bytes() == b"van iemand anders"


def test_a_target_touchpoint_that_is_gone_is_refused(tmp_path):
    journey = raalte()
    project = read_qdpx(write(tmp_path / "q.qdpx", qualcoder_files()))
    code_map = propose_code_map(journey, project)
    code_map[G["search"]] = CodeTarget.touchpoint("tp-bestaat-niet")
    with pytest.raises(QdpxError) as caught:
        plan_qdpx_import(journey, project, code_map)
    assert "Woning zoeken" in str(caught.value)


def test_a_selection_per_coding_as_qualcoder_writes_them_is_one_quote(tmp_path):
    """QualCoder writes a PlainTextSelection for every coding: the same characters twice, one
    code each. They are one quote with both codes."""
    start, end = span(INTERVIEW_1, "Via de gemeente, na vier maanden wachten.")
    extra = (f'<PlainTextSelection guid="{G["sel-4"]}" startPosition="{start}" endPosition="{end}">'
             f'<Coding guid="{G["sel-4"][:-1]}1"><CodeRef targetGUID="{G["loose"]}"/></Coding>'
             '</PlainTextSelection>')
    journey = raalte()
    project = read_qdpx(write(tmp_path / "q.qdpx", qualcoder_files(extra_selection=extra)))
    code_map = propose_code_map(journey, project)
    code_map[G["loose"]] = CodeTarget.as_tag("taal")
    edit, report = plan_qdpx_import(journey, project, code_map)
    edit.apply(journey)
    waiting = [q for q in journey.quotes if q.text == "Via de gemeente, na vier maanden wachten."]
    assert len(waiting) == 1 and waiting[0].tags == ("taal",)
    assert journey.touchpoint(waiting[0].touchpoint_id).title == "Woning zoeken"
    assert report.quotes == 4


def test_the_lines_klantreis_writes_in_a_description_count_after_another_program(tmp_path):
    files = qualcoder_files()
    files["project.qde"] = files["project.qde"].replace(
        "<Description>lang</Description>",
        "<Description>Bron: rapport r. 12\nVertaling: Via the municipality\nVertaald door: tolk\n"
        "Taal: en</Description>")
    import_qdpx_file(write(tmp_path / "q.qdpx", files), tmp_path / "n.klantreis")
    journey = load_journey(tmp_path / "n.klantreis")
    quotes = {q.text: q for q in journey.quotes}
    wait = quotes["Via de gemeente, na vier maanden wachten."]
    assert (wait.source, wait.translation, wait.translated_by.value, wait.language) == (
        "rapport r. 12", "Via the municipality", "tolk", "en")
    assert quotes["De inrichting moest ik zelf betalen."].source == "interview1.txt r. 4"


def test_a_code_left_out_of_the_map_is_skipped_and_counted(tmp_path):
    journey = raalte()
    project = read_qdpx(write(tmp_path / "q.qdpx", qualcoder_files()))
    code_map = propose_code_map(journey, project)
    del code_map[G["loose"]]
    edit, report = plan_qdpx_import(journey, project, code_map)
    assert "1 code zonder keuze" in report.notes
    assert "1 selectie met alleen overgeslagen codes" in report.notes
    assert report.quotes == 3


@pytest.mark.parametrize("how", ["turn outside the text", "unknown speaker", "not json", "text changed",
                                 "live source changed"])
def test_klantreis_lines_that_do_not_hold_are_ignored_and_said(how, tmp_path):
    path = write(tmp_path / "anders.qdpx", tampered(qdpx_bytes(rich()), how))
    report = import_qdpx_file(path, tmp_path / "n.klantreis")
    back = load_journey(tmp_path / "n.klantreis")
    if how == "live source changed":  # (a plain transcript now: its quotes are passages of it)
        assert "Zonder groep" in [t.name for t in back.transcripts] and "bron 'Zonder groep'" in report
        return
    transcript = next(t for t in back.transcripts if t.name == "interview R1.vtt")
    assert (transcript.speakers, transcript.turns, transcript.file_format, transcript.date) == (
        (), (), TranscriptFormat.QDPX, "")
    assert "bron 'interview R1.vtt': de Klantreis-regels" in report
    assert ("horen niet (meer) bij deze tekst" if how == "text changed" else "kloppen niet") in report
    other = next(t for t in back.transcripts if t.name == "interview U2.docx")  # (it holds)
    assert (other.language, other.speakers[0].role) == ("en", SpeakerRole.RESPONDENT)


def test_a_citaat_line_cannot_make_a_quote_differ_from_its_passage(tmp_path):
    # another program's file: the selected text is the quote, whatever the line says
    files = qualcoder_files()
    files["project.qde"] = files["project.qde"].replace(
        "<Description>lang</Description>", "<Description>Citaat: Iets heel anders\nBron: x</Description>")
    report = import_qdpx_file(write(tmp_path / "q.qdpx", files), tmp_path / "q.klantreis")
    texts = [q.text for q in load_journey(tmp_path / "q.klantreis").quotes]
    assert "Via de gemeente, na vier maanden wachten." in texts and "Iets heel anders" not in texts
    assert "1 selectie met een regel 'Citaat:' die afwijkt van de geselecteerde tekst" in report
    # Klantreis's own file, a passage with an internal quote replaced in it: the line counts
    overlap = guid("quote", "q-tr-overlap")
    words = TEXT[slice(*spans()["overlap"])]

    def widen(root, find):  # (the selection takes in the placeholder before it)
        selection = find(overlap)
        selection.set("startPosition", str(int(selection.get("startPosition")) - len(REDACTED)))
        description(selection, f"Citaat: {words}")
    files = edited(qdpx_bytes(planted()), widen)
    import_qdpx_file(write(tmp_path / "eigen.qdpx", files), tmp_path / "eigen.klantreis")
    assert words in [q.text for q in load_journey(tmp_path / "eigen.klantreis").quotes]

    def foreign(root, find):  # the same, said to come from another program, without our lines
        widen(root, find)
        root.set("origin", "QualCoder 3.6")
        description(find(guid("transcript", "tr-1")), None)
    files = edited(qdpx_bytes(planted()), foreign)
    report = import_qdpx_file(write(tmp_path / "ander.qdpx", files), tmp_path / "ander.klantreis")
    assert REDACTED + words in [q.text for q in load_journey(tmp_path / "ander.klantreis").quotes]
    assert "'Citaat:'" in report
    # Klantreis's own file, a quote edited after it was made: its passage, and the report says so
    from dataclasses import replace

    journey = rich()
    journey.update(replace(journey.quote("q-tr-shared"), text="We kregen snel een huis."))
    back, report = round_trip(journey, tmp_path)
    assert "We kregen snel een huis." not in [q.text for q in back.quotes] and "'Citaat:'" in report


def test_a_reversed_selection_says_so(tmp_path):
    files = qualcoder_files()
    start, end = span(INTERVIEW_1, "De inrichting moest ik zelf betalen.")
    files["project.qde"] = files["project.qde"].replace(
        f'startPosition="{start}" endPosition="{end}"', f'startPosition="{end}" endPosition="{start}"')
    message = _bad(tmp_path, files)
    assert "achterstevoren" in message and f"{end}" in message and "tekens" not in message
