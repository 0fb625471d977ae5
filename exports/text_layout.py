"""Text in any of our scripts, laid out for reportlab, which neither joins Arabic letters nor
reorders right-to-left text by itself.

The recipe (see ARCHITECTURE.md): wrap in logical order with measured widths; then per line join
the Arabic letters (arabic-reshaper, vowel marks kept), reorder the line visually with the Unicode
bidi algorithm (python-bidi; brackets and guillemets in right-to-left runs mirrored, see
:func:`visual_order`), and split it into runs per font: Noto Sans Arabic for Arabic and
Farsi (it has no Latin letters), Noto Sans Ethiopic for Ge'ez (Tigrinya), Noto Sans for the rest.
A :class:`Block` is the result: lines of positioned runs, drawn by :func:`draw_on_canvas` (pages)
or :func:`add_to_group` (a reportlab Drawing).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from bidi.algorithm import get_display as get_display_python
from bidi.mirror import MIRRORED
from reportlab.pdfbase.pdfmetrics import stringWidth

from klantreis.evidence.session import is_right_to_left
from klantreis.exports.fonts import ARABIC, ETHIOPIC, LATIN, face, has_glyph

_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={
    "delete_harakat": False,  # keep vowel marks such as the shadda
    "support_ligatures": True,
})
_SPACE = re.compile(r"[ \t]+")
ADDED_HYPHEN = "\u2010"  # the hyphen a broken word gets (the text's own hyphens are "-")
_HYPHENS = "-\u2010"
# a word of Latin letters (a compound, perhaps with hyphens), perhaps with punctuation after it
_LATIN_WORD = re.compile("[(‘“]?[A-Za-z\u00C0-\u024F]+(?:[-\u2010][A-Za-z\u00C0-\u024F]+)*[-.,;:!?)’”]*")


def script_of(char: str) -> str | None:
    """"arabic", "ethiopic", "latin" for a letter or digit of that script; None for spaces and
    punctuation, which take the font of the text around them."""
    code = ord(char)
    if (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF):
        return "arabic" if unicodedata.category(char)[0] in "LMN" or code >= 0xFB50 else None
    if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F:
        return "ethiopic"
    if unicodedata.category(char)[0] in "LM":
        return "latin"
    return None


_FAMILY = {"arabic": ARABIC, "ethiopic": ETHIOPIC, "latin": LATIN}


@dataclass(frozen=True)
class Style:
    size: float = 9.0
    bold: bool = False
    italic: bool = False
    leading: float | None = None  # distance between baselines; None: 1.3 x size

    def __post_init__(self) -> None:  # (a Style is a key of the shaping cache: hashed often)
        object.__setattr__(self, "_hash", hash((self.size, self.bold, self.italic, self.leading)))

    def __hash__(self) -> int:
        return self._hash

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else round(self.size * 1.3, 2)

    def font(self, family: str) -> str:
        return face(family, bold=self.bold, italic=self.italic and family == LATIN)


@dataclass(frozen=True)
class Run:
    """Visual text in one font, at ``x`` from the start (left end) of its line."""

    text: str
    font: str
    x: float
    width: float


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    logical: str  # the line's text in reading order (for tests and extraction checks)


@dataclass(frozen=True)
class Block:
    """A laid-out paragraph: ``lines`` top to bottom; ``rtl`` is the paragraph direction."""

    lines: tuple[Line, ...]
    rtl: bool
    style: Style

    @property
    def height(self) -> float:
        return len(self.lines) * self.style.line_height

    @property
    def width(self) -> float:
        return max((line.width for line in self.lines), default=0.0)


def _font_runs(visual: str, style: Style) -> list[tuple[str, str]]:
    """Split visual text into (text, font) runs; spaces and punctuation stay in the run they are
    in when its font has them."""
    runs: list[list[str]] = []  # [font, text]
    for char in visual:
        script = script_of(char)
        if script is not None:
            font = style.font(_FAMILY[script])
        elif runs and has_glyph(runs[-1][0], char):
            font = runs[-1][0]
        else:
            font = next((style.font(f) for f in (LATIN, ARABIC, ETHIOPIC)
                         if has_glyph(style.font(f), char)), style.font(LATIN))
        if runs and runs[-1][0] == font:
            runs[-1][1] += char
        else:
            runs.append([font, char])
    return [(text, font) for font, text in runs]


# characters none of the bundled fonts has, and what is drawn instead
SUBSTITUTES = {"\u2212": "–", "→": "›", "←": "‹", "≥": ">=", "≤": "<=", "≠": "=/=", "★": "*",
               "✓": "v"}


def _drawable(visual: str) -> str:
    """Without the invisible format characters (zero-width non-joiner and joiner, direction
    marks): they did their work in shaping and reordering, and the fonts would show a box. A
    character no bundled font has is replaced (a minus sign by an en dash) or left out."""
    out = []
    for char in visual:
        if unicodedata.category(char) == "Cf":
            continue
        if not any(has_glyph(face(f), char) for f in (LATIN, ARABIC, ETHIOPIC)):
            char = SUBSTITUTES.get(char, "")
        out.append(char)
    return "".join(out)


# text that needs no shaping, reordering or font fallback: Latin letters and common punctuation
# (most of a Dutch report); it is drawn as it is, in one run
_PLAIN = re.compile("[\u0020-\u007e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u203a\u20ac]*")


_RTL_CLASSES = frozenset(("R", "AL"))
_LEVELS = re.compile(r"Level\(\s*(\d+),?\s*\)")


def visual_order(text: str, rtl: bool) -> str:
    """One line of ``text`` in the order it is drawn, left to right, by the Unicode bidi
    algorithm with a paragraph direction of ``rtl``, brackets and guillemets in a
    right-to-left run mirrored (rule L4: "(" that opens an Arabic parenthetical is drawn as
    ")" on its right). python-bidi reorders without L4; the mirroring is done here with its
    resolved levels, so the brackets still pair as in its full algorithm (rule N0)."""
    base = "R" if rtl else "L"
    display = get_display(text, base_dir=base)
    if not any(unicodedata.mirrored(c) for c in text) or not (
            rtl or any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)):
        return display
    levels = _levels(text, base)
    if levels is not None:
        order = _reordered(text, levels, 1 if rtl else 0)
        if "".join(text[i] for i in order) == display:
            return "".join(MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i] for i in order)
    return get_display_python(text, base_dir=base)  # (mirrors, with the older rules for brackets)


def _levels(text: str, base: str) -> list[int] | None:
    """The resolved level of every character, as python-bidi's Rust algorithm reports them (per
    UTF-8 byte) in its debug text; None when that text is not what is expected."""
    info = get_display(text, base_dir=base, debug=True)
    start, end = info.find("\n    levels: [\n"), info.find("\n    paragraphs: [")
    if not 0 <= start < end:
        return None
    per_byte = [int(n) for n in _LEVELS.findall(info, start, end)]
    if len(per_byte) != len(text.encode()):
        return None
    levels, at = [], 0
    for char in text:
        levels.append(per_byte[at])
        at += len(char.encode())
    return levels


def _reordered(text: str, levels: list[int], base: int) -> list[int]:
    """The logical indexes of ``text`` in visual order: spaces at the end of the line at the
    paragraph level (rule L1), then every run at or above each odd level reversed (rule L2)."""
    levels = list(levels)
    end = len(text)
    while end and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) == "Cf"):
        end -= 1
        levels[end] = base
    order = list(range(len(text)))
    highest = max(levels, default=0)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


@lru_cache(maxsize=4096)
def _shape_line(text: str, rtl: bool, style: Style) -> Line:
    if not rtl and _PLAIN.fullmatch(text):
        font = style.font(LATIN)
        width = stringWidth(text, font, style.size)
        return Line((Run(text, font, 0.0, width),), width, text)
    visual = visual_order(_RESHAPER.reshape(text), rtl)
    visual = _drawable(visual)  # (vowel marks stay before their letter: the font draws them back)
    runs, x = [], 0.0
    for run_text, font in _font_runs(visual, style):
        width = stringWidth(run_text, font, style.size)
        runs.append(Run(run_text, font, x, width))
        x += width
    return Line(tuple(runs), x, text)


def text_width(text: str, style: Style) -> float:
    """The width of ``text`` on one line."""
    return _shape_line(text, is_right_to_left(text), style).width


@lru_cache(maxsize=1)
def _dutch():
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


def _hyphenated(word: str, width: float, style: Style) -> list[str] | None:
    """A long left-to-right word broken where it may be: after a hyphen it has
    ("re-|integratie"), else at a Dutch syllable boundary with a hyphen added
    ("verplich-|ting", the added hyphen U+2010, so a shortened line can take it off again), each
    piece as long as fits; None when a piece cannot be made to fit."""
    breaks = sorted({i + 1 for i, c in enumerate(word[:-1]) if c in _HYPHENS}
                    | set(_dutch().positions(word)))
    pieces, start = [], 0
    while _shape_line(word[start:], False, style).width > width:
        fitting = [p for p in breaks if p > start and _shape_line(
            word[start:p] + ("" if word[p - 1] in _HYPHENS else ADDED_HYPHEN), False, style).width <= width]
        if not fitting:
            return None
        end = fitting[-1]
        pieces.append(word[start:end] + ("" if word[end - 1] in _HYPHENS else ADDED_HYPHEN))
        start = end
    return [*pieces, word[start:]]


def _split_long(word: str, width: float, style: Style, rtl: bool) -> list[str]:
    """A word wider than the line, cut into pieces that fit: a compound at its hyphens or
    syllables (Dutch rules), else (long URLs, codes, other scripts) where the line is full."""
    if not rtl and _LATIN_WORD.fullmatch(word):
        pieces = _hyphenated(word, width, style)
        if pieces is not None:
            return pieces
    pieces, current = [], ""
    for char in word:
        if current and _shape_line(current + char, rtl, style).width > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


def _wrap(paragraph: str, width: float, style: Style, rtl: bool) -> list[str]:
    """Greedy wrapping in logical order. Joining never crosses a space, so a line is as wide as
    its words plus its spaces and each word is measured once."""
    space = stringWidth(" ", style.font(LATIN), style.size)
    lines: list[str] = []
    current, used = "", 0.0
    for word in _SPACE.split(paragraph.strip()):
        if not word:
            continue
        word_width = _shape_line(word, rtl, style).width
        if word_width > width:  # a word of its own lines
            if current:
                lines.append(current)
            *full, current = _split_long(word, width, style, rtl)
            lines.extend(full)
            used = _shape_line(current, rtl, style).width
        elif current and used + space + word_width > width:
            lines.append(current)
            current, used = word, word_width
        else:
            current, used = (f"{current} {word}", used + space + word_width) if current else (
                word, word_width)
    lines.append(current)
    return lines


def layout(text: str, width: float, style: Style = Style(), *, max_lines: int | None = None,
           rtl: bool | None = None) -> Block:
    """``text`` wrapped to ``width`` points; newlines are kept. With ``max_lines``, the last line
    ends in an ellipsis when the text is longer. The paragraph direction is ``rtl``, or when
    None that of the text's first letter (a line of labels with a respondent code or group name
    in Arabic is still left to right in a Dutch report: pass the label language's)."""
    rtl = is_right_to_left(text) if rtl is None else rtl
    if not rtl and "\n" not in text:  # a short Latin text that fits (most labels and cells):
        line = text.strip()  # one measurement, and its one line is made here
        if "  " not in line and "\t" not in line and _PLAIN.fullmatch(line):
            font = style.font(LATIN)
            line_width = stringWidth(line, font, style.size)
            if line_width <= width:
                return Block((Line((Run(line, font, 0.0, line_width),), line_width, line),), False, style)
    logical_lines = [line for paragraph in text.split("\n")
                     for line in _wrap(paragraph, width, style, rtl)]
    if max_lines is not None and len(logical_lines) > max_lines:
        kept = logical_lines[:max_lines]
        last = kept[-1]
        tail = " …"
        if last.endswith(ADDED_HYPHEN):  # a word broken here: "opnieuw" shortened is "op…"
            last, tail = last[:-1], "…"
        while last and _shape_line(last + tail, rtl, style).width > width:
            cut = last.rfind(" ")
            last = last[:cut].rstrip() if cut > 0 else last[:-1]  # whole words where it can
            tail = " …" if cut > 0 else tail
        kept[-1] = (last + tail) if last else "…"
        logical_lines = kept
    return Block(tuple(_shape_line(line, rtl, style) for line in logical_lines), rtl, style)


def _line_left(line: Line, x: float, width: float, align: str, rtl: bool) -> float:
    if align == "centre":
        return x + (width - line.width) / 2
    at_right = align == "right" or (align == "start" and rtl) or (align == "end" and not rtl)
    return x + width - line.width if at_right else x


def placed_runs(block: Block, x: float, top: float, width: float, align: str = "start"):
    """(x, baseline y, run) for every run, reportlab coordinates (y up), the first line's top at
    ``top``. ``align``: "start" (left, or right for right-to-left text), "end", "left",
    "right", "centre"."""
    style = block.style
    ascent = style.size * 0.93 + (style.line_height - style.size * 1.2) / 2
    for index, line in enumerate(block.lines):
        left = _line_left(line, x, width, align, block.rtl)
        baseline = top - ascent - index * style.line_height
        for run in line.runs:
            yield left + run.x, baseline, run


def draw_on_canvas(canvas, block: Block, x: float, top: float, width: float,
                   align: str = "start") -> None:
    """Draw ``block`` on a reportlab canvas (in the current fill colour)."""
    size = block.style.size
    for run_x, baseline, run in placed_runs(block, x, top, width, align):
        canvas.setFont(run.font, size)
        canvas.drawString(run_x, baseline, run.text)


def add_to_group(group, block: Block, x: float, top: float, width: float, align: str = "start",
                 colour=None) -> None:
    """Add ``block`` as String shapes to a reportlab graphics Group or Drawing."""
    from reportlab.graphics.shapes import String

    size = block.style.size
    for run_x, baseline, run in placed_runs(block, x, top, width, align):
        shape = String(run_x, baseline, run.text, fontName=run.font, fontSize=size)
        if colour is not None:
            shape.fillColor = colour
        group.add(shape)


def add_text(group, text: str, x: float, top: float, width: float, style: Style, flip, *,
             align: str = "start", colour=None, max_lines: int | None = None) -> float:
    """Lay out ``text`` and add it to ``group`` with its top at ``top`` in page coordinates that
    point down (``flip`` turns them into reportlab's); returns the page y just below it."""
    block = layout(text, width, style, max_lines=max_lines)
    add_to_group(group, block, x, flip(top), width, align, colour)
    return top + block.height
