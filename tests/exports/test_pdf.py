"""The PDF as a reader gets it: it opens, has its pages and bookmarks, embeds every font, holds
every shareable quote and nothing internal, is the same every time, and can be cancelled."""

from __future__ import annotations

import re
from dataclasses import replace

import pypdfium2
import pytest

from klantreis.exports.pdf import ExportCancelled, write_pdf
from klantreis.exports.png import write_png
from klantreis.model.entities import Paper, PdfOptions
from klantreis.model.errors import KlantreisError
from tests.exports.conftest import LONG_ARABIC, SECRET_NOTE, SECRET_QUOTE, raalte


def _text(path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def raalte_pdf(raalte_journey, tmp_path):
    return write_pdf(raalte_journey, tmp_path / "raalte.pdf")


def test_pages_sizes_bookmarks_and_metadata(raalte_pdf, raalte_journey):
    document = pypdfium2.PdfDocument(str(raalte_pdf))
    try:
        assert len(document) >= 6
        width, height = document[0].get_size()
        assert (round(width), round(height)) == (1191, 842)  # A3 landscape
        assert tuple(map(round, document[1].get_size())) == (595, 842)  # details on A4
        toc = list(document.get_toc())
        phases = [b.get_title() for b in toc if b.level == 0
                  and b.get_title() not in ("Toetsingskader", "Indicatoren")]  # (see test_norms_pages)
        assert phases == [f"{chr(65 + i)} · {p.name}" for i, p in enumerate(raalte_journey.phases)]
        assert len([b for b in toc if b.level == 1]) == 26
        meta = document.get_metadata_dict()
    finally:
        document.close()
    assert meta["Title"] == raalte_journey.info.title
    assert meta["Creator"] == "Klantreis" and meta["Subject"].startswith("Klantreis")
    assert meta["CreationDate"].startswith("D:2000")  # no wall-clock time
    data = raalte_pdf.read_bytes()
    assert b"/Lang (nl)" in data


def test_every_font_is_embedded(multilingual_journey, tmp_path):
    data = write_pdf(multilingual_journey, tmp_path / "talen.pdf").read_bytes()
    fonts = re.findall(rb"/BaseFont /([A-Za-z0-9+_-]+)", data)
    assert fonts and all(re.fullmatch(rb"[A-Z]{6}\+Noto[A-Za-z-]*", f) for f in fonts)
    names = {f.split(b"+")[1] for f in fonts}
    assert {b"NotoSans-Regular", b"NotoSans-Bold", b"NotoSansArabic-Regular",
            b"NotoSansEthiopic-Regular"} <= names
    assert data.count(b"/FontFile2") == data.count(b"/Type /FontDescriptor") >= len(names)


def test_every_dutch_quote_is_in_its_block_and_nothing_internal(multilingual_journey, tmp_path):
    path = write_pdf(multilingual_journey, tmp_path / "talen.pdf")
    text = _squeeze(_text(path))
    for quote in multilingual_journey.quotes:
        if quote.internal or quote.touchpoint_id is None:
            continue
        if quote.language == "nl":
            assert _squeeze(quote.text) in text, quote.id
        else:
            assert _squeeze(quote.translation) in text, quote.id
    assert _squeeze(SECRET_QUOTE) not in text and _squeeze(SECRET_NOTE) not in text
    assert "ICT-docent" not in text  # respondent attributes stay in the app
    assert _squeeze("Origineel (Arabisch)") in text and _squeeze("Vertaling (vertaald door tolk)") in text


def test_two_exports_are_byte_identical(raalte_journey, tmp_path):
    first = write_pdf(raalte_journey, tmp_path / "a.pdf").read_bytes()
    second = write_pdf(raalte_journey, tmp_path / "b.pdf").read_bytes()
    assert first == second


def test_options_paper_language_and_no_details(raalte_journey, tmp_path):
    options = PdfOptions(paper=Paper.A4, language="en", details=False, norms=False, indicators=False)
    path = write_pdf(raalte_journey, tmp_path / "kort.pdf", options)
    document = pypdfium2.PdfDocument(str(path))
    try:
        assert len(document) == 1
        assert tuple(map(round, document[0].get_size())) == (842, 595)
    finally:
        document.close()
    assert "Experience" in _text(path)
    stored = replace(raalte_journey.info, pdf_options=PdfOptions(details=False, norms=False,
                                                                   indicators=False))
    raalte_journey.set_info(stored)
    assert len(pypdfium2.PdfDocument(str(write_pdf(raalte_journey, tmp_path / "eigen.pdf")))) == 1


def test_progress_runs_to_the_end_and_cancel_leaves_no_file(raalte_journey, tmp_path):
    seen = []
    write_pdf(raalte_journey, tmp_path / "a.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == 27 and [d for d, _t in seen] == sorted(d for d, _t in seen)
    target = tmp_path / "b.pdf"
    calls = []
    with pytest.raises(ExportCancelled):
        write_pdf(raalte_journey, target, progress=lambda d, t: calls.append(d),
                  cancelled=lambda: len(calls) >= 5)
    assert not target.exists() and list(tmp_path.iterdir()) == [tmp_path / "a.pdf"]


def test_an_unwritable_target_is_a_clear_error_and_leaves_nothing(raalte_journey, tmp_path):
    with pytest.raises(KlantreisError) as caught:
        write_pdf(raalte_journey, tmp_path / "geen-map" / "uit.pdf")
    assert "geen-map" in str(caught.value) and caught.value.code == "write_failed"


def test_the_originals_read_back_in_their_order(multilingual_journey, tmp_path):
    """PDFium reads joined Arabic back to letters in reading order: a quote drawn unjoined or
    in the wrong order would not come back like this."""
    path = write_pdf(multilingual_journey, tmp_path / "talen.pdf")
    text = _squeeze(_text(path))
    assert _squeeze(LONG_ARABIC) in text  # every wrapped line in order
    assert _squeeze("أرسلت لي DUO رسالة ولم أفهمها، فذهبت إلى VluchtelingenWerk.") in text
    assert _squeeze("ሰላም፡ ትምህርቲ ቋንቋ ኣዝዩ ከቢድ እዩ።") in text
    assert _squeeze("زبان هلندی سخت است ولی کلاسها خیلی کم است.") in text  # (no ZWNJ drawn)
    raw = path.read_bytes()
    assert b"NotoSansArabic" in raw and b"NotoSansEthiopic" in raw


def test_png_of_the_infographic_at_300_dpi(raalte_journey, tmp_path):
    from PIL import Image

    path = write_png(raalte_journey, tmp_path / "kaart.png", PdfOptions(paper=Paper.A4))
    with Image.open(path) as image:
        width, height = image.size  # A4 landscape at 300 dpi (PDFium rounds up)
        assert abs(width - 3508) <= 1 and abs(height - 2480) <= 1
        assert round(image.info["dpi"][0]) == 300


def test_branch_labels_reach_the_reader_on_both_pages(raalte_pdf):
    document = pypdfium2.PdfDocument(str(raalte_pdf))
    try:
        first = _squeeze(document[0].get_textpage().get_text_range())
        rest = _squeeze("".join(document[i].get_textpage().get_text_range() for i in range(1, len(document))))
    finally:
        document.close()
    assert _squeeze("werkroute naast inburgering") in first  # beside the jump to another row
    assert _squeeze("19. Re-integratietraject en (vrijwillige) werkplek (parallel: werkroute naast "
                    "inburgering)") in rest
    assert _squeeze("13. Intake en plan van aanpak met de consulent (terugkeer: voortgangsgesprek)") in rest


def test_a_killed_export_leaves_a_temporary_file_that_the_next_export_removes(tmp_path):
    """Killed in the middle of writing, an export leaves its hidden temporary file; the next
    export to that folder removes it (but never the file of an export still running)."""
    import fcntl
    import signal
    import subprocess
    import sys
    import textwrap

    from tests.conftest import RAALTE_JSON, REPO

    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(REPO)!r})
        from klantreis.exports.pdf import write_pdf
        from klantreis.io.interchange import load_json

        def progress(done, total):
            if done == 3:
                os.kill(os.getpid(), signal.SIGKILL)

        write_pdf(load_json({str(RAALTE_JSON)!r}), {str(tmp_path / "export.pdf")!r}, progress=progress)
    """)
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300)
    assert child.returncode == -signal.SIGKILL, child.stderr
    left = [p for p in tmp_path.iterdir() if p.name.startswith(".export.pdf.")]
    assert len(left) == 1 and left[0].suffix == ".tmp"
    running = tmp_path / ".ander.pdf.abcd1234.tmp"  # an export in progress in another process
    running.write_bytes(b"%PDF-")
    with open(running, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        write_pdf(raalte(), tmp_path / "ander.pdf")
        assert running.exists()
    assert not left[0].exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".ander.pdf.abcd1234.tmp", "ander.pdf"]


def test_the_png_renders_from_memory_and_writes_only_its_own_file(tmp_path, monkeypatch):
    import tempfile

    from klantreis.exports.png import write_png

    scratch = tmp_path / "systeem-tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    write_png(raalte(), tmp_path / "pagina.png", dpi=30)
    assert [p.name for p in tmp_path.iterdir() if p.name != "systeem-tmp"] == ["pagina.png"]
    assert list(scratch.iterdir()) == []


def test_a_quote_of_a_group_with_an_unknown_respondent_says_so(tmp_path):
    from klantreis.model.entities import Quote

    journey = raalte()
    group = journey.groups[0]
    journey.add(Quote("q-onbekend", "Iemand van de groep zei dat de brief te laat kwam.",
                      touchpoint_id=journey.touchpoints[2].id, group_id=group.id))
    path = write_pdf(journey, tmp_path / "onbekend.pdf")
    document = pypdfium2.PdfDocument(str(path))
    try:
        text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()
    assert "respondent onbekend · " + group.name in " ".join(text.split())
