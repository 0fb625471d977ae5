"""The evidence of a norm in the Toetsingskader dock: linked by touchpoint number, from the
canvas, from the Citaten dock, picked from a list, or as a place in a document; unlinked; each
one saved undo step. Clicking an item shows it where it lives. And the docks as the window
places them (tests/ui/assessment_data.py: the data; ui/assessment_docks.py: the wiring)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klantreis.ui.norm_page_view import EVIDENCE_KEY_ROLE, EVIDENCE_KIND_ROLE
from tests.ui.assessment_data import judging_desk, one_step, unchanged
from tests.ui.helpers import in_view


@pytest.fixture
def desk(qtbot, tmp_path):
    """Raalte with a toetsingskader, the inspector and the Citaten dock as in the window, and
    the two docks of judging placed as the window places them."""
    desk = judging_desk(qtbot, tmp_path, "inspector", "quotes", "norms", "indicators")
    in_view(desk.norms)
    return desk


def _norm(desk, norm_id):
    desk.norms.select("norm", norm_id)
    return desk.norms.evidence


def _listed(evidence):
    items = [evidence.list.item(r) for r in range(evidence.list.count())]
    return [(i.data(EVIDENCE_KIND_ROLE), i.data(EVIDENCE_KEY_ROLE), i.text()) for i in items]


def _menu_action(desk, qtbot, starts):
    """B in the list opens the link menu; the action whose text starts with ``starts``."""
    desk.norms.tree.setFocus()
    qtbot.keyClick(desk.norms.tree, Qt.Key.Key_B)
    menu = desk.norms.evidence.last_menu
    found = [a for a in menu.actions() if a.text().replace("&", "").startswith(starts)]
    assert len(found) == 1, [a.text() for a in menu.actions()]
    return found[0]


def test_the_evidence_listed(desk):
    evidence = _norm(desk, "n-plan")
    assert [(k, key) for k, key, _ in _listed(evidence)] == [("touchpoint", "tp-c4"), ("quote", "q-u01")]
    assert _listed(evidence)[0][2] == "Contactmoment 13: Intake en plan van aanpak met de consulent"
    assert _listed(evidence)[1][2].startswith("Citaat: 13 — “")
    evidence = _norm(desk, "n-regie")
    texts = [t for *_, t in _listed(evidence)]
    assert texts == ["Indicator: % plan van aanpak binnen termijn (90 → 74 %)",
                     "Indicator: Wachttijd eerste gesprek (30 → 35,5 dagen)",
                     "Document: Thuis in Raalte?, r. 1721-1727"]


def test_touchpoints_by_number(desk, qtbot):
    evidence = _norm(desk, "n-doelen")
    desk.prompts.text = lambda *args: " 13, 4-5 "
    one_step(desk, _menu_action(desk, qtbot, "Contactmomenten op nummer").trigger, "bewijs koppelen")
    assert desk.journey.get("norm", "n-doelen").touchpoint_ids == ("tp-c4", "tp-b1", "tp-b2")
    assert [k for k, *_ in _listed(evidence)].count("touchpoint") == 3
    for typed, shown in (("99", "Er is geen contactmoment met nummer 99."),
                         ("drie", "'drie' is geen lijst van nummers")):
        desk.prompts.text = lambda *args, typed=typed: typed
        unchanged(desk, evidence.link_by_numbers)
        assert desk.norms.error_label.isVisible() and shown in desk.norms.error_label.text()
    desk.prompts.text = lambda *args: "13"  # already there: nothing new
    unchanged(desk, evidence.link_by_numbers)


def test_the_cards_selected_on_the_canvas(desk, qtbot):
    _norm(desk, "n-doelen")
    desk.scene.select_only(["tp-a1", "tp-a3"])
    action = _menu_action(desk, qtbot, "Geselecteerde kaarten op het canvas (2)")
    one_step(desk, action.trigger, "bewijs koppelen")
    assert desk.journey.get("norm", "n-doelen").touchpoint_ids == ("tp-a1", "tp-a3")
    desk.scene.clearSelection()
    assert not _menu_action(desk, qtbot, "Geselecteerde kaarten").isEnabled()


def test_the_quotes_chosen_in_the_citaten_dock(desk, qtbot):
    in_view(desk.quotes)
    desk.canvas.show_touchpoint("tp-c4")
    listed = desk.quotes.quote_list
    for row in range(listed.count()):
        listed.item(row).setSelected(listed.item(row).data(Qt.ItemDataRole.UserRole) in ("q-u12", "q-u13"))
    in_view(desk.norms)
    _norm(desk, "n-plan")
    one_step(desk, _menu_action(desk, qtbot, "Gekozen citaten in het dock Citaten (2)").trigger)
    assert desk.journey.get("norm", "n-plan").quote_ids == ("q-u01", "q-u12", "q-u13")


def _picking(desk, qtbot, typed, *, chosen_rows=None):
    """Replace the modal loop of a picker: type ``typed`` in its filter, take the first shown
    item (or ``chosen_rows`` of the shown ones), Enter."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.filter, typed)
        items = [dialog.list.item(r) for r in range(dialog.list.count())]
        shown = [item for item in items if not item.isHidden()]
        for row in chosen_rows or ():
            shown[row].setSelected(True)
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
        return dialog.result() == dialog.DialogCode.Accepted
    desk.prompts.run_dialog = run
    return seen


def test_a_quote_picked_from_the_list(desk, qtbot):
    _norm(desk, "n-doelen")
    seen = _picking(desk, qtbot, "vrijwilligers")
    one_step(desk, _menu_action(desk, qtbot, "Citaat zoeken en kiezen").trigger, "bewijs koppelen")
    linked = desk.journey.get("norm", "n-doelen").quote_ids
    assert len(linked) == 1 and "vrijwilligers" in desk.journey.quote(linked[0]).text.casefold()
    assert seen[0].windowTitle() == "Citaten als bewijs"
    _picking(desk, qtbot, "geen citaat zegt dit xyz")
    unchanged(desk, desk.norms.evidence.pick_quotes)


def test_indicators_picked_leave_out_those_linked(desk, qtbot):
    _norm(desk, "n-regie")
    seen = _picking(desk, qtbot, "", chosen_rows=[0, 1])
    one_step(desk, _menu_action(desk, qtbot, "Indicator kiezen").trigger, "bewijs koppelen")
    choices = [seen[0].list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(seen[0].list.count())]
    assert choices == ["i-werk", "i-taal"]
    assert desk.journey.get("norm", "n-regie").indicator_ids == ("i-plan", "i-wacht", "i-werk", "i-taal")


def test_a_place_in_a_document(desk, qtbot):
    _norm(desk, "n-plan")
    errors = []

    def run(dialog):
        dialog.show()
        qtbot.keyClicks(dialog.location, "p. 12")
        qtbot.keyClick(dialog.location, Qt.Key.Key_Return)  # no title yet: refused, still open
        errors.append(dialog.error_label.text())
        assert dialog.isVisible()
        dialog.title.setFocus()
        qtbot.keyClicks(dialog.title, "Beleidsplan inburgering 2019")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
        return dialog.result() == dialog.DialogCode.Accepted
    desk.prompts.run_dialog = run
    one_step(desk, _menu_action(desk, qtbot, "Document en plaats").trigger, "documentverwijzing toevoegen")
    assert errors == ["Titel van het document mag niet leeg zijn."]
    reference = desk.journey.get("norm", "n-plan").documents[0]
    assert (reference.title, reference.location) == ("Beleidsplan inburgering 2019", "p. 12")


def test_delete_in_the_evidence_list_unlinks(desk, qtbot):
    evidence = _norm(desk, "n-regie")
    evidence.list.setFocus()
    evidence.list.setCurrentRow(2)
    one_step(desk, lambda: qtbot.keyClick(evidence.list, Qt.Key.Key_Delete), "documentverwijzing verwijderen")
    assert desk.journey.get("norm", "n-regie").documents == ()
    evidence.list.setCurrentRow(0)
    one_step(desk, lambda: qtbot.keyClick(evidence.list, Qt.Key.Key_Delete), "bewijs loskoppelen")
    assert desk.journey.get("norm", "n-regie").indicator_ids == ("i-wacht",)


def test_enter_on_evidence_shows_it_where_it_lives(desk, qtbot):
    evidence = _norm(desk, "n-plan")
    evidence.list.setFocus()
    evidence.list.setCurrentRow(0)
    qtbot.keyClick(evidence.list, Qt.Key.Key_Return)
    assert desk.scene.selected_touchpoints() == ["tp-c4"]  # the card on the canvas
    desk.scene.select_only(["tp-a1"])
    in_view(desk.norms)
    evidence.list.setCurrentRow(1)
    qtbot.keyClick(evidence.list, Qt.Key.Key_Return)  # the quote in the Citaten dock
    QApplication.processEvents()
    assert desk.quotes.touchpoint_id == "tp-c4" and desk.quotes.quote_list.selected_ids() == ["q-u01"]
    assert desk.quotes.quote_list.hasFocus()
    in_view(desk.norms)
    evidence = _norm(desk, "n-regie")
    desk.scene.select_only(["tp-a1"])
    evidence.list.setCurrentRow(1)
    evidence.list.itemClicked.emit(evidence.list.item(1))  # a click: the indicator in its dock
    assert desk.indicators.selected_ids() == ["i-wacht"]
    assert desk.scene.selected_touchpoints() == ["tp-a1"]  # the canvas keeps its selection
    assert desk.document.undo_stack.count() == 0


def test_an_indicator_clicked_in_the_inspector(desk):
    in_view(desk.inspector)
    desk.canvas.show_touchpoint("tp-c4")
    listed = desk.inspector.indicator_list
    texts = [listed.item(r).text() for r in range(listed.count())]
    assert texts == ["% plan van aanpak binnen termijn: 90 → 74 %", "% B1 gehaald: 50 → 62 %"]
    listed.itemClicked.emit(listed.item(1))
    assert desk.indicators.selected_ids() == ["i-taal"] and desk.indicators.table.hasFocus()


def test_the_shortcuts_bring_the_docks_forward(desk, qtbot):
    in_view(desk.quotes)
    desk.host.activateWindow()
    qtbot.waitUntil(desk.host.isActiveWindow)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(desk.view, Qt.Key.Key_T, keys)
    assert desk.norms.tree.hasFocus()
    assert desk.judging.actions["norms"].text() == "&Toetsingskader"
    desk.indicators.hide()  # (as in the window until it is asked for)
    qtbot.keyClick(desk.view, Qt.Key.Key_I, keys)
    assert desk.indicators.isVisible() and desk.indicators.table.hasFocus()
    qtbot.keyClick(desk.indicators.table, Qt.Key.Key_I, keys)  # pressed again: closed
    assert desk.indicators.isHidden()


def test_keys_in_the_norm_fields_never_reach_the_canvas(desk, qtbot):
    desk.editors()  # the canvas's Delete and Ins on the host
    evidence = _norm(desk, "n-plan")
    desk.scene.select_only(["tp-a1"])
    evidence.list.setFocus()
    evidence.list.setCurrentRow(0)
    one_step(desk, lambda: qtbot.keyClick(evidence.list, Qt.Key.Key_Delete), "bewijs loskoppelen")
    assert desk.journey.find("touchpoint", "tp-a1") is not None
    button = desk.norms.view.add_norm_button
    button.setFocus()
    unchanged(desk, lambda: qtbot.keyClick(button, Qt.Key.Key_Delete))
    qtbot.keyClick(evidence.list, Qt.Key.Key_Escape)  # from a field back to the list
    QApplication.processEvents()
    assert desk.norms.tree.hasFocus()


def test_without_the_citaten_dock_a_quote_is_shown_in_the_quote_browser(qtbot, tmp_path):
    from klantreis.ui.quote_browser import QuoteBrowser

    desk = judging_desk(qtbot, tmp_path, "norms")
    browser = QuoteBrowser(desk.workspace, desk.canvas, desk.host)
    qtbot.addWidget(browser)
    opened = []
    desk.judging.browser = lambda: opened.append(browser) or browser
    browser.show()
    browser.filters["text"].setText("iets dat geen citaat heeft")
    evidence = _norm(desk, "n-plan")
    evidence.list.setCurrentRow(1)
    evidence.show_current()
    assert opened and browser.selected_ids() == ["q-u01"] and browser.filters["text"].text() == ""
