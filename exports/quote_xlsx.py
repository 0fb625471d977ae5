"""Quotes to an Excel workbook (.xlsx): exactly the rows and columns of the quote CSV
(:func:`~klantreis.exports.quote_csv.export_rows`: internal quotes and private attributes never
written), on one sheet "Citaten" with a bold header row, panes frozen under it, an autofilter over
the table, column widths from the content and the quote and its translation wrapped.

Every cell is text, shown exactly as it is: a text that starts with "=", "+", "-" or "@" is never
a formula (and needs no apostrophe, unlike the CSV). The same journey and quotes give the same
bytes: the document's dates are the journey's own, and every part of the zip has one fixed time.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterable
from copy import copy
from datetime import UTC, datetime

from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from klantreis.exports.quote_csv import chosen_quotes, export_rows
from klantreis.io.fileio import write_bytes_atomically
from klantreis.io.workbook import escape_text
from klantreis.model.entities import Quote
from klantreis.model.errors import ProjectFileError
from klantreis.model.journey import Journey

SHEET_TITLE = "Citaten"
WRAPPED_COLUMNS = ("tekst", "vertaling")  # long texts: wrapped in their cells
MIN_WIDTH, MAX_WIDTH = 8, 60  # column widths, in characters
EXCEL_CELL_LIMIT = 32_767  # characters an Excel cell holds


def export_quotes(journey: Journey, quotes: Iterable[Quote], path: str | os.PathLike[str]) -> int:
    """Write ``quotes`` (in the given order, internal ones left out) as an Excel workbook.
    Atomic; raises a KlantreisError ("write_failed", or "xlsx_cell_too_long" for a text that
    no Excel cell can hold). Returns the number of quotes written."""
    rows = export_rows(journey, quotes)
    write_bytes_atomically(path, workbook_bytes(journey, rows))
    return len(rows) - 1


def write(journey: Journey, path, options) -> int:
    """The registry's entry (:mod:`klantreis.exports.registry`): as the quote CSV's."""
    return export_quotes(journey, chosen_quotes(journey, options), path)


def workbook_bytes(journey: Journey, rows: list[list[str]]) -> bytes:
    """The workbook of ``rows`` (the header first), the same bytes for the same input."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    header = rows[0]
    bold = Font(bold=True)
    top = Alignment(vertical="top")
    wrapped = Alignment(vertical="top", wrap_text=True)
    wrap = {header.index(name) for name in WRAPPED_COLUMNS if name in header}
    styles: dict[bool, object] = {}  # wrapped or not -> the style of the first such cell
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c)
            text = escape_text(value)
            if len(text) > EXCEL_CELL_LIMIT:
                raise ProjectFileError("xlsx_cell_too_long", column=header[c - 1], row=r,
                                       length=len(text))
            cell.value = text
            cell.data_type = "s"  # text, whatever it starts with (openpyxl makes "=..." a formula)
            if r == 1:
                cell.font = bold
                continue
            kind = c - 1 in wrap
            if kind in styles:  # (a copy of the same style: setting it anew costs far more)
                cell._style = copy(styles[kind])
            else:
                cell.alignment = wrapped if kind else top
                styles[kind] = cell._style
    for c in range(len(header)):
        widest = max(len(line) for values in rows for line in values[c].split("\n"))
        sheet.column_dimensions[get_column_letter(c + 1)].width = min(MAX_WIDTH, max(MIN_WIDTH, widest + 2))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows)}"

    created, modified = _utc(journey.info.created), _utc(journey.info.modified)
    properties = book.properties
    properties.creator, properties.lastModifiedBy = "Klantreis", None
    properties.created, properties.modified = created, modified
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        _InMemoryWriter(book, archive).write_data()  # (not save_workbook: it stamps the time of now)
    return _with_fixed_times(buffer.getvalue(), modified)


class _InMemoryWriter(ExcelWriter):
    """openpyxl's writer, but each sheet is written in memory instead of to a temporary file in
    the system's temp folder: an export writes nothing but the file the user chose."""

    def write_worksheet(self, ws) -> None:  # (openpyxl's own, for a workbook not write-only)
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = WorksheetWriter(ws, out=io.BytesIO())
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def _utc(timestamp: str) -> datetime:
    """A journey's ISO time stamp as a naive UTC datetime (what the document properties hold)."""
    moment = datetime.fromisoformat(timestamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _with_fixed_times(data: bytes, moment: datetime) -> bytes:
    """The zip ``data`` again, each part stamped with ``moment`` (within what a zip can hold)
    instead of the time it was written."""
    stamp = min(max(moment, datetime(1980, 1, 1)), datetime(2107, 12, 31, 23, 59, 58))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info))
    return out.getvalue()
