"""A desk with the Transcripten dock for the transcript tests, and importing a transcript as a
user does (Bestand > Importeren > Transcript…), with the file chooser and the speakers dialog
replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import Desk

CORPUS = Path(__file__).resolve().parent
INTERVIEW = CORPUS / "interview-r1.txt"  # R1, Interviewer and Tolk; two turns in Arabic
NAMES = CORPUS / "focusgroep-namen.vtt"  # a speaker called by her first name


def transcript_desk(qtbot, path) -> Desk:
    """The project at ``path`` on a desk with the Eigenschappen, Citaten and Transcripten docks
    tabbed on the right (the Transcripten dock in front), the canvas editors' keys on the host,
    and ``desk.transcripts`` (the TranscriptActions of the window) with its actions."""
    from klantreis.ui.transcript_actions import TranscriptActions

    desk = Desk(qtbot, path)
    desk.docks("inspector", "quotes")
    desk.editors()
    desk.transcripts = TranscriptActions(desk.workspace, desk.canvas, desk.host, quotes=desk.quotes)
    desk.dock = desk.transcripts.dock
    desk.host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, desk.dock)
    desk.host.tabifyDockWidget(desk.quotes, desk.dock)
    desk.host.addActions(list(desk.transcripts.actions.values()))
    desk.dock.raise_()
    QApplication.processEvents()
    return desk


def accepting(desk, fill=None, seen=None):
    """The speakers dialog filled in by ``fill(dialog)`` (if given) and accepted; ``seen``
    (a list) collects the dialogs."""
    def run(dialog):
        if seen is not None:
            seen.append(dialog)
        if fill is not None:
            fill(dialog)
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted
    desk.prompts.run_dialog = run


def import_file(desk, qtbot, path, fill=None, seen=None):
    """Bestand > Importeren > Transcript… on ``path``, the dialog filled in by ``fill``;
    returns when the reading has ended (the new transcript, or None)."""
    desk.prompts.open_path = lambda *_args: Path(path)
    accepting(desk, fill, seen)
    before = {t.id for t in desk.journey.transcripts}
    desk.transcripts.actions["import"].trigger()
    qtbot.waitUntil(lambda: desk.transcripts.importer.job is None, timeout=20000)
    new = [t for t in desk.journey.transcripts if t.id not in before]
    return new[0] if new else None


def row_of(dialog, label: str) -> int:
    return dialog.labels.index(label)


def select_words(dock, start: int, words: int) -> None:
    """Put the caret at character ``start`` (as a click does) and select ``words`` words with
    Ctrl+Shift+Right, as a user does with the keyboard."""
    text = dock.text
    cursor = text.textCursor()
    cursor.setPosition(text.positions.to_qt(start))
    text.setTextCursor(cursor)
    text.setFocus()
    for _ in range(words):
        QTest.keyClick(text, Qt.Key.Key_Right,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
