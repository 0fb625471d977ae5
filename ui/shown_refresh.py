"""For the docks of judging (Indicatoren, Toetsingskader): a change while the dock is out of view
(closed, or a tab behind another) only marks it stale; it fills itself when it comes into view.
During a focus group every captured quote is a change, and these docks need none of them then.

(ui/wiring.py's FillsWhenShown trusts the ``visible`` of ``visibilityChanged``, which for a dock
added to a window already on screen can say False after its tab came to the front: here the
signal only says "look again", once the layout has settled.)"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from klantreis.ui.dock_actions import in_front


class RefreshWhenShown:
    """Mix into a QDockWidget that has ``refresh()``; call ``watch_view()`` once and connect
    the document's changes to ``changed``. ``fresh()`` fills a stale dock at once (before
    showing something in it)."""

    _stale = False

    def watch_view(self) -> None:
        self.visibilityChanged.connect(lambda _visible: QTimer.singleShot(0, self._look))

    def changed(self) -> None:
        if in_front(self):
            self.refresh()
        else:
            self._stale = True

    def _look(self) -> None:
        try:
            if self._stale and in_front(self):
                self.fresh()
        except RuntimeError:  # deleted meanwhile (the window closed)
            pass

    def fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
