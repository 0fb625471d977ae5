"""The issue's 'done when': rebuild the first ten touchpoints of the Raalte journey from an empty
project with the keyboard only, quit half-way, reopen, finish, and find everything back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from klantreis.graph import layout
from klantreis.graph import route as graph
from klantreis.io import interchange
from klantreis.model.entities import JourneyInfo
from klantreis.model.journey import Journey
from klantreis.store import Project
from klantreis.store.project import open_project
from tests.conftest import RAALTE_JSON
from tests.ui.helpers import type_text
from tests.ui.helpers import window as open_window

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def _first_ten():
    """(phase name, title) of route numbers 1..10 of the real Raalte journey."""
    raalte = interchange.load_json(RAALTE_JSON)
    numbers = graph.display_numbers(raalte)
    order = sorted(numbers, key=numbers.__getitem__)[:10]
    return [(raalte.phase(raalte.touchpoint(t).phase_id).name, raalte.touchpoint(t).title)
            for t in order]


def _type_into_editor(qtbot, window, text: str) -> None:
    editor = window.canvas.title_editor
    assert editor is not None and editor.hasFocus()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.canvas.title_editor is None


def _build(qtbot, window, steps, phase_of_last: str | None) -> str | None:
    for phase, title in steps:
        if phase != phase_of_last:
            if phase_of_last is None and not window.document.journey.phases:
                qtbot.keyClick(window, Qt.Key.Key_Insert)  # the first card brings "Fase 1"
                _type_into_editor(qtbot, window, title)
                qtbot.keyClick(window, Qt.Key.Key_F2, SHIFT)  # rename the phase
                _type_into_editor(qtbot, window, phase)
                phase_of_last = phase
                continue
            qtbot.keyClick(window, Qt.Key.Key_F, CTRL | SHIFT)  # a new phase, named at once
            _type_into_editor(qtbot, window, phase)
        qtbot.keyClick(window, Qt.Key.Key_Insert)  # after the selected card, connected
        _type_into_editor(qtbot, window, title)
        phase_of_last = phase
    return phase_of_last


def test_rebuild_the_first_ten_raalte_touchpoints_by_keyboard_with_a_restart(qtbot, tmp_path):
    path = tmp_path / "raalte-nagebouwd.klantreis"
    Project.create(path, Journey(JourneyInfo(title="Raalte, nagebouwd"))).close()
    wanted = _first_ten()

    window = open_window(qtbot, path)
    last_phase = _build(qtbot, window, wanted[:6], None)
    window.close()  # quit half-way: nothing to save, everything is on disk

    window = open_window(qtbot, path)
    qtbot.keyClick(window, Qt.Key.Key_Left)  # nothing selected: Left selects the last card
    journey = window.document.journey
    assert journey.touchpoint(window.scene.selected_touchpoints()[0]).title == wanted[5][1]
    window.canvas.current_phase_id = journey.touchpoint(
        window.scene.selected_touchpoints()[0]).phase_id
    _build(qtbot, window, wanted[6:], last_phase)
    window.close()

    rebuilt = open_project(path)
    numbers = graph.display_numbers(rebuilt)
    order = sorted(numbers, key=numbers.__getitem__)
    got = [(rebuilt.phase(rebuilt.touchpoint(t).phase_id).name, rebuilt.touchpoint(t).title)
           for t in order]
    assert got == wanted
    assert [p.name for p in rebuilt.phases] == list(dict.fromkeys(p for p, _ in wanted))
    # one route: each card connected to the next
    links = [(t.source_id, t.target_id) for t in rebuilt.transitions]
    assert links == list(zip(order, order[1:], strict=False))
    # and no card lies on another
    bands, positions = layout.scene_layout(rebuilt)
    boxes = list(positions.values())
    assert all(abs(a[0] - b[0]) >= layout.CARD_W or abs(a[1] - b[1]) >= layout.CARD_H
               for i, a in enumerate(boxes) for b in boxes[i + 1:])
