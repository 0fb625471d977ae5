"""How quotes, sentiments and aggregates read in the panels: labels, smiley icons, numbers with
a Dutch decimal comma, and the direction of a text (right-to-left for Arabic and Farsi)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate

from klantreis.evidence.session import is_right_to_left
from klantreis.model.entities import Perspective, Sentiment
from klantreis.ui.canvas.palette import INK, MUTED
from klantreis.ui.canvas.smiley import paint_smiley


# the texts are spelled out in translate() calls so that lupdate finds them in this context
def sentiment_label(sentiment: Sentiment) -> str:
    return {
        Sentiment.VERY_NEGATIVE: QCoreApplication.translate("QuoteFormat", "zeer negatief (−2)"),
        Sentiment.NEGATIVE: QCoreApplication.translate("QuoteFormat", "negatief (−1)"),
        Sentiment.NEUTRAL: QCoreApplication.translate("QuoteFormat", "neutraal (0)"),
        Sentiment.POSITIVE: QCoreApplication.translate("QuoteFormat", "positief (+1)"),
        Sentiment.VERY_POSITIVE: QCoreApplication.translate("QuoteFormat", "zeer positief (+2)"),
        Sentiment.MIXED: QCoreApplication.translate("QuoteFormat", "gemengd"),
        Sentiment.UNKNOWN: QCoreApplication.translate("QuoteFormat", "onbekend"),
    }[sentiment]


def perspective_label(perspective: Perspective | None) -> str:
    return {
        Perspective.CLIENT: QCoreApplication.translate("QuoteFormat", "statushouders"),
        Perspective.UITVOERDER: QCoreApplication.translate("QuoteFormat", "uitvoerders"),
        Perspective.OVERIG: QCoreApplication.translate("QuoteFormat", "overig"),
        None: QCoreApplication.translate("QuoteFormat", "onbekend"),
    }[perspective]


def signed(value: float | None, decimals: int = 1) -> str:
    """'+1,3', '−0,5', '0,0' in the app's locale; '–' without a value."""
    if value is None:
        return "–"
    text = QLocale().toString(abs(value), "f", decimals)
    if round(value, decimals) > 0:
        return "+" + text
    if round(value, decimals) < 0:
        return "−" + text
    return text


def summary_text(summary) -> str:
    """A ScoreSummary as 'ø −1,0 ±0,8 (n=3)', or 'geen' without data."""
    mixed = QCoreApplication.translate("QuoteFormat", "{mixed} gemengd").format(mixed=summary.mixed)
    if summary.n == 0:
        return mixed if summary.mixed else QCoreApplication.translate("QuoteFormat", "geen")
    text = f"ø {signed(summary.mean)}"
    if summary.n > 1 and summary.spread is not None:
        text += f" ±{QLocale().toString(summary.spread, 'f', 1)}"
    text += f" (n={summary.n})"
    return text + (" · " + mixed if summary.mixed else "")


_ICONS: dict[tuple[str, int], QIcon] = {}


def sentiment_icon(sentiment: Sentiment, size: int = 20) -> QIcon:
    """A smiley for -2..+2; a half-and-half face for mixed; an empty ring for unknown."""
    key = (sentiment.value, size)
    if key not in _ICONS:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(1.5, 1.5, size - 3, size - 3)
        if sentiment.score is not None:
            paint_smiley(painter, rect, float(sentiment.score))
        elif sentiment is Sentiment.MIXED:
            paint_smiley(painter, rect, 0.0)
            painter.setPen(QPen(INK, 1.4))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "~")
        else:
            painter.setPen(QPen(MUTED, 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawEllipse(rect)
        painter.end()
        _ICONS[key] = QIcon(pixmap)
    return _ICONS[key]


def direction_of(text: str) -> Qt.LayoutDirection:
    """Right-to-left for a text whose first strong letter is Arabic or Farsi."""
    return Qt.LayoutDirection.RightToLeft if is_right_to_left(text) else Qt.LayoutDirection.LeftToRight


def shown_text(quote) -> str:
    """What a list shows: the Dutch translation when there is one, else the quote itself."""
    return quote.translation.strip() or quote.text


def follow_text_direction(edit) -> None:
    """Lay out a QPlainTextEdit right-to-left (starting at the right edge) while its text starts
    with an Arabic or Farsi letter, left-to-right otherwise. In a text document the base
    direction alone still starts the line at the left edge (checked on this machine), so the
    alignment goes with it; the widget's own direction moves its scroll bar to the left."""
    direction = direction_of(edit.toPlainText())
    option = edit.document().defaultTextOption()
    if option.textDirection() == direction and edit.layoutDirection() == direction:
        return
    option.setTextDirection(direction)
    option.setAlignment(Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft
                        else Qt.AlignmentFlag.AlignLeft)
    edit.document().setDefaultTextOption(option)
    edit.setLayoutDirection(direction)


# the order in which sentiments are offered: the scale from -2 to +2, then gemengd and onbekend
SENTIMENT_ORDER = (Sentiment.VERY_NEGATIVE, Sentiment.NEGATIVE, Sentiment.NEUTRAL,
                   Sentiment.POSITIVE, Sentiment.VERY_POSITIVE, Sentiment.MIXED, Sentiment.UNKNOWN)
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the Qt.LayoutDirection of a list item's quote


class ItemDirectionDelegate(QStyledItemDelegate):
    """Draws each list item in the direction of its quote (``DIRECTION_ROLE``): an Arabic or
    Farsi quote right-to-left, starting at the right edge, its full stop at its end."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        direction = index.data(DIRECTION_ROLE)
        if direction is not None:
            option.direction = direction


def speaker(journey, quote) -> str:
    """Who said it: the respondent's code; "onbekend" (with the group) when only the group is
    known; "–" when neither is."""
    if quote.respondent_id:
        return journey.respondent(quote.respondent_id).code
    if quote.group_id:
        return QCoreApplication.translate("QuoteFormat", "onbekend ({group})").format(
            group=journey.group(quote.group_id).name)
    return "–"
