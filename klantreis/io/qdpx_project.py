"""A REFI-QDA project as read from a ``.qdpx`` (klantreis/io/qdpx_read.py): its codes, cases
with their variables, sets, and text sources with their text and coded selections. GUIDs are
kept as :func:`~klantreis.io.refi_qda.normal_guid` gives them (lower case, no braces)."""

from __future__ import annotations

from dataclasses import dataclass, field

from klantreis.io.refi_qda import is_ours
from klantreis.model.errors import ProjectFileError


class QdpxError(ProjectFileError):
    """A ``.qdpx`` that cannot be imported (not a zip, broken XML, a source missing, a position
    outside its text, a code that points nowhere, ...): one Dutch message, nothing imported."""


@dataclass(frozen=True)
class QdpxCode:
    guid: str
    name: str
    codable: bool
    color: str = ""
    description: str = ""
    parent: str | None = None  # the GUID of the code it sits in
    children: tuple[str, ...] = ()  # GUIDs, in file order


@dataclass(frozen=True)
class QdpxSelection:
    """A coded stretch ``start``..``end`` (end not included, in code points) of a text source."""

    guid: str
    start: int
    end: int
    codes: tuple[str, ...]  # GUIDs of the codes (and of cases, as NVivo codes them)
    description: str = ""
    name: str = ""


@dataclass(frozen=True)
class QdpxSource:
    guid: str
    name: str
    text: str
    selections: tuple[QdpxSelection, ...]
    description: str = ""
    member: str = ""  # the file in the zip it was read from ("" for text inside the XML)


@dataclass(frozen=True)
class QdpxCase:
    guid: str
    name: str
    variables: tuple[tuple[str, str], ...]  # (variable name, value)
    sources: tuple[str, ...] = ()  # GUIDs of whole sources of this case
    selections: tuple[str, ...] = ()  # GUIDs of selections of this case
    description: str = ""


@dataclass(frozen=True)
class QdpxSet:
    guid: str
    name: str
    description: str = ""
    sources: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class QdpxProject:
    name: str
    origin: str
    description: str
    codes: dict[str, QdpxCode]  # by GUID, in file order (parents before their children)
    cases: tuple[QdpxCase, ...]
    sets: tuple[QdpxSet, ...]
    sources: tuple[QdpxSource, ...]
    skipped: tuple[str, ...] = ()  # what the reader left out, in words (pictures, audio, ...)
    variables: tuple[str, ...] = field(default=())  # the variable names, in file order

    @property
    def ours(self) -> bool:
        """Written by Klantreis (our own codes for sentiment, tags and the parking lot count)."""
        return is_ours(self.origin)

    @property
    def roots(self) -> tuple[QdpxCode, ...]:
        return tuple(c for c in self.codes.values() if c.parent is None)

    def children(self, code: QdpxCode) -> tuple[QdpxCode, ...]:
        return tuple(self.codes[g] for g in code.children)

    def path(self, code: QdpxCode) -> tuple[QdpxCode, ...]:
        """The code's parents from the top, without the code itself."""
        parents = []
        while code.parent is not None:
            code = self.codes[code.parent]
            parents.append(code)
        return tuple(reversed(parents))

    def selection_count(self, code_guid: str) -> int:
        return sum(code_guid in s.codes for source in self.sources for s in source.selections)
