"""Text layout for the PDF: Arabic joined and right-to-left, digits and Latin words in place, long
quotes wrapped with their lines in order, Ge'ez in the Ethiopic font. The samples are those of
shared/domain/multilingual-samples.md."""

from __future__ import annotations

import pytest

from klantreis.exports.fonts import ARABIC, ETHIOPIC, LATIN
from klantreis.exports.text_layout import Style, layout, placed_runs, script_of, text_width

LONG_ARABIC = ("المدرسة في دفنتر بعيدة جداً عن بيتي، وأدفع تكاليف السفر من القرض، والمستوى منخفض "
               "ولا يناسبني، لذلك أريد مدرسة أخرى قريبة من رالته.")


def _visual(block, line=0) -> str:
    return "".join(run.text for run in block.lines[line].runs)


def _codes(text: str) -> list[int]:
    return [ord(c) for c in text]


def test_an_arabic_word_is_joined_and_reversed_with_the_period_on_the_left():
    block = layout("فقط.", 500)
    assert block.rtl
    # feh initial, qaf medial, tah final, drawn left to right as tah, qaf, feh
    assert _codes(_visual(block)) == [ord("."), 0xFEC2, 0xFED8, 0xFED3]
    assert [run.font for run in block.lines[0].runs] == [LATIN, ARABIC]


def test_a_whole_arabic_sentence_has_only_joined_forms_and_reads_from_the_right():
    text = "في السنة الأولى تواصلت مع المستشار مرة واحدة فقط."
    visual = _visual(layout(text, 1000))
    letters = [c for c in visual if c.strip() and c != "."]
    assert letters and all(0xFB50 <= ord(c) <= 0xFEFF for c in letters)  # presentation forms
    assert visual.startswith(".") and visual.endswith("\ufef2\ufed3")  # "في" at the right


def test_digits_stay_in_order_inside_arabic():
    visual = _visual(layout("وقّعت إعلان المشاركة في 2019 دون أن أفهم ما فيه.", 1000))
    assert "2019" in visual and "9102" not in visual
    assert "\u0651" in visual  # the shadda is kept


def test_a_latin_word_inside_arabic_is_in_noto_and_in_reading_order():
    block = layout("أرسلت لي DUO رسالة", 1000)
    runs = block.lines[0].runs
    assert [run.font for run in runs] == [ARABIC, LATIN, ARABIC]
    assert runs[1].text.strip() == "DUO"
    # the first word (alef hamza, reh, seen, lam, teh) is the rightmost
    assert runs[-1].text.endswith("\ufead\ufe83")
    assert runs[0].x == 0 and runs[2].x > runs[1].x > runs[0].x


def test_farsi_zero_width_non_joiner_breaks_the_join_and_is_not_drawn():
    visual = _visual(layout("کلاس‌ها", 500))
    assert "\u200c" not in visual
    assert "\ufeb1" in visual and "\ufeeb" in visual  # seen alone, heh starts a new join


def test_a_long_arabic_quote_wraps_with_the_first_words_on_the_top_line_at_the_right():
    width = 140.0
    block = layout(LONG_ARABIC, width, Style(size=10))
    assert len(block.lines) >= 4
    logical = " ".join(line.logical for line in block.lines)
    assert logical == LONG_ARABIC  # nothing lost, nothing reordered between lines
    assert block.lines[0].logical.startswith("المدرسة")
    assert all(line.width <= width + 0.01 for line in block.lines)
    for line_index, line in enumerate(block.lines):  # every line flush right
        runs = [(x, run) for x, _y, run in placed_runs(block, 0, 0, width) if run in line.runs]
        assert max(x + run.width for x, run in runs) == pytest.approx(width), line_index
    baselines = sorted({y for _x, y, _run in placed_runs(block, 0, 0, width)}, reverse=True)
    assert len(baselines) == len(block.lines)  # one baseline per line, top to bottom


def test_tigrinya_uses_the_ethiopic_font_with_its_punctuation():
    block = layout("ሰላም፡ ትምህርቲ ቋንቋ ኣዝዩ ከቢድ እዩ።", 1000)
    assert not block.rtl
    assert [run.font for run in block.lines[0].runs] == [ETHIOPIC]
    assert _visual(block).startswith("ሰላም፡") and _visual(block).endswith("።")


def test_dutch_is_one_run_and_wraps_at_spaces_in_order():
    text = "‘Het leven is niet alleen eten en slapen.’ – café, geëmigreerd, € 500"
    block = layout(text, 150, Style(size=10))
    assert len(block.lines) > 1 and not block.rtl
    assert " ".join(line.logical for line in block.lines) == text
    assert all(len(line.runs) == 1 and line.runs[0].font == LATIN for line in block.lines)


def test_bold_style_and_max_lines_with_an_ellipsis():
    style = Style(size=10, bold=True)
    assert layout("Intake", 100, style).lines[0].runs[0].font == "Noto-Bold"
    assert text_width("Intake", style) > text_width("Intake", Style(size=10))
    block = layout("een twee drie vier vijf zes zeven acht negen tien", 60, Style(size=10), max_lines=2)
    assert len(block.lines) == 2 and block.lines[-1].logical.endswith("…")
    assert block.lines[-1].width <= 60


def test_a_word_longer_than_the_line_is_cut_not_overflowing():
    block = layout("https://www.raalte.nl/thuis-in-raalte-onderzoek-rekenkamercommissie", 80, Style(size=9))
    assert len(block.lines) > 1 and all(line.width <= 80 for line in block.lines)
    assert "".join(line.logical for line in block.lines).startswith("https://www.raalte.nl")


def test_a_long_dutch_compound_breaks_at_its_hyphen_or_a_syllable_with_a_hyphen():
    block = layout("Uitkering en re-integratieverplichting", 62, Style(size=9))
    lines = [line.logical for line in block.lines]
    assert lines == ["Uitkering en", "re-integratie\u2010", "verplichting"]
    lines = [line.logical for line in layout("inburgeringsexamen", 60, Style(size=9)).lines]
    assert lines == ["inburgerings\u2010", "examen"]
    # shortened to one line, a broken word takes its hyphen off: "inburgering…", not "…s- …"
    short = layout("inburgeringsexamen", 60, Style(size=9), max_lines=1).lines[0]
    assert short.logical.endswith("…") and "inburgeringsexamen".startswith(short.logical[:-1])
    assert short.width <= 60
    for line in layout("participatieverklaringstraject", 40, Style(size=9)).lines:
        assert line.width <= 40
    # Arabic and other scripts are still cut where the line is full, never hyphenated in Latin
    arabic = layout("الاندماجوالمشاركةوالتسجيلفيالبلدية", 40, Style(size=9))
    assert all("-" not in line.logical for line in arabic.lines)


def test_newlines_are_kept_and_script_detection():
    assert [line.logical for line in layout("regel een\nregel twee", 500).lines] == ["regel een",
                                                                                    "regel twee"]
    assert (script_of("a"), script_of("ب"), script_of("ሰ"), script_of(" "), script_of("،")) == (
        "latin", "arabic", "ethiopic", None, None)
