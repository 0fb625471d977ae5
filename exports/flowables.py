"""Platypus flowables that draw with :mod:`exports.text_layout`, so the detail pages get the same
correct Arabic, Farsi and Tigrinya as the infographic."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.platypus import Flowable

from klantreis.exports.palette import INK
from klantreis.exports.text_layout import Block, Style, draw_on_canvas, layout

PLAIN = Style()


def fitting(heights: list[float], room: float) -> tuple[int, float]:
    """How many of the pieces of ``heights``, from the first, fit in ``room``, and their height."""
    used, count = 0.0, 0
    for height in heights:
        if used + height > room:
            break
        used += height
        count += 1
    return count, used


class Text(Flowable):
    """A paragraph in any script. Splits between lines over pages."""

    def __init__(self, text: str, style: Style = PLAIN, *, colour=INK, indent: float = 0.0,
                 space_before: float = 0.0, space_after: float = 2.0, align: str = "start",
                 bookmark: tuple[str, str, int] | None = None, keep_with_next: bool = False,
                 block: Block | None = None, rtl: bool | None = None, anchor: str | None = None,
                 link: str | None = None) -> None:
        super().__init__()
        self.text, self.style, self.colour = text, style, colour
        self.anchor = anchor  # a destination here (no outline entry) that links can point to
        self.link = link  # the destination the text links to
        self.rtl = rtl  # the paragraph direction; None: that of the text (see layout)
        self.indent, self.align = indent, align
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.bookmark = bookmark  # (key, title, outline level)
        self.keepWithNext = keep_with_next
        self.block = block
        self._width = 0.0

    def wrap(self, available_width, available_height):  # noqa: ARG002 (platypus signature)
        self._width = available_width - self.indent
        if self.block is None or abs(self._laid_width - self._width) > 0.01:
            self.block = layout(self.text, self._width, self.style, rtl=self.rtl)
            self._laid_width = self._width
        self.height = self.block.height
        return available_width, self.height

    _laid_width = -1.0

    def split(self, available_width, available_height):
        if self.block is None or self._laid_width < 0:  # (else as last wrapped: a table asks to
            self.wrap(available_width, available_height)  # split a cell at its column's width)
        fits = int(available_height // self.style.line_height)
        if fits <= 0 or fits >= len(self.block.lines):
            return []
        first, rest = self.block.lines[:fits], self.block.lines[fits:]
        head = Text(self.text, self.style, colour=self.colour, indent=self.indent,
                    space_before=self.spaceBefore, space_after=0, align=self.align,
                    bookmark=self.bookmark, block=Block(first, self.block.rtl, self.style),
                    rtl=self.rtl, anchor=self.anchor, link=self.link)
        tail = Text(self.text, self.style, colour=self.colour, indent=self.indent, space_before=0,
                    space_after=self.spaceAfter, align=self.align,
                    block=Block(rest, self.block.rtl, self.style), rtl=self.rtl,
                    keep_with_next=self.keepWithNext, link=self.link)
        head._laid_width = tail._laid_width = self._width
        return [head, tail]

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas, x: float, y: float) -> None:
        """Draw with the lower-left corner at (x, y), without the saved state and translation
        of drawOn: what a flowable made of many Texts (Beside, Grid) calls for each."""
        if self.bookmark is not None:
            key, title, level = self.bookmark
            canvas.bookmarkHorizontal(key, x, y + self.height + 4)
            canvas.addOutlineEntry(title, key, level=level, closed=level > 0)
        if self.anchor is not None:
            canvas.bookmarkHorizontal(self.anchor, x, y + self.height + 4)
        if self.link is not None:
            width = self.block.width  # (over the text: a line starts at the right when it is rtl)
            left = x + self.indent + (self._width - width if self.block.rtl else 0.0)
            canvas.linkRect("", self.link, (left, y, left + width, y + self.height), thickness=0)
        if canvas._fillColorObj is not self.colour:  # (every quote's lines: set it once)
            canvas.setFillColor(self.colour)
        draw_on_canvas(canvas, self.block, x + self.indent, y + self.height, self._width, self.align)


class Picture(Flowable):
    """A reportlab Drawing as a whole page (the infographic), scaled to the frame."""

    def __init__(self, drawing, width: float, height: float) -> None:
        super().__init__()
        self.drawing, self.width, self.height = drawing, width, height

    def wrap(self, available_width, available_height):  # noqa: ARG002
        return self.width, self.height

    def draw(self) -> None:
        scale = min(self.width / self.drawing.width, self.height / self.drawing.height)
        self.canv.saveState()
        self.canv.scale(scale, scale)
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        self.canv.restoreState()


class Beside(Flowable):
    """A small mark at the left (anything with ``height`` and ``draw_on(canvas, x, y)``, e.g.
    a SmileyMark) and a column of :class:`Text` beside it, with a thin rule
    below: one quote on a detail page. Cheaper than a table (a report has thousands of quotes);
    kept together on a page where it can be (see :meth:`split_at`)."""

    def __init__(self, mark, parts: list[Text], *, gutter: float = 20.0, rule=None) -> None:
        super().__init__()
        self.mark, self.parts, self.gutter, self.rule = mark, parts, gutter, rule
        self.pad_top, self.pad_bottom = 3.0, 5.0
        self.width = 0.0

    def wrap(self, available_width, available_height):
        if available_width == self.width and self.height:  # (its height needs only the width)
            return available_width, self.height
        self.width = available_width
        height = self.pad_top + self.pad_bottom
        for part in self.parts:
            height += part.spaceBefore + part.wrap(available_width - self.gutter, available_height)[1]
            height += part.spaceAfter
        self.height = height
        return available_width, height

    def split(self, available_width, available_height):
        # (platypus marks a flowable _postponed when it moved it to a new frame for want of room)
        return self.split_at(available_width, available_height, getattr(self, "_postponed", False))

    def split_at(self, available_width, available_height, force: bool = False) -> list:
        """Split after a part that is not kept with the next one (a label is kept with what it
        labels, a quote's last text with its attribution line below it), else not at all: the
        quote goes to the next page whole. With ``force`` (it is on a page of its own and still
        too tall) inside a text, between lines, keeping at least a line with the attribution."""
        self.wrap(available_width, available_height)
        if self.height <= available_height:
            return []
        room = available_height - self.pad_top - self.pad_bottom
        heights = [p.spaceBefore + p.height + p.spaceAfter for p in self.parts]
        cut, used = 0, 0.0
        for index, (part, height) in enumerate(zip(self.parts[:-1], heights, strict=False)):
            used += height
            if used > room:
                break
            if not part.keepWithNext:
                cut = index + 1
        if cut:
            return self._halves(self.parts[:cut], self.parts[cut:])
        if not force:
            return []
        keep, used = fitting(heights, room)
        space = room - used
        if keep == len(self.parts) - 1 and keep:  # all but the attribution fit: the text above
            keep -= 1  # it gives up its last line to go with it
            space = heights[keep] - self.parts[keep].style.line_height
        part = self.parts[keep]
        pieces = part.split(available_width - self.gutter, space - part.spaceBefore)
        if len(pieces) == 2:
            return self._halves([*self.parts[:keep], pieces[0]], [pieces[1], *self.parts[keep + 1:]])
        return self._halves(self.parts[:keep], self.parts[keep:]) if keep else []

    def _halves(self, head: list[Text], tail: list[Text]) -> list:
        return [Beside(self.mark, head, gutter=self.gutter),
                Beside(None, tail, gutter=self.gutter, rule=self.rule)]

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas, x: float, y: float) -> None:
        """Draw with the lower-left corner at (x, y) (see Text.draw_at)."""
        top = y + self.height - self.pad_top
        if self.mark is not None:
            self.mark.draw_on(canvas, x, top - self.mark.height)
        for part in self.parts:
            top -= part.spaceBefore + part.height
            part.draw_at(canvas, x + self.gutter, top)
            top -= part.spaceAfter
        if self.rule is not None:
            canvas.setStrokeColor(self.rule)
            canvas.setLineWidth(0.3)
            canvas.line(x, y + 0.5, x + self.width, y + 0.5)


class Column(Flowable):
    """Quotes (:class:`Beside`) one below the other as a single flowable, so platypus handles
    one flowable per page instead of one per quote. It breaks where they would each have
    broken: after the last quote that fits, or inside the next one as Beside.split allows."""

    def __init__(self, items: list[Beside]) -> None:
        super().__init__()
        self.items = items
        self.width = 0.0

    def wrap(self, available_width, available_height):
        if available_width != self.width or not self.height:
            self.width = available_width
            self.height = sum(item.wrap(available_width, available_height)[1] for item in self.items)
        return available_width, self.height

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        if self.height <= available_height:
            return []
        keep, used = fitting([item.height for item in self.items], available_height)
        force = keep == 0 and getattr(self, "_postponed", False)  # (see Beside.split)
        pieces = self.items[keep].split_at(available_width, available_height - used, force)
        if len(pieces) == 2:
            return [Column([*self.items[:keep], pieces[0]]), Column([pieces[1], *self.items[keep + 1:]])]
        if keep == 0:
            return []
        return [Column(self.items[:keep]), Column(self.items[keep:])]

    def draw(self) -> None:
        y = self.height
        for item in self.items:
            y -= item.height
            item.draw_at(self.canv, 0.0, y)


class Grid(Flowable):
    """Rows of :class:`Text` cells in columns of fixed widths, top-aligned, with a rule below the
    first row and below the last: the scores of a touchpoint. What a platypus Table draws for
    it, without the table machinery (a report has hundreds of them); splits between rows."""

    PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 2.0, 4.0, 1.5, 1.5

    def __init__(self, rows: list[list[Text]], widths: list[float], rule, *, header: bool = True,
                 closed: bool = True) -> None:
        super().__init__()
        self.rows, self.widths, self.rule = rows, widths, rule
        self.header, self.closed = header, closed  # (a part split off has only one of them)
        self.heights: list[float] = []
        self._wrapped_width = 0.0

    def wrap(self, available_width, available_height):  # noqa: ARG002 (platypus signature)
        if self.heights and available_width == self._wrapped_width:
            return self.width, self.height
        self._wrapped_width = available_width
        self.heights = [
            max(cell.wrap(width - self.PAD_LEFT - self.PAD_RIGHT, available_height)[1]
                for cell, width in zip(row, self.widths, strict=True)) + self.PAD_TOP + self.PAD_BOTTOM
            for row in self.rows]
        self.width, self.height = sum(self.widths), sum(self.heights)
        return self.width, self.height

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        if self.height <= available_height:
            return []
        keep, _ = fitting(self.heights, available_height)
        if keep == 0:
            return []
        return [Grid(self.rows[:keep], self.widths, self.rule, header=self.header, closed=False),
                Grid(self.rows[keep:], self.widths, self.rule, header=False, closed=self.closed)]

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for n, (row, height) in enumerate(zip(self.rows, self.heights, strict=True)):
            x = 0.0
            for cell, width in zip(row, self.widths, strict=True):
                cell.draw_at(canvas, x + self.PAD_LEFT, top - self.PAD_TOP - cell.height)
                x += width
            top -= height
            first, last = n == 0 and self.header, n == len(self.rows) - 1 and self.closed
            if first or last:
                canvas.setStrokeColor(self.rule)
                canvas.setLineWidth(0.6 if first else 0.4)
                canvas.line(0, top, self.width, top)
