"""User-facing texts of the Qt-free layers (the domain, the store, the command line and the
PDF), in Dutch and English: one catalogue, each text keyed once with its "nl" and "en" form (and
"nl_one"/"en_one" where a count of one reads differently). The texts live in one module per
area; :data:`MESSAGES` holds them all.

The Qt-free layers cannot use Qt's tr(); they look their texts up here. The app calls
:func:`set_language` when the user picks a language, next to loading Qt's translator. The PDF
has its own language (an option of the export): its texts are read with :func:`texts`.
"""

from __future__ import annotations

from klantreis.messages import check as check_texts
from klantreis.messages import cli, design, edits, files, model, norms, pdf, qdpx, tables
from klantreis.messages import transcripts as transcript_texts

_language = "nl"


def _merge(*tables: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for table in tables:
        twice = merged.keys() & table.keys()
        if twice:
            raise ValueError(f"message keys defined twice: {sorted(twice)}")
        merged.update(table)
    return merged


MESSAGES: dict[str, dict[str, str]] = _merge(
    model.TEXTS, files.TEXTS, check_texts.TEXTS, edits.TEXTS, tables.TEXTS, cli.TEXTS, pdf.TEXTS,
    norms.TEXTS, design.TEXTS, transcript_texts.TEXTS, qdpx.TEXTS)

def set_language(language: str) -> None:
    """Choose the language of messages: 'nl' (default) or 'en'."""
    global _language
    _language = "en" if language.startswith("en") else "nl"


def language() -> str:
    return _language


def message(code: str, /, **params: object) -> str:
    """The text of message ``code`` in the current language, with ``params`` filled in."""
    texts = MESSAGES.get(code)
    if texts is None:
        return code
    text = texts[_language]
    if params.get("count") == 1:  # a singular form where the message has one
        text = texts.get(f"{_language}_one", text)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def texts(prefix: str, language: str) -> dict[str, str]:
    """Every text whose key starts with ``prefix``, by the rest of its key, in ``language``
    ("nl" or "en"), e.g. ``texts("pdf_", "en")["experience"]``."""
    return {code[len(prefix):]: forms[language] for code, forms in MESSAGES.items()
            if code.startswith(prefix)}
