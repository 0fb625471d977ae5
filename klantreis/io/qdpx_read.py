"""Reading a REFI-QDA project (``.qdpx``) as QualCoder, MAXQDA, ATLAS.ti, NVivo or Klantreis
writes it, into a :class:`~klantreis.io.qdpx_project.QdpxProject`.

Safe with files from anywhere: nothing is unpacked to disk; a zip whose entry names climb out
of it ("../", an absolute path, a drive) is refused as a whole; at most :data:`MAX_READ` bytes are
unpacked in all, however the entries declare their sizes (a zip bomb stops there); the XML is
read with defusedxml (no entity expansion, no external references). Every problem is one
:class:`~klantreis.io.qdpx_project.QdpxError` with a Dutch message.

Text sources: a ``plainTextPath="internal://<file>"`` in ``sources/`` (or ``Sources/``, any
case) or the ``PlainTextContent`` in the XML, in UTF-8 (a byte order mark is skipped, as
QualCoder writes one). Positions count code points, the end not included. A text with Windows
line ends ("\\r\\n") is read with "\\n" only: positions that count "\\r\\n" as two characters
(MAXQDA, NVivo, QualCoder) are moved accordingly, ATLAS.ti's count it as one already. Pictures,
audio, video and PDFs without a text representation are left out and listed in ``skipped``.
"""

from __future__ import annotations

import bisect
import os
import re
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import ParseError

from klantreis.io.fileio import require_regular_file
from klantreis.io.qdpx_project import (
    QdpxCase,
    QdpxCode,
    QdpxError,
    QdpxProject,
    QdpxSelection,
    QdpxSet,
    QdpxSource,
)
from klantreis.io.refi_qda import normal_guid
from klantreis.messages import message

MAX_READ = 512 * 1024 * 1024  # bytes unpacked from one .qdpx in all
MAX_ENTRIES = 100_000
_VALUES = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _kids(element, name: str) -> list:
    return [child for child in element if _local(child.tag) == name]


def _text(element, name: str) -> str:
    found = _kids(element, name)
    return (found[0].text or "") if found else ""


class _Archive:
    """The zip's entries by their name, read within the budget."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
            raise QdpxError("qdpx_not_zip", path=str(path)) from None
        self.names: dict[str, zipfile.ZipInfo] = {}
        try:
            if len(infos) > MAX_ENTRIES:
                raise QdpxError("qdpx_too_many_entries", path=str(path), count=len(infos))
            for info in infos:
                name = info.filename.replace("\\", "/")
                if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in name.split("/"):
                    raise QdpxError("qdpx_unsafe_name", path=str(path), name=info.filename[:200])
                self.names.setdefault(name.casefold(), info)
        except QdpxError:
            self.zip.close()
            raise
        self.left = MAX_READ

    def find(self, name: str) -> zipfile.ZipInfo | None:
        return self.names.get(name.casefold())

    def read(self, info: zipfile.ZipInfo) -> bytes:
        chunks, size = [], 0
        try:
            with self.zip.open(info) as handle:
                while chunk := handle.read(1 << 20):
                    size += len(chunk)
                    if size > self.left:
                        raise QdpxError("qdpx_too_large", path=str(self.path),
                                        limit=MAX_READ // (1024 * 1024))
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
            raise QdpxError("qdpx_damaged", path=str(self.path), name=info.filename) from None
        self.left -= size
        return b"".join(chunks)


def read_qdpx(path: str | os.PathLike[str]) -> QdpxProject:
    """The project in the ``.qdpx`` at ``path``; raises :class:`QdpxError`."""
    path = Path(path)
    require_regular_file(path, QdpxError)
    if path.is_dir():
        raise QdpxError("qdpx_not_zip", path=str(path))
    archive = _Archive(path)
    with archive.zip:
        project = archive.find("project.qde") or next(
            (i for n, i in archive.names.items() if n.endswith(".qde") and "/" not in n), None)
        if project is None:
            raise QdpxError("qdpx_no_project", path=str(path))
        root = _parse(archive.read(project), path)
        return _Reader(archive, root).project()


def _parse(data: bytes, path: Path):
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data)
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise QdpxError("qdpx_bad_xml", path=str(path), line=line, column=column) from None
    except DefusedXmlException:
        raise QdpxError("qdpx_unsafe_xml", path=str(path)) from None
    namespace = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    if _local(root.tag) != "Project" or not (namespace.startswith("urn:QDA-XML:project") or not namespace):
        raise QdpxError("qdpx_not_project", path=str(path))
    return root


def _number(value: str | None, what: str) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        raise QdpxError("qdpx_bad_number", what=what, value=str(value)[:40]) from None


def decode(data: bytes, name: str) -> str:
    """Source text from its bytes: UTF-8 (after a byte order mark), or UTF-16 with one."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QdpxError("qdpx_source_not_utf8", name=name) from None


def line_ends(text: str, *, counted_once: bool):
    """``text`` with "\\n" line ends, and a function from a position in ``text`` to the same
    place in the new text (``counted_once``: the positions count "\\r\\n" as one already)."""
    if "\r" not in text:
        return text, lambda p: p
    new = text.replace("\r\n", "\n").replace("\r", "\n")
    if counted_once:
        return new, lambda p: p
    pairs = [m.start() for m in re.finditer("\r\n", text)]
    return new, lambda p: p - bisect.bisect_left(pairs, p)


class _Reader:
    def __init__(self, archive: _Archive, root) -> None:
        self.archive = archive
        self.root = root
        self.origin = root.get("origin") or ""
        self.codes: dict[str, QdpxCode] = {}
        self.variables: dict[str, str] = {}
        self.skipped: list[str] = []

    def project(self) -> QdpxProject:
        root = self.root
        for book in _kids(root, "CodeBook"):
            for holder in _kids(book, "Codes"):
                for code in _kids(holder, "Code"):
                    self._code(code, None)
        for holder in _kids(root, "Variables"):
            for variable in _kids(holder, "Variable"):
                self.variables[self._guid(variable, "Variable")] = variable.get("name") or ""
        cases = tuple(self._case(c) for holder in _kids(root, "Cases") for c in _kids(holder, "Case"))
        sources = []
        for holder in _kids(root, "Sources"):
            for element in holder:
                sources.extend(self._source(element))
        known = set(self.codes) | {c.guid for c in cases}
        for source in sources:
            for selection in source.selections:
                for code in selection.codes:
                    if code not in known:
                        raise QdpxError("qdpx_unknown_code", guid=code, source=source.name)
        sets = tuple(QdpxSet(self._guid(s, "Set"), s.get("name") or "", _text(s, "Description"),
                             tuple(normal_guid(m.get("targetGUID")) for m in _kids(s, "MemberSource")),
                             tuple(normal_guid(m.get("targetGUID")) for m in _kids(s, "MemberCode")))
                     for holder in _kids(root, "Sets") for s in _kids(holder, "Set"))
        return QdpxProject(root.get("name") or "", self.origin, _text(root, "Description"),
                           self.codes, cases, sets, tuple(sources), tuple(self.skipped),
                           tuple(dict.fromkeys(self.variables.values())))

    def _guid(self, element, what: str) -> str:
        value = normal_guid(element.get("guid"))
        if not value:
            raise QdpxError("qdpx_missing_guid", what=what)
        return value

    def _code(self, element, parent: str | None) -> None:
        code_guid = self._guid(element, "Code")
        if code_guid in self.codes:
            raise QdpxError("qdpx_duplicate_guid", guid=code_guid)
        children = _kids(element, "Code")
        self.codes[code_guid] = QdpxCode(
            code_guid, (element.get("name") or "").strip(),
            (element.get("isCodable") or "true").strip().lower() in ("true", "1"),
            element.get("color") or "", _text(element, "Description"), parent,
            tuple(self._guid(c, "Code") for c in children))
        for child in children:
            self._code(child, code_guid)

    def _case(self, element) -> QdpxCase:
        values = []
        for pair in _kids(element, "VariableValue"):
            refs = _kids(pair, "VariableRef")
            name = self.variables.get(normal_guid(refs[0].get("targetGUID"))) if refs else None
            value = next(((v.text or "").strip() for v in pair if _local(v.tag) in _VALUES), "")
            if name:
                values.append((name, value))
        return QdpxCase(self._guid(element, "Case"), (element.get("name") or "").strip(),
                        tuple(values),
                        tuple(normal_guid(r.get("targetGUID")) for r in _kids(element, "SourceRef")),
                        tuple(normal_guid(r.get("targetGUID")) for r in _kids(element, "SelectionRef")),
                        _text(element, "Description"))

    def _source(self, element) -> list[QdpxSource]:
        kind, name = _local(element.tag), element.get("name") or ""
        if kind == "TextSource":
            return [self._text_source(element, name)]
        if kind == "PDFSource":
            representations = _kids(element, "Representation")
            if representations:
                return [self._text_source(representations[0], name)]
        self.skipped.append(message("qdpx_skipped_source", kind=kind, name=name))
        return []

    def _text_source(self, element, name: str) -> QdpxSource:
        name = name or element.get("name") or ""
        path, member = element.get("plainTextPath"), ""
        if path:
            if not path.startswith("internal://"):
                raise QdpxError("qdpx_external_source", name=name, location=path[:200])
            member = path[len("internal://"):].lstrip("/")
            info = next(filter(None, (self.archive.find(f"{folder}/{member}")
                                      for folder in ("sources", "Sources"))), None)
            if info is None:
                raise QdpxError("qdpx_missing_source", name=name, file=member)
            raw = decode(self.archive.read(info), name)
        elif _kids(element, "PlainTextContent"):
            raw = _text(element, "PlainTextContent")
        else:
            raise QdpxError("qdpx_source_without_text", name=name)
        text, moved = line_ends(raw, counted_once="ATLAS" in self.origin.upper())
        size = len(text) if "ATLAS" in self.origin.upper() else len(raw)
        selections = []
        for part in _kids(element, "PlainTextSelection"):
            start = _number(part.get("startPosition"), "startPosition")
            end = _number(part.get("endPosition"), "endPosition")
            if 0 <= end < start <= size:
                raise QdpxError("qdpx_reversed_selection", name=name, start=start, end=end)
            if not 0 <= start <= end <= size:
                raise QdpxError("qdpx_position_outside", name=name, start=start, end=end, size=size)
            codes = tuple(normal_guid(ref.get("targetGUID")) for coding in _kids(part, "Coding")
                          for ref in _kids(coding, "CodeRef"))
            selections.append(QdpxSelection(self._guid(part, "PlainTextSelection"), moved(start),
                                            moved(end), codes, _text(part, "Description"),
                                            part.get("name") or ""))
        return QdpxSource(self._guid(element, "TextSource"), name, text, tuple(selections),
                          _text(element, "Description"), member)
