"""The layout of the Toetsingskader dock (ui/norms_dock.py): a summary line, the tree of
categories, deelvragen and norms (FrameworkTree), the buttons to add and delete, the red message
line, and below it the fields of what is chosen in the tree: a category's name, a deelvraag's
number, text and category, or a norm's text, assessment, reasoning and evidence (NormPage in
ui/norm_page_view.py). Widgets only: the dock fills them in and connects the signals."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis.evidence.assessment import ASSESSMENT_KEYS
from klantreis.ui.form_rows import buddy_row, form_page
from klantreis.ui.inspector_fields import KeepKeysInField, TextBlock, TextLine
from klantreis.ui.norm_page_view import NormPage
from klantreis.ui.styles import ERROR_STYLE

KIND_ROLE = Qt.ItemDataRole.UserRole  # "category", "question" or "norm"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the category's name, or the id
HINT, CATEGORY, QUESTION, NORM = range(4)  # the detail pages


class FrameworkTree(QTreeWidget):
    """Categories, their deelvragen and their norms, with the keys of the dock: Ins a new norm
    (on a category: a new deelvraag), Shift+Ins a new deelvraag, Ctrl+Shift+Ins a new category,
    F2 or Enter edit, Delete, 0-4 the assessment of a norm, B link evidence. Plain keys stay here
    (never the canvas's shortcuts); Escape goes back to the canvas (``back``)."""

    add_norm = Signal()
    add_question = Signal()
    add_category = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    assess_requested = Signal(str)  # the key: "0".."4"
    link_requested = Signal()

    def __init__(self, back=None, parent=None) -> None:
        super().__init__(parent)
        self.installEventFilter(KeepKeysInField(self, back))
        self.setColumnCount(2)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(False)  # (a double click edits, as F2)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key, none = event.key(), Qt.KeyboardModifier.NoModifier
        shift, ctrl = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
        signal = None
        if key == Qt.Key.Key_Insert:
            signal = {none: self.add_norm, shift: self.add_question,
                      ctrl | shift: self.add_category}.get(mods)
        elif mods == none:
            signal = {Qt.Key.Key_F2: self.edit_requested, Qt.Key.Key_Return: self.edit_requested,
                      Qt.Key.Key_Enter: self.edit_requested, Qt.Key.Key_Delete: self.delete_requested,
                      Qt.Key.Key_B: self.link_requested}.get(key)
            if event.text() in ASSESSMENT_KEYS:
                self.assess_requested.emit(event.text())
                event.accept()
                return
        if signal is not None:
            signal.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class NormsDockView(QWidget):
    """``NormsDockView(back, field_back)``: ``summary``, ``tree`` (a FrameworkTree),
    ``add_category_button``, ``add_question_button``, ``add_norm_button``, ``remove_button``,
    ``error_label`` (red, hidden) and ``pages`` (HINT, CATEGORY, QUESTION, NORM) with
    ``category_name``, ``question_fields`` (number, text, category) and ``norm_page`` (a
    NormPage). ``field_back`` is where Escape in a field takes the focus (the tree)."""

    def __init__(self, back=None, field_back=None, parent=None) -> None:
        super().__init__(parent)
        self.field_keys = KeepKeysInField(self, field_back)
        column = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        self.tree = FrameworkTree(back)
        self.tree.setHeaderLabels([self.tr("Deelvraag en norm"), self.tr("Oordeel")])
        top_column.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.add_category_button = QPushButton(self.tr("Categorie…"))
        self.add_category_button.setToolTip(self.tr("Nieuwe categorie met haar eerste deelvraag "
                                                    "(Ctrl+Shift+Ins)"))
        self.add_question_button = QPushButton(self.tr("Deelvraag…"))
        self.add_question_button.setToolTip(self.tr("Nieuwe deelvraag in deze categorie (Shift+Ins)"))
        self.add_norm_button = QPushButton(self.tr("Norm…"))
        self.add_norm_button.setToolTip(self.tr("Nieuwe norm bij deze deelvraag (Ins)"))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setToolTip(self.tr("Het gekozen onderdeel verwijderen (Del)"))
        row.addWidget(QLabel(self.tr("Nieuw:")))
        for button in (self.add_category_button, self.add_question_button, self.add_norm_button,
                       self.remove_button):
            button.setAutoDefault(False)
            if button is self.remove_button:
                row.addStretch(1)
            row.addWidget(button)
        top_column.addLayout(row)
        keys = QLabel(self.tr("In de lijst: Ins norm · Shift+Ins deelvraag · Ctrl+Shift+Ins "
                              "categorie · F2 bewerken · 1-4 en 0 oordeel · B bewijs koppelen · "
                              "Del verwijderen · Esc naar het canvas"))
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #5B6770;")
        top_column.addWidget(keys)
        splitter.addWidget(top)
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 4, 0, 0)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        bottom_column.addWidget(self.error_label)
        self.pages = QStackedWidget()
        self._build_pages()
        bottom_column.addWidget(self.pages, 1)
        scroll = QScrollArea()  # (the fields of a norm are long: the list keeps its room)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(bottom)
        splitter.addWidget(scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 400])
        column.addWidget(splitter, 1)
        for widget in self.findChildren(QWidget):  # plain keys (Delete!) never reach the canvas
            if widget is not self.tree and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.installEventFilter(self.field_keys)

    def _build_pages(self) -> None:
        hint = QLabel(self.tr("Kies een categorie, deelvraag of norm in de lijst. Nog geen "
                              "toetsingskader? Begin met ‘Categorie…’ (Ctrl+Shift+Ins)."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages.addWidget(hint)
        page, form = form_page()
        self.category_name = TextLine()
        buddy_row(form, self.tr("&Categorie"), self.category_name)
        self.pages.addWidget(page)
        page, form = form_page()
        q = self.question_fields = {"number": TextLine(), "text": TextBlock(), "category": TextLine()}
        buddy_row(form, self.tr("N&ummer"), q["number"])
        buddy_row(form, self.tr("D&eelvraag"), q["text"])
        buddy_row(form, self.tr("&Categorie"), q["category"])
        self.pages.addWidget(page)
        self.norm_page = NormPage()
        self.pages.addWidget(self.norm_page)
