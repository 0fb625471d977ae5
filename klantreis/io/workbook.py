"""Excel workbooks (.xlsx) as rows of text, for :mod:`klantreis.io.table`.

A workbook is read with openpyxl in read-only mode. Every cell becomes text: a whole number
without ".0", a date as yyyy-mm-dd, an empty cell as "". A formula is never evaluated: its value
is the one Excel stored when it last saved the file, and a formula without a stored value is
empty and listed (``Rows.uncomputed``), so the importer can report it.

Old binary workbooks (.xls), password-protected workbooks (an OLE container holding an
"EncryptedPackage") and files that are not workbooks at all are refused with one message each.
"""

from __future__ import annotations

import datetime
import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

from klantreis.model.errors import CsvError

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
OLD_SUFFIXES = (".xls",)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
MAX_UNPACKED = 256 * 1024 * 1024  # bytes a workbook may unpack to (a zip bomb is refused)

# Characters XML cannot hold, written the way Excel writes them ("_x000B_"); "_x" followed by
# four hex digits and "_" in a text is itself escaped as Excel does ("_x005F_x0041_").
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f]")
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x(005[Ff]|00[01][0-9A-Fa-f])_")  # (what escape_text writes)


def kind(path: Path, raw: bytes) -> str:
    """"xlsx", "encrypted", "xls" or "text" (a CSV file), by the content and then the name."""
    if raw.startswith(_OLE_MAGIC):
        return "encrypted" if _ENCRYPTED in raw else "xls"
    suffix = path.suffix.lower()
    if raw.startswith(_ZIP_MAGIC) or suffix in WORKBOOK_SUFFIXES:
        return "xlsx"
    if suffix in OLD_SUFFIXES:
        return "xls"
    return "text"


def escape_text(text: str) -> str:
    """``text`` as a workbook cell holds it, so Excel shows exactly ``text``."""
    if "_x" in text:
        text = _ESCAPE_LIKE.sub(r"_x005F_\1", text)
    return _XML_ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def unescape_text(text: str) -> str:
    """The inverse of :func:`escape_text`, for a text as openpyxl reads it: escaped control
    characters and "_x005F_" (an escaped "_") become themselves again. (openpyxl itself drops
    "x005F_" from the shared strings that Excel writes, not from the inline strings written here;
    other escapes are left as they are, so "_x0041_" stays "_x0041_".)"""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def cell_text(value: object) -> str:
    """A cell value (as openpyxl gives it) as text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return unescape_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return f"{value:.15g}"  # (the digits Excel shows)
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Rows:
    """The non-empty rows of one worksheet: ``records`` are (row number, cells);
    ``uncomputed`` the (row number, 0-based column) of formulas without a stored value."""

    sheet: str
    sheets: tuple[str, ...]
    records: tuple[tuple[int, tuple[str, ...]], ...]
    uncomputed: tuple[tuple[int, int], ...]


def _refuse_other_kinds(path: Path, raw: bytes) -> None:
    found = kind(path, raw)
    if found == "encrypted":
        raise CsvError("xlsx_encrypted", path=str(path))
    if found == "xls":
        raise CsvError("xlsx_old_format", path=str(path))
    if found != "xlsx" or not raw.startswith(_ZIP_MAGIC):
        raise CsvError("xlsx_not_workbook", path=str(path))
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise CsvError("xlsx_not_workbook", path=str(path)) from None
    if unpacked > MAX_UNPACKED:
        raise CsvError("xlsx_too_large", path=str(path), limit=MAX_UNPACKED // (1024 * 1024))


def _open(raw: bytes, *, data_only: bool):
    from openpyxl import load_workbook  # (imported when first used: it is not needed at start)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (openpyxl warns about parts it does not read)
        return load_workbook(io.BytesIO(raw), read_only=True, data_only=data_only, keep_links=False)


def sheet_names(path: Path, raw: bytes) -> tuple[str, ...]:
    """The names of the worksheets of the workbook ``raw`` (read from ``path``), in order."""
    _refuse_other_kinds(path, raw)
    values = _open_or_refuse(path, raw)
    try:
        return tuple(sheet.title for sheet in values.worksheets)
    finally:
        values.close()


def read_rows(path: Path, raw: bytes, sheet: str | None = None) -> Rows:
    """The rows of worksheet ``sheet`` (None: the first) as text; raises :class:`CsvError`."""
    _refuse_other_kinds(path, raw)
    values = _open_or_refuse(path, raw)
    try:
        names = tuple(s.title for s in values.worksheets)
        if not names:
            raise CsvError("xlsx_no_sheets", path=str(path))
        if sheet is None:
            sheet = names[0]
        elif sheet not in names:
            raise CsvError("xlsx_no_such_sheet", path=str(path), sheet=sheet,
                           sheets=", ".join(f"'{n}'" for n in names))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                records, uncomputed = _read_sheet(values, raw, names.index(sheet))
        except Exception:  # (whatever a broken or hostile sheet makes openpyxl raise)
            raise CsvError("xlsx_not_workbook", path=str(path)) from None
    finally:
        values.close()
    if not records:
        raise CsvError("xlsx_empty_sheet", path=str(path), sheet=sheet)
    return Rows(sheet, names, tuple(records), tuple(uncomputed))


def _open_or_refuse(path: Path, raw: bytes):
    """The workbook with its stored values (read-only: close it)."""
    try:
        return _open(raw, data_only=True)
    except Exception:  # (whatever a broken or hostile file makes openpyxl raise)
        raise CsvError("xlsx_not_workbook", path=str(path)) from None


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


def _has_formulas(raw: bytes) -> bool:
    """Whether any worksheet of the workbook holds a formula (an <f> element)."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return any(_FORMULA_TAG.search(archive.read(info)) for info in archive.infolist()
                   if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"))


def _read_sheet(values, raw: bytes, index: int) -> tuple[list, list]:
    """The stored values of sheet ``index`` of ``values``; when the workbook has formulas, the
    sheet is read a second time in step, to see which cells hold one (openpyxl gives either the
    value or the formula of a cell, never both)."""
    formulas = _open(raw, data_only=False) if _has_formulas(raw) else None
    records: list[tuple[int, tuple[str, ...]]] = []
    uncomputed: list[tuple[int, int]] = []
    try:
        value_sheet = values.worksheets[index]
        value_sheet.reset_dimensions()  # (rows as long as their last cell, not the stated size)
        if formulas is None:
            pairs = ((row, ()) for row in value_sheet.iter_rows(values_only=True))
        else:
            formula_sheet = formulas.worksheets[index]
            formula_sheet.reset_dimensions()
            pairs = zip_longest(value_sheet.iter_rows(values_only=True), formula_sheet.iter_rows(),
                                fillvalue=())
        for number, (row, formula_row) in enumerate(pairs, start=1):
            cells = tuple(cell_text(value) for value in row)
            missing = [(number, column) for column, (value, formula)
                       in enumerate(zip(row, formula_row, strict=False))
                       if value is None and getattr(formula, "data_type", None) == "f"]
            if missing or any(c.strip() for c in cells):  # (a row of empty cells is left out)
                records.append((number, cells))
                uncomputed.extend(missing)
    finally:
        if formulas is not None:
            formulas.close()
    return records, uncomputed
