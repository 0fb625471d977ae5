"""Tables of cells from a file or the clipboard, as every importer of rows reads them.

:func:`read_table` reads a CSV file as Excel writes it (UTF-8 with or without BOM, UTF-16,
delimiter ``,`` ``;`` or tab), or a worksheet of an Excel workbook (.xlsx, see
:mod:`klantreis.io.workbook`; :func:`sheet_names` lists them), into a :class:`Table`;
:func:`parse_table` does the same for text (cells pasted from a spreadsheet). Headers and values
are compared through :func:`header_key` and :func:`value_key`. Cells of a CSV file that a
spreadsheet would run as a formula are guarded on writing (:func:`guard_cell`) and unguarded on
reading; a workbook holds them as text and needs neither.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from klantreis.evidence.search import fold
from klantreis.io import workbook
from klantreis.io.fileio import detect_encoding, read_bytes
from klantreis.messages import message
from klantreis.model.errors import CsvError

DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class Table:
    """A CSV file or a worksheet as text cells. Every row has exactly ``len(headers)`` cells;
    ``lines`` holds the 1-based line in the file (the row of the worksheet) where each row
    starts. Completely empty rows are left out. A worksheet has ``sheet`` (its name) and no
    ``delimiter``; ``uncomputed`` holds the (line, 0-based column) of its formula cells without
    a stored value (read as empty; an importer reports them as errors of their rows)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    delimiter: str
    sheet: str = ""
    uncomputed: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    @property
    def text(self) -> str:
        return message("csv_row_error", line=self.line, message=self.message)


# ----------------------------------------------------------------------------- reading


def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
    """Read a CSV file, or worksheet ``sheet`` of a workbook (None: the first); raises
    :class:`CsvError` with a clear message (also for an .xls, a password-protected workbook, a
    sheet that is not there or is empty)."""
    path = Path(path)
    raw = read_bytes(path, CsvError)
    if workbook.kind(path, raw) != "text":
        return _worksheet_table(path, raw, sheet)
    encoding = detect_encoding(raw)  # (UTF-8 with or without BOM, UTF-16: Excel's "Unicode text")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1 if encoding.startswith("utf-8") else 1
        raise CsvError("csv_not_utf8", path=str(path), line=line) from None
    return parse_table(text, source=str(path))


def sheet_names(path: str | os.PathLike[str]) -> tuple[str, ...]:
    """The worksheets of a workbook, in order; () for a CSV file. Raises :class:`CsvError` for a
    file that cannot be read or a workbook that cannot be opened."""
    path = Path(path)
    raw = read_bytes(path, CsvError)
    if workbook.kind(path, raw) == "text":
        return ()
    return workbook.sheet_names(path, raw)


def _worksheet_table(path: Path, raw: bytes, sheet: str | None) -> Table:
    found = workbook.read_rows(path, raw, sheet)
    source = str(path) if len(found.sheets) == 1 else message(
        "xlsx_source", path=str(path), sheet=found.sheet)
    (_, header), *rest = found.records
    # a value right of the last named column makes a column without a name (refused below)
    width = max(len(cells) for _, cells in found.records)
    table = _table([cell.strip() for cell in header] + [""] * (width - len(header)),
                   [list(cells) for _, cells in rest], [line for line, _ in rest],
                   source=source, delimiter="", unguard=False)
    lines = set(table.lines)
    uncomputed = tuple((line, column) for line, column in found.uncomputed
                       if line in lines and column < len(table.headers))
    return Table(table.headers, table.rows, table.lines, "", found.sheet, uncomputed)


def uncomputed_cells(table: Table, columns: Iterable[int] | None = None) -> dict[int, list[int]]:
    """Line -> the columns (of ``columns``; None: all) where the table has a formula without a
    stored value, for an importer to report as errors of those rows."""
    wanted = None if columns is None else set(columns)
    found: dict[int, list[int]] = {}
    for line, column in table.uncomputed:
        if wanted is None or column in wanted:
            found.setdefault(line, []).append(column)
    return found


def parse_table(text: str, *, source: str = "CSV") -> Table:
    """Parse CSV text (e.g. cells pasted from a spreadsheet); see :func:`read_table`."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise CsvError("csv_empty", path=source)
    if "\0" in text:
        raise CsvError("csv_nul", path=source, line=text[:text.index("\0")].count("\n") + 1)
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1  # the line where the next record starts
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = [cell.strip() for cell in cells]
            else:
                rows.append(cells)
                lines.append(line)
    except csv.Error as error:
        if "field limit" in str(error):  # (the csv module's own limit on one cell)
            raise CsvError("csv_cell_too_large", path=source, line=start,
                           limit=f"{csv.field_size_limit():,}".replace(",", ".")) from None
        raise CsvError("csv_malformed", path=source, line=start) from None
    if header is None:
        raise CsvError("csv_empty", path=source)
    return _table(header, rows, lines, source=source, delimiter=delimiter, unguard=True)


def _table(header: list[str], rows: list[list[str]], lines: list[int], *, source: str,
           delimiter: str, unguard: bool) -> Table:
    """Check the header (names, none twice), drop an unnamed empty last column, make every row
    as wide as the header."""
    while header and not header[-1] and all(
            len(r) < len(header) or not r[len(header) - 1].strip() for r in rows):
        header.pop()  # an unnamed, empty last column (Excel leaves these behind)
    keys: set[str] = set()
    for number, name in enumerate(header, start=1):
        if not name:
            raise CsvError("csv_empty_header", path=source, column=number)
        if header_key(name) in keys:
            raise CsvError("csv_duplicate_header", path=source, name=name)
        keys.add(header_key(name))
    width = len(header)
    for cells, line in zip(rows, lines, strict=True):
        if len(cells) > width:
            if any(cell.strip() for cell in cells[width:]):
                raise CsvError("csv_too_many_cells", path=source, line=line, found=len(cells),
                               expected=width)
            del cells[width:]
        cells.extend([""] * (width - len(cells)))
    clean = unguard_cell if unguard else str
    return Table(tuple(header), tuple(tuple(clean(c) for c in r) for r in rows), tuple(lines),
                 delimiter)


# A cell that starts like a formula is run by Excel ("=HYPERLINK(...)", "-2+3", "@SUM"): the
# export writes an apostrophe before it (Excel shows the text as it is) and the import takes the
# apostrophe off again. Plain numbers such as the sentiment "-1" stay numbers.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def guard_cell(cell: str) -> str:
    """``cell`` as it is safe to open in a spreadsheet."""
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def unguard_cell(cell: str) -> str:
    """The inverse of :func:`guard_cell`."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_START):
        return cell[1:]
    return cell


def _sniff(text: str) -> str:
    """The delimiter: the candidate that occurs most in the header line (outside quotes). A
    one-column file gets the candidate that occurs least in the text, so its cells stay whole."""
    counts = dict.fromkeys(DELIMITERS, 0)
    in_quotes = False
    blank_lines = re.match(r"(?:[ \t]*(?:\r\n|\r|\n))*", text)
    for char in text[blank_lines.end() if blank_lines else 0:]:
        if char == '"':
            in_quotes = not in_quotes
        elif not in_quotes and char in "\r\n":
            break
        elif not in_quotes and char in counts:
            counts[char] += 1
    best = max(counts.values())
    if best == 0:
        return min(DELIMITERS, key=text.count)
    tied = [d for d in DELIMITERS if counts[d] == best]
    return max(tied, key=text.count)  # a tie in the header: the one used most in the file


def header_key(text: str) -> str:
    """A header for comparing: folded (case and accents), '-' and '_' as spaces, white space
    collapsed; every importer compares headers and names this way."""
    return " ".join(re.sub(r"[-_]+", " ", fold(text)).split())


def value_key(text: str) -> str:
    """A cell value for comparing with a name or a choice (a title, a group, "zeer negatief"):
    folded, white space collapsed, the minus sign and the en dash as '-'."""
    return " ".join(fold(text.replace("\u2212", "-").replace("\u2013", "-")).split())


def find_column(table: Table, given: str | None, guesses: tuple[str, ...], label: str) -> int | None:
    """The index of column ``given`` (refused with a message naming ``label`` when the table has
    no such column), or when ``given`` is None of the first header that matches ``guesses``."""
    if given is not None:
        if given not in table.headers:
            raise CsvError("csv_mapping_unknown_column", column=given, field=label)
        return table.headers.index(given)
    keys = [header_key(h) for h in table.headers]
    return next((keys.index(g) for g in guesses if g in keys), None)


def guess_column(headers: tuple[str, ...], guesses: tuple[str, ...]) -> str | None:
    """The header (the first of equal keys) that matches the first of ``guesses`` found."""
    keys = {header_key(h): h for h in reversed(headers)}
    return next((keys[g] for g in guesses if g in keys), None)
