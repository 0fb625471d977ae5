"""The canvas as the controllers share it: the view, the scene shown in it (made again when the
swimlane view is switched on or off or another project opens, then bound to the document so it
follows every change itself), the phase a new card goes to, and the title being edited in place.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from klantreis.ui.canvas.scene import JourneyScene
from klantreis.ui.canvas.sync import Binding


class CanvasState(QObject):
    """``view``; ``scene`` (None before a document is shown) and ``scene_replaced(scene)``;
    ``current_phase_id`` and ``phase_of_selection``; ``title_editor`` (the inline editor while a
    title is being edited, else None)."""

    scene_replaced = Signal(object)

    def __init__(self, view, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.scene = None
        self._binding: Binding | None = None
        self.current_phase_id: str | None = None
        # the current phase is the selected card's (the user has not chosen another since)
        self.phase_of_selection = False
        self.title_editor = None

    def show(self, document, *, lanes: bool, keep_selection: bool = True) -> None:
        """A new scene of ``document`` (phase bands, or a lane per actor), bound to it."""
        old = self.scene
        keep = old.selected_touchpoints() if old is not None and keep_selection else []
        if lanes:  # (imported when first asked for: a start needs only the phase bands)
            from klantreis.ui.canvas.swimlane_scene import SwimlaneScene as scene_type
        else:
            scene_type = JourneyScene
        if self._binding is not None:
            self._binding.release()
        self.scene = scene_type(document.journey, self.parent())
        self._binding = Binding(self.scene, document)
        self.current_phase_id = None
        self.view.setScene(self.scene)
        self.scene_replaced.emit(self.scene)
        self.scene.select_only(keep)
        if old is not None:
            old.blockSignals(True)  # no selection signals from a scene being torn down
            old.deleteLater()

    def choose_phase(self, phase_id: str | None) -> None:
        """The phase a new card goes to, chosen by the user (a band clicked, a new phase made):
        it wins over the selected card's phase until another card is selected."""
        self.current_phase_id = phase_id
        self.phase_of_selection = False

    def follow_selected_card(self, phase_id: str) -> None:
        self.current_phase_id = phase_id
        self.phase_of_selection = True

    def show_touchpoint(self, touchpoint_id: str) -> None:
        """Select a card and scroll it into view (find, lists)."""
        if self.scene is None or touchpoint_id not in self.scene.cards:
            return
        self.scene.select_only([touchpoint_id])
        self.view.ensureVisible(self.scene.card(touchpoint_id).sceneBoundingRect(), 60, 60)

    def bring_forward(self, touchpoint_id: str) -> None:
        """From another window (the quote browser, the two worlds): show the card and bring the
        canvas's window to the front."""
        self.show_touchpoint(touchpoint_id)
        window = self.view.window()
        window.raise_()
        window.activateWindow()

    def focus(self) -> None:
        """Escape in a dock field: back to the canvas, where Ins, F2, the arrows ... work."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
