"""Transcripts in one window, as one controller the window places: the Transcripten dock, the
action that brings it forward (Ctrl+Shift+J, in the Sessie menu), Bestand > Importeren >
Transcript… and the way from a quote to its passage: "Toon in transcript" in the Citaten dock
(and ``show_passage(quote_id)`` for any other view, such as the quote browser).

The window keeps the dock's place (``addDockWidget``, ``tabifyDockWidget``) and puts the actions
in its menus (``build_menus``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from klantreis.ui.dock_actions import dock_action
from klantreis.ui.transcript_dock import TranscriptDock
from klantreis.ui.transcript_import import TranscriptImport


class TranscriptActions(QObject):
    """``TranscriptActions(workspace, canvas, host, quotes=None)``: ``dock`` (parented to
    ``host``, hidden until asked for), ``importer``, ``actions`` ("dock", "import");
    ``show_transcript(id)``, ``show_passage(quote_id)``. ``quotes`` (a QuotesDock) gets its
    "Toon in transcript" wired here."""

    def __init__(self, workspace, canvas, host, *, quotes=None) -> None:
        super().__init__(host)
        self.workspace = workspace
        self.dock = TranscriptDock(workspace, canvas, host)
        self.importer = TranscriptImport(workspace, host)
        self.importer.imported.connect(self.show_transcript)
        import_action = QAction(self.tr("&Transcript…"), host)
        import_action.triggered.connect(lambda _checked=False: self.importer.start())
        self.actions: dict[str, QAction] = {
            "dock": dock_action(self.dock, self.tr("&Transcripten"), "Ctrl+Shift+J", self.dock.text),
            "import": import_action,
        }
        if quotes is not None:
            quotes.transcript_requested.connect(self.show_passage)

    def build_menus(self, session_menu, import_menu) -> None:
        self.actions["dock"].setChecked(not self.dock.isHidden())
        session_menu.addSeparator()
        session_menu.addAction(self.actions["dock"])
        import_menu.addAction(self.actions["import"])

    def _bring_forward(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.dock.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.actions["dock"].setChecked(True)

    def show_transcript(self, transcript_id: str) -> None:
        """The transcript in the dock, brought forward (after an import)."""
        self._bring_forward()
        self.dock.show_transcript(transcript_id)

    def show_passage(self, quote_id: str) -> bool:
        """The passage a quote was made from, selected and scrolled into view in the dock
        brought forward; False (and nothing happens) for a quote that is not from a transcript."""
        journey = self.workspace.journey
        quote = journey.find("quote", quote_id) if journey is not None else None
        if quote is None or quote.transcript_id is None:
            return False
        self._bring_forward()
        return self.dock.show_passage(quote_id)
