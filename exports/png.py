"""The infographic page as a PNG (for slides): the PDF's first page rendered with PDFium, so the
picture is exactly what is printed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from klantreis.io.fileio import write_atomically
from klantreis.model.entities import PdfOptions
from klantreis.model.journey import Journey

DPI = 300


def render_first_page(pdf, dpi: float = DPI):
    """Page 1 of a PDF (its bytes, or a file) as a PIL image at ``dpi``."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        page = document[0]
        return page.render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


def write_png(journey: Journey, path, options: PdfOptions | None = None, *, dpi: float = DPI) -> Path:
    """Write the infographic page of ``journey`` to ``path`` as a PNG at ``dpi`` (300: slides
    and print); the PDF it is rendered from stays in memory. Raises ProjectFileError
    "write_failed"."""
    from klantreis.exports.pdf import pdf_bytes

    options = replace(journey.info.pdf_options if options is None else options, details=False,
                      norms=False, indicators=False)  # (page 1 alone)
    target = Path(path)
    image = render_first_page(pdf_bytes(journey, options), dpi)
    write_atomically(target, lambda temp: image.save(temp, format="PNG", dpi=(dpi, dpi)))
    return target


def write(journey: Journey, path: Path, options) -> None:
    """The registry's entry (:mod:`klantreis.exports.registry`)."""
    if options.progress is not None:
        options.progress(0, 1)
    write_png(journey, path, options.pdf)
    if options.progress is not None:
        options.progress(1, 1)
