"""Every question and message the controllers of one window put to the user: running a modal
dialog, a context menu, a message box, choosing a file, and the questions with their own buttons
(where the cards of a deleted phase go, what happens to previous versions, ...).

One :class:`Prompts` per window, handed to the controllers instead of the window. Tests replace
its methods on the window's instance (``window.prompts.save_path = lambda *a: path``) and set
``interactive = False``: nothing pops up, a dialog or question that a test did not expect fails
instead of waiting for a user who is not there, and the questions that have a safe answer
without a user (open the project again? redact the previous versions too?) give that answer.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget


class UnexpectedQuestion(AssertionError):
    """A question was put while nobody can answer it (``interactive`` is False)."""


def with_filter_suffix(path: Path, chosen_filter: str) -> Path:
    """``path`` with the first extension of ``chosen_filter`` ("Excel-werkmap (*.xlsx)") when
    it has none of its own."""
    if path.suffix:
        return path
    found = re.search(r"\*(\.[A-Za-z0-9]+)", chosen_filter or "")
    return path.with_name(path.name + found.group(1)) if found else path


class Prompts(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    interactive = True  # False: no message box or dialog is shown (tests)

    def _expect_user(self, what: str) -> None:
        if not self.interactive:
            raise UnexpectedQuestion(f"unexpected question: {what}")

    # ------------------------------------------------------------------ running

    def run_dialog(self, dialog) -> bool:
        """Run a modal dialog; True when it was accepted."""
        self._expect_user(dialog.windowTitle())
        return dialog.exec() == QDialog.DialogCode.Accepted

    def show_menu(self, menu, where) -> None:
        """Pop up a context menu at the screen point ``where`` (not while testing: the test
        picks the action it wants from ``menu``)."""
        if self.interactive:
            menu.exec(where)

    # ------------------------------------------------------------------ messages

    def _looking(self) -> bool:
        return self.interactive and self.parent_widget.isVisible()

    def warn(self, title: str, text: str) -> None:
        """A message box a person must see (the status line has it too)."""
        if self._looking():
            QMessageBox.warning(self.parent_widget, title, text)

    def inform(self, title: str, text: str) -> None:
        if self._looking():
            QMessageBox.information(self.parent_widget, title, text)

    # ------------------------------------------------------------------ files

    def save_path(self, title: str, suggestion: Path, filter_text: str) -> Path | None:
        """A file name to write (None: cancelled). A name typed without an extension gets the
        one of the chosen filter ("(*.xlsx)"), as Windows and macOS do in their own dialogs."""
        self._expect_user(title)
        path, chosen = QFileDialog.getSaveFileName(self.parent_widget, title, str(suggestion), filter_text)
        return with_filter_suffix(Path(path), chosen) if path else None

    def open_path(self, title: str, start: Path | str, filter_text: str) -> Path | None:
        """A file to read (None: cancelled)."""
        self._expect_user(title)
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, title, str(start), filter_text)
        return Path(path) if path else None

    # ------------------------------------------------------------------ questions

    def read_only(self, text: str) -> bool:
        """Look at a project another Klantreis edits, read-only?"""
        self._expect_user(text)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Al geopend"), text,
                          parent=self.parent_widget)
        box.setInformativeText(self.tr("U kunt het bestand alleen-lezen openen: u ziet alles, maar "
                                       "wijzigingen worden niet bewaard."))
        look = box.addButton(self.tr("Alleen lezen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is look

    def reload(self, text: str) -> bool:
        """Open the project again after another program wrote it? (Not without a person.)"""
        if not self._looking():
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Buiten Klantreis gewijzigd"), text,
                          parent=self.parent_widget)
        again = box.addButton(self.tr("Opnieuw openen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Niet nu"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is again

    def phase_removal(self, phase, count: int, neighbours: list) -> str | None:
        """Where the cards of a phase that is deleted go: a neighbour's phase id, "delete"
        (they go too), or None (cancel)."""
        self._expect_user("phase_removal")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Fase verwijderen"),
                          self.tr("Fase ‘{name}’ heeft nog %n contactmoment(en). Waar moeten "
                                  "die heen?", "", count).format(name=phase.name),
                          parent=self.parent_widget)
        choices = {}
        for neighbour in neighbours:
            button = box.addButton(self.tr("Naar ‘{name}’").format(name=neighbour.name),
                                   QMessageBox.ButtonRole.AcceptRole)
            choices[button] = neighbour.id
        delete = box.addButton(self.tr("Ook verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        choices[delete] = "delete"
        box.setInformativeText(self.tr("Citaten van verwijderde contactmomenten gaan naar de "
                                       "parkeerplaats. U kunt alles ongedaan maken."))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return choices.get(box.clickedButton())

    def previous_versions(self, count: int, folder) -> str | None:
        """After a redaction: "redact" the previous versions too, "remove" them, or None (leave
        them; also without a person)."""
        if not self.interactive:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Vorige versies"), self.tr(
            "%n vorige versie(s) van dit project bevatten de oude tekst nog.", "", count),
            parent=self.parent_widget)
        box.setInformativeText(self.tr("Ze staan in {folder}. Vervang de tekst daar ook, of verwijder "
                                       "de vorige versies.").format(folder=folder))
        redact = box.addButton(self.tr("Ook daar vervangen"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(self.tr("Vorige versies verwijderen"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Laten staan"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(redact)
        box.exec()
        return {redact: "redact", remove: "remove"}.get(box.clickedButton())

    def confirm(self, title: str, text: str) -> bool:
        """Yes or no before something the user can undo (delete these quotes?); without a person
        the answer is yes."""
        if not self.interactive:
            return True
        answer = QMessageBox.question(self.parent_widget, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_losing_evidence(self, norms: list[str]) -> bool:
        """Yes or no before deleting what norms of the toetsingskader cite as evidence
        (``norms``: their labels, "2.1 De gemeente voert regie"); they lose it, undo brings it
        back. Without a person the answer is yes."""
        if not self.interactive:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Bewijs verwijderen"),
                          self.tr("Dit is bewijs bij %n norm(en) van het toetsingskader:", "",
                                  len(norms)), parent=self.parent_widget)
        shown = [f"• {label}" for label in norms[:12]]
        if len(norms) > 12:
            shown.append(self.tr("… en nog {count}").format(count=len(norms) - 12))
        box.setInformativeText("\n".join(shown) + "\n\n" + self.tr(
            "Deze normen verliezen dit bewijs. U kunt het verwijderen ongedaan maken; dan is "
            "het bewijs weer gekoppeld."))
        delete = box.addButton(self.tr("Toch verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    def text(self, title: str, label: str, current: str = "") -> str | None:
        """One line of text (None: cancelled): a new actor's name, the attribute names."""
        self._expect_user(title)
        text, ok = QInputDialog.getText(self.parent_widget, title, label, text=current)
        return text if ok else None
