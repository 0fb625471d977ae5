"""Connecting a widget to the open document and to the shown scene, which both get replaced
(another project opened, the swimlane view switched on) and may already be deleted by Qt."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

GONE = object()  # what last_selected_touchpoint gives for a scene that is being deleted


def rewire(old, new, slots: dict[str, Callable]) -> None:
    """Disconnect each slot from the signal of that name on ``old`` (None, or an object that
    Qt may already have deleted) and connect it to the one on ``new`` (None: nothing)."""
    for name, slot in slots.items():
        if old is not None:
            with suppress(RuntimeError, TypeError):  # deleted, or never connected
                getattr(old, name).disconnect(slot)
        if new is not None:
            getattr(new, name).connect(slot)


def last_selected_touchpoint(scene):
    """The touchpoint the user selected last in ``scene`` (None: none), or :data:`GONE` while
    the scene is being deleted (its items deselect on the way out)."""
    try:
        selected = scene.selected_touchpoints()
    except RuntimeError:
        return GONE
    return selected[-1] if selected else None


class FollowsSelection:
    """For widgets that show or use the touchpoint selected on the canvas: ``follow_scene(scene)``
    (again for each new scene) and ``touchpoint_selected(touchpoint_id or None)`` to implement."""

    _scene = None

    def follow_scene(self, scene) -> None:
        rewire(self._scene, scene, {"selectionChanged": self._scene_selection_changed})
        self._scene = scene
        self._scene_selection_changed()

    def _scene_selection_changed(self) -> None:
        selected = last_selected_touchpoint(self._scene)
        if selected is not GONE:
            self.touchpoint_selected(selected)

    def touchpoint_selected(self, touchpoint_id: str | None) -> None:
        raise NotImplementedError


class FillsWhenShown:
    """For docks that fill themselves with a large project's data: they do it only while they
    are on screen (not closed, not a tab behind another). Call ``watch_visibility()`` once;
    ``refresh()`` (to implement) runs when the dock comes into view, and checks ``on_screen``."""

    on_screen = False

    def watch_visibility(self) -> None:
        self.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        self.on_screen = visible
        if visible:
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


def bind(widget, workspace, canvas=None) -> None:
    """``widget`` shows the workspace's document (``set_document``, now and whenever another
    is shown) and, given ``canvas``, follows the scene on it (``follow_scene``)."""
    workspace.document_replaced.connect(widget.set_document)
    if workspace.document is not None:
        widget.set_document(workspace.document)
    if canvas is not None:
        canvas.scene_replaced.connect(widget.follow_scene)
        if canvas.scene is not None:
            widget.follow_scene(canvas.scene)


def on_changes(kinds: set[str] | frozenset[str], slot: Callable[[], None]) -> Callable[[tuple], None]:
    """A receiver for ``OpenDocument.changes`` that calls ``slot()`` when a change of one of
    ``kinds`` is among them ("journey": the journey's own fields), or when the tuple is empty
    (a failed step: show the stored state again). Keep the result: rewire needs the same one."""
    def receive(changes: tuple) -> None:
        if not changes or any(change.kind in kinds for change in changes):
            slot()
    return receive
