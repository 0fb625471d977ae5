"""Page breaks on the detail pages: a quote stays with its attribution line (respondent, group,
sentiment, source), a label with the text it labels; only a quote longer than a page is split
between its lines, and then its last line still goes with the attribution."""

from __future__ import annotations

import pypdfium2
import pytest

from klantreis.exports.pdf import pdf_bytes
from klantreis.model.entities import PdfOptions, Quote, Sentiment, Translator
from tests.exports.conftest import raalte

SENTENCE = ("De consulent belde pas na weken terug en toen was de termijn voor de aanvraag al "
            "verstreken, dus moesten we opnieuw beginnen bij het loket. ")


def _journey_with_long_quotes(count: int = 60):
    journey = raalte()
    respondent = journey.respondents[0].id
    for i in range(count):  # from 1 to 13 lines each, so that page breaks fall everywhere
        text = SENTENCE * (1 + (i * 7) % 9) + f"eindeQ{i:03d}."
        if i % 5 == 4:  # some in Arabic, with the Dutch translation below the original
            journey.add(Quote(f"q-long-{i}", "قالوا لي في البلدية إن الموعد بعد شهر. " * (1 + i % 4),
                              "ar", text, Translator.TOLK, "tp-c4", respondent,
                              sentiment=Sentiment.NEGATIVE, source=f"bronQ{i:03d}"))
        else:
            journey.add(Quote(f"q-long-{i}", text, touchpoint_id="tp-c4", respondent_id=respondent,
                              sentiment=Sentiment.NEGATIVE, source=f"bronQ{i:03d}"))
    return journey


def _pages(data: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(data)
    try:
        return [document[i].get_textpage().get_text_range().replace("\r", "").replace("\n", " ")
                for i in range(len(document))]
    finally:
        document.close()


def _page_of(pages: list[str], token: str) -> int:
    found = [n for n, text in enumerate(pages) if token in text]
    assert len(found) == 1, (token, found)
    return found[0]


@pytest.fixture(scope="module")
def long_quote_pages():
    return _pages(pdf_bytes(_journey_with_long_quotes(), PdfOptions(details=True)))


def test_a_quote_is_never_parted_from_its_attribution(long_quote_pages):
    pages = long_quote_pages
    assert len(pages) > 8  # (the quotes really run over many pages)
    for i in range(60):
        assert _page_of(pages, f"eindeQ{i:03d}") == _page_of(pages, f"bronQ{i:03d}"), i


def test_a_quote_longer_than_a_page_is_split_and_ends_with_its_attribution():
    journey = _journey_with_long_quotes(6)
    huge = SENTENCE * 90 + "eindeQhuge."
    journey.add(Quote("q-huge", huge, touchpoint_id="tp-c4", respondent_id=journey.respondents[0].id,
                      sentiment=Sentiment.VERY_NEGATIVE, source="bronQhuge"))
    pages = _pages(pdf_bytes(journey, PdfOptions(details=True)))
    assert _page_of(pages, "eindeQhuge") == _page_of(pages, "bronQhuge")
    assert len([text for text in pages if "De consulent belde pas" in text]) > 2


def test_a_label_stays_with_the_text_it_labels(long_quote_pages):
    for text in long_quote_pages:  # "Vertaling (vertaald door tolk)" never ends a page
        assert not text.rstrip().endswith("(vertaald door tolk)")
        assert not text.rstrip().endswith("Origineel (Arabisch)")
