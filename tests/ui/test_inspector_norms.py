"""The inspector's fields of issue 15: whether a step or an arrow is designed, lived or both, a
touchpoint's deadline (one field of it per undo step; a bad value refused with a red message
naming the field, changing nothing) and the indicators that measure the touchpoint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from klantreis.model.entities import DurationUnit, RouteRole
from klantreis.model.norms import Deadline
from klantreis.ui.inspector import DEADLINE
from tests.ui.assessment_data import one_step, raalte_with_framework, unchanged
from tests.ui.helpers import Desk


@pytest.fixture
def desk(qtbot, tmp_path):
    desk = Desk(qtbot, raalte_with_framework(tmp_path / "raalte.klantreis"))
    desk.docks("inspector")
    return desk


def _deadline_field(desk, attr):
    return desk.inspector.fields[DEADLINE][attr]


def _type(qtbot, widget, text):
    """Select what is there, type ``text`` and press Enter, as a user does."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _pick(widget, value):
    widget.setCurrentIndex(widget.index_of(value))


def test_designed_or_lived_for_a_touchpoint_and_an_arrow(desk):
    desk.scene.select_only(["tp-c4"])
    route = desk.inspector.fields["touchpoint"]["route"]
    assert [route.itemText(i) for i in range(route.count())] == [
        "Beide (ontwerp en praktijk)", "Alleen ontwerp", "Alleen praktijk"]
    one_step(desk, lambda: _pick(route, RouteRole.DESIGNED), "ontwerp of praktijk wijzigen")
    assert desk.journey.touchpoint("tp-c4").route is RouteRole.DESIGNED
    desk.scene.clearSelection()
    desk.scene.arrow("tr-a3-b1").setSelected(True)
    route = desk.inspector.fields["transition"]["route"]
    assert route.value() is RouteRole.BOTH
    one_step(desk, lambda: _pick(route, RouteRole.LIVED), "ontwerp of praktijk wijzigen")
    assert desk.journey.transition("tr-a3-b1").route is RouteRole.LIVED


def test_a_deadline_field_by_field(desk, qtbot):
    desk.scene.select_only(["tp-c4"])
    fields = desk.inspector.fields[DEADLINE]
    assert fields["amount"].text() == "" and not fields["counted_from"].isEnabled()
    assert fields["unit"].value() is DurationUnit.MAANDEN
    one_step(desk, lambda: _type(qtbot, fields["amount"], "18"), "termijn wijzigen")
    assert desk.journey.touchpoint("tp-c4").deadline == Deadline(18.0)
    assert fields["counted_from"].isEnabled() and fields["realised"].isEnabled()
    for attr, text, label in (("counted_from", "vestiging", "termijn gerekend vanaf"),
                              ("source", "Wet inburgering 2021, art. 16", "bron van de termijn"),
                              ("realised", "39,5", "werkelijke duur"),
                              ("realised_note", "gemiddeld, cohort 2018", "toelichting werkelijke duur")):
        one_step(desk, lambda attr=attr, text=text: _type(qtbot, fields[attr], text),
                 f"{label} wijzigen")
    one_step(desk, lambda: _pick(fields["unit"], DurationUnit.WEKEN),
             "eenheid van de termijn wijzigen")
    assert desk.journey.touchpoint("tp-c4").deadline == Deadline(
        18.0, DurationUnit.WEKEN, "vestiging", "Wet inburgering 2021, art. 16", 39.5,
        "gemiddeld, cohort 2018")
    exceeded = desk.inspector.view.exceeded_label
    assert exceeded.isVisible()
    assert exceeded.text() == "Werkelijk 39,5 weken: 21,5 weken langer dan de termijn."
    assert fields["realised"].text() == "39,5"
    unchanged(desk, lambda: _type(qtbot, fields["amount"], "18"))  # the same value: no step
    one_step(desk, lambda: _type(qtbot, fields["amount"], ""), "termijn wijzigen")  # empty: no deadline
    assert desk.journey.touchpoint("tp-c4").deadline is None
    assert not fields["source"].isEnabled() and fields["source"].text() == ""
    assert not exceeded.isVisible()


@pytest.mark.parametrize("attr, text, shown", [
    ("amount", "abc", "Termijn: 'abc' is geen getal"),
    ("amount", "0", "Termijn moet langer dan nul zijn, niet '0'."),
    ("amount", "+- 18", "Termijn: '+- 18' is geen getal"),
    ("realised", "ca. 40", "Werkelijke duur: 'ca. 40' is geen getal"),
    ("realised", "-3", "Werkelijke duur: '-3' is geen getal"),
])
def test_a_bad_deadline_value_is_refused_naming_the_field(desk, qtbot, attr, text, shown):
    desk.scene.select_only(["tp-c4"])
    if attr != "amount":
        _type(qtbot, _deadline_field(desk, "amount"), "18")
    error = desk.inspector.error_label
    unchanged(desk, lambda: _type(qtbot, _deadline_field(desk, attr), text))
    assert error.isVisible() and shown in error.text()
    assert _deadline_field(desk, attr).text() == text  # kept, to be corrected
    one_step(desk, lambda: _type(qtbot, _deadline_field(desk, attr), "24"))
    assert not error.isVisible()


def test_the_deadline_fields_have_mnemonics_and_follow_in_tab_order(desk, qtbot):
    desk.scene.select_only(["tp-c4"])
    inspector = desk.inspector
    buddies = {label.buddy(): label.text() for label in inspector.findChildren(QLabel) if label.buddy()}
    fields = inspector.fields[DEADLINE]
    for attr in ("amount", "counted_from", "source", "realised", "realised_note"):
        assert "&" in buddies[fields[attr]], attr
    assert "&" in buddies[inspector.fields["touchpoint"]["route"]]
    assert "&" in buddies[inspector.indicator_list]
    _type(qtbot, fields["amount"], "18")
    chain, widget = [], inspector.fields["touchpoint"]["norm"]
    wanted = [inspector.fields["touchpoint"]["route"], *fields.values(),
              inspector.fields["touchpoint"]["matters"]]
    for _ in range(60):
        if widget in wanted and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == wanted
    desk.activateWindow()
    fields["amount"].setFocus()
    qtbot.keyClick(desk.host, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Werkelijke d&uur
    assert fields["realised"].hasFocus()


def test_the_indicators_of_the_touchpoint(desk, qtbot):
    inspector = desk.inspector
    desk.scene.select_only(["tp-a1"])
    assert not inspector.indicator_list.isVisible() and inspector.view.no_indicators.isVisible()
    desk.scene.select_only(["tp-b1"])
    listed = inspector.indicator_list
    assert [listed.item(r).text() for r in range(listed.count())] == [
        "Wachttijd eerste gesprek: 30 → 35,5 dagen"]
    asked = []
    inspector.indicator_requested.connect(asked.append)
    listed.setFocus()
    listed.setCurrentRow(0)
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert asked == ["i-wacht"]
    assert desk.journey.find("touchpoint", "tp-b1") is not None  # (Enter stayed in the list)
    listed.itemClicked.emit(listed.item(0))
    assert asked == ["i-wacht", "i-wacht"]


def test_the_list_follows_a_change_of_the_indicators(desk):
    from dataclasses import replace

    from klantreis.evidence import assessment

    desk.scene.select_only(["tp-c4"])
    indicator = desk.journey.get("indicator", "i-plan")
    desk.workspace.apply(assessment.change_indicator(desk.journey, replace(indicator, realised=88.0)))
    QApplication.processEvents()
    assert desk.inspector.indicator_list.item(0).text() == "% plan van aanpak binnen termijn: 90 → 88 %"
