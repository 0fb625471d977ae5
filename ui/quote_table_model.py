"""The rows of the quote browser: a table model over a filtered, sorted list of quotes.

Sorting goes through :func:`klantreis.evidence.quote_filter.sort_quotes` (no proxy model), so the order is
the same as in the exports; the few columns without a sort key there sort on their shown text,
empty values last, like ``sort_quotes`` does.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from klantreis.evidence.analysis import OwnerIndex
from klantreis.evidence.quote_filter import natural_key, sort_quotes
from klantreis.graph.route import display_numbers
from klantreis.model.entities import Provenance, Quote
from klantreis.model.journey import Journey
from klantreis.ui.quote_format import (
    direction_of,
    perspective_label,
    sentiment_icon,
    sentiment_label,
    shown_text,
)

DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the Qt.LayoutDirection of the Citaat cell

# column key, its sort key in sort_quotes (None: sorted on the shown text)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("number", "touchpoint"), ("touchpoint", "touchpoint"), ("phase", "phase"),
    ("respondent", "respondent"), ("group", "group"), ("perspective", None),
    ("sentiment", "sentiment"), ("language", "language"), ("text", "text"), ("tags", None),
    ("source", None),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}


class DirectionDelegate(QStyledItemDelegate):
    """Draws each cell in the direction of its text: an Arabic or Farsi quote right-to-left.
    Its alignment (AlignRight) is meant as the visual side: in a right-to-left option Qt would
    mirror a plain AlignRight to the left edge, so it is made absolute."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        direction = index.data(DIRECTION_ROLE)
        if direction is not None:
            option.direction = direction
            option.displayAlignment = option.displayAlignment | Qt.AlignmentFlag.AlignAbsolute


class QuoteTableModel(QAbstractTableModel):
    """Public API: ``set_quotes(journey, quotes)``, ``quotes`` (in the shown order),
    ``quote_at(row)``, ``row_of(quote_id)``; ``sort`` is called by the header."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.journey: Journey | None = None
        self.quotes: tuple[Quote, ...] = ()
        self.sort_column = COLUMN["number"]
        self.descending = False
        self._numbers: dict[str, int] = {}
        self._owners: OwnerIndex | None = None
        self._rows: dict[str, int] = {}
        self._headers = (
            self.tr("Nr"), self.tr("Contactmoment"), self.tr("Fase"), self.tr("Respondent"),
            self.tr("Groep"), self.tr("Perspectief"), self.tr("Sentiment"), self.tr("Taal"),
            self.tr("Citaat"), self.tr("Labels"), self.tr("Bron"),
        )

    # ------------------------------------------------------------------ contents

    def set_quotes(self, journey: Journey, quotes) -> None:
        """Show ``quotes`` of ``journey`` (a fresh state: the lookups are made again), sorted by
        the current sort column."""
        self.beginResetModel()
        self.journey = journey
        self._numbers = display_numbers(journey)
        self._owners = OwnerIndex(journey)
        self._phase_of = {tp.id: tp.phase_id for tp in journey.touchpoints}
        self._phase_names = {p.id: p.name for p in journey.phases}
        self._titles = {tp.id: tp.title for tp in journey.touchpoints}
        self._codes = {r.id: r.code for r in journey.respondents}
        self._group_names = {g.id: g.name for g in journey.groups}
        self.quotes = self._sorted(tuple(quotes))
        self._rows = {q.id: i for i, q in enumerate(self.quotes)}
        self.endResetModel()

    def quote_at(self, row: int) -> Quote:
        return self.quotes[row]

    def row_of(self, quote_id: str) -> int | None:
        return self._rows.get(quote_id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.quotes[i.row()].id for i in before]
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.quotes = self._sorted(self.quotes)
        self._rows = {q.id: i for i, q in enumerate(self.quotes)}
        self.changePersistentIndexList(
            before, [self.index(self._rows[q], i.column()) for q, i in zip(ids, before, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        if self.journey is None:
            return quotes
        key = COLUMNS[self.sort_column][1]
        if key is not None:
            return sort_quotes(self.journey, quotes, key, self.descending)
        present = [(natural_key(self.display(q, self.sort_column)), q) for q in quotes
                   if self._has_value(q, self.sort_column)]
        missing = [q for q in quotes if not self._has_value(q, self.sort_column)]
        present.sort(key=lambda pair: pair[0], reverse=self.descending)
        return tuple(q for _, q in present) + tuple(missing)

    def _has_value(self, quote: Quote, column: int) -> bool:
        key = COLUMNS[column][0]
        if key == "perspective":
            return self._owners.quote_perspective(quote) is not None
        return bool(self.display(quote, column).strip())

    # ------------------------------------------------------------------ the cells

    def display(self, quote: Quote, column: int) -> str:
        key = COLUMNS[column][0]
        tp_id = quote.touchpoint_id
        if key == "number":
            return "" if tp_id is None else str(self._numbers.get(tp_id, ""))
        if key == "touchpoint":
            return self.tr("Parkeerplaats") if tp_id is None else self._titles.get(tp_id, "")
        if key == "phase":
            return "" if tp_id is None else self._phase_names.get(self._phase_of.get(tp_id), "")
        if key == "respondent":
            return self._codes.get(quote.respondent_id, "")
        if key == "group":
            return self._group_names.get(self._owners.group_id(quote), "")
        if key == "perspective":
            return perspective_label(self._owners.quote_perspective(quote))
        if key == "sentiment":
            return sentiment_label(quote.sentiment)
        if key == "language":
            return quote.language
        if key == "text":
            return shown_text(quote).replace("\n", " ")
        if key == "tags":
            return ", ".join(quote.tags)
        return self._source(quote)

    def _source(self, quote: Quote) -> str:
        kind = self.tr("parafrase") if quote.provenance is Provenance.PARAFRASE else self.tr("letterlijk")
        return f"{kind} · {quote.source}" if quote.source else kind

    def _tooltip(self, quote: Quote, column: int) -> str | None:
        key = COLUMNS[column][0]
        if key == "text":  # the quote as said (the original when a translation is shown), wrapped
            side = ' dir="rtl"' if direction_of(quote.text) == Qt.LayoutDirection.RightToLeft else ""
            body = f"<p{side}>{html.escape(quote.text)}</p>"
            if quote.translation.strip():
                heading = self.tr("Origineel ({language}):").format(language=quote.language)
                body = f"<p><b>{html.escape(heading)}</b></p>{body}"
            return body
        if key in ("source", "tags", "touchpoint", "phase", "group"):
            text = self.display(quote, column)
            return f"<p>{html.escape(text)}</p>" if text else None
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.quotes):
            return None
        quote = self.quotes[index.row()]
        column = index.column()
        key = COLUMNS[column][0]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.display(quote, column)
            return text or ("–" if key in ("respondent", "group", "phase") else text)
        if role == Qt.ItemDataRole.UserRole:
            return quote.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(quote, column)
        if role == Qt.ItemDataRole.DecorationRole and key == "sentiment":
            return sentiment_icon(quote.sentiment, 18)
        if key == "text" and role in (DIRECTION_ROLE, Qt.ItemDataRole.TextAlignmentRole):
            direction = direction_of(shown_text(quote))
            if role == DIRECTION_ROLE:
                return direction
            side = (Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft
                    else Qt.AlignmentFlag.AlignLeft)
            return side | Qt.AlignmentFlag.AlignVCenter
        if key == "number" and role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self.quotes)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
