"""Every file Klantreis writes for others, behind one call: ``write(name, journey, path,
options)``. A format is one module in this package with a function
``write(journey, path, options) -> int | None`` (the number of items written, where that means
something) and one line in :data:`FORMATS`; the command line (``export --<name>``) and the app
find it here. Modules are imported when first used, so the registry costs nothing at start.

Every format writes only what may leave the app (:func:`klantreis.evidence.privacy.shareable`):
never internal notes, internal quotes, group notes or private attributes.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from klantreis.model.entities import PdfOptions
from klantreis.model.journey import Journey


@dataclass(frozen=True)
class Options:
    """What an export may be told; a format uses what applies to it.

    ``pdf``: the PDF options (None: the journey's own); ``quote_ids``: the quotes to write, in
    this order (None: all); ``progress(done, total)`` and ``cancelled()``: for long exports."""

    pdf: PdfOptions | None = None
    quote_ids: tuple[str, ...] | None = None
    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None


@dataclass(frozen=True)
class Format:
    name: str  # also the command-line option: export FILE --<name> OUT
    suffix: str
    module: str  # holds write(journey, path, options)
    help: str  # for the command line


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("pdf", ".pdf", "klantreis.exports.pdf", "de PDF: infographic en detailpagina's"),
    Format("png", ".png", "klantreis.exports.png", "de infographic als PNG van 300 dpi"),
    Format("json", ".json", "klantreis.exports.json_file",
           "de klantreis als JSON, zonder interne notities en interne citaten"),
    Format("csv", ".csv", "klantreis.exports.quote_csv", "de citaten als CSV voor Excel"),
    Format("xlsx", ".xlsx", "klantreis.exports.quote_xlsx",
           "de citaten als Excel-werkmap, met dezelfde kolommen als de CSV"),
    Format("qdpx", ".qdpx", "klantreis.exports.qdpx",
           "een REFI-QDA-project (QualCoder, MAXQDA, ATLAS.ti, NVivo): codes, cases, transcripten"),
    Format("qdc", ".qdc", "klantreis.exports.qdc", "het codeboek (REFI-QDA .qdc)"),
)}


def write(name: str, journey: Journey, path: str | os.PathLike[str],
          options: Options | None = None) -> int | None:
    """Write ``journey`` to ``path`` as format ``name`` (a key of :data:`FORMATS`). Atomic: the
    file is complete or not there. Raises a :class:`~klantreis.model.errors.KlantreisError`
    with a Dutch message ("write_failed": disk full, no permission, ...)."""
    module = importlib.import_module(FORMATS[name].module)
    return module.write(journey, Path(path), options or Options())
