"""The editing flow between the canvas and the docks: a new card follows the selected card's
phase as it is now; the inspector's phase choice moves a card to a free place; Escape from a
dock field gives the canvas its keys back; dock shortcuts bring a dock to the front."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from klantreis.graph import layout
from klantreis.ui.dock_actions import in_front
from tests.ui.helpers import in_view


def _phase_box(window):
    return window.inspector.fields["touchpoint"]["phase_id"]


def test_after_moving_a_card_with_the_phase_combo_the_canvas_keys_work_again(qtbot, raalte):
    window = raalte
    journey = window.document.journey
    window.scene.select_only(["tp-a2"])
    in_view(window.inspector)
    box = _phase_box(window)
    other = journey.phases[2].id
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.setCurrentIndex(box.index_of(other))  # as picking it in the list does
    moved = journey.touchpoint("tp-a2")
    assert moved.phase_id == other
    positions = layout.positions_for(journey)
    assert all(abs(positions[t.id][0] - moved.x) >= layout.CARD_W
               or abs(positions[t.id][1] - moved.y) >= layout.CARD_H
               for t in journey.touchpoints_in_phase(other) if t.id != "tp-a2")
    steps = window.document.undo_stack.count()
    QTest.keyClicks(box, "vijf")  # letters meant for the canvas: no type-ahead, no silent steps
    assert window.document.undo_stack.count() == steps and journey.touchpoint("tp-a2").phase_id == other
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.view.hasFocus)
    QTest.keyClick(window.view, Qt.Key.Key_Insert)
    new = [t for t in journey.touchpoints if t.title == "Nieuw contactmoment"]
    assert new and new[0].phase_id == other  # the selected card's phase as it is now


def test_a_dock_shortcut_brings_a_dock_behind_a_tab_to_the_front(qtbot, raalte):
    window = raalte
    window.inspector.raise_()
    qtbot.waitUntil(lambda: in_front(window.inspector))
    assert not window.respondents.isHidden() and not in_front(window.respondents)
    window.respondents_action.trigger()
    qtbot.waitUntil(lambda: in_front(window.respondents))
    assert window.respondents.respondents.hasFocus() or window.respondents.isAncestorOf(
        window.focusWidget())
    window.respondents_action.trigger()  # in front already: now it goes
    assert window.respondents.isHidden()
    window.respondents_action.trigger()
    qtbot.waitUntil(lambda: in_front(window.respondents))


def test_the_status_bar_counts_in_words_that_fit(qtbot, empty):
    from PySide6.QtWidgets import QApplication

    from klantreis.model.edits import Insert
    from klantreis.model.entities import Phase
    from klantreis.ui.app import install_language

    install_language(QApplication.instance(), "nl")  # (the Dutch plural forms, as at a start)
    window = empty
    assert window.document.apply(Insert(Phase("p1", "Aankomst")))
    assert window.summary.text().startswith("1 fase · 0 contactmomenten")
