"""The Toetsingskader and Indicatoren pages of the PDF, as a reader gets them: after the
infographic and before the detail pages, every deelvraag and norm with its assessment in words,
the reasoning and the evidence; links that lead to the page of the cited touchpoint's or quote's
block (or of the indicator); the indicators sorted by how far they are behind; each page can be
left out, and is left out when it has nothing to show; the bytes are the same every time."""

from __future__ import annotations

import ctypes
import re

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest

from klantreis.exports.indicator_page import nice_max, sorted_indicators
from klantreis.exports.pdf import pdf_bytes
from klantreis.graph import route as graph
from klantreis.model.entities import PdfOptions
from tests.exports.norms_journeys import ARABIC_REASONING, assessed, plain


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(data: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(data)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _links(data: bytes, index: int) -> list[tuple[int, str]]:
    """(target page index, the text under the link) of every link annotation on page ``index``."""
    document = pypdfium2.PdfDocument(data)
    try:
        page = document[index]
        text = page.get_textpage()
        found = []
        start, link = ctypes.c_int(0), pdfium_c.FPDF_LINK()
        while pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(start), ctypes.byref(link)):
            dest = pdfium_c.FPDFLink_GetDest(document.raw, link)
            target = pdfium_c.FPDFDest_GetDestPageIndex(document.raw, dest) if dest else -1
            rect = pdfium_c.FS_RECTF()
            assert pdfium_c.FPDFLink_GetAnnotRect(link, ctypes.byref(rect))
            found.append((target, text.get_text_bounded(rect.left, rect.bottom, rect.right, rect.top)))
        return found
    finally:
        document.close()


def _page_with(pages: list[str], title: str) -> int:
    """The page whose heading (below the running header) is ``title``."""
    found = [n for n, text in enumerate(pages) if title in [line.strip() for line in text.splitlines()[:3]]]
    assert len(found) == 1, (title, found)
    return found[0]


@pytest.fixture(scope="module")
def journey():
    return assessed()


@pytest.fixture(scope="module")
def data(journey) -> bytes:
    return pdf_bytes(journey, PdfOptions())


@pytest.fixture(scope="module")
def pages(data) -> list[str]:
    return _pages(data)


def test_the_pages_follow_the_infographic_and_come_before_the_details(data, pages):
    norms, indicators = _page_with(pages, "Toetsingskader"), _page_with(pages, "Indicatoren")
    assert (norms, indicators) == (1, 2)
    assert "A · Aankomst" in pages[3]  # the detail pages after them
    document = pypdfium2.PdfDocument(data)
    try:
        toc = [(b.level, b.get_title(), b.get_dest().get_index()) for b in document.get_toc()]
        assert tuple(map(round, document[1].get_size())) == (595, 842)
    finally:
        document.close()
    assert toc[:3] == [(0, "Toetsingskader", 1), (0, "Indicatoren", 2), (0, "A · Aankomst", 3)]


def test_every_deelvraag_norm_assessment_and_reasoning_is_on_the_toetsingskader_page(journey, pages):
    text = _squeeze(pages[1])
    for category in ("Beleid", "Regie op de uitvoering", "Overige deelvragen"):
        assert _squeeze(category) in text
    assert text.index(_squeeze("Beleid")) < text.index(_squeeze("Regie op de uitvoering")) < text.index(
        _squeeze("Overige deelvragen"))
    for question in journey.questions:
        assert _squeeze(f"Deelvraag {question.number} · {question.text}") in text
    for norm in journey.norms:
        assert _squeeze(norm.text) in text, norm.id
        if norm.reasoning and norm.reasoning != ARABIC_REASONING:
            assert _squeeze(norm.reasoning) in text, norm.id
    assert _squeeze(ARABIC_REASONING) in text  # joined and in reading order (text_layout)
    assert _squeeze("Rapport Rekenkamercommissie, r. 1721-1727") in text  # a document: as text


def test_the_assessment_is_written_out_not_only_coloured(pages):
    """Each norm's row says its assessment in words, next to its mark; and the summary counts."""
    text = _squeeze(pages[1])
    for label in ("voldoet", "voldoet niet", "voldoet deels", "niet te beoordelen", "nog niet beoordeeld"):
        assert _squeeze(label) in text
    for count in ("1 × voldoet", "1 × voldoet niet", "1 × voldoet deels", "1 × niet te beoordelen",
                  "1 × nog niet beoordeeld"):
        assert _squeeze(count) in text
    english = _squeeze(_pages(pdf_bytes(assessed(), PdfOptions(language="en")))[1])
    for label in ("Assessment framework", "not met", "partly met", "cannot be assessed", "not yet assessed"):
        assert _squeeze(label) in english


def test_every_reference_links_to_the_page_of_its_block(journey, data, pages):
    numbers = graph.display_numbers(journey)
    links = _links(data, 1)
    cited = [i for norm in journey.norms for i in (*norm.touchpoint_ids, *norm.quote_ids,
                                                     *norm.indicator_ids)]
    assert len(links) == len(cited) == 8
    targets = set()
    for target, under in links:
        assert target > 1 and under.lstrip().startswith("›"), (target, under)
        words = _squeeze(under.replace("›", ""))
        if words.startswith("citaatbij"):  # a quote: its text is on that page (its first words)
            snippet = words.split(":", 1)[1].strip("“”…")[:40]
            assert snippet in _squeeze(pages[target]), under
            kind = "quote"
        elif words.startswith("indicator:"):
            assert target == 2 and words.split(":", 1)[1] in _squeeze(pages[2])
            kind = "indicator"
        else:  # a touchpoint: its heading is on that page
            number = int(words.split(".")[0])
            tp = next(t for t, n in numbers.items() if n == number)
            assert _squeeze(f"{number}. {journey.touchpoint(tp).title}") in _squeeze(pages[target])
            kind = "touchpoint"
        targets.add((kind, target))
    assert len({t for k, t in targets if k != "indicator"}) > 1  # (the blocks are on several pages)
    quote_pages = {t for k, t in targets if k == "quote"}
    assert any(_squeeze("vulQ23") in _squeeze(pages[t]) for t in quote_pages)


def test_without_detail_pages_the_references_are_text_without_links(journey):
    data = pdf_bytes(journey, PdfOptions(details=False))
    pages = _pages(data)
    assert len(pages) == 3
    assert [t for t, _ in _links(data, 1)] == [2, 2]  # only the indicators: their page is there
    text = _squeeze(pages[1])
    assert _squeeze("1. Inschrijving") in text and _squeeze("citaat bij 2") in text
    data = pdf_bytes(journey, PdfOptions(details=False, indicators=False))
    assert _links(data, 1) == [] and len(_pages(data)) == 2
    assert _squeeze("indicator: Plan van aanpak binnen tien weken") in _squeeze(_pages(data)[1])


def test_indicators_behind_target_first_with_their_numbers(journey, data, pages):
    assert [i.id for i in sorted_indicators(journey)] == ["i-pva", "i-wacht", "i-examen", "i-werk"]
    text = _squeeze(pages[2])
    names = [_squeeze(journey.get("indicator", i).name) for i in ("i-pva", "i-wacht", "i-examen", "i-werk")]
    assert [text.index(n) for n in names] == sorted(text.index(n) for n in names)
    for part in ("90%", "74%", "16 procentpunt onder de streefwaarde", "30 dagen", "20 dagen",
                 "10 dagen onder de streefwaarde", "11 procentpunt boven de streefwaarde",
                 "geen streefwaarde", "23%", "gemeten: 2021", "Bron: Jaarverslag 2021, p. 34",
                 "Vaak pas na de verhuizing.", "Meet", "2. Intake", "3. B1-route", "streefwaarde",
                 "gerealiseerd", "100%"):
        assert _squeeze(part) in text, part
    links = _links(data, 2)  # the touchpoints each indicator measures
    assert len(links) == 4 and all(t > 2 for t, _ in links)


def test_a_round_scale_for_other_units():
    assert [nice_max(v) for v in (0, 0.7, 1, 3, 20, 21, 47, 130, 2600)] == [
        1, 1, 1, 5, 20, 25, 50, 200, 5000]


def test_either_page_can_be_left_out_and_both_out_is_the_pdf_without_them(journey):
    without_norms = _pages(pdf_bytes(journey, PdfOptions(norms=False)))
    assert "Toetsingskader" not in "".join(without_norms) and "Indicatoren" in without_norms[1]
    without_indicators = _pages(pdf_bytes(journey, PdfOptions(indicators=False)))
    assert "Indicatoren" not in "".join(without_indicators) and "Toetsingskader" in without_indicators[1]
    neither = pdf_bytes(journey, PdfOptions(norms=False, indicators=False))
    assert neither == pdf_bytes(plain(), PdfOptions())  # not a byte of them is left


def test_a_page_with_nothing_to_show_is_left_out():
    from tests.exports.norms_journeys import add_indicators

    pages = _pages(pdf_bytes(add_indicators(plain()), PdfOptions()))
    assert "Toetsingskader" not in "".join(pages) and "Indicatoren" in pages[1]
    assert _pages(pdf_bytes(plain(), PdfOptions(norms=True, indicators=True)))[1].find("Indicatoren") < 0


def test_two_exports_are_byte_identical(journey):
    first = pdf_bytes(journey, PdfOptions())
    assert first == pdf_bytes(assessed(), PdfOptions())
    assert first == pdf_bytes(journey, PdfOptions())


def test_every_font_is_embedded(data):
    fonts = re.findall(rb"/BaseFont /([A-Za-z0-9+_-]+)", data)
    assert fonts and all(re.fullmatch(rb"[A-Z]{6}\+Noto[A-Za-z-]*", f) for f in fonts)


def test_a_long_reasoning_runs_over_pages():
    from dataclasses import replace

    journey = assessed()
    long = " ".join(f"Zin {i} van een lange onderbouwing die over meer dan een pagina doorloopt."
                    for i in range(160))
    journey.update(replace(journey.get("norm", "n-1"), reasoning=long + " eindeONDERBOUWING"))
    pages = _pages(pdf_bytes(journey, PdfOptions()))
    norms = [n for n, text in enumerate(pages) if "Zin 1 van" in text or "eindeONDERBOUWING" in text]
    assert len(norms) >= 2 and "eindeONDERBOUWING" in pages[norms[-1]]


def test_what_does_not_leave_the_app_is_not_cited():
    """An internal quote and the touchpoints of phases left out are not cited, and every link
    that is left still resolves."""
    from dataclasses import replace

    from klantreis.model.errors import InvalidValue

    journey = assessed()
    journey.update(replace(journey.quote("q1"), internal=True))
    data = pdf_bytes(journey, PdfOptions(phase_ids=("pa",)))  # t3 and t4 are in phase pb
    pages = _pages(data)
    text = _squeeze(pages[1])
    assert _squeeze("In het eerste jaar had ik maar één keer") not in _squeeze("".join(pages))
    assert _squeeze("3. B1-route") not in text and _squeeze("citaat bij 3") not in text
    links = _links(data, 1)
    assert links and all(t > 1 for t, _ in links)
    assert _squeeze("citaat bij 1") in text  # the filler quote at t1 is still cited
    with pytest.raises(InvalidValue):
        PdfOptions(norms="ja")
