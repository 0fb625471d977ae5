"""The Toetsingskader dock: the deelvragen of the rekenkamer's toetsingskader grouped by category,
each with its norms, and below the list the fields of what is chosen: a category's name, a
deelvraag's number, text and category, or a norm's text, assessment (one key each: 1 voldoet,
2 voldoet deels, 3 voldoet niet, 4 niet te beoordelen, 0 open), reasoning and evidence
(ui/norm_evidence.py). Keyboard first (the keys are in ui/norms_dock_view.py); every change is
one undo step through the workspace, saved at once. Removing a deelvraag with norms, or a
category, asks first and removes the norms in the same step.

This module is the behaviour; the widgets are laid out in ui/norms_dock_view.py and
ui/norm_page_view.py."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDockWidget, QTreeWidgetItem, QTreeWidgetItemIterator

from klantreis.evidence import assessment
from klantreis.model.errors import KlantreisError
from klantreis.ui.norm_evidence import NormEvidence
from klantreis.ui.norm_page_view import ASSESSMENT_COLOURS, ASSESSMENT_ORDER, assessment_labels
from klantreis.ui.norms_dock_view import CATEGORY, HINT, KEY_ROLE, KIND_ROLE, NORM, QUESTION, NormsDockView
from klantreis.ui.shown_refresh import RefreshWhenShown
from klantreis.ui.styles import show_error
from klantreis.ui.wiring import bind, on_changes, rewire

SHOWN_KINDS = {"question", "norm", "touchpoint", "quote", "indicator", "transition", "phase",
               "respondent", "group"}  # what the list and the evidence show


class NormsDock(RefreshWhenShown, QDockWidget):
    """``NormsDock(workspace, canvas, parent)``. Public API: ``set_document``, ``tree``,
    ``summary``, ``error_label``, ``pages``; ``current()`` ((kind, key) of the chosen row, kind
    "category", "question" or "norm"), ``select(kind, key)``; ``add_category()``,
    ``add_question()``, ``add_norm()``, ``edit_current()``, ``remove_current()``,
    ``assess(value)``; ``evidence`` (a NormEvidence: linking and showing evidence);
    ``quote_requested(id)`` and ``indicator_requested(id)`` ask the window to show a quote or an
    indicator; set ``quote_selection`` to a callable giving the quotes chosen in the Citaten
    dock."""

    quote_requested = Signal(str)
    indicator_requested = Signal(str)

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(self.tr("Toetsingskader"), parent)
        self.setObjectName("norms")
        self.workspace, self.prompts, self.canvas = workspace, workspace.prompts, canvas
        self.document = None
        self._filling = False
        self._parents: dict[tuple[str, str], tuple[str, str] | None] = {}  # of the rows shown
        self.view = view = NormsDockView(canvas.focus, lambda: self.tree.setFocus())
        self.setWidget(view)
        self.tree, self.summary, self.error_label, self.pages = (
            view.tree, view.summary, view.error_label, view.pages)
        self.norm_page = view.norm_page
        self.evidence = NormEvidence(self.norm_page, workspace, canvas, self._show_error, self)
        self.evidence.quote_requested.connect(self.quote_requested)
        self.evidence.indicator_requested.connect(self.indicator_requested)
        tree = self.tree
        for signal, slot in ((tree.add_norm, self.add_norm), (tree.add_question, self.add_question),
                             (tree.add_category, self.add_category),
                             (tree.edit_requested, self.edit_current),
                             (tree.delete_requested, self.remove_current),
                             (tree.link_requested, self.evidence.open_link_menu),
                             (view.add_category_button.clicked, self.add_category),
                             (view.add_question_button.clicked, self.add_question),
                             (view.add_norm_button.clicked, self.add_norm),
                             (view.remove_button.clicked, self.remove_current)):
            signal.connect(lambda *_args, slot=slot: slot())
        tree.assess_requested.connect(lambda key: self.assess(assessment.ASSESSMENT_KEYS[key]))
        tree.currentItemChanged.connect(lambda *_items: None if self._filling else self._show_details())
        tree.itemDoubleClicked.connect(lambda *_args: self.edit_current())
        view.category_name.commit_requested.connect(self._commit_category)
        for attr, widget in view.question_fields.items():
            widget.commit_requested.connect(lambda attr=attr: self._commit_question(attr))
        for attr, widget in self.norm_page.fields.items():
            widget.commit_requested.connect(lambda attr=attr: self._commit_norm(attr))
        for value, button in self.norm_page.assessment_buttons.items():
            button.clicked.connect(lambda _checked=False, value=value: self.assess(value))
        self._changes = on_changes(SHOWN_KINDS, self.changed)
        self.watch_view()
        bind(self, workspace)

    @property
    def journey(self):
        return self.document.journey if self.document is not None else None

    @property
    def quote_selection(self):
        return self.evidence.quote_selection

    @quote_selection.setter
    def quote_selection(self, selection) -> None:
        self.evidence.quote_selection = selection

    def set_document(self, document) -> None:
        rewire(self.document, document, {"changes": self._changes})
        self.document = document
        self.refresh()

    # ------------------------------------------------------------------ the list

    def refresh(self) -> None:
        """Fill the list again, keeping the chosen row and the scroll position."""
        journey = self.journey
        if journey is None:
            return
        current, scrolled = self.current(), self.tree.verticalScrollBar().value()
        labels = assessment_labels(self)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self._filling = True
        try:
            self.tree.clear()
            for section in assessment.framework(journey):
                category = self._item(self.tree, "category", section.category,
                                      section.category or self.tr("(zonder categorie)"))
                category.setFont(0, bold)
                for question, norms in section.questions:
                    row = self._item(category, "question", question.id,
                                     f"{question.number}  {question.text}".strip())
                    row.setFont(0, bold)
                    row.setText(1, self.tr("%n norm(en)", "", len(norms)) if norms else self.tr("geen norm"))
                    row.setForeground(1, QBrush(QColor("#52606D")))
                    for place, norm in enumerate(norms, start=1):
                        number = f"{question.number}.{place}" if question.number else str(place)
                        item = self._item(row, "norm", norm.id, f"{number}  {norm.text}")
                        item.setText(1, labels[norm.assessment])
                        item.setForeground(1, QBrush(QColor(ASSESSMENT_COLOURS[norm.assessment])))
                        item.setToolTip(0, norm.reasoning or self.tr("Nog geen onderbouwing"))
            self.tree.expandAll()
            while current is not None and not self.select(*current):
                current = self._parents.get(current)  # it went: its deelvraag or category
            self._parents = {(kind, key): self._parent_of(kind, key) for kind, key in self._keys()}
        finally:
            self._filling = False
        self.tree.verticalScrollBar().setValue(scrolled)
        self._summarise()
        self._show_details()

    @staticmethod
    def _item(parent, kind: str, key: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, ""])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, KEY_ROLE, key)
        return item

    def _summarise(self) -> None:
        counts = assessment.assessment_counts(self.journey)
        total = sum(counts.values())
        labels = assessment_labels(self)
        parts = [f"{counts[value]} {labels[value]}" for value in ASSESSMENT_ORDER if counts[value]]
        self.summary.setText(self.tr("%n norm(en)", "", total) + (": " + " · ".join(parts) if parts else "")
                             if total or self.journey.questions else
                             self.tr("Nog geen toetsingskader. Begin met een categorie: Ctrl+Shift+Ins."))

    def current(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return (item.data(0, KIND_ROLE), item.data(0, KEY_ROLE)) if item is not None else None

    def _keys(self) -> list[tuple[str, str]]:
        """(kind, key) of every row, top to bottom. (No item is kept past a refresh: the list
        deletes them, and PySide would delete one again that Python still holds.)"""
        keys, iterator = [], QTreeWidgetItemIterator(self.tree)
        while iterator.value() is not None:
            item = iterator.value()
            keys.append((item.data(0, KIND_ROLE), item.data(0, KEY_ROLE)))
            iterator += 1
        return keys

    def select(self, kind: str, key: str) -> bool:
        keys = self._keys()
        if (kind, key) not in keys:
            return False
        iterator = QTreeWidgetItemIterator(self.tree)
        iterator += keys.index((kind, key))
        self.tree.setCurrentItem(iterator.value())
        self.tree.scrollToItem(iterator.value())
        return True

    # ------------------------------------------------------------------ the fields below the list

    def _show_details(self) -> None:
        current, journey = self.current(), self.journey
        self.evidence.norm_id = None
        kind, key = current if current is not None else (None, None)
        if kind == "category":
            self._fill(self.view.category_name, key)
            self.pages.setCurrentIndex(CATEGORY)
        elif kind == "question":
            question = journey.get("question", key)
            for attr, widget in self.view.question_fields.items():
                self._fill(widget, getattr(question, attr))
            self.pages.setCurrentIndex(QUESTION)
        elif kind == "norm":
            norm = journey.get("norm", key)
            question = journey.get("question", norm.question_id)
            self.norm_page.heading.setText(self.tr("Norm {number} bij deelvraag {question}").format(
                number=assessment.norm_number(journey, norm),
                question=f"{question.number} {question.text}".strip()))
            for attr, widget in self.norm_page.fields.items():
                self._fill(widget, getattr(norm, attr))
            self.norm_page.assessment_buttons[norm.assessment].setChecked(True)
            self.evidence.norm_id = key
            self.evidence.fill(norm)
            self.pages.setCurrentIndex(NORM)
        else:
            self.pages.setCurrentIndex(HINT)

    @staticmethod
    def _fill(widget, value) -> None:
        if widget.hasFocus() and widget.edited():
            return  # being typed: a change elsewhere (a quote captured) leaves it alone
        widget.fill(value)

    def _show_error(self, text: str) -> None:
        show_error(self.error_label, text)

    def _apply(self, edit, then: tuple[str, str] | None = None) -> bool:
        """Push ``edit`` (None: nothing changed) as one step; then choose ``then`` in the list."""
        if edit is None or not self.workspace.apply(edit):
            return False
        self.error_label.hide()
        if then is not None:
            self.select(*then)
        return True

    def _commit_category(self) -> None:
        widget, current = self.view.category_name, self.current()
        if current is None or current[0] != "category" or not widget.edited():
            return
        new = widget.value()
        self._apply(assessment.rename_category(self.journey, current[1], new), ("category", new))

    def _commit_question(self, attr: str) -> None:
        widget, current = self.view.question_fields[attr], self.current()
        if current is None or current[0] != "question" or not widget.edited():
            return
        try:
            value = widget.value().strip()
            new = replace(self.journey.get("question", current[1]), **{attr: value})
            edit = assessment.change_question(self.journey, new)
        except KlantreisError as error:
            self._show_error(str(error))  # the typed text stays, to be corrected
            return
        if edit is None:
            widget.fill(value)
        self._apply(edit, current)

    def _commit_norm(self, attr: str) -> None:
        widget, current = self.norm_page.fields[attr], self.current()
        if current is None or current[0] != "norm" or not widget.edited():
            return
        value = widget.value().strip() if attr == "text" else widget.value()
        code = "edit_change_norm" if attr == "text" else "edit_change_reasoning"
        try:
            edit = assessment.change_norm(self.journey, current[1], code, **{attr: value})
        except KlantreisError as error:
            self._show_error(str(error))
            return
        if edit is None:
            widget.fill(value)
        self._apply(edit, current)

    # ------------------------------------------------------------------ commands

    def _ask(self, title: str, label: str, current: str = "") -> str | None:
        text = self.prompts.text(title, label, current)
        return text.strip() if text and text.strip() else None

    def _category(self) -> str | None:
        """The category of the chosen row (the last one when nothing is chosen)."""
        current, journey = self.current(), self.journey
        if current is None:
            categories = assessment.categories(journey)
            return categories[-1] if categories else None
        kind, key = current
        if kind == "norm":
            key = journey.get("norm", key).question_id
        return journey.get("question", key).category if kind != "category" else key

    def add_category(self) -> bool:
        """A new category comes with its first deelvraag (both asked for), as one step."""
        name = self._ask(self.tr("Nieuwe categorie"), self.tr("Naam van de categorie (bijv. Beleid):"))
        if name is None:
            return False
        if name in assessment.categories(self.journey):
            return self.add_question(name)
        return self.add_question(name, code="edit_add_category")

    def add_question(self, category: str | None = None, code: str = "edit_add_question") -> bool:
        category = self._category() if category is None else category
        if category is None:  # no toetsingskader yet: it starts with a category
            return self.add_category()
        text = self._ask(self.tr("Nieuwe deelvraag"),
                         self.tr("Deelvraag in ‘{category}’:").format(category=category))
        if text is None:
            return False
        try:
            edit, new_id = assessment.add_question(self.journey, text, category, code=code)
        except KlantreisError as error:
            self._show_error(str(error))
            return False
        return self._apply(edit, ("question", new_id))

    def add_norm(self) -> bool:
        """A new norm in the chosen deelvraag (on a category: a new deelvraag there)."""
        current, journey = self.current(), self.journey
        if current is None or current[0] == "category":
            return self.add_question()
        question_id = current[1] if current[0] == "question" else journey.get("norm", current[1]).question_id
        question = journey.get("question", question_id)
        text = self._ask(self.tr("Nieuwe norm"), self.tr("Norm bij deelvraag {question}:").format(
            question=f"{question.number} {assessment.shortened(question.text, 80)}".strip()))
        if text is None:
            return False
        try:
            edit, new_id = assessment.add_norm(journey, question_id, text)
        except KlantreisError as error:
            self._show_error(str(error))
            return False
        return self._apply(edit, ("norm", new_id))

    def edit_current(self) -> None:
        """F2 or Enter: rename a category; the text field of a deelvraag or norm."""
        current = self.current()
        if current is None:
            return
        kind, key = current
        if kind == "category":
            name = self.prompts.text(self.tr("Categorie hernoemen"), self.tr("Nieuwe naam:"), key)
            if name is not None:
                self._apply(assessment.rename_category(self.journey, key, name), ("category", name.strip()))
            return
        field = self.view.question_fields["text"] if kind == "question" else self.norm_page.fields["text"]
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def assess(self, value) -> bool:
        current = self.current()
        if current is None or current[0] != "norm":
            self.workspace.say(self.tr("Kies eerst een norm om te beoordelen."), 5000)
            return False
        applied = self._apply(assessment.set_assessment(self.journey, current[1], value), current)
        self._show_details()  # (the buttons show the stored value, also when nothing changed)
        return applied

    def _parent_of(self, kind: str, key: str) -> tuple[str, str] | None:
        """Where the list goes when ``key`` is removed: a norm's deelvraag, a deelvraag's
        category."""
        if kind == "norm":
            return "question", self.journey.get("norm", key).question_id
        if kind == "question":
            return "category", self.journey.get("question", key).category
        return None

    def remove_current(self) -> bool:
        """Delete the chosen norm, deelvraag (with its norms) or category (with its deelvragen
        and their norms); asks first where more than a bare norm goes."""
        current, journey = self.current(), self.journey
        if current is None:
            return False
        kind, key = current
        then = self._parent_of(kind, key)
        title = self.tr("Verwijderen")
        undo = "\n" + self.tr("U kunt dit ongedaan maken.")
        if kind == "norm":
            norm = journey.get("norm", key)
            question = self.tr("Norm {number} verwijderen, met de onderbouwing en het gekoppelde "
                               "bewijs?").format(number=assessment.norm_number(journey, norm))
            if (norm.reasoning.strip() or norm.has_evidence) and not self.prompts.confirm(
                    title, question + undo):
                return False
            return self._apply(assessment.remove_norm(journey, key), then)
        if kind == "question":
            count = sum(1 for n in journey.norms if n.question_id == key)
            number = journey.get("question", key).number
            if count and not self.prompts.confirm(title, self.tr(
                    "Deelvraag {number} heeft %n norm(en). Die worden ook verwijderd.", "", count
                    ).format(number=number) + undo):
                return False
            return self._apply(assessment.remove_questions(journey, [key]), then)
        count = sum(1 for q in journey.questions if q.category == key)
        if not self.prompts.confirm(title, self.tr(
                "Categorie ‘{name}’ verwijderen, met %n deelvra(a)g(en) en hun normen?", "",
                count).format(name=key) + undo):
            return False
        return self._apply(assessment.remove_category(journey, key))
