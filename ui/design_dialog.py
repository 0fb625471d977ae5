"""Toetsing > Vergelijk met ontwerp…: the designed route beside the lived route. The user
chooses a design (a bundled template or journey from journeys/, or a file), sees which step of
the journey each design step is (proposed by :mod:`klantreis.graph.design_match`: by id, by
title, by a near title with its score), corrects what is wrong, and applies the comparison of
:mod:`klantreis.graph.design` as one undo step.

The menu's action is in ui/design_actions.py (which loads this module when first used);
:func:`compare_with_design` runs the dialog through the workspace's prompts and pushes the edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QVBoxLayout

from klantreis.graph import route as journey_graph
from klantreis.graph.design import Comparison, compare
from klantreis.graph.design_match import (
    BY_ID,
    BY_TITLE,
    CHOSEN,
    NEAR,
    Match,
    Proposal,
    design_steps,
    propose,
    similarity,
)
from klantreis.io.files import load_journey
from klantreis.model.errors import KlantreisError
from klantreis.model.journey import Journey
from klantreis.ui.design_dialog_view import (
    DOUBTFUL_COLOUR,
    LIKENESS,
    NUMBER,
    STEP,
    TOUCHPOINT,
    DesignDialogView,
)
from klantreis.ui.opening import documents_folder, templates

SHOW_SCORE = 0.5  # a choice shows its likeness from here on ("12. Inschrijving (97%)")


class DesignDialog(QDialog):
    """``DesignDialog(journey, prompts, parent)``. Public for tests: the view's widgets
    (``design_box``, ``file_button``, ``table``, ``summary_label``, ``error_label``,
    ``compare_button``, ``next_doubtful_button``), ``design`` (the chosen journey or None),
    ``proposal``, ``choices`` (a combo per row), ``choose(row, journey_id)``,
    ``open_design(path)``, ``focus_next_doubtful()`` and, after accept, ``comparison()``."""

    def __init__(self, journey: Journey, prompts, parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.prompts = prompts
        self.design: Journey | None = None
        self.proposal: Proposal | None = None
        self.steps = []
        self.choices = []
        self.setWindowTitle(self.tr("Vergelijk met ontwerp"))
        self.resize(1000, 640)
        self.view = view = DesignDialogView(self)
        QVBoxLayout(self).addWidget(view)
        self.design_box, self.file_button = view.design_box, view.file_button
        self.table, self.summary_label = view.table, view.summary_label
        self.error_label, self.compare_button = view.error_label, view.compare_button
        self.next_doubtful_button = view.next_doubtful_button
        self.compare_button.setDefault(True)  # (now that it is in the dialog: Enter compares)
        self._numbers = journey_graph.display_numbers(journey)
        self._touchpoints = sorted(journey.touchpoints, key=lambda t: self._numbers[t.id])
        for path, title, subtitle in templates():
            self.design_box.addItem(f"{title} — {subtitle}" if subtitle else title, str(path))
        preferred = next((i for i in range(self.design_box.count())
                          if self.design_box.itemText(i).split(" — ")[0] != journey.info.title), 0)
        self.design_box.setCurrentIndex(preferred)
        self.design_box.currentIndexChanged.connect(self._design_chosen)
        self.file_button.clicked.connect(self.choose_file)
        self.next_doubtful_button.clicked.connect(self.focus_next_doubtful)
        view.buttons.accepted.connect(self.accept)
        view.buttons.rejected.connect(self.reject)
        self._design_chosen()

    # ------------------------------------------------------------------ the design

    def _design_chosen(self) -> None:
        path = self.design_box.currentData()
        if path:
            self.open_design(Path(path))

    def choose_file(self) -> bool:
        path = self.prompts.open_path(
            self.tr("Ontwerp kiezen"), documents_folder(),
            self.tr("Klantreizen (*.klantreis *.json);;Alle bestanden (*)"))
        if path is None:
            return False
        index = self.design_box.findData(str(path))
        if index < 0:
            self.design_box.addItem(path.name, str(path))
            index = self.design_box.count() - 1
        if index == self.design_box.currentIndex():
            return self.open_design(path)
        self.design_box.setCurrentIndex(index)  # (opens it)
        return self.design is not None

    def open_design(self, path: Path) -> bool:
        """Read the design in ``path`` and propose the matches; False (and the reason shown)
        when it cannot be read."""
        try:
            design = load_journey(path)
        except KlantreisError as error:
            self.design, self.proposal = None, None
            self.error_label.setText(str(error))
            self.error_label.show()
            self.table.setRowCount(0)
            self.choices = []
            self._update_summary()
            return False
        self.error_label.hide()
        self.design = design
        self.proposal = propose(self.journey, design)
        self._fill()
        return True

    # ------------------------------------------------------------------ the table

    def _fill(self) -> None:
        design = self.design
        numbers = journey_graph.display_numbers(design)
        self.steps = sorted(design_steps(design), key=lambda step: numbers[step.id])
        self.table.setRowCount(len(self.steps))
        self.choices = []
        previous = self.design_box
        for row, step in enumerate(self.steps):
            number = QTableWidgetItem(str(numbers[step.id]))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, NUMBER, number)
            title = QTableWidgetItem(step.title)
            phase = design.phase(step.phase_id).name
            title.setToolTip(f"{step.title}\n{phase}" + (f"\n\n{step.description[:400]}"
                                                         if step.description else ""))
            self.table.setItem(row, STEP, title)
            box = self.view.choice_box(row)
            box.addItem(self.tr("geen: toevoegen als ontwerp"), None)
            for tp in self._touchpoints:
                score = 1.0 if tp.id == step.id else similarity(step.title, tp.title)
                text = f"{self._numbers[tp.id]}. {tp.title}"
                if score >= SHOW_SCORE:
                    text += f"  ({round(score * 100)}%)"
                box.addItem(text, tp.id)
            box.currentIndexChanged.connect(lambda _i, r=row: self._chosen(r))
            self.table.setCellWidget(row, TOUCHPOINT, box)
            self.setTabOrder(previous, box)
            previous = box
            self.choices.append(box)
        self.setTabOrder(previous, self.next_doubtful_button)
        if self.choices:
            self.view.table_label.setBuddy(self.choices[0])
        self._show_matches()

    def _show_matches(self) -> None:
        """Every row's choice and likeness from the proposal (without signals)."""
        for row, step in enumerate(self.steps):
            match = self.proposal.match(step.id)
            box = self.choices[row]
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(match.journey_id)) if match.journey_id else 0)
            box.blockSignals(False)
            self._likeness(row, match)
        self._update_summary()

    def _likeness(self, row: int, match: Match) -> None:
        percent = round(match.score * 100)
        text = {BY_ID: self.tr("zelfde id"), BY_TITLE: self.tr("zelfde titel"),
                NEAR: self.tr("lijkt op ({percent}%)"), CHOSEN: self.tr("gekozen ({percent}%)")
                }.get(match.how, self.tr("wordt ‘ontwerp’")).format(percent=percent)
        item = QTableWidgetItem(f"? {text}" if match.doubtful else text)
        if match.doubtful:
            item.setForeground(QBrush(QColor(DOUBTFUL_COLOUR)))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(self.tr("Twijfelachtig: de titels lijken alleen op elkaar. Kies het "
                                    "juiste contactmoment, of ‘geen’."))
        self.table.setItem(row, LIKENESS, item)

    def choose(self, row: int, journey_id: str | None) -> None:
        """The user's choice for the step in ``row`` (None: add it as designed only)."""
        box = self.choices[row]
        box.setCurrentIndex(box.findData(journey_id) if journey_id else 0)

    def _chosen(self, row: int) -> None:
        step = self.steps[row]
        journey_id = self.choices[row].currentData()
        score = 0.0
        if journey_id is not None:
            score = 1.0 if journey_id == step.id else similarity(
                step.title, self.journey.touchpoint(journey_id).title)
        self.proposal = self.proposal.choose(step.id, journey_id, score)
        self._show_matches()  # (another step may have let go of that touchpoint)

    def _update_summary(self) -> None:
        proposal = self.proposal
        self.compare_button.setEnabled(proposal is not None)
        self.next_doubtful_button.setEnabled(bool(proposal and proposal.doubtful))
        if proposal is None:
            self.summary_label.setText("")
            return
        matched = set(proposal.pairs().values())
        counts = ((proposal.count(BY_ID), self.tr("{n} op id")),
                  (proposal.count(BY_TITLE), self.tr("{n} op titel")),
                  (proposal.count(NEAR), self.tr("{n} op een gelijkende titel")),
                  (len(proposal.doubtful), self.tr("waarvan {n} twijfelachtig (met ?)")),
                  (proposal.count(CHOSEN), self.tr("{n} gekozen")),
                  (len(proposal.matches) - len(matched), self.tr("{n} toegevoegd als ‘ontwerp’")))
        parts = ", ".join(text.format(n=n) for n, text in counts if n)
        lived = sum(1 for tp in self.journey.touchpoints if tp.id not in matched)
        self.summary_label.setText(self.tr(
            "{steps} stappen in het ontwerp: {parts}. {lived} van de {total} contactmomenten van "
            "de reis hebben geen ontwerpstap: ‘praktijk’.").format(
                steps=len(proposal.matches), parts=parts, lived=lived,
                total=self.journey.count("touchpoint")))

    def focus_next_doubtful(self) -> bool:
        """The choice of the next doubtful step after the current one (round)."""
        if self.proposal is None:
            return False
        rows = [r for r, step in enumerate(self.steps) if self.proposal.match(step.id).doubtful]
        if not rows:
            return False
        current = self.table.currentRow()  # (the row of the choice that had the focus last)
        row = next((r for r in rows if r > current), rows[0])
        self.table.setCurrentCell(row, TOUCHPOINT)
        self.choices[row].setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def comparison(self) -> Comparison | None:
        """The edit of the chosen design and matches (None: no design)."""
        if self.design is None or self.proposal is None:
            return None
        return compare(self.journey, self.design, self.proposal)


    def done_text(self, result: Comparison) -> str:
        """What the status line says after the comparison (or that there was nothing to do)."""
        name = self.design.info.title if self.design is not None else ""
        if result.empty:
            return self.tr("Al vergeleken met ‘{name}’: niets gewijzigd").format(name=name)
        return self.tr("Vergeleken met ‘{name}’: {both} in beide, {lived} alleen praktijk, {added} "
                       "toegevoegd als ontwerp").format(name=name, both=result.both,
                                                        lived=result.lived, added=result.added)


def compare_with_design(workspace, parent=None) -> bool:
    """Run the dialog; on "Vergelijken en markeren" push the comparison as one undo step and
    say what it did. True when the journey changed."""
    journey = workspace.journey
    if journey is None:
        return False
    dialog = DesignDialog(journey, workspace.prompts, parent)
    try:
        if not workspace.prompts.run_dialog(dialog):
            return False
        result = dialog.comparison()
        if result is None:
            return False
        done = dialog.done_text(result)
    finally:
        dialog.deleteLater()
    if result.empty:
        workspace.say(done)
        return False
    if not workspace.apply(result.edit):
        return False
    workspace.say(done)
    return True
