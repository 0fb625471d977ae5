"""The REFI-QDA vocabulary Klantreis writes (exports/qdpx.py) and recognises when it reads a
project back (klantreis/io/qdpx_read.py, qdpx_import.py): the namespaces, the bundled schemas,
the names of our own codes, the lines of a selection's, a Set's and a text source's Description
(the last in klantreis/io/qdpx_sources.py), and the GUIDs.

REFI-QDA (www.qdasoftware.org) is the exchange format of QualCoder, MAXQDA, ATLAS.ti and NVivo:
a ``.qdpx`` is a zip with ``project.qde`` (XML, namespace ``urn:QDA-XML:project:1.0``) and the
sources in ``sources/``; a ``.qdc`` is a code book (``urn:QDA-XML:codebook:1.0``). The schemas
are bundled in ``klantreis/resources/refi-qda`` (see the README there for their source and
licence).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from functools import cache
from importlib import resources

from klantreis.model.enums import Sentiment

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = "Klantreis"  # the Project's (and CodeBook's) origin attribute; how we know our own files
USER_NAME = "Klantreis"
SCHEMAS = {"project": "Project-mrt2019.xsd", "codebook": "Codebook-mrt2019.xsd"}

# our own codes: a code per phase holding a code per touchpoint, and these groups
SENTIMENT_GROUP = "Beleving"
SENTIMENT_CODES: dict[Sentiment, str] = {
    Sentiment.VERY_NEGATIVE: "zeer negatief", Sentiment.NEGATIVE: "negatief",
    Sentiment.NEUTRAL: "neutraal", Sentiment.POSITIVE: "positief",
    Sentiment.VERY_POSITIVE: "zeer positief", Sentiment.MIXED: "gemengd",
    Sentiment.UNKNOWN: "onbekend",
}
TAG_GROUP = "Labels"
PARKING_CODE = "Parkeerplaats"
NO_GROUP_SOURCE = "Zonder groep"  # the source of the quotes captured without a group
UNKNOWN_SPEAKER = "(onbekend)"  # a quote without a respondent in a generated source: "(onbekend): ..."
REDACTED = "[intern citaat weggelaten]"  # an internal quote's passage in an exported transcript
GROUP_VARIABLE = "Groep"  # the case variable with the respondent's group

# the lines of a selection's (a Set's, a TextSource's) Description, "Label: value"; a value's
# further lines are indented by four spaces, so a line of a value never reads as a label
FIELDS = {
    "source": "Bron", "text": "Citaat", "language": "Taal", "translation": "Vertaling",
    "translated_by": "Vertaald door", "provenance": "Herkomst", "perspective": "Perspectief",
    "group": "Groep", "captured_at": "Vastgelegd", "date": "Datum", "place": "Plaats",
    "languages": "Talen",
    # a TextSource (klantreis/io/qdpx_sources.py): what it is, and what a transcript keeps
    "kind": "Klantreis", "format": "Bestandssoort", "checksum": "Controlegetal bestand",
    "text_checksum": "Controlegetal tekst", "speakers": "Sprekers", "turns": "Beurten",
}
KIND_TRANSCRIPT = "transcript"  # the "Klantreis" line of a transcript's TextSource
KIND_LIVE = "citaten zonder transcript"  # ... of a generated source of quotes captured live
_BY_LABEL = {label: key for key, label in FIELDS.items()}
_INDENT = "    "
NUMBERED = re.compile(r"^\s*(\d{1,4})\s*[.)]\s+(.*\S)\s*$")  # "12. Intake en plan"

_GUIDS = uuid.uuid5(uuid.NAMESPACE_URL, "https://klantreis.invalid/refi-qda")


def guid(*parts: str) -> str:
    """A GUID made from ``parts`` (a kind and the journey's id of the thing): the same project
    gives the same GUIDs in every export, so exports are byte for byte the same."""
    return str(uuid.uuid5(_GUIDS, "\x1f".join(parts)))


def normal_guid(value: str | None) -> str:
    """A GUID as we compare them: lower case, without the braces the standard allows."""
    return (value or "").strip().strip("{}").lower()


def text_checksum(text: str) -> str:
    """The SHA-256 (hex) of a source text as UTF-8: a TextSource's "Controlegetal tekst", by
    which the import knows the text is the one Klantreis wrote."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_ours(origin: str | None) -> bool:
    """Whether a project or code book was written by Klantreis (its ``origin``)."""
    return (origin or "").strip().startswith(ORIGIN)


def describe(fields: list[tuple[str, str]]) -> str:
    """The Description of a selection or Set: one "Label: value" line per field (``fields`` by
    key of :data:`FIELDS`; empty values left out)."""
    lines = []
    for key, value in fields:
        if value:
            first, *rest = value.split("\n")
            lines.append(f"{FIELDS[key]}: {first}")
            lines.extend(_INDENT + line for line in rest)
    return "\n".join(lines)


def parse_description(text: str | None) -> dict[str, str]:
    """The fields :func:`describe` wrote, by key (lines it did not write are ignored)."""
    fields: dict[str, str] = {}
    current = None
    for line in (text or "").replace("\r\n", "\n").split("\n"):
        label, colon, value = line.partition(": ")
        if colon and label in _BY_LABEL:
            current = _BY_LABEL[label]
            fields[current] = value
        elif current is not None and line.startswith(_INDENT):
            fields[current] += "\n" + line[len(_INDENT):]
        else:
            current = None
    return fields


def sentiment_of(name: str) -> Sentiment | None:
    """The sentiment one of our sentiment codes stands for ("zeer negatief"), by name."""
    key = " ".join(name.split()).casefold()
    return next((s for s, label in SENTIMENT_CODES.items() if label == key), None)


def choice(enum, value: str | None, default):
    """``value`` as a member of ``enum`` (Perspective, Provenance, Translator), else ``default``."""
    try:
        return enum(value.strip()) if value and value.strip() else default
    except ValueError:
        return default


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (control characters other than tab
    and line breaks): for names and descriptions. Source texts go into their own files whole."""
    return _XML_ILLEGAL.sub("", text)


class SchemaViolation(RuntimeError):
    """XML that Klantreis wrote does not follow the REFI-QDA schema: a bug, never the user's."""


@cache
def schema(kind: str):
    """The bundled schema ``kind`` ("project" or "codebook"), read once (xmlschema)."""
    import xmlschema

    files = resources.files("klantreis").joinpath("resources", "refi-qda")
    with resources.as_file(files.joinpath(SCHEMAS[kind])) as path:
        return xmlschema.XMLSchema(str(path))


def validate(kind: str, xml: bytes) -> None:
    """Check ``xml`` against the schema ``kind``; raises :class:`SchemaViolation`."""
    from xml.etree import ElementTree

    errors = list(schema(kind).iter_errors(ElementTree.fromstring(xml)))
    if errors:
        raise SchemaViolation(f"REFI-QDA {kind} XML does not follow its schema: {errors[0]}")
