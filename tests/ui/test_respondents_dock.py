"""Groups and respondents: codes with the project's attributes, never names; one undo step per cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klantreis.model.edits import Insert
from klantreis.model.entities import Perspective, Respondent, new_id
from klantreis.store.project import open_project
from klantreis.ui.respondents_dock import CONSENT, FIRST_ATTRIBUTE, INTERPRETER, LANGUAGE
from tests.ui.helpers import in_view, on_disk, state


@pytest.fixture
def desk(desk):
    """The dock on the Raalte project, behind Eigenschappen as in the window."""
    desk.docks("inspector", "quotes", "respondents")
    return desk

def test_a_dock_behind_another_tab_is_filled_when_it_comes_into_view(desk):
    dock = desk.respondents
    assert dock.respondents.rowCount() == 0  # behind the inspector: not filled yet
    in_view(dock)
    assert dock.respondents.rowCount() == 13
    desk.inspector.raise_()
    QApplication.processEvents()
    assert desk.document.apply(Insert(Respondent(new_id(), "R99")))
    assert dock.respondents.rowCount() == 13  # out of view: left as it was
    in_view(dock)
    assert dock.respondents.rowCount() == 14 and dock.respondents.item(13, 0).text() == "R99"


def test_the_raalte_groups_and_respondents_are_listed_with_their_attributes(desk):
    dock = in_view(desk.respondents)
    journey = desk.document.journey
    assert dock.groups.rowCount() == 3 and dock.groups.item(0, 0).text() == journey.groups[0].name
    assert dock.respondents.rowCount() == len(journey.respondents) == 13
    headers = [dock.respondents.horizontalHeaderItem(c).text() for c in range(dock.respondents.columnCount())]
    assert headers[:6] == ["Code", "Groep", "Toestemming", "Taal interview", "Tolk", "geslacht"]
    assert "naam" not in [h.lower() for h in headers]
    r1 = headers.index("leeftijdsklasse")
    assert dock.respondents.item(0, 0).text() == "R1" and dock.respondents.item(0, r1).text() == "30-40"


def test_add_a_group_and_a_respondent_then_edit_cells_each_undoable(desk):
    dock = in_view(desk.respondents)
    before = state(desk)
    dock.add_group()
    group = desk.document.journey.groups[-1]
    assert group.name == "Focusgroep 4" and group.perspective is Perspective.CLIENT
    dock.groups.item(3, 2).setText("2024-05-14")
    assert desk.document.journey.group(group.id).date == "2024-05-14"
    dock.groups.cellWidget(3, 1).setCurrentIndex(1)  # uitvoerders
    assert desk.document.journey.group(group.id).perspective is Perspective.UITVOERDER
    dock.groups.setCurrentCell(3, 0)
    dock.add_respondent()
    respondent = desk.document.journey.respondents[-1]
    assert (respondent.code, respondent.group_id) == ("R9", group.id)  # R1-R8 exist
    column = [dock.respondents.horizontalHeaderItem(c).text()
              for c in range(dock.respondents.columnCount())].index("geslacht")
    dock.respondents.item(13, column).setText("vrouw")
    assert desk.document.journey.respondent(respondent.id).attribute("geslacht") == "vrouw"
    assert on_disk(desk) == state(desk)
    for _ in range(6):
        desk.undo_action.trigger()
    assert state(desk) == before


def test_a_duplicate_code_is_refused_in_red_and_the_cell_shows_the_old_code(desk):
    dock = in_view(desk.respondents)
    before = state(desk)
    dock.respondents.item(1, 0).setText("r1")
    assert state(desk) == before
    assert dock.respondents.item(1, 0).text() == "R2"


def test_project_attribute_names_add_a_column_and_are_undoable(desk):
    dock = in_view(desk.respondents)
    count = dock.respondents.columnCount()
    dock.set_attribute_names(["opleiding", *desk.document.journey.info.attribute_names])
    assert dock.respondents.columnCount() == count + 1
    assert dock.respondents.horizontalHeaderItem(FIRST_ATTRIBUTE).text() == "opleiding"
    desk.undo_action.trigger()
    assert dock.respondents.columnCount() == count


def test_a_group_in_use_cannot_be_deleted(desk):
    dock = in_view(desk.respondents)
    before = state(desk)
    dock.groups.setCurrentCell(0, 0)
    dock.remove_selected_group()
    assert state(desk) == before


def test_consent_interview_language_and_interpreter_are_columns(desk):
    dock = in_view(desk.respondents)
    journey = desk.document.journey
    first = journey.respondents[0]
    dock.respondents.item(0, CONSENT).setCheckState(Qt.CheckState.Checked)
    dock.respondents.item(0, LANGUAGE).setText("ar")
    dock.respondents.cellWidget(0, INTERPRETER).setCurrentIndex(1)  # ja
    stored = open_project(desk.document.path).respondent(first.id)
    assert (stored.consent_recorded, stored.interview_language, stored.interpreter_used) == (True, "ar", True)
    dock.respondents.item(0, LANGUAGE).setText("Arabisch!")  # not a language code: refused
    assert dock.error_label.isVisibleTo(dock) and dock.respondents.item(0, LANGUAGE).text() == "ar"
    for _ in range(3):
        desk.undo_action.trigger()
    assert journey.respondent(first.id) == first
