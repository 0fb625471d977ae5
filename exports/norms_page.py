"""The Toetsingskader pages (A4 portrait, after the infographic): per category of deelvragen a
table with, per deelvraag, its norms, each with its assessment (a coloured mark of its own shape
and its text label), the reasoning and the evidence: the touchpoints and quotes it rests on as
links to their blocks on the detail pages, the indicators as links to the Indicatoren page, and
places in documents as text ("Rapport, r. 1721-1727").

Text in any script through :class:`exports.flowables.Text`; a link is drawn only where its
destination is in the PDF (``targets``), else the reference is plain text.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor, white
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from klantreis.exports.details import BODY, CONTENT_W, PHASE, SMALL, TOUCHPOINT
from klantreis.exports.flowables import Text
from klantreis.exports.infographic import shown_text
from klantreis.exports.palette import ASSESSMENT, FAINT, INK, MUTED
from klantreis.exports.text_layout import Style, draw_on_canvas, layout
from klantreis.graph import route as graph
from klantreis.model.entities import Assessment
from klantreis.model.journey import Journey

CELL = Style(size=8, leading=10.6)
CELL_BOLD = Style(size=8, bold=True, leading=10.6)
HEAD = Style(size=7.6, bold=True, leading=10)
QUESTION_FILL = HexColor("#EEF1F4")
WIDTHS = (CONTENT_W * 0.27, CONTENT_W * 0.15, CONTENT_W * 0.33, CONTENT_W * 0.25)
KEEP_WITH_QUESTION = 240.0  # a norm's row up to this tall stays on the page of its deelvraag
TALL_ROW = 600.0  # a norm's row taller than this may split over pages (an A4 frame holds ~715)
ORDER = (Assessment.VOLDOET, Assessment.DEELS, Assessment.NIET, Assessment.NIET_TE_BEOORDELEN,
         Assessment.OPEN)


def anchor_of(kind: str, item_id: str) -> str:
    """The name of the destination of an item's block: "tp-…" on the detail pages (set by its
    bookmark), "q-…" for a quote there, "ind-…" on the Indicatoren page."""
    return {"touchpoint": "tp-", "quote": "q-", "indicator": "ind-"}[kind] + item_id


def cited_quotes(journey: Journey) -> frozenset[str]:
    """The quotes the norms of ``journey`` cite: their blocks on the detail pages get an anchor."""
    return frozenset(q for norm in journey.norms for q in norm.quote_ids)


def label_of(assessment: Assessment, words) -> str:
    return words[f"assessment_{assessment.value}"]


class AssessmentMark(Flowable):
    """The assessment of a norm: a mark in its colour and shape (full disc: voldoet, half:
    voldoet deels, ring with a bar: voldoet niet, ring with a dot: niet te beoordelen, dashed
    ring: nog niet beoordeeld) and its label beside it, so it never rests on colour alone."""

    SIZE = 8.0

    def __init__(self, assessment: Assessment, label: str, style: Style = CELL_BOLD) -> None:
        super().__init__()
        self.assessment, self.label, self.style = assessment, label, style
        self.block = None

    def wrap(self, available_width, available_height):  # noqa: ARG002 (platypus signature)
        self.block = layout(self.label, max(10.0, available_width - self.SIZE - 4), self.style)
        self.width = self.SIZE + 4 + self.block.width
        self.height = max(self.block.height, self.SIZE + 2)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        colour = ASSESSMENT[self.assessment.value]
        r = self.SIZE / 2
        cx, cy = r + 0.5, self.height - self.style.line_height / 2
        draw_mark(canvas, self.assessment, cx, cy, r, colour)
        canvas.setFillColor(colour)
        draw_on_canvas(canvas, self.block, self.SIZE + 4, self.height, self.block.width + 1, "left")


def draw_mark(canvas, assessment: Assessment, cx: float, cy: float, r: float, colour) -> None:
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    canvas.setLineWidth(1.0)
    if assessment is Assessment.VOLDOET:
        canvas.circle(cx, cy, r, stroke=1, fill=1)
    elif assessment is Assessment.DEELS:
        canvas.setFillColor(white)
        canvas.circle(cx, cy, r, stroke=1, fill=1)
        canvas.setFillColor(colour)
        canvas.wedge(cx - r, cy - r, cx + r, cy + r, 90, 180, stroke=0, fill=1)  # the left half
    elif assessment is Assessment.NIET:
        canvas.setFillColor(white)
        canvas.circle(cx, cy, r, stroke=1, fill=1)
        canvas.setLineWidth(1.6)
        canvas.line(cx - r * 0.55, cy, cx + r * 0.55, cy)
    elif assessment is Assessment.NIET_TE_BEOORDELEN:
        canvas.setFillColor(white)
        canvas.circle(cx, cy, r, stroke=1, fill=1)
        canvas.setFillColor(colour)
        canvas.circle(cx, cy, r * 0.28, stroke=0, fill=1)
    else:
        canvas.setDash(1.4, 1.1)
        canvas.setFillColor(white)
        canvas.circle(cx, cy, r, stroke=1, fill=1)
    canvas.restoreState()


def norms_story(journey: Journey, words, accent, *, details: bool, indicators: bool) -> list:
    """The flowables of the Toetsingskader pages of ``journey`` (the shared copy); ``details``
    and ``indicators``: whether the detail pages and the Indicatoren page are in the PDF (the
    references link there only then)."""
    title = words["norms_title"]
    story: list = [Text(title, PHASE, space_before=6, space_after=4, keep_with_next=True,
                        bookmark=("norms", title, 0)),
                   Text(words["norms_intro"] if details or indicators else words["norms_intro_plain"],
                        BODY, colour=MUTED, space_after=6)]
    story.append(_summary(journey, words))
    numbers = graph.display_numbers(journey)
    targets = {"touchpoint": details, "quote": details, "indicator": indicators}
    categories: dict[str, list] = {}
    for question in journey.questions:
        categories.setdefault(question.category.strip(), []).append(question)
    named = any(categories)
    for category, questions in sorted(categories.items(), key=lambda c: not c[0]):  # (unnamed last)
        if named:  # (not kept with the table, which may be longer than a page: a new page
            story.append(CondPageBreak(140))  # only when little room is left)
            story.append(Text(category or words["other_questions"], TOUCHPOINT, space_before=10,
                              space_after=4))
        story.append(_table(journey, questions, numbers, words, accent, targets))
    return story


def _summary(journey: Journey, words) -> Flowable:
    """How many norms have each assessment, as the marks with their counts."""
    counts = {a: 0 for a in ORDER}
    for norm in journey.norms:
        counts[norm.assessment] += 1
    marks = [AssessmentMark(a, f"{n} × {label_of(a, words)}", CELL) for a, n in counts.items() if n]
    if not marks:
        return Text(words["no_norms"], CELL, colour=MUTED, space_after=6)
    return _MarkRow(Text(words["norms_summary"] + ":", HEAD, colour=MUTED), marks)


class _MarkRow(Flowable):
    """A label and marks side by side, on as many lines as they need."""

    GAP = 14.0

    def __init__(self, label: Text, marks: list[AssessmentMark]) -> None:
        super().__init__()
        self.label, self.marks, self.spaceAfter = label, marks, 8.0
        self.places: list[tuple[float, float]] = []

    def wrap(self, available_width, available_height):
        label_w = 62.0
        self.label.wrap(label_w, available_height)
        x, line, self.places, lines = label_w, 0, [], [0.0]
        for mark in self.marks:
            width, height = mark.wrap(available_width - label_w, available_height)
            if x + width > available_width and x > label_w:
                x, line = label_w, line + 1
                lines.append(0.0)
            self.places.append((x, line))
            lines[line] = max(lines[line], height + 3)
            x += width + self.GAP
        self.line_tops = [sum(lines[:i]) for i in range(len(lines))]
        self.width, self.height = available_width, max(sum(lines), self.label.height)
        return self.width, self.height

    def draw(self) -> None:
        self.label.draw_at(self.canv, 0.0, self.height - self.label.height)
        for mark, (x, line) in zip(self.marks, self.places, strict=True):
            mark.drawOn(self.canv, x, self.height - self.line_tops[line] - mark.height)


def _table(journey: Journey, questions, numbers, words, accent, targets) -> Table:
    rows: list[list] = [[Text(words[k], HEAD, colour=MUTED) for k in
                         ("col_norm", "col_assessment", "col_reasoning", "col_evidence")]]
    commands = [("FONT", (0, 0), (-1, -1), "Noto", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, FAINT)]
    for question in questions:
        at = len(rows)
        number = words["question"].format(number=question.number) if question.number else words[
            "question_plain"]
        rows.append([Text(f"{number} · {question.text}", CELL_BOLD), "", "", ""])
        commands += [("SPAN", (0, at), (-1, at)), ("BACKGROUND", (0, at), (-1, at), QUESTION_FILL)]
        norms = [n for n in journey.norms if n.question_id == question.id]
        if not norms:
            rows.append([Text(words["no_norms"], CELL, colour=MUTED), "", "", ""])
            commands.append(("SPAN", (0, at + 1), (-1, at + 1)))
        for index, norm in enumerate(norms):
            rows.append([[Text(norm.text, CELL)],  # (lists: a cell that can split over pages)
                         [AssessmentMark(norm.assessment, label_of(norm.assessment, words))],
                         [Text(norm.reasoning or "–", CELL, colour=INK if norm.reasoning else MUTED)],
                         _evidence(journey, norm, numbers, words, accent, targets)])
            commands.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.3, FAINT))
            if index == 0 and _height(rows[-1]) < KEEP_WITH_QUESTION:  # (a longer one may split)
                commands.append(("NOSPLIT", (0, at), (-1, at + 1)))
        if not norms:
            commands.append(("NOSPLIT", (0, at), (-1, at + 1)))
    # (a row splits over pages only when it must: reportlab would otherwise start the next row
    # at the foot of a page, below a repeated header)
    tall = any(_height(row) > TALL_ROW for row in rows[1:] if isinstance(row[0], list))
    table = Table(rows, colWidths=list(WIDTHS), repeatRows=1, splitInRow=int(tall), hAlign="LEFT",
                  spaceBefore=2, spaceAfter=8)
    table.setStyle(TableStyle(commands))
    return table


def _height(cells: list[list]) -> float:
    """The height of a row of cells (lists of flowables) in the columns of the table."""
    return max(sum(f.wrap(width - 9, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in cell)
               for cell, width in zip(cells, WIDTHS, strict=True))


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > limit // 2 else limit].rstrip(" ,.;:") + " …"


def _evidence(journey: Journey, norm, numbers, words, accent, targets) -> list:
    """The references of ``norm``: links ("› 13. Intake …") where their block is in the PDF."""
    items: list[tuple[str, str | None]] = []
    for tp_id in norm.touchpoint_ids:
        tp = journey.touchpoint(tp_id)
        items.append((f"{numbers[tp_id]}. {tp.title}", anchor_of("touchpoint", tp_id)
                      if targets["touchpoint"] else None))
    for quote_id in norm.quote_ids:
        quote = journey.quote(quote_id)
        text = words["evidence_quote"].format(number=numbers.get(quote.touchpoint_id, "?"),
                                              text=f"“{_short(shown_text(quote))}”")
        items.append((text, anchor_of("quote", quote_id) if targets["quote"] else None))
    for indicator_id in norm.indicator_ids:
        indicator = journey.get("indicator", indicator_id)
        items.append((words["evidence_indicator"].format(name=indicator.name),
                      anchor_of("indicator", indicator_id) if targets["indicator"] else None))
    flow = [Text(("› " + text) if link else text, CELL, colour=accent if link else INK, link=link,
                 space_after=2) for text, link in items]
    for reference in norm.documents:
        text = ", ".join(p for p in (reference.title, reference.location) if p)
        flow.append(Text(text, SMALL, colour=MUTED, space_after=2))
    return flow or [Text("–", CELL, colour=MUTED)]
