"""Two worlds on the Raalte example: client and executor views side by side, the biggest gap first,
disagreements in red, switching the basis, following changes and jumping to the canvas; and the
third column, the design: in the designed route or not, the deadline against the realised
duration."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from klantreis.evidence import session
from klantreis.graph import route as graph
from klantreis.graph.design import compare
from klantreis.model.edits import Sequence
from klantreis.store import Project
from klantreis.ui.two_worlds_view import (
    DESIGN,
    DIFFERENCE,
    DISAGREE_COLOUR,
    EXECUTOR,
    TwoWorldsView,
)
from tests.klantreis.graph.design_journeys import raalte_like, titled, wi2021
from tests.ui.helpers import Desk

INTAKE = "Intake en plan van aanpak met de consulent"


@pytest.fixture(autouse=True)
def dutch_numbers():
    """The app runs with the locale of its language (Dutch here): a decimal comma."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def view(desk, qtbot):
    dialog = TwoWorldsView(desk.workspace, desk.canvas, desk.host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _vote(window, touchpoint_id, respondent_id, value):
    edit = session.vote(window.document.journey, touchpoint_id, respondent_id, value)
    assert edit is not None
    assert window.document.apply(edit)


def _apart_on_the_intake(window):
    """Two statushouders (R1 and R7, of both client groups) vote -2, an executor (U1) +1."""
    _vote(window, "tp-c4", "r-r1", -2)
    _vote(window, "tp-c4", "r-r7", -2)
    _vote(window, "tp-c4", "r-u1", 1)


def _texts(view, row):
    """The row's texts without the design column (tested below, on journeys of its own)."""
    item = view.table.topLevelItem(row)
    return [item.text(c) for c in range(view.table.columnCount()) if c != DESIGN]


def _choose_basis(view, basis):
    view.basis_box.setCurrentIndex(view.basis_box.findData(basis))


def test_without_votes_the_quotes_are_compared(view, desk):
    assert view.objectName() == "twoWorlds"
    assert view.windowTitle() == "Twee werelden"
    assert not view.isModal()
    assert view.basis_box.currentData() == "auto"
    assert [view.basis_box.itemData(i) for i in range(3)] == ["auto", "votes", "quotes"]
    assert view.table.topLevelItemCount() == 26 == len(view.rows)
    number = graph.display_numbers(desk.document.journey)["tp-d3"]
    assert _texts(view, 0) == [str(number), "Taallessen en inburgeringscursus", "ø −1,0 ±0,0 (n=3)",
                               "ø −0,7 ±0,5 (n=3)", "+0,3", "citaten"]
    assert not any(view.row_disagrees(r) for r in range(26))
    assert view.table.topLevelItem(25).text(DIFFERENCE) == "–"


def test_a_gap_of_two_points_comes_first_in_red(view, desk):
    _apart_on_the_intake(desk)
    first = view.rows[0]
    assert first.touchpoint_id == "tp-c4"
    assert first.basis == "votes" and first.difference == pytest.approx(3.0) and first.disagree
    number = graph.display_numbers(desk.document.journey)["tp-c4"]
    assert _texts(view, 0) == [str(number), INTAKE, "ø −2,0 ±0,0 (n=2)", "ø +1,0 (n=1)", "≠ +3,0",
                               "stemmen"]
    assert view.row_disagrees(0)
    item = view.table.topLevelItem(0)
    assert item.foreground(DIFFERENCE).color().name().upper() == "#B00020"
    assert item.font(DIFFERENCE).bold()
    assert not view.row_disagrees(1)
    assert view.table.topLevelItem(1).foreground(DIFFERENCE).color().name().upper() != "#B00020"


def test_a_gap_below_two_points_is_not_red(view, desk):
    _vote(desk, "tp-c4", "r-r1", -1)
    _vote(desk, "tp-c4", "r-u1", 0)
    assert view.rows[0].touchpoint_id == "tp-c4"  # 1 point apart: the biggest gap, but not red
    assert _texts(view, 0)[2:] == ["ø −1,0 (n=1)", "ø 0,0 (n=1)", "+1,0", "stemmen"]
    assert not view.row_disagrees(0)
    assert view.table.topLevelItem(0).font(DIFFERENCE).bold() is False


def test_switching_the_basis(view, desk):
    _apart_on_the_intake(desk)
    _choose_basis(view, "quotes")
    assert all(r.basis == "quotes" for r in view.rows)
    intake = next(i for i, r in enumerate(view.rows) if r.touchpoint_id == "tp-c4")
    # the statushouders' only quote here is gemengd: no mean, so no difference
    assert _texts(view, intake)[2:] == ["1 gemengd", "ø +0,3 ±0,9 (n=3)", "–", "citaten"]
    assert not view.row_disagrees(intake)
    assert view.rows[0].touchpoint_id == "tp-d3"
    _choose_basis(view, "votes")
    assert [r.touchpoint_id for r in view.rows if r.difference is not None] == ["tp-c4"]
    assert view.row_disagrees(0)
    assert _texts(view, 1)[2:] == ["geen", "geen", "–", "stemmen"]
    _choose_basis(view, "auto")
    assert view.rows[0].touchpoint_id == "tp-c4" and view.rows[1].basis == "quotes"


def test_rows_follow_changes_and_undo(view, desk):
    _apart_on_the_intake(desk)
    assert view.row_disagrees(0)
    _vote(desk, "tp-c4", "r-u1", -1)  # the executor changes the vote: now 1 point apart
    assert view.rows[0].touchpoint_id == "tp-c4" and view.rows[0].difference == pytest.approx(1.0)
    assert not view.row_disagrees(0)
    assert view.table.topLevelItem(0).text(DIFFERENCE) == "+1,0"
    desk.undo_action.trigger()
    assert view.row_disagrees(0) and view.table.topLevelItem(0).text(DIFFERENCE) == "≠ +3,0"
    desk.undo_action.trigger()  # U1's vote gone: only statushouders voted, so the quotes are compared again
    assert view.rows[0].touchpoint_id == "tp-d3"
    intake = next(i for i, r in enumerate(view.rows) if r.touchpoint_id == "tp-c4")
    assert _texts(view, intake)[2:] == ["1 gemengd", "ø +0,3 ±0,9 (n=3)", "–", "citaten"]
    assert not any(view.row_disagrees(r) for r in range(len(view.rows)))


def test_several_votes_as_one_step_refresh_once_correctly(view, desk):
    journey = desk.document.journey
    edits = [session.vote(journey, "tp-d3", "r-r2", 2), session.vote(journey, "tp-d3", "r-u2", -1)]
    assert desk.document.apply(Sequence(edits, "edit_vote"))
    assert view.rows[0].touchpoint_id == "tp-d3"
    assert _texts(view, 0)[2:] == ["ø +2,0 (n=1)", "ø −1,0 (n=1)", "≠ −3,0", "stemmen"]
    assert view.row_disagrees(0)


def test_double_click_shows_the_touchpoint(view, desk, qtbot):
    _apart_on_the_intake(desk)
    desk.scene.select_only(["tp-a1"])
    table = view.table
    rect = table.visualItemRect(table.topLevelItem(0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert desk.scene.selected_touchpoints() == ["tp-c4"]


# ----------------------------------------------------------------------------- the design


@pytest.fixture
def design_view(qtbot, tmp_path):
    """The view on a journey like Raalte's (not yet compared with a design), on a desk."""
    path = tmp_path / "raalte-achtig.klantreis"
    Project.create(path, raalte_like()).close()
    desk = Desk(qtbot, path)
    dialog = TwoWorldsView(desk.workspace, desk.canvas, desk.host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return desk, dialog


def _design(view, touchpoint_id):
    row = next(i for i, r in enumerate(view.rows) if r.touchpoint_id == touchpoint_id)
    return row, view.table.topLevelItem(row).text(DESIGN)


def test_the_third_column_is_the_design(design_view):
    desk, view = design_view
    assert view.table.headerItem().text(DESIGN) == "Ontwerp"
    assert DESIGN == EXECUTOR + 1  # the third world, beside the two
    # not compared yet: nobody knows which steps the design has; a deadline is shown
    assert _design(view, "tp-pip")[1] == "norm 8 wk"
    row, text = _design(view, "tp-d2")
    assert text == "–" and "nog niet vergeleken" in view.table.topLevelItem(row).toolTip(DESIGN)
    assert desk.document.apply(compare(desk.journey, wi2021()).edit)  # the view follows
    row, text = _design(view, "tp-c1")
    assert text == "in het ontwerp · norm 36 mnd · werkelijk 39 mnd · termijn overschreden"
    assert view.row_exceeded(row)
    item = view.table.topLevelItem(row)
    assert item.foreground(DESIGN).color() == DISAGREE_COLOUR and item.font(DESIGN).bold()
    assert "36 maanden na inschrijving" in item.toolTip(DESIGN)
    assert _design(view, "tp-d2")[1] == "niet in het ontwerp"
    assert _design(view, "tp-pip")[1] == "in het ontwerp · norm 8 wk"
    pvt = titled(desk.journey, "Participatieverklaring (PVT) en MAP").id
    row, text = _design(view, pvt)
    assert text == "alleen in het ontwerp · norm 18 mnd" and not view.row_exceeded(row)
    assert len(view.rows) == desk.journey.count("touchpoint")
    desk.undo_action.trigger()
    assert _design(view, "tp-c1")[1] == "–" and not view.row_exceeded(_design(view, "tp-c1")[0])
