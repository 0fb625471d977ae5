"""The XML of a REFI-QDA export (:mod:`klantreis.exports.qdpx_model`): ``project.qde`` and the
code book (``.qdc``), in the element order the schemas prescribe, checked against the bundled
schemas before anything is written (a failure is a bug: it raises
:class:`~klantreis.io.refi_qda.SchemaViolation`)."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from klantreis.exports.qdpx_model import Code, Export, Source
from klantreis.io.refi_qda import CODEBOOK_NS, ORIGIN, PROJECT_NS, guid, validate, xml_text


def _element(parent, tag: str, attributes: dict[str, str | None] | None = None, text: str | None = None):
    attrs = {k: xml_text(v) for k, v in (attributes or {}).items() if v is not None}
    element = ET.Element(tag, attrs) if parent is None else ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = xml_text(text)
    return element


def _description(parent, text: str) -> None:
    if text:
        _element(parent, "Description", text=text)


def _code(parent, code: Code) -> None:
    element = _element(parent, "Code", {"guid": code.guid, "name": code.name,
                                        "isCodable": "true" if code.codable else "false",
                                        "color": code.color})
    _description(element, code.description)
    for child in code.children:
        _code(element, child)


def _codes(parent, codes: tuple[Code, ...]) -> None:
    if codes:
        holder = _element(parent, "Codes")
        for code in codes:
            _code(holder, code)


def _bytes(root) -> bytes:
    ET.indent(root, "  ")
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def project_xml(export: Export) -> bytes:
    """``project.qde`` of ``export``, checked against the project schema."""
    root = _element(None, "Project", {
        "xmlns": PROJECT_NS, "name": export.name, "origin": ORIGIN,
        "creatingUserGUID": export.user, "creationDateTime": export.created,
        "modifyingUserGUID": export.user, "modifiedDateTime": export.modified})
    users = _element(root, "Users")
    _element(users, "User", {"guid": export.user, "name": export.user_name})
    if export.codes:
        _codes(_element(root, "CodeBook"), export.codes)
    if export.variables:
        holder = _element(root, "Variables")
        for variable in export.variables:
            _element(holder, "Variable", {"guid": variable.guid, "name": variable.name,
                                          "typeOfVariable": "Text"})
    if export.cases:
        holder = _element(root, "Cases")
        for case in export.cases:
            element = _element(holder, "Case", {"guid": case.guid, "name": case.name})
            for variable, value in case.values:
                pair = _element(element, "VariableValue")
                _element(pair, "VariableRef", {"targetGUID": variable})
                _element(pair, "TextValue", text=value)
            for selection in case.selections:
                _element(element, "SelectionRef", {"targetGUID": selection})
    if export.sources:
        holder = _element(root, "Sources")
        for source in export.sources:
            _source(holder, source, export.user)
    if export.sets:
        holder = _element(root, "Sets")
        for source_set in export.sets:
            element = _element(holder, "Set", {"guid": source_set.guid, "name": source_set.name})
            _description(element, source_set.description)
            for member in source_set.sources:
                _element(element, "MemberSource", {"targetGUID": member})
    _description(root, export.description)
    xml = _bytes(root)
    validate("project", xml)
    return xml


def _source(parent, source: Source, user: str) -> None:
    element = _element(parent, "TextSource", {
        "guid": source.guid, "name": source.name, "plainTextPath": f"internal://{source.file_name}",
        "creatingUser": user, "creationDateTime": source.created})
    _description(element, source.description)
    for selection in source.selections:
        part = _element(element, "PlainTextSelection", {
            "guid": selection.guid, "startPosition": str(selection.start),
            "endPosition": str(selection.end), "creatingUser": user,
            "creationDateTime": selection.created})
        _description(part, selection.description)
        for code in selection.codes:
            coding = _element(part, "Coding", {"guid": guid("coding", selection.guid, code),
                                               "creatingUser": user})
            _element(coding, "CodeRef", {"targetGUID": code})


def codebook_xml(export: Export) -> bytes:
    """The code book (``.qdc``) of ``export``, checked against the code book schema."""
    root = _element(None, "CodeBook", {"xmlns": CODEBOOK_NS, "origin": ORIGIN})
    _codes(root, export.codes)  # (never empty: the sentiment codes are always there)
    xml = _bytes(root)
    validate("codebook", xml)
    return xml
