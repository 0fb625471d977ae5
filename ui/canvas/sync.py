"""How the canvas follows the document: the changes of each step (see OpenDocument.changes)
decide how much of the scene is made again.

- only quotes and votes changed (a captured quote, a vote): the cards whose evidence changed
  get new contents; no new layout;
- only touchpoints were updated and their places are as built (a rename, a description, a
  flag): those cards get new contents in place;
- only touchpoints were updated and moved within their bands (a drag, its undo): those cards
  and their arrows move; the rest stays;
- anything else (a new card, a connection, a deletion, a phase, an actor, a failed step): the
  scene is brought in line with the journey (its rebuild keeps every item that did not change).
"""

from __future__ import annotations

import contextlib

EVIDENCE = frozenset({"quote", "score"})


def follow(scene, changes: tuple) -> None:
    if changes and all(change.kind in EVIDENCE for change in changes):
        scene.refresh_cards()
        return
    touched = [c.id for c in changes if c.kind == "touchpoint" and c.action == "updated"]
    if touched and len(touched) == len(changes):
        if scene.can_update_in_place(touched):
            scene.update_cards(touched)
            return
        if scene.move_in_place(touched):
            return
    scene.rebuild()


class Binding:
    """A scene bound to a document: it follows every step until :meth:`release` (when the scene
    is replaced, or the document closed)."""

    def __init__(self, scene, document) -> None:
        self.scene = scene
        self.document = document
        document.changes.connect(self._follow)

    def _follow(self, changes: tuple) -> None:
        follow(self.scene, changes)

    def release(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # (the document is gone already)
            self.document.changes.disconnect(self._follow)
