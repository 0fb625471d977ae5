"""Bestand > Eigenschappen van de klantreis: a new project gets its title, method and
attribute names in the app; one undo step; a refused value keeps the dialog open."""

from __future__ import annotations

from klantreis.store.project import open_project
from klantreis.ui.journey_dialog import JourneyDialog


def test_the_journeys_own_fields_are_one_undo_step(qtbot, empty):
    window = empty
    dialog = JourneyDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.fields["title"].setText("Werkroute statushouders Exloo")
    dialog.fields["organisation"].setText("Rekenkamercommissie Borger-Odoorn")
    dialog.fields["period"].setText("2026")
    dialog.fields["method"].setPlainText("Interviews met 5 statushouders en 6 medewerkers werkteam.")
    dialog.fields["attribute_names"].setPlainText("leeftijdsklasse\nland van herkomst\n")
    dialog.accept()
    info = open_project(window.document.path).info
    assert info.title == "Werkroute statushouders Exloo" and info.period == "2026"
    assert info.attribute_names == ("leeftijdsklasse", "land van herkomst")
    assert "Werkroute statushouders Exloo" in window.windowTitle()
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.journey.info.title == "Nieuwe reis"


def test_an_empty_title_is_refused_in_the_dialog(qtbot, empty_desk):
    empty = empty_desk
    dialog = JourneyDialog(empty.document, empty.host)
    qtbot.addWidget(dialog)
    dialog.fields["title"].setText("  ")
    dialog.accept()
    assert dialog.result() == 0 and "titel" in dialog.error.text().lower()
    assert empty.document.undo_stack.count() == 0


def test_the_menus_open_both_dialogs(qtbot, empty):
    seen = []
    empty.prompts.run_dialog = lambda dialog: seen.append(type(dialog).__name__) or False
    empty.journey_actions.actions["properties"].trigger()
    empty.journey_actions.actions["actors"].trigger()
    assert seen == ["JourneyDialog", "ActorsDialog"]
