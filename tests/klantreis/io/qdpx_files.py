"""Small .qdpx files for the import tests, written by hand the way other programs write them.

``qualcoder_files()`` follows what QualCoder's REFI-QDA export writes (read in its source,
qualcoder/refi.py): its own ``xmlns:xsd``/``xmlns:xsi`` declarations, ``origin`` its version,
one user, categories as codes with ``isCodable="false"`` holding codes with a colour, variables
with an empty ``<Description />``, cases linked to whole sources by ``SourceRef`` (QualCoder
exports no selection of a case), text files in ``sources/`` written with a UTF-8 byte order mark
(``utf-8-sig``), selections with ``name`` (the selected text), ``creatingUser``,
``creationDateTime``, a ``Description`` (the coding memo) and a ``Coding`` per code, the project's
``Description`` last. Positions are Python string indexes (code points, end not included).

``edited(data, change)`` gives the entries of a (Klantreis) .qdpx with its project.qde changed,
to make files that are not what Klantreis wrote; ``unzipped``, ``project_root``, ``source_texts``
``selections`` and ``source_fields`` read one.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

USER = "5c94bc9e-db8c-4f1d-9cd6-e900c7440860"
G = {name: f"{n:08x}-1111-4222-8333-{n:012x}" for n, name in enumerate((
    "loose", "category", "search", "furnish", "age", "fullname", "case-r2", "case-anna",
    "source-1", "source-2", "sel-1", "sel-2", "sel-3", "sel-4", "coding", "source-3", "sel-5",
    "case-code"), start=1)}

INTERVIEW_1 = ("I: Hoe vond u een woning?\n"
               "R2: Via de gemeente, na vier maanden wachten.\n"
               "I: En daarna?\n"
               "R2: De inrichting moest ik zelf betalen.\n")
INTERVIEW_2 = "Anna: Ik heb alles zelf moeten uitzoeken, niemand hielp.\n"
WINDOWS = "Eerste regel\r\nTweede regel met de woning\r\nDerde\r\n"


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def zipped(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def write(path: Path, files: dict[str, bytes | str]) -> Path:
    path.write_bytes(zipped(files))
    return path


def _selection(key: str, text: str, words: str, code: str, memo: str = "") -> str:
    start, end = span(text, words)
    description = f"<Description>{memo}</Description>\n" if memo else ""
    return (f'<PlainTextSelection guid="{G[key]}" startPosition="{start}" endPosition="{end}" '
            f'name="{words}" creatingUser="{USER}" creationDateTime="2024-05-01T10:00:00Z">\n'
            f'{description}<Coding guid="{G["coding"][:-4]}{key[-1]:0>4}" creatingUser="{USER}" >\n'
            f'<CodeRef targetGUID="{code}" />\n</Coding>\n</PlainTextSelection>\n')


def qualcoder_project(*, extra_selection: str = "", windows_origin: str = "QualCoder 3.6") -> str:
    sel = _selection
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="interviews.qda" '
        f'origin="{windows_origin}" creatingUserGUID="{USER}" creationDateTime="2024-05-01T09:00:00Z" '
        'xmlns="urn:QDA-XML:project:1.0">\n'
        f'<Users>\n<User guid="{USER}" name="default" />\n</Users>\n'
        '<CodeBook>\n<Codes>\n'
        f'<Code guid="{G["loose"]}" name="Taal" isCodable="true" color="#F4FA58" />\n'
        f'<Code guid="{G["category"]}" name="Wonen" isCodable="false">\n'
        '<Description>Alles over wonen</Description>\n'
        f'<Code guid="{G["search"]}" name="Woning zoeken" isCodable="true" color="#58ACFA">\n'
        '<Description>Zoeken en wachten</Description>\n</Code>\n'
        f'<Code guid="{G["furnish"]}" name="Inrichting" isCodable="true" color="#FA5858" />\n'
        '</Code>\n</Codes>\n</CodeBook>\n'
        '<Variables>\n'
        f'<Variable guid="{G["age"]}" name="leeftijdsklasse" typeOfVariable="Text">\n<Description />\n'
        '</Variable>\n'
        f'<Variable guid="{G["fullname"]}" name="Volledige naam" typeOfVariable="Text">\n<Description />\n'
        '</Variable>\n</Variables>\n'
        '<Cases>\n'
        f'<Case guid="{G["case-r2"]}" name="R2">\n<Description />\n'
        f'<VariableValue>\n<VariableRef targetGUID="{G["age"]}" />\n<TextValue>30-40</TextValue>\n'
        '</VariableValue>\n'
        f'<VariableValue>\n<VariableRef targetGUID="{G["fullname"]}" />\n'
        '<TextValue>Fatima El Amrani</TextValue>\n</VariableValue>\n'
        f'<SourceRef targetGUID="{G["source-1"]}"/>\n</Case>\n'
        f'<Case guid="{G["case-anna"]}" name="Anna">\n<Description />\n'
        f'<VariableValue>\n<VariableRef targetGUID="{G["age"]}" />\n<TextValue>20-30</TextValue>\n'
        '</VariableValue>\n'
        f'<SourceRef targetGUID="{G["source-2"]}"/>\n</Case>\n'
        '</Cases>\n'
        '<Sources>\n'
        f'<TextSource plainTextPath="internal://{G["source-1"]}.txt" creatingUser="{USER}" '
        f'creationDateTime="2024-05-01T09:30:00Z" guid="{G["source-1"]}" name="interview1.txt">\n'
        '<Description>Eerste gesprek</Description>\n'
        + sel("sel-1", INTERVIEW_1, "Via de gemeente, na vier maanden wachten.", G["search"], "lang")
        + sel("sel-2", INTERVIEW_1, "De inrichting moest ik zelf betalen.", G["furnish"])
        + extra_selection
        + '</TextSource>\n'
        f'<TextSource plainTextPath="internal://{G["source-2"]}.txt" creatingUser="{USER}" '
        f'creationDateTime="2024-05-01T09:31:00Z" guid="{G["source-2"]}" name="interview2.txt">\n'
        + sel("sel-3", INTERVIEW_2, "Ik heb alles zelf moeten uitzoeken", G["loose"])
        + '</TextSource>\n'
        f'<TextSource plainTextPath="internal://{G["source-3"]}.txt" creatingUser="{USER}" '
        f'guid="{G["source-3"]}" name="windows.txt">\n'
        + _windows_selection()
        + '</TextSource>\n'
        '<PictureSource guid="aaaaaaaa-1111-4222-8333-000000000099" name="foto.jpg" '
        'path="internal://aaaaaaaa-1111-4222-8333-000000000099.jpg" />\n'
        '</Sources>\n'
        '<Description>Interviews over wonen</Description>\n'
        '</Project>')


def _windows_selection() -> str:
    """A selection in a text with Windows line ends, counting "\\r\\n" as two characters."""
    start, end = span(WINDOWS, "Tweede regel met de woning")
    return (f'<PlainTextSelection guid="{G["sel-5"]}" startPosition="{start}" endPosition="{end}">\n'
            f'<Coding guid="{G["sel-5"][:-1]}0"><CodeRef targetGUID="{G["search"]}" /></Coding>\n'
            '</PlainTextSelection>\n')


def qualcoder_files(**options) -> dict[str, bytes | str]:
    return {
        "project.qde": qualcoder_project(**options),
        f"sources/{G['source-1']}.txt": INTERVIEW_1.encode("utf-8-sig"),
        f"sources/{G['source-2']}.txt": INTERVIEW_2.encode("utf-8-sig"),
        f"sources/{G['source-3']}.txt": WINDOWS.encode("utf-8-sig"),
        "sources/aaaaaaaa-1111-4222-8333-000000000099.jpg": b"\xff\xd8\xff\xe0 not really a picture",
    }


NS = {"q": "urn:QDA-XML:project:1.0"}


def unzipped(data: bytes) -> dict[str, bytes]:
    """Every entry of the zip ``data`` by name (the folder "sources/" too, empty)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def project_root(data: bytes):
    from xml.etree import ElementTree as ET

    return ET.fromstring(unzipped(data)["project.qde"])


def source_texts(data: bytes) -> dict[str, str]:
    """Source GUID -> its text, read the way the standard says (UTF-8 files in sources/)."""
    files = unzipped(data)
    texts = {}
    for source in project_root(data).iterfind("q:Sources/q:TextSource", NS):
        path = source.get("plainTextPath")
        assert path.startswith("internal://")
        raw = files["sources/" + path[len("internal://"):]]
        assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without a byte order mark
        texts[source.get("guid")] = raw.decode("utf-8")
    return texts


def selections(data: bytes):
    """(source GUID, PlainTextSelection element) of every selection."""
    for source in project_root(data).iterfind("q:Sources/q:TextSource", NS):
        for selection in source.iterfind("q:PlainTextSelection", NS):
            yield source.get("guid"), selection


def source_fields(data: bytes) -> dict[str, dict[str, str]]:
    """Source GUID -> the fields of its Description."""
    from klantreis.io.refi_qda import parse_description

    return {s.get("guid"): parse_description(s.findtext("q:Description", "", NS))
            for s in project_root(data).iterfind("q:Sources/q:TextSource", NS)}


def edited(data: bytes, change) -> dict[str, bytes]:
    """The entries of the .qdpx ``data`` with its project.qde changed by ``change(root, find)``
    (ElementTree; ``find(guid)`` is the element with that GUID)."""
    from xml.etree import ElementTree as ET

    ET.register_namespace("", "urn:QDA-XML:project:1.0")
    files = unzipped(data)
    root = ET.fromstring(files["project.qde"])
    change(root, lambda guid: next(e for e in root.iter() if e.get("guid") == guid))
    files["project.qde"] = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return files


def description(element, text: str | None) -> None:
    """Set (or with None remove) the Description of a TextSource or PlainTextSelection."""
    from xml.etree import ElementTree as ET

    tag = "{urn:QDA-XML:project:1.0}Description"
    found = element.find(tag)
    if text is None:
        if found is not None:
            element.remove(found)
        return
    if found is None:
        found = ET.Element(tag)
        element.insert(0, found)
    found.text = text


def tampered(data: bytes, how: str) -> dict[str, bytes]:
    """The entries of the export of tests/exports/qdpx_journeys.py's ``rich()`` (``data``),
    changed so that its Klantreis lines no longer hold: ``how`` says what changed."""
    from klantreis.io.refi_qda import guid
    from tests.exports.qdpx_journeys import TEXT

    transcript, live = guid("transcript", "tr-1"), guid("session", "")
    turns = {"turn outside the text": ("[186, 248,", "[186, 9999,"),
             "unknown speaker": ('[0, 39, "I",', '[0, 39, "Onbekend",'),
             "not json": ('[0, 39, "I",', '[0, 39 "I",')}
    if how in turns:
        def edit(root, find):
            element = find(transcript)
            description(element, element.find(f"{{{NS['q']}}}Description").text.replace(*turns[how]))
        return edited(data, edit)
    files = unzipped(data)
    if how == "text changed":
        files[f"sources/{transcript}.txt"] = TEXT.replace("snel", "vlug").encode()
    else:  # "live source changed": a generated source of quotes captured live
        files[f"sources/{live}.txt"] = files[f"sources/{live}.txt"].replace(b"R", b"X", 1)
    return files
