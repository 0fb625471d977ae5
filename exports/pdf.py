"""The infographic PDF of a journey: page 1 the infographic (A3 or A4 landscape), then the detail
pages (A4 portrait) with a running header, page numbers and bookmarks per phase and contactmoment.

Deterministic: the same journey and options give the same bytes (reportlab's invariant mode,
no clock, sorted iteration everywhere). Written to a temporary file next to the target and moved
into place at the end, so a failed or cancelled export leaves nothing half-written.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate

from klantreis.exports import infographic
from klantreis.exports.details import PAGE_MARGIN, detail_story
from klantreis.exports.fonts import register_fonts
from klantreis.exports.indicator_page import indicator_story
from klantreis.exports.labels import labels
from klantreis.exports.norms_page import cited_quotes, norms_story
from klantreis.exports.text_layout import Style, draw_on_canvas, layout
from klantreis.io.fileio import write_atomically
from klantreis.model.entities import Paper, PdfOptions
from klantreis.model.journey import Journey

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


def _cover_size(options: PdfOptions) -> tuple[float, float]:
    return landscape(A3 if options.paper is Paper.A3 else A4)


def write_pdf(journey: Journey, path, options: PdfOptions | None = None, *,
              progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the PDF of ``journey`` to ``path`` with ``options`` (default: the journey's own).
    ``progress(done, total)`` is called along the way; when ``cancelled()`` turns true the
    export stops with :class:`ExportCancelled` and nothing is written. Raises
    ProjectFileError "write_failed" (with the reason: disk full, no permission, ...)."""
    target = Path(path)
    write_atomically(target, lambda temp: _write(journey, str(temp), options, progress, cancelled))
    return target


def pdf_bytes(journey: Journey, options: PdfOptions | None = None, *,
              cancelled: Callable[[], bool] | None = None) -> bytes:
    """The same PDF in memory (for the PNG and the preview: no file is written anywhere)."""
    buffer = io.BytesIO()
    _write(journey, buffer, options, None, cancelled)
    return buffer.getvalue()


def _write(journey: Journey, target, options: PdfOptions | None, progress: Progress | None,
           cancelled: Callable[[], bool] | None) -> None:
    options = journey.info.pdf_options if options is None else options
    register_fonts()
    picture = infographic.build(journey, options)
    shared = picture.journey
    words = labels(options.language)
    total = len(shared.touchpoints) + 1

    def step(done: int, _total: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(done + 1, total)

    step(0, total)
    _build(target, picture, shared, options, words, step)
    if progress is not None:
        progress(total, total)


def _build(temp, picture, shared: Journey, options: PdfOptions, words, step) -> None:
    from klantreis.exports.flowables import Picture

    cover_w, cover_h = _cover_size(options)
    detail_w, detail_h = A4
    info = shared.info
    doc = BaseDocTemplate(
        temp, pagesize=(cover_w, cover_h), invariant=1, title=info.title,
        subject=" · ".join(p for p in (words["subject"], info.subtitle) if p),
        author=info.organisation, creator="Klantreis", producer="Klantreis (reportlab)",
        lang=info.language, pageCompression=1, initialFontName="Noto", initialFontSize=9)
    cover = PageTemplate(id="cover", pagesize=(cover_w, cover_h),
                         frames=[Frame(0, 0, cover_w, cover_h, 0, 0, 0, 0, id="cover")])
    frame = Frame(PAGE_MARGIN, PAGE_MARGIN, detail_w - 2 * PAGE_MARGIN, detail_h - 2 * PAGE_MARGIN - 14,
                  0, 0, 0, 0, id="details")
    details = PageTemplate(id="details", pagesize=A4, frames=[frame],
                           onPage=lambda canvas, doc_: _running_header(canvas, doc_, info.title, words))
    doc.addPageTemplates([cover, details])
    story = [Picture(picture.drawing, cover_w, cover_h)]
    parts = _portrait_parts(shared, options, words, step)
    if parts:
        story.append(NextPageTemplate("details"))
    for part in parts:
        story += [PageBreak(), *part]
    doc.build(story)


def _portrait_parts(shared: Journey, options: PdfOptions, words, step) -> list[list]:
    """The flowables of the A4 pages after the infographic, each part from a new page: the
    Toetsingskader and the Indicatoren (where the journey has them and the options want them),
    then the detail pages."""
    accent = HexColor(options.accent)
    norms = options.norms and bool(shared.questions)
    indicators = options.indicators and bool(shared.indicators)
    parts = []
    if norms:
        parts.append(norms_story(shared, words, accent, details=options.details, indicators=indicators))
    if indicators:
        parts.append(indicator_story(shared, words, options.language, accent, details=options.details))
    if options.details:
        anchors = cited_quotes(shared) if norms else frozenset()
        parts.append(detail_story(shared, options.language, step, anchors))
    return parts


def _running_header(canvas, doc, title: str, words) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFillColorRGB(0.32, 0.38, 0.43)
    block = layout(title, width - 2 * PAGE_MARGIN - 80, Style(size=7.5), max_lines=1)
    draw_on_canvas(canvas, block, PAGE_MARGIN, height - PAGE_MARGIN + 22, width - 2 * PAGE_MARGIN - 80)
    canvas.setStrokeColorRGB(0.8, 0.83, 0.86)
    canvas.setLineWidth(0.5)
    canvas.line(PAGE_MARGIN, height - PAGE_MARGIN + 8, width - PAGE_MARGIN, height - PAGE_MARGIN + 8)
    page = layout(words["page"].format(page=doc.page), 100, Style(size=7.5), max_lines=1)
    draw_on_canvas(canvas, page, width - PAGE_MARGIN - 100, PAGE_MARGIN - 14, 100, "right")
    canvas.restoreState()


def write(journey: Journey, path: Path, options) -> None:
    """The registry's entry (:mod:`klantreis.exports.registry`)."""
    write_pdf(journey, path, options.pdf, progress=options.progress, cancelled=options.cancelled)
