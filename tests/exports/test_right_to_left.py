"""Right-to-left text in the PDF as it is drawn (glyph positions and shapes from pypdfium2, not
only the extracted text): brackets and guillemets are mirrored in a right-to-left run (rule L4 of
the bidi algorithm), and a line of labels (a bubble's attribution, a quote's source line) runs
in the label language's direction, whatever the names in it."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pypdfium2
import pytest

from klantreis.exports import infographic
from klantreis.exports.details import PAGE_MARGIN
from klantreis.exports.pdf import pdf_bytes
from klantreis.exports.text_layout import visual_order
from klantreis.model.entities import PdfOptions, Quote, Respondent, Sentiment, Translator
from tests.exports.conftest import raalte

PARENTHETICAL = "قالوا لي (في البلدية) إن «هومانيتاس» ستساعدني."


@dataclass(frozen=True)
class Glyph:
    char: str  # as pdfium reads it (in a right-to-left run: the logical character)
    left: float
    right: float
    top: float  # y down from the top of the page
    bottom: float

    @property
    def x(self) -> float:
        return (self.left + self.right) / 2

    @property
    def y(self) -> float:
        return (self.top + self.bottom) / 2


def _glyphs(page) -> list[Glyph]:
    textpage = page.get_textpage()
    height = page.get_size()[1]
    glyphs = []
    for i in range(textpage.count_chars()):
        left, bottom, right, top = textpage.get_charbox(i)
        glyphs.append(Glyph(textpage.get_text_range(i, 1), left, right, height - top, height - bottom))
    return glyphs


def _bulge(page, glyph: Glyph) -> str:
    """Where a bracket's glyph, as drawn, bulges: "left" for the shape of "(", "right" for ")"."""
    width, height = page.get_size()
    image = page.render(scale=20, crop=(glyph.left, height - glyph.bottom, width - glyph.right,
                                        glyph.top)).to_pil().convert("L")
    pixels, (w, h) = image.load(), image.size
    ink = [x for x in range(w) if pixels[x, h // 2] < 128]
    assert ink, glyph
    return "left" if sum(ink) / len(ink) < w / 2 else "right"


def _journey():
    journey = raalte()
    # a respondent code in Arabic letters: the attribution line still runs left to right
    journey.add(Respondent("r-ar", "ر٢", "fg-statushouders-ar"))
    journey.add(Quote("q-paren", PARENTHETICAL, "ar", "", Translator.NONE, "tp-c4", "r-ar",
                      sentiment=Sentiment.VERY_NEGATIVE, source="بلدية"))
    return journey


@pytest.fixture(scope="module")
def document():
    journey = _journey()
    options = replace(PdfOptions(), highlighted_quote_ids=("q-paren",))
    picture = infographic.build(journey, options)
    document = pypdfium2.PdfDocument(pdf_bytes(journey, options))
    yield document, picture
    document.close()


def _line_with(glyphs: list[Glyph], char: str, area=None) -> list[Glyph]:
    """The glyphs on the line of the first ``char`` (inside ``area``, a layout Rect)."""
    if area is not None:
        glyphs = [g for g in glyphs if area.x <= g.x <= area.right and area.y <= g.y <= area.bottom]
    anchor = next(g for g in glyphs if g.char == char)
    return [g for g in glyphs if abs(g.y - anchor.y) < 2.5 and g.char.strip()]


def _check_parenthetical(page, line: list[Glyph]) -> None:
    brackets = sorted((g for g in line if g.char in "()"), key=lambda g: g.x)
    assert [g.char for g in brackets] == [")", "("]  # reading right to left, "(" comes first
    assert [_bulge(page, g) for g in brackets] == ["left", "right"]  # drawn as "( … )"
    fa = [g for g in line if g.char == "ف"]  # the first letter of في, inside the brackets
    assert fa and all(brackets[0].x < g.x < brackets[1].x for g in fa)
    guillemets = sorted((g for g in line if g.char in "«»"), key=lambda g: g.x)
    assert [g.char for g in guillemets] == ["»", "«"]
    ha = [g for g in line if g.char == "ه"]  # of هومانيتاس
    assert ha and all(guillemets[0].x < g.x < guillemets[1].x for g in ha)


def test_brackets_are_mirrored_in_a_bubble(document):
    document, picture = document
    page = document[0]
    bubble = next(b for b in picture.page.bubbles if b.quote_id == "q-paren")
    _check_parenthetical(page, _line_with(_glyphs(page), "ف", bubble.rect))


def test_brackets_are_mirrored_on_a_detail_page(document):
    document, _ = document
    for index in range(1, len(document)):
        page = document[index]
        glyphs = _glyphs(page)
        if any(g.char == "«" for g in glyphs):
            _check_parenthetical(page, _line_with(glyphs, "«"))
            return
    pytest.fail("the quote is on no detail page")


def test_the_attribution_of_a_right_to_left_quote_runs_left_to_right(document):
    document, picture = document
    bubble = next(b for b in picture.page.bubbles if b.quote_id == "q-paren")
    assert not bubble.attribution.rtl and bubble.text.rtl
    line = _line_with(_glyphs(document[0]), "—", bubble.rect)
    assert min(line, key=lambda g: g.x).char == "—"  # the dash at the start, on the left
    assert abs(min(g.left for g in line) - (bubble.rect.x + 7)) < 2


def test_the_source_line_on_a_detail_page_runs_left_to_right(document):
    document, _ = document
    for index in range(1, len(document)):
        glyphs = _glyphs(document[index])
        if any(g.char == "٢" for g in glyphs):  # the respondent code starts the source line
            line = sorted(_line_with(glyphs, "٢"), key=lambda g: g.x)
            assert line[0].char in "٢ر" and abs(line[0].left - (PAGE_MARGIN + 20)) < 2
            focus = next(g for g in line if g.char == "F")  # "Focusgroep" after the code
            assert all(g.x < focus.x for g in line if g.char in "٢ر")
            return
    pytest.fail("the source line is on no detail page")


@pytest.mark.parametrize(("text", "rtl", "expected"), [
    ("لي (في)", True, "(يف) يل"),  # an Arabic parenthetical, in Arabic
    ("لي (في)", False, "(يف) يل"),  # the same in a Dutch paragraph: still mirrored
    ("ذهبت إلى VluchtelingenWerk (VWN) أمس", True, "سمأ VluchtelingenWerk (VWN) ىلإ تبهذ"),
    ("قال «نعم» [x]", True, "[x] «معن» لاق"),  # a pair round a Latin letter, too (rule N0)
    ("Ze zei (echt) niets", False, "Ze zei (echt) niets"),
])
def test_visual_order_mirrors_only_in_right_to_left_runs(text, rtl, expected):
    assert visual_order(text, rtl) == expected
