"""Editing the phases: add, rename in place, move up and down (or drag the header), delete.
Like the journey editor, it only turns what the user asks for into undoable edits."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QKeySequence

from klantreis.graph import layout
from klantreis.model import edits
from klantreis.model.entities import Phase, new_id
from klantreis.ui.inline_editor import InlineTitleEditor

PHASE_COLOURS = ("#E3ECF5", "#E6F2E6", "#FDF1DC", "#F3E6F2", "#E2F1F1", "#F6E4E1")


class PhaseEditor(QObject):
    """``PhaseEditor(workspace, canvas, host)``: ``host`` holds the actions' shortcuts."""

    def __init__(self, workspace, canvas, host) -> None:
        super().__init__(host)
        self.workspace = workspace
        self.canvas = canvas
        self.host = host
        self.actions: dict[str, QAction] = {}
        self._action("add_phase", self.tr("Nieuwe &fase"), ["Ctrl+Shift+F"], self.add_phase)
        self._action("rename_phase", self.tr("Fase &hernoemen"), ["Shift+F2"],
                     lambda: self.start_rename(self.current))
        self._action("phase_up", self.tr("Fase &omhoog"), ["Ctrl+Shift+Up"],
                     lambda: self.move_by(self.current, -1))
        self._action("phase_down", self.tr("Fase om&laag"), ["Ctrl+Shift+Down"],
                     lambda: self.move_by(self.current, 1))
        self._action("remove_phase", self.tr("Fase &verwijderen…"), ["Ctrl+Shift+Del"],
                     lambda: self.remove(self.current))
        canvas.scene_replaced.connect(self.attach)

    def _action(self, name, text, shortcuts, slot) -> None:
        action = QAction(text, self.host)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.host.addAction(action)
        self.actions[name] = action

    @property
    def document(self):
        return self.workspace.document

    @property
    def current(self) -> str | None:
        """The phase of the selection, or the phase last clicked, or the last phase."""
        journey = self.document.journey if self.document else None
        if journey is None or not journey.phases:
            return None
        phase_id = self.canvas.current_phase_id
        return phase_id if phase_id in {p.id for p in journey.phases} else journey.phases[-1].id

    def attach(self, scene) -> None:
        scene.phase_move_requested.connect(self.move_to)
        scene.phase_rename_requested.connect(self.start_rename)
        for name in ("add_phase", "rename_phase", "phase_up", "phase_down", "remove_phase"):
            self.actions[name].setEnabled(scene.phase_bands)

    def _apply(self, edit) -> bool:
        return self.workspace.apply(edit)

    # ------------------------------------------------------------------ intents

    def add_phase(self) -> None:
        """A new phase after the current one."""
        journey = self.document.journey
        n = journey.count("phase")
        current = self.current
        index = journey.index_of("phase", current) + 1 if current else n
        phase = Phase(new_id(), self.tr("Fase {n}").format(n=n + 1),
                      colour=PHASE_COLOURS[n % len(PHASE_COLOURS)])
        if self._apply(edits.Insert(phase, index)):
            self.canvas.choose_phase(phase.id)
            self.start_rename(phase.id)

    def move_to(self, phase_id: str, index: int) -> None:
        self._apply(edits.Move("phase", phase_id, index))

    def move_by(self, phase_id: str | None, step: int) -> None:
        if phase_id is None:
            return
        index = self.document.journey.index_of("phase", phase_id) + step
        if 0 <= index < self.document.journey.count("phase"):
            self.move_to(phase_id, index)

    def remove(self, phase_id: str | None) -> None:
        """Delete a phase; when it has touchpoints, ask where they go (or whether they go too)."""
        if phase_id is None:
            return
        journey = self.document.journey
        members = journey.touchpoints_in_phase(phase_id)
        if not members:
            self._apply(edits.remove_phase(journey, phase_id))
            return
        index = journey.index_of("phase", phase_id)
        neighbours = [journey.phases[i] for i in (index - 1, index + 1)
                      if 0 <= i < journey.count("phase")]
        choice = self.workspace.prompts.phase_removal(journey.phase(phase_id), len(members), neighbours)
        if choice is None:
            return
        if choice == "delete":
            self._apply(edits.remove_phase(journey, phase_id, with_touchpoints=True))
        else:
            self._apply(edits.remove_phase(journey, phase_id, move_to=choice))

    # ------------------------------------------------------------------ renaming in place

    def start_rename(self, phase_id: str | None) -> None:
        scene = self.canvas.scene
        if phase_id is None or scene is None or phase_id not in getattr(scene, "bands", {}):
            return
        view = self.canvas.view
        band = scene.band(phase_id)
        header = QRectF(band.rect.left() + 10, band.rect.top() + 40, layout.LABEL_W - 30, 28)
        view.ensureVisible(header, 40, 40)
        editor = InlineTitleEditor(view, phase_id, self.document.journey.phase(phase_id).name,
                                   self._finish_rename)
        editor.setGeometry(view.mapFromScene(header).boundingRect())
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.canvas.title_editor = editor

    def _finish_rename(self, phase_id: str, name: str | None) -> None:
        self.canvas.title_editor = None
        if self.document is None:  # the window closed while renaming
            return
        journey = self.document.journey
        if name is None or phase_id not in {p.id for p in journey.phases}:
            return
        name = name.strip()
        old = journey.phase(phase_id)
        if name == old.name:
            return
        if not name:
            self.workspace.failed(self.tr("Een fase heeft een naam nodig."))
            return
        self._apply(edits.Update(replace(old, name=name), "edit_rename_phase"))
