"""The infographic page as a PNG (for slides): the PDF's first page rendered with PDFium, so the
picture is exactly what is printed."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from klantreis.entities import PdfOptions
from klantreis.fileio import write_atomically
from klantreis.journey import Journey

DPI = 300


def render_first_page(pdf_path, dpi: float = DPI):
    """Page 1 of a PDF file as a PIL image at ``dpi``."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        page = document[0]
        return page.render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


def write_png(journey: Journey, path, options: PdfOptions | None = None, *, dpi: float = DPI) -> Path:
    """Write the infographic page of ``journey`` to ``path`` as a PNG at ``dpi`` (300: slides
    and print). Raises ProjectFileError "write_failed"."""
    from exports.pdf import write_pdf

    options = replace(journey.info.pdf_options if options is None else options, details=False)
    target = Path(path)
    with tempfile.TemporaryDirectory(prefix="klantreis-png-") as folder:
        pdf = write_pdf(journey, Path(folder) / "pagina.pdf", options)
        image = render_first_page(pdf, dpi)
        write_atomically(target, lambda temp: image.save(temp, format="PNG", dpi=(dpi, dpi)))
    return target
