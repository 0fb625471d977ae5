"""Quotes to CSV for Excel: UTF-8 with BOM, ';' between cells, respondent attributes as
columns, formula-like cells guarded; internal quotes and private attributes never written.
The columns are those the quote import recognises (see :mod:`klantreis.io.quote_import`).
:func:`export_rows` builds the rows for the Excel workbook too (quote_xlsx)."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable

from klantreis.graph.route import display_numbers
from klantreis.io.fileio import write_bytes_atomically
from klantreis.io.quote_columns import ATTRIBUTE_PREFIX, EXPORT_COLUMNS, UNKNOWN_RESPONDENT_CELL
from klantreis.io.table import guard_cell, value_key
from klantreis.model.entities import Quote
from klantreis.model.journey import Journey


def export_rows(journey: Journey, quotes: Iterable[Quote]) -> list[list[str]]:
    """The header and one row per quote that may be shared (internal quotes and private
    attributes are left out).

    A group is written by name, or by id when another group has the same name."""
    from klantreis.evidence.privacy import private_attributes

    quotes = [q for q in quotes if not q.internal]
    numbers = display_numbers(journey)
    used = {q.respondent_id for q in quotes}
    respondents = [r for r in journey.respondents if r.id in used]
    private = private_attributes(journey)
    attributes = list(dict.fromkeys(name for r in respondents for name, _ in r.attributes
                                    if name.casefold() not in private))
    name_count: dict[str, int] = {}
    for g in journey.groups:
        name_count[value_key(g.name)] = name_count.get(value_key(g.name), 0) + 1
    rows = [[*EXPORT_COLUMNS, *(ATTRIBUTE_PREFIX + name for name in attributes)]]
    for q in quotes:
        tp = journey.find("touchpoint", q.touchpoint_id)
        phase = journey.find("phase", tp.phase_id) if tp is not None else None
        respondent = journey.find("respondent", q.respondent_id)
        group = journey.find("group", q.group_id)
        rows.append([
            str(numbers[tp.id]) if tp is not None and tp.id in numbers else "",
            tp.title if tp is not None else "",
            phase.name if phase is not None else "",
            respondent.code if respondent is not None else UNKNOWN_RESPONDENT_CELL if group else "",
            "" if group is None else group.name if name_count[value_key(group.name)] == 1 else group.id,
            q.perspective.value if q.perspective is not None else "",
            q.sentiment.value, q.language, q.text, q.translation, q.translated_by.value,
            q.provenance.value, q.source, "; ".join(q.tags), q.captured_at,
            *(respondent.attribute(name) if respondent is not None else "" for name in attributes),
        ])
    return rows


def export_quotes(journey: Journey, quotes: Iterable[Quote], path: str | os.PathLike[str]) -> int:
    """Write ``quotes`` (in the given order, internal ones left out) as CSV for Excel: UTF-8
    with BOM, ';' between cells, cells that look like formulas guarded (:func:`guard_cell`).
    Atomic; raises a KlantreisError "write_failed". Returns the number of quotes written."""
    rows = export_rows(journey, quotes)
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(
        [guard_cell(cell) for cell in row] for row in rows)
    write_bytes_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    return len(rows) - 1


def chosen_quotes(journey: Journey, options) -> list[Quote]:
    """The quotes ``options.quote_ids`` (in that order, unknown ids skipped; None: all), for
    :func:`export_rows` to leave the internal ones out (also for the workbook, quote_xlsx)."""
    if options.quote_ids is None:
        return list(journey.quotes)
    return [journey.quote(q) for q in options.quote_ids if journey.find("quote", q) is not None]


def write(journey: Journey, path, options) -> int:
    """The registry's entry (:mod:`klantreis.exports.registry`): the quotes ``options.quote_ids``
    (in that order; None: all), the internal ones left out."""
    return export_quotes(journey, chosen_quotes(journey, options), path)
