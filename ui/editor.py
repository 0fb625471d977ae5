"""Editing the journey on the canvas: the Bewerken actions and the scene's intents, turned
into undoable edits on the document. Holds no model state of its own: the document is the
workspace's, the current phase and the title being edited are the canvas state's."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from klantreis.evidence import assessment
from klantreis.graph import layout
from klantreis.graph import route as graph
from klantreis.io import fragment
from klantreis.model import edits
from klantreis.model.entities import Phase, Touchpoint, Transition, new_id
from klantreis.model.errors import KlantreisError
from klantreis.ui import clipboard
from klantreis.ui.canvas.scene import JourneyScene
from klantreis.ui.inline_editor import InlineTitleEditor
from klantreis.ui.phase_editor import PHASE_COLOURS


class JourneyEditor(QObject):
    """``JourneyEditor(workspace, canvas, host)``: ``host`` holds the actions' shortcuts;
    ``phase_actions`` (the phase editor's) go into the canvas's context menu."""

    def __init__(self, workspace, canvas, host) -> None:
        super().__init__(host)
        self.workspace = workspace
        self.canvas = canvas
        self.host = host
        self.phase_actions: dict[str, QAction] = {}
        self._last_selection: list[str] = []
        self.actions: dict[str, QAction] = {}
        self._action("add", self.tr("Nieuw &contactmoment"), ["Ins", "Ctrl+T"], self.add_touchpoint)
        self._action("rename", self.tr("&Hernoemen"), ["F2"], self.rename_selected)
        self._action("connect", self.tr("Ver&binden"), ["Ctrl+L"], self.connect_selected)
        # "Del" only: on X11 the standard Delete keys include Ctrl+D, which is Dupliceren here
        self._action("delete", self.tr("&Verwijderen"), ["Del"], self.delete_selected)
        self._action("copy", self.tr("&Kopiëren"), [QKeySequence.StandardKey.Copy],
                     self.copy_selected)
        self._action("paste", self.tr("&Plakken"), [QKeySequence.StandardKey.Paste], self.paste)
        self._action("duplicate", self.tr("&Dupliceren"), ["Ctrl+D"], self.duplicate_selected)
        self._action("relayout", self.tr("Opnieuw &ordenen"), ["Ctrl+Shift+L"], self.relayout)
        self._action("next", self.tr("Volgend contactmoment"), ["Right"], lambda: self.step(1, False))
        self._action("previous", self.tr("Vorig contactmoment"), ["Left"], lambda: self.step(-1, False))
        self._action("extend_next", self.tr("Selectie uitbreiden naar volgende"), ["Shift+Right"],
                     lambda: self.step(1, True))
        self._action("extend_previous", self.tr("Selectie uitbreiden naar vorige"), ["Shift+Left"],
                     lambda: self.step(-1, True))
        canvas.scene_replaced.connect(self.attach)

    def _action(self, name, text, shortcuts, slot) -> None:
        action = QAction(text, self.host)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.host.addAction(action)
        self.actions[name] = action

    # ------------------------------------------------------------------ plumbing

    @property
    def document(self):
        return self.workspace.document

    @property
    def scene(self) -> JourneyScene | None:
        return self.canvas.scene

    @property
    def title_editor(self) -> InlineTitleEditor | None:
        return self.canvas.title_editor

    def attach(self, scene: JourneyScene) -> None:
        scene.moved.connect(self.move)
        scene.add_requested.connect(self.add_touchpoint_at)
        scene.rename_requested.connect(self.start_rename)
        scene.connect_requested.connect(self.connect_pair)
        scene.phase_activated.connect(self._set_current_phase)
        scene.menu_requested.connect(self.show_menu)
        scene.selectionChanged.connect(self._follow_selection)

    def _follow_selection(self) -> None:
        if self.scene is None:
            return
        selected = self.scene.selected_touchpoints()
        if selected == self._last_selection:  # a rebuild restored it: not the user's choice
            return
        self._last_selection = selected
        if selected:
            self.canvas.follow_selected_card(self.document.journey.touchpoint(selected[-1]).phase_id)

    def _set_current_phase(self, phase_id: str) -> None:
        self.canvas.choose_phase(phase_id)

    def _apply(self, edit) -> bool:
        return self.workspace.apply(edit)

    # ------------------------------------------------------------------ intents

    def move(self, moves: dict) -> None:
        journey = self.document.journey
        known = {k: v for k, v in moves.items() if k in {tp.id for tp in journey.touchpoints}}
        if known and not self._apply(edits.move_touchpoints(journey, known)):
            self.scene.rebuild()  # refused: the cards go back

    def add_touchpoint(self) -> None:
        """A new card after the selected one (connected from it), in the current phase."""
        journey = self.document.journey
        selected = self.scene.selected_touchpoints() if self.scene else []
        after = selected[-1] if len(selected) == 1 else None
        # the selected card's phase as it is now (the inspector may have moved it since it was
        # selected), unless the user chose a phase after selecting it
        phase_id = self.canvas.current_phase_id
        if after is not None and self.canvas.phase_of_selection:
            phase_id = journey.touchpoint(after).phase_id
        if phase_id is None or phase_id not in {p.id for p in journey.phases}:
            phase_id = journey.phases[-1].id if journey.phases else None
        self.add_touchpoint_at(phase_id, None, None, after)

    def add_touchpoint_at(self, phase_id: str | None, x: float | None, y: float | None,
                          after: str | None = None) -> None:
        journey = self.document.journey
        steps = []
        if phase_id is None:  # an empty journey: its first phase comes with the card
            phase = Phase(new_id(), self.tr("Fase 1"), colour=PHASE_COLOURS[0])
            steps.append(edits.Insert(phase))
            phase_id = phase.id
        if x is None:
            x, y = layout.free_spot(journey, phase_id, after)
        tp = Touchpoint(new_id(), self.tr("Nieuw contactmoment"), phase_id, x=x, y=y)
        pin = edits.move_touchpoints(journey, {})  # keep the others where they are shown
        steps += [pin, edits.Insert(tp)]
        if after is not None:
            steps.append(edits.Insert(Transition(new_id(), after, tp.id)))
        if self._apply(edits.Sequence(steps, "edit_add_touchpoint")):
            self.canvas.current_phase_id = phase_id
            self.scene.select_only([tp.id])
            self.start_rename(tp.id)

    def connect_selected(self) -> None:
        selected = self.scene.selected_touchpoints() if self.scene else []
        if len(selected) != 2:
            self.workspace.say(
                self.tr("Selecteer eerst twee contactmomenten (de eerste is het begin)."), 5000)
            return
        self.connect_pair(selected[0], selected[1])

    def connect_pair(self, source_id: str, target_id: str) -> None:
        if self._apply(edits.Insert(Transition(new_id(), source_id, target_id))):
            self.scene.select_only([target_id])

    def copy_selected(self) -> None:
        ids = self.scene.selected_touchpoints() if self.scene else []
        if ids:
            clipboard.put_fragment(fragment.copy_fragment(self.document.journey, ids))
            self.workspace.say(self.tr("%n contactmoment(en) gekopieerd", "", len(ids)), 4000)

    def paste(self) -> None:
        """The copied touchpoints, from this or another project, into the current phase."""
        journey = self.document.journey
        current = self.canvas.current_phase_id
        phase = current if journey.find("phase", current) else None
        try:
            data = clipboard.get_fragment()
            if data is None:
                self.workspace.say(self.tr("Er staan geen contactmomenten op het klembord."), 5000)
                return
            edit, new_ids = fragment.paste_edits(journey, data, target_phase_id=phase)
        except KlantreisError as error:
            self.workspace.failed(str(error))
            return
        if new_ids and self._apply(edit):
            self.scene.select_only(new_ids)

    def duplicate_selected(self) -> None:
        ids = self.scene.selected_touchpoints() if self.scene else []
        if ids:
            edit, new_ids = fragment.duplicate_edits(self.document.journey, ids)
            if self._apply(edit):
                self.scene.select_only(new_ids)

    def relayout(self) -> None:
        """'Opnieuw ordenen': the automatic layout, as one undoable step."""
        if self.document is not None and self.document.journey.touchpoints:
            self._apply(edits.relayout(self.document.journey))

    def delete_selected(self) -> None:
        if self.scene is None:
            return
        tps = self.scene.selected_touchpoints()
        journey = self.document.journey
        # transitions of a deleted card go with it (RemoveTouchpoint), so skip them here
        trs = [t.id for t in map(journey.transition, self.scene.selected_transitions())
               if not {t.source_id, t.target_id} & set(tps)]
        steps = [edits.Remove("transition", t) for t in trs] + [edits.RemoveTouchpoint(t) for t in tps]
        if not steps:
            return
        losing = assessment.losing_evidence(journey, "touchpoint", tps)  # (norms citing the cards)
        if losing and not self.workspace.prompts.confirm_losing_evidence(losing):
            return
        code = steps[0].code if len(steps) == 1 else "edit_remove_selection"
        self._apply(edits.Sequence(steps, code))

    def step(self, direction: int, extend: bool) -> None:
        """Move the selection along the route (route numbers), or extend it with Shift."""
        if self.scene is None or self.title_editor is not None:
            return
        numbers = graph.display_numbers(self.document.journey)
        order = sorted(numbers, key=numbers.__getitem__)
        if not order:
            return
        selected = self.scene.selected_touchpoints()
        if not selected:
            target = order[0] if direction > 0 else order[-1]
        else:
            index = order.index(selected[-1]) + direction
            target = order[max(0, min(len(order) - 1, index))]
        if extend:
            self.scene.card(target).setSelected(True)
        else:
            self.scene.select_only([target])
        self.canvas.view.ensureVisible(self.scene.card(target).sceneBoundingRect(), 40, 40)

    # ------------------------------------------------------------------ context menus

    def show_menu(self, request: dict) -> None:
        """The right-click menu for what is under the mouse: a card, an arrow, a phase header
        or the empty canvas of a band."""
        menu = QMenu(self.host)
        kind = request["kind"]
        if request["phase_id"]:
            self.canvas.choose_phase(request["phase_id"])
        if kind == "touchpoint":
            for name in ("rename", "connect", "delete"):
                menu.addAction(self.actions[name])
            for name in ("copy", "duplicate"):
                if name in self.actions:
                    menu.addAction(self.actions[name])
        elif kind == "transition":
            menu.addAction(self.actions["delete"])
        else:
            if request["phase_id"]:
                here = menu.addAction(self.tr("Nieuw contactmoment hier"))
                here.triggered.connect(lambda: self.add_touchpoint_at(
                    request["phase_id"], request["x"], request["y"]))
            else:
                menu.addAction(self.actions["add"])
            if "paste" in self.actions:
                menu.addAction(self.actions["paste"])
            menu.addSeparator()
            for name in ("add_phase", "rename_phase", "phase_up", "phase_down", "remove_phase"):
                menu.addAction(self.phase_actions[name])
            menu.addSeparator()
            menu.addAction(self.actions["relayout"])
        self.last_menu = menu
        self.workspace.prompts.show_menu(menu, request["screen"])

    last_menu = None  # the last context menu, for tests

    # ------------------------------------------------------------------ renaming in place

    def rename_selected(self) -> None:
        selected = self.scene.selected_touchpoints() if self.scene else []
        if selected:
            self.start_rename(selected[-1])

    def start_rename(self, touchpoint_id: str) -> None:
        view = self.canvas.view
        card = self.scene.card(touchpoint_id)
        view.ensureVisible(card.sceneBoundingRect(), 60, 60)
        rect = view.mapFromScene(card.mapRectToScene(QRectF(8, 34, layout.CARD_W - 16, 30)))
        editor = InlineTitleEditor(view, touchpoint_id,
                                   self.document.journey.touchpoint(touchpoint_id).title,
                                   self._finish_rename)
        editor.setGeometry(rect.boundingRect())
        editor.show()
        editor.setFocus()
        self.canvas.title_editor = editor

    def _finish_rename(self, touchpoint_id: str, title: str | None) -> None:
        self.canvas.title_editor = None
        if self.document is None:  # the window closed while renaming
            return
        journey = self.document.journey
        if title is None or touchpoint_id not in {tp.id for tp in journey.touchpoints}:
            return
        title = title.strip()
        old = journey.touchpoint(touchpoint_id)
        if title == old.title:
            return
        if not title:
            self.workspace.failed(self.tr("Een contactmoment heeft een titel nodig."))
            return
        self._apply(edits.Update(replace(old, title=title), "edit_rename_touchpoint"))
