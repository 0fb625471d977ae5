"""What never leaves the app, checked on the bytes of every export: markers planted in internal
notes, internal quotes, group notes, private attributes (name and value) and the privacy word
list are in none of them (in the quote workbook: in none of its parts). Only the lossless copy
(``convert``) keeps them, and says so."""

from __future__ import annotations

from dataclasses import replace

import pypdfium2
import pytest

from klantreis import cli
from klantreis.evidence.privacy import shareable
from klantreis.exports.pdf import write_pdf
from klantreis.exports.quote_csv import export_quotes
from klantreis.io import interchange
from klantreis.model.entities import PrivacySettings, Quote
from klantreis.model.journey import Journey
from tests.exports.conftest import raalte

MARKERS = ("LEKNOTITIE", "LEKCITAAT", "LEKVERTALING", "LEKGROEP", "LEKKENMERK", "LEKWAARDE",
           "LEKWOORD")


def planted() -> Journey:
    journey = raalte()
    tp = journey.touchpoints[3]
    journey.update(replace(tp, internal_note="LEKNOTITIE over een buurman"))
    journey.add(Quote("q-intern", "LEKCITAAT niet delen", "en", "LEKVERTALING", touchpoint_id=tp.id,
                      internal=True))
    group = journey.groups[0]
    journey.update(replace(group, note="LEKGROEP: de tolk kende R2 privé"))
    respondent = journey.respondents[0]
    journey.update(replace(respondent, attributes=(*respondent.attributes,
                                                   ("LEKKENMERK", "LEKWAARDE"))))
    info = journey.info
    journey.set_info(replace(info, attribute_names=(*info.attribute_names, "LEKKENMERK"),
                             privacy=PrivacySettings(words=("LEKWOORD", "Jansen"),
                                                     private_attributes=("LEKKENMERK",))))
    return journey


def assert_clean(data: bytes, what: str) -> None:
    text = data.decode("utf-8", errors="replace")
    found = [m for m in MARKERS if m in text or m.encode("utf-16-be") in data]
    assert not found, f"{what} carries {found}"


def test_the_shareable_json_carries_none_of_it():
    journey = planted()
    assert_clean(interchange.dumps(shareable(journey)).encode(), "JSON export")
    shared = shareable(journey)
    assert shared.info.privacy == PrivacySettings()
    assert all(not g.note for g in shared.groups)


def test_the_quote_csv_carries_none_of_it(tmp_path):
    journey = planted()
    path = tmp_path / "citaten.csv"
    export_quotes(journey, journey.quotes, path)
    assert_clean(path.read_bytes(), "quote CSV")


def test_the_quote_workbook_carries_none_of_it(tmp_path):
    import zipfile

    from klantreis.exports.quote_xlsx import export_quotes as export_workbook

    journey = planted()
    respondent = journey.respondents[0]  # (with the private attribute: quoted, so it could show)
    journey.add(Quote("q-r", "Gezegd door de eerste respondent", touchpoint_id=journey.touchpoints[0].id,
                      respondent_id=respondent.id, group_id=respondent.group_id))
    assert any(name != "LEKKENMERK" for name, _ in respondent.attributes)
    path = tmp_path / "citaten.xlsx"
    assert export_workbook(journey, journey.quotes, path) == len(journey.quotes) - 1
    assert_clean(path.read_bytes(), "quote workbook")
    with zipfile.ZipFile(path) as archive:  # (the parts are compressed: look inside each)
        parts = {name: archive.read(name) for name in archive.namelist()}
    for name, data in parts.items():
        assert_clean(data, f"quote workbook, {name}")
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    assert "kenmerk: " in sheet and "Gezegd door de eerste respondent" in sheet  # (the rest is there)


@pytest.mark.parametrize("details", [True, False])
def test_the_pdf_carries_none_of_it(tmp_path, details):
    journey = planted()
    path = tmp_path / "k.pdf"
    write_pdf(journey, path, replace(journey.info.pdf_options, details=details))
    assert_clean(path.read_bytes(), "PDF bytes")
    document = pypdfium2.PdfDocument(str(path))
    try:
        text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
        metadata = " ".join(str(v) for v in document.get_metadata_dict().values())
    finally:
        document.close()
    assert_clean((text + metadata).encode(), "PDF text")


def test_the_lossless_copy_keeps_everything_and_says_so(tmp_path, capsys):
    source = tmp_path / "alles.json"
    interchange.save_json(source, planted())
    target = tmp_path / "alles.klantreis"
    assert cli.run(["convert", str(source), str(target)]) == 0
    warning = capsys.readouterr().err
    assert "bevat alles" in warning and "woordenlijst" in warning and "1 intern citaat" in warning
    back = tmp_path / "terug.json"
    assert cli.run(["convert", str(target), str(back)]) == 0
    assert back.read_bytes() == source.read_bytes()
