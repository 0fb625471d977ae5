"""A journey as a REFI-QDA project (``.qdpx``) or code book (``.qdc``), the exchange format of
QualCoder, MAXQDA, ATLAS.ti and NVivo (klantreis/io/refi_qda.py; read back by
klantreis/io/qdpx_import.py).

A ``.qdpx`` is a zip: ``project.qde`` (XML, checked against the bundled REFI-QDA schema before
it is written) and ``sources/<guid>.txt`` (UTF-8, no byte order mark). The same project gives
the same bytes: GUIDs are made from the journey's ids, entries are sorted and carry a fixed
time stamp. Positions count Unicode code points of the source text, the end not included
(``text[start:end]`` is the selection), as the standard says and QualCoder does.

What goes where (Klantreis -> REFI-QDA ``project.qde``):

========================================  ====================================================
Klantreis                                 REFI-QDA
========================================  ====================================================
the journey: title, description,          ``Project`` name, ``Description``, creationDateTime,
created, modified                         modifiedDateTime; ``origin="Klantreis"``
(who made it)                             one ``User`` "Klantreis", the creating user of all
phase                                     a ``Code`` that cannot be coded (isCodable false),
                                          with the phase's colour and description
touchpoint                                a ``Code`` in its phase's code, named with its
                                          number ("12. Intake en plan"); its description
the parking lot                           a ``Code`` "Parkeerplaats" (when a shared quote is
                                          parked)
sentiment                                 the code group "Beleving": zeer negatief, negatief,
                                          neutraal, positief, zeer positief, gemengd, onbekend
tag                                       the code group "Labels": a code per tag of the
                                          shared quotes
respondent attribute that is not private  a ``Variable`` (typeOfVariable Text)
respondent                                a ``Case`` named with the code (never a name): a
                                          ``VariableValue`` per attribute, a ``SelectionRef``
                                          per quote
a respondent's group                      the variable "Groep" (a REFI-QDA set holds sources,
                                          codes and notes, not cases)
group (focus group, session)              a ``Set`` with the group's sources as
                                          ``MemberSource``; Description: Perspectief, Datum,
                                          Plaats, Talen
transcript                                a ``TextSource``, plainTextPath
                                          "internal://<guid>.txt"; the passages of internal
                                          quotes replaced by "[intern citaat weggelaten]"
                                          (what a shared quote selects stays); Description
                                          (klantreis/io/qdpx_sources.py): "Klantreis:
                                          transcript", Bestandssoort, Datum, Taal,
                                          Controlegetal bestand, Controlegetal tekst,
                                          Sprekers (label, role, respondent code), Beurten
                                          (positions moved with the text, cue times)
quotes captured live (no transcript)      a generated ``TextSource`` per group ("Zonder
                                          groep" for the others): a paragraph per quote,
                                          "R3: what was said"; Description "Klantreis:
                                          citaten zonder transcript" and its text's
                                          checksum (read back as quotes, not a transcript)
quote                                     a ``PlainTextSelection`` at its characters, with a
                                          ``Coding`` for its touchpoint (or Parkeerplaats),
                                          its sentiment and each tag; Description lines:
                                          Citaat (when the quote's text differs from the
                                          passage), Bron, Taal, Vertaling, Vertaald door,
                                          Herkomst, Perspectief, Groep, Vastgelegd
never                                     internal quotes, internal notes, group notes,
                                          private attributes (values and names), the
                                          privacy settings
not carried                               actors, transitions, scores, indicators, the
                                          toetsingskader
========================================  ====================================================

The code book (``.qdc``) holds the same codes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from klantreis.exports.qdpx_model import Export, build
from klantreis.exports.qdpx_xml import codebook_xml, project_xml
from klantreis.io.fileio import write_bytes_atomically
from klantreis.model.journey import Journey

Progress = Callable[[int, int], None]
_STAMP = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry: the same bytes every time


def _entry(name: str, *, folder: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_STAMP)
    info.create_system = 3  # (the same on every platform)
    if folder:
        info.external_attr = (0o40755 << 16) | 0x10
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _zip(export: Export, progress: Progress | None) -> bytes:
    total = len(export.sources) + 2
    if progress is not None:
        progress(1, total)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_entry("project.qde"), project_xml(export), compresslevel=6)
        archive.writestr(_entry("sources/", folder=True), b"")
        for done, source in enumerate(sorted(export.sources, key=lambda s: s.file_name), start=2):
            if progress is not None:
                progress(done, total)
            archive.writestr(_entry(f"sources/{source.file_name}"), source.text.encode("utf-8"),
                             compresslevel=6)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def qdpx_bytes(journey: Journey, *, progress: Progress | None = None) -> bytes:
    """The ``.qdpx`` of ``journey``, byte for byte the same for the same project."""
    return _zip(build(journey), progress)


def write_qdpx(journey: Journey, path: str | Path, *, progress: Progress | None = None) -> int:
    """Write ``journey`` as a REFI-QDA project to ``path`` (atomically: the file is complete or
    not there); returns the number of quotes (selections) written. ``progress(done, total)``
    is called along the way (an exception raised there stops the export, nothing written).
    Raises a KlantreisError ("write_failed") when the file cannot be written."""
    export = build(journey)
    write_bytes_atomically(path, _zip(export, progress))
    return export.quote_count


def qdc_bytes(journey: Journey) -> bytes:
    """The code book (``.qdc``) of ``journey``: the phases with their touchpoints, the
    sentiments and the tags, as in the project."""
    return codebook_xml(build(journey))


def write_qdc(journey: Journey, path: str | Path) -> int:
    """Write the code book of ``journey`` to ``path`` (atomically); returns the number of
    codes that can be coded (touchpoints, sentiments, tags)."""
    export = build(journey)
    write_bytes_atomically(path, codebook_xml(export))
    return _codable(export.codes)


def _codable(codes) -> int:
    return sum(int(code.codable) + _codable(code.children) for code in codes)


def write(journey: Journey, path: Path, options) -> int:
    """The export registry's entry (klantreis/exports/registry.py: ``Format("qdpx", ".qdpx",
    "klantreis.exports.qdpx", ...)``)."""
    return write_qdpx(journey, path, progress=getattr(options, "progress", None))
