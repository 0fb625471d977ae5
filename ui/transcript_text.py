"""The text of a transcript as the Transcripten dock shows it: read-only, selectable with the
mouse and the keyboard (Shift+arrows), line numbers in a margin (Qt's "code editor" pattern),
the speakers' labels in bold and time stamps in grey (a syntax highlighter), and the passages
already coded with a tinted background and their touchpoint number in the margin.

Positions given to and taken from this widget count characters of the transcript's text as
Python counts them (the model's ``passage_start`` and ``passage_end``); Qt counts UTF-16 units,
which differ after a character outside the Basic Multilingual Plane (an emoji): ``Positions``
translates."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from klantreis.ui.canvas.palette import BADGE, MUTED
from klantreis.ui.fonts import ui_font

PASSAGE = QColor(255, 196, 61, 95)  # a coded passage (see-through: overlaps look darker)
PARKED = QColor(130, 150, 170, 80)  # a passage whose quote waits in the parking lot
MARGIN = QColor("#F2F4F7")
TIME = re.compile(r"[\[(]?\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\b[\])]?"
                  r"(?:\s*(?:-->|–|-)\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?)?")


class Positions:
    """Between the characters of a Python string and Qt's UTF-16 positions in the same text."""

    def __init__(self, text: str) -> None:
        # the Python index of every character that takes two UTF-16 units
        self._wide = [i for i, char in enumerate(text) if ord(char) > 0xFFFF] if any(
            ord(char) > 0xFFFF for char in text) else []
        self._wide_qt = [i + k for k, i in enumerate(self._wide)]  # the same, counted by Qt

    def to_qt(self, index: int) -> int:
        return index + bisect.bisect_left(self._wide, index)

    def from_qt(self, position: int) -> int:
        return position - bisect.bisect_left(self._wide_qt, position)


@dataclass(frozen=True)
class Passage:
    """A coded passage: characters ``start``..``end``, the ``mark`` in the margin ("12", or "P"
    for the parking lot), its ``tooltip`` and whether it is ``parked``."""

    quote_id: str
    start: int
    end: int
    mark: str
    tooltip: str
    parked: bool = False


class SpeakerHighlighter(QSyntaxHighlighter):
    """Bold for a speaker's label at the start of a line (after a time stamp, if any),
    grey for time stamps."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self._label = None
        self.bold = QTextCharFormat()
        self.bold.setFontWeight(QFont.Weight.Bold)
        self.time = QTextCharFormat()
        self.time.setForeground(MUTED)

    def set_labels(self, labels, *, again: bool = True) -> None:
        """The labels to set in bold; ``again``: highlight the text there is again (not needed
        just before the text is replaced: new text is highlighted as it comes)."""
        names = sorted((label for label in labels if label), key=len, reverse=True)
        self._label = re.compile(r"^\s*(?:" + TIME.pattern + r"\s*)?(" + "|".join(map(re.escape, names))
                                 + r")(?=\s*[:：]|\s*$)") if names else None
        if again:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        # (Qt hands over the block as UTF-16: lengths agree for the characters of a label)
        for match in TIME.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.time)
        if self._label is not None:
            match = self._label.match(text)
            if match:
                start = match.start(1)
                self.setFormat(start, match.end(1) - start, self.bold)


class LineMargin(QWidget):
    """The margin left of the text: line numbers, and each coded passage's mark at its first
    line."""

    def __init__(self, editor: TranscriptText) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.editor.margin_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.editor.paint_margin(self, event.rect())

    def event(self, event) -> bool:  # noqa: A003 (Qt override)
        if event.type() == QEvent.Type.ToolTip:
            text = self.editor.margin_tooltip(event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class TranscriptText(QPlainTextEdit):
    """``set_text(text, labels)``, ``set_passages(passages)``; ``selected_range()`` and
    ``select_range(start, end)`` in the text's own positions; ``passages_at(index)``."""

    MARK_WIDTH = 46  # the column of passage marks, right of the line numbers

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFont(ui_font(11.0))
        self.setCursorWidth(2)
        self.setUndoRedoEnabled(False)  # (read-only: nothing to undo, no copy of the text kept)
        self.positions = Positions("")
        self.passages: list[Passage] = []
        self._marks: dict[int, list[Passage]] = {}  # block number -> passages starting there
        self.highlighter = SpeakerHighlighter(self.document())
        self.margin = LineMargin(self)
        self.blockCountChanged.connect(lambda _count: self._fit_margin())
        self.updateRequest.connect(self._scroll_margin)
        self._fit_margin()

    # ------------------------------------------------------------------ contents

    def set_text(self, text: str, labels=()) -> None:
        self.positions = Positions(text)
        self.highlighter.set_labels(labels, again=False)
        self.setPlainText(text)
        self.set_passages([])

    def set_passages(self, passages: list[Passage]) -> None:
        self.passages = sorted(passages, key=lambda p: (p.start, p.end))
        self._marks = {}
        selections = []
        document = self.document()
        for passage in self.passages:
            cursor = self._cursor(passage.start, passage.end)
            if cursor is None:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(PARKED if passage.parked else PASSAGE)
            selection.format.setProperty(QTextFormat.Property.UserProperty, passage.quote_id)
            selections.append(selection)
            block = document.findBlock(cursor.selectionStart()).blockNumber()
            self._marks.setdefault(block, []).append(passage)
        self.setExtraSelections(selections)
        self.margin.update()

    def _cursor(self, start: int, end: int) -> QTextCursor | None:
        size = self.document().characterCount() - 1
        first, last = self.positions.to_qt(start), self.positions.to_qt(end)
        if not 0 <= first < last <= size:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # ------------------------------------------------------------------ selection

    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self.positions.from_qt(cursor.selectionStart()),
                self.positions.from_qt(cursor.selectionEnd()))

    def select_range(self, start: int, end: int) -> None:
        """Select characters ``start``..``end`` and scroll them into the middle of the view."""
        cursor = self._cursor(start, end)
        if cursor is None:
            return
        shown = QTextCursor(cursor)
        shown.setPosition(cursor.selectionStart())
        self.setTextCursor(shown)
        self.centerCursor()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def passages_at(self, index: int) -> list[Passage]:
        return [p for p in self.passages if p.start <= index < p.end]

    # ------------------------------------------------------------------ the margin

    def margin_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * max(3, digits) + self.MARK_WIDTH

    def _fit_margin(self) -> None:
        width = self.margin_width()
        self.setViewportMargins(width, 0, 0, 0)
        area = self.contentsRect()
        self.margin.setGeometry(QRect(area.left(), area.top(), width, area.height()))

    def _scroll_margin(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._fit_margin()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_margin()

    def _visible_blocks(self, top_limit: int, bottom_limit: int):
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        while block.isValid() and top <= bottom_limit:
            height = round(self.blockBoundingRect(block).height())
            if block.isVisible() and top + height >= top_limit:
                yield block, top, height
            top += height
            block = block.next()

    def paint_margin(self, margin: QWidget, rect: QRect) -> None:
        painter = QPainter(margin)
        painter.fillRect(rect, MARGIN)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line_height = self.fontMetrics().height()
        numbers_right = margin.width() - self.MARK_WIDTH - 4
        small = ui_font(8.0, bold=True)
        for block, top, _height in self._visible_blocks(rect.top(), rect.bottom()):
            painter.setPen(MUTED)
            painter.setFont(self.font())
            painter.drawText(QRect(0, top, numbers_right, line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(block.blockNumber() + 1))
            marks = self._marks.get(block.blockNumber())
            if marks:
                label = "·".join(dict.fromkeys(p.mark for p in marks))
                painter.setFont(small)
                box = QRectF(numbers_right + 6, top + 2, self.MARK_WIDTH - 8, line_height - 4)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(MUTED if all(p.parked for p in marks) else BADGE)
                painter.drawRoundedRect(box, 4, 4)
                painter.setPen(QColor("#FFFFFF"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter,
                                 painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                                  int(box.width()) - 2))
        painter.end()

    def margin_tooltip(self, y: int) -> str:
        for block, top, height in self._visible_blocks(y, y):
            if top <= y < top + height:
                return "\n".join(p.tooltip for p in self._marks.get(block.blockNumber(), ()))
        return ""

    # ------------------------------------------------------------------ tool tips on passages

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            index = self.positions.from_qt(cursor.position())
            text = "\n".join(p.tooltip for p in self.passages_at(index))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
