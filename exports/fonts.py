"""The bundled Noto fonts for reportlab: registered once, embedded (as subsets) in every PDF.

Names: "Noto" (Latin, Greek, Cyrillic, punctuation), "NotoArabic" (Arabic and Farsi letters and
digits, no Latin), "NotoEthiopic" (Ge'ez: Tigrinya, Amharic); each with "-Bold", and Noto with
"-Italic" and "-BoldItalic".
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from klantreis.paths import FONTS_DIR

LATIN, ARABIC, ETHIOPIC = "Noto", "NotoArabic", "NotoEthiopic"
_FILES = {
    "Noto": "NotoSans-Regular.ttf",
    "Noto-Bold": "NotoSans-Bold.ttf",
    "Noto-Italic": "NotoSans-Italic.ttf",
    "Noto-BoldItalic": "NotoSans-BoldItalic.ttf",
    "NotoArabic": "NotoSansArabic-Regular.ttf",
    "NotoArabic-Bold": "NotoSansArabic-Bold.ttf",
    "NotoEthiopic": "NotoSansEthiopic-Regular.ttf",
    "NotoEthiopic-Bold": "NotoSansEthiopic-Bold.ttf",
}


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled fonts with reportlab (once per process); returns their names."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
    for bold in (0, 1):
        for italic in (0, 1):
            suffix = {(0, 0): "", (1, 0): "-Bold", (0, 1): "-Italic", (1, 1): "-BoldItalic"}[bold, italic]
            addMapping(LATIN, bold, italic, LATIN + suffix)
    return tuple(_FILES)


def face(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The registered font name of ``family`` in that style (Arabic and Ethiopic have no italic)."""
    register_fonts()
    if family == LATIN:
        return LATIN + ("-BoldItalic" if bold and italic else "-Bold" if bold
                        else "-Italic" if italic else "")
    return family + ("-Bold" if bold else "")


@cache
def has_glyph(font_name: str, char: str) -> bool:
    register_fonts()
    return ord(char) in pdfmetrics.getFont(font_name).face.charToGlyph
