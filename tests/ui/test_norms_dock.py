"""The Toetsingskader dock as a user drives it by keyboard: categories, deelvragen and norms added,
edited, assessed with one key and removed, each one saved undo step; bad input refused with a
message and nothing changed; removing a deelvraag with norms asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klantreis.model.entities import Assessment
from klantreis.ui.norms_dock import NormsDock
from klantreis.ui.norms_dock_view import CATEGORY, HINT, NORM, QUESTION
from tests.ui.assessment_data import judging_desk, one_step, unchanged

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def desk(qtbot, tmp_path):
    desk = judging_desk(qtbot, tmp_path, "norms")
    desk.norms.tree.setFocus()
    return desk


def _answers(desk, *answers):
    """The texts the user types in the questions that come (prompts.text), in order."""
    queue, asked = list(answers), []

    def text(title, label, current=""):
        asked.append((title, label, current))
        return queue.pop(0)
    desk.prompts.text = text
    return asked


def _rows(dock):
    """The list as shown: (depth, text, assessment column)."""
    rows = []

    def walk(item, depth):
        rows.append((depth, item.text(0), item.text(1)))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)
    for i in range(dock.tree.topLevelItemCount()):
        walk(dock.tree.topLevelItem(i), 0)
    return rows


def _and_current(dock, action):
    """``action``, then what the list has chosen (before one_step's undo and redo)."""
    def run():
        action()
        return dock.current()
    return run


def _key(qtbot, desk, key, modifiers=Qt.KeyboardModifier.NoModifier, text=None):
    tree = desk.norms.tree
    if text is not None:
        qtbot.keyClicks(tree, text)
    else:
        qtbot.keyClick(tree, key, modifiers)


def test_the_framework_grouped_by_category(desk):
    dock = desk.norms
    assert [(d, t) for d, t, _ in _rows(dock)] == [
        (0, "Beleid"), (1, "1  Heeft de gemeente een helder beleid voor statushouders?"),
        (2, "1.1  Er is een actueel beleidsplan."), (2, "1.2  Het beleid heeft meetbare doelen."),
        (1, "3  Zijn de doelen meetbaar?"), (0, "Regie op de uitvoering"),
        (1, "2  Voert de gemeente regie op de uitvoering?"), (2, "2.1  De gemeente stuurt op de termijnen.")]
    assert _rows(dock)[2][2] == "open" and _rows(dock)[4][2] == "geen norm"
    assert dock.summary.text().startswith("3 norm") and "3 open" in dock.summary.text()
    assert dock.current() == ("category", "Beleid")  # (the list has the focus)
    assert dock.pages.currentIndex() == CATEGORY
    dock.tree.setCurrentItem(None)
    assert dock.pages.currentIndex() == HINT


def test_one_key_per_assessment(desk, qtbot):
    dock = desk.norms
    dock.select("norm", "n-plan")
    assert dock.pages.currentIndex() == NORM
    buttons = dock.norm_page.assessment_buttons
    assert [b.text() for b in buttons.values()] == ["1 voldoet", "2 voldoet deels", "3 voldoet niet",
                                                    "4 niet te beoordelen", "0 open"]
    for key, value, label in (("2", Assessment.DEELS, "voldoet deels"), ("1", Assessment.VOLDOET, "voldoet"),
                              ("3", Assessment.NIET, "voldoet niet"),
                              ("4", Assessment.NIET_TE_BEOORDELEN, "niet te beoordelen"),
                              ("0", Assessment.OPEN, "open")):
        if value is not Assessment.OPEN:
            one_step(desk, lambda key=key: _key(qtbot, desk, None, text=key), "beoordeling wijzigen")
        else:
            _key(qtbot, desk, None, text=key)
        assert desk.journey.get("norm", "n-plan").assessment is value
        assert buttons[value].isChecked() and dock.tree.currentItem().text(1) == label
    unchanged(desk, lambda: _key(qtbot, desk, None, text="0"))  # already open: no step
    unchanged(desk, lambda: _key(qtbot, desk, None, text="7"))
    dock.select("question", "v-beleid")
    unchanged(desk, lambda: _key(qtbot, desk, None, text="1"))  # a deelvraag has no assessment


def test_a_button_assesses_too(desk):
    dock = desk.norms
    dock.select("norm", "n-regie")
    one_step(desk, dock.norm_page.assessment_buttons[Assessment.NIET].click)
    assert desk.journey.get("norm", "n-regie").assessment is Assessment.NIET


def test_ins_adds_a_norm_to_the_chosen_deelvraag(desk, qtbot):
    dock = desk.norms
    dock.select("norm", "n-plan")
    asked = _answers(desk, "  Het beleid is vastgesteld door de raad. ")
    chosen = one_step(desk, _and_current(dock, lambda: _key(qtbot, desk, Qt.Key.Key_Insert)),
                      "norm toevoegen")
    assert asked[0][:2] == ("Nieuwe norm", "Norm bij deelvraag 1 Heeft de gemeente een helder beleid "
                                           "voor statushouders?:")
    new = desk.journey.norms[2]
    assert (new.question_id, new.text) == ("v-beleid", "Het beleid is vastgesteld door de raad.")
    assert chosen == ("norm", new.id)
    assert "1.3  Het beleid is vastgesteld door de raad." in [t for _, t, _ in _rows(dock)]


def test_shift_ins_adds_a_deelvraag_and_ins_on_a_category_too(desk, qtbot):
    dock = desk.norms
    dock.select("norm", "n-regie")
    _answers(desk, "Is de capaciteit voldoende?")
    chosen = one_step(desk, _and_current(dock, lambda: _key(qtbot, desk, Qt.Key.Key_Insert, SHIFT)),
                      "deelvraag toevoegen")
    assert [q.id for q in desk.journey.questions][:2] == ["v-beleid", "v-regie"]
    new = desk.journey.questions[2]  # at the end of its category
    assert (new.number, new.category, new.text) == ("4", "Regie op de uitvoering",
                                                    "Is de capaciteit voldoende?")
    assert chosen == ("question", new.id)
    dock.select(*chosen)
    assert dock.pages.currentIndex() == QUESTION
    dock.select("category", "Beleid")
    _answers(desk, "Is het beleid bekend?")
    one_step(desk, lambda: _key(qtbot, desk, Qt.Key.Key_Insert), "deelvraag toevoegen")
    assert [(q.id, q.category) for q in desk.journey.questions][3:] == [
        ("v-doelen", "Beleid"), (desk.journey.questions[-1].id, "Beleid")]
    assert desk.journey.questions[-1].text == "Is het beleid bekend?"


def test_ctrl_shift_ins_adds_a_category_with_its_first_deelvraag(desk, qtbot):
    dock = desk.norms
    asked = _answers(desk, "Uitvoering", "Worden de termijnen gehaald?")
    one_step(desk, lambda: _key(qtbot, desk, Qt.Key.Key_Insert, CTRL | SHIFT), "categorie toevoegen")
    assert [a[0] for a in asked] == ["Nieuwe categorie", "Nieuwe deelvraag"]
    assert _rows(dock)[-2:] == [(0, "Uitvoering", ""), (1, "4  Worden de termijnen gehaald?", "geen norm")]
    _answers(desk, None)  # cancelled: nothing
    unchanged(desk, lambda: _key(qtbot, desk, Qt.Key.Key_Insert, CTRL | SHIFT))


def test_an_empty_toetsingskader_starts_with_a_category(qtbot, empty_desk):
    desk = empty_desk
    dock = NormsDock(desk.workspace, desk.canvas, desk.host)
    desk.norms = dock
    desk.host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    desk.show()
    assert "Nog geen toetsingskader" in dock.summary.text()
    _answers(desk, "Beleid", "Is er beleid?", "Er is een visie.")
    one_step(desk, dock.add_norm, "categorie toevoegen")  # Ins with nothing there
    dock.select("question", desk.journey.questions[0].id)
    one_step(desk, dock.add_norm, "norm toevoegen")
    assert [(d, t) for d, t, _ in _rows(dock)] == [(0, "Beleid"), (1, "1  Is er beleid?"),
                                                    (2, "1.1  Er is een visie.")]


def test_f2_renames_a_category_in_one_step(desk, qtbot):
    dock = desk.norms
    dock.select("category", "Beleid")
    asked = _answers(desk, "Beleid en doelen")
    chosen = one_step(desk, _and_current(dock, lambda: _key(qtbot, desk, Qt.Key.Key_F2)),
                      "categorie hernoemen")
    assert asked[0][2] == "Beleid"
    assert [q.category for q in desk.journey.questions] == ["Beleid en doelen", "Regie op de uitvoering",
                                                            "Beleid en doelen"]
    assert chosen == ("category", "Beleid en doelen")


def test_f2_goes_to_the_norm_text_and_ctrl_enter_saves_it(desk, qtbot):
    dock = desk.norms
    dock.select("norm", "n-doelen")
    _key(qtbot, desk, Qt.Key.Key_F2)
    field = dock.norm_page.fields["text"]
    assert field.hasFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Het beleid heeft SMART-doelen.")
    one_step(desk, lambda: qtbot.keyClick(field, Qt.Key.Key_Return, CTRL), "norm wijzigen")
    assert desk.journey.get("norm", "n-doelen").text == "Het beleid heeft SMART-doelen."
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # back to the list
    QApplication.processEvents()
    assert dock.tree.hasFocus() and dock.current() == ("norm", "n-doelen")


def test_the_reasoning_is_saved_when_leaving_it(desk, qtbot):
    dock = desk.norms
    dock.select("norm", "n-regie")
    reasoning = dock.norm_page.fields["reasoning"]
    reasoning.setFocus()
    qtbot.keyClicks(reasoning, "Zie de monitor: 74 % binnen termijn.")
    one_step(desk, lambda: (dock.tree.setFocus(), QApplication.processEvents()), "onderbouwing wijzigen")
    assert desk.journey.get("norm", "n-regie").reasoning == "Zie de monitor: 74 % binnen termijn."


def test_an_empty_norm_text_is_refused_and_changes_nothing(desk, qtbot):
    dock = desk.norms
    dock.select("norm", "n-doelen")
    field = dock.norm_page.fields["text"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    unchanged(desk, lambda: qtbot.keyClick(field, Qt.Key.Key_Return, CTRL))
    assert dock.error_label.isVisible() and "Norm mag niet leeg zijn" in dock.error_label.text()
    assert field.toPlainText() == ""  # kept, to be corrected
    qtbot.keyClicks(field, "Meetbare doelen")
    one_step(desk, lambda: qtbot.keyClick(field, Qt.Key.Key_Return, CTRL))
    assert not dock.error_label.isVisible()


def test_a_deelvraag_edited_field_by_field(desk, qtbot):
    dock = desk.norms
    dock.select("question", "v-doelen")
    fields = dock.view.question_fields
    assert fields["number"].text() == "3" and fields["category"].text() == "Beleid"
    fields["number"].setFocus()
    fields["number"].selectAll()
    qtbot.keyClicks(fields["number"], "1a")
    one_step(desk, lambda: qtbot.keyClick(fields["number"], Qt.Key.Key_Return), "deelvraag wijzigen")
    fields["category"].setFocus()
    fields["category"].selectAll()
    qtbot.keyClicks(fields["category"], "Regie op de uitvoering")
    one_step(desk, lambda: qtbot.keyClick(fields["category"], Qt.Key.Key_Return), "deelvraag wijzigen")
    assert [q.id for q in desk.journey.questions] == ["v-beleid", "v-regie", "v-doelen"]
    assert _rows(dock)[-1] == (1, "1a  Zijn de doelen meetbaar?", "geen norm")
    fields["text"].setFocus()
    fields["text"].selectAll()
    qtbot.keyClick(fields["text"], Qt.Key.Key_Delete)
    unchanged(desk, lambda: qtbot.keyClick(fields["text"], Qt.Key.Key_Return, CTRL))
    assert "Deelvraag mag niet leeg zijn" in dock.error_label.text()


def test_a_category_renamed_in_its_field(desk, qtbot):
    dock = desk.norms
    dock.select("category", "Regie op de uitvoering")
    assert dock.pages.currentIndex() == CATEGORY
    name = dock.view.category_name
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Regie")
    one_step(desk, lambda: qtbot.keyClick(name, Qt.Key.Key_Return), "categorie hernoemen")
    assert desk.journey.get("question", "v-regie").category == "Regie"


def test_removing_a_deelvraag_with_norms_asks_and_takes_them_in_one_step(desk, qtbot):
    dock = desk.norms
    dock.select("question", "v-beleid")
    asked = []
    desk.prompts.confirm = lambda title, text: asked.append(text) or False
    unchanged(desk, lambda: _key(qtbot, desk, Qt.Key.Key_Delete))
    assert "Deelvraag 1 heeft 2 norm" in asked[0] and "ongedaan" in asked[0]
    desk.prompts.confirm = lambda title, text: True
    chosen = one_step(desk, _and_current(dock, lambda: _key(qtbot, desk, Qt.Key.Key_Delete)),
                      "deelvraag verwijderen")
    assert desk.journey.find("question", "v-beleid") is None
    assert [n.id for n in desk.journey.norms] == ["n-regie"]
    assert chosen == ("category", "Beleid")
    desk.undo_action.trigger()
    assert [n.id for n in desk.journey.norms] == ["n-plan", "n-doelen", "n-regie"]


def test_a_deelvraag_without_norms_and_a_bare_norm_go_without_a_question(desk, qtbot):
    dock = desk.norms
    desk.prompts.confirm = lambda title, text: pytest.fail("nothing to lose")
    dock.select("question", "v-doelen")
    one_step(desk, lambda: _key(qtbot, desk, Qt.Key.Key_Delete), "deelvraag verwijderen")
    _answers(desk, "Een kale norm")
    dock.select("question", "v-regie")
    one_step(desk, dock.add_norm)
    assert dock.current() == ("question", "v-regie")  # (undo took the new one: its deelvraag)
    dock.select("norm", desk.journey.norms[-1].id)
    one_step(desk, lambda: _key(qtbot, desk, Qt.Key.Key_Delete), "norm verwijderen")
    assert dock.current() == ("question", "v-regie")


def test_a_norm_with_evidence_and_a_category_ask_first(desk, qtbot):
    dock = desk.norms
    asked = []
    desk.prompts.confirm = lambda title, text: asked.append(text) or False
    dock.select("norm", "n-plan")
    unchanged(desk, lambda: _key(qtbot, desk, Qt.Key.Key_Delete))
    dock.select("category", "Beleid")
    unchanged(desk, dock.remove_current)
    assert "Norm 1.1 verwijderen" in asked[0] and "Categorie ‘Beleid’ verwijderen" in asked[1]
    desk.prompts.confirm = lambda title, text: True
    one_step(desk, dock.remove_current, "categorie verwijderen")
    assert [q.id for q in desk.journey.questions] == ["v-regie"]


def test_a_dock_behind_another_tab_fills_itself_when_it_comes_into_view(qtbot, tmp_path):
    """(During a focus group every captured quote is a change: a dock out of view waits.)"""
    desk = judging_desk(qtbot, tmp_path, "inspector", "norms")
    QApplication.processEvents()
    assert desk.norms.visibleRegion().isEmpty()
    _answers(desk, "Is er budget?")
    desk.norms.select("category", "Beleid")
    desk.norms.add_question()
    assert "2  Is er budget?" not in [t for _, t, _ in _rows(desk.norms)]
    desk.norms.raise_()
    QApplication.processEvents()
    assert "4  Is er budget?" in [t for _, t, _ in _rows(desk.norms)]


def test_keys_in_the_list_never_reach_the_canvas(desk, qtbot):
    desk.editors()
    dock = desk.norms
    desk.scene.select_only(["tp-a1"])
    dock.tree.setFocus()
    dock.tree.setCurrentItem(None)
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_F2, Qt.Key.Key_Right):
        qtbot.keyClick(dock.tree, key)
    assert desk.journey.find("touchpoint", "tp-a1") is not None and desk.canvas.title_editor is None
    assert desk.scene.selected_touchpoints() == ["tp-a1"]
    qtbot.keyClick(dock.tree, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert desk.view.hasFocus()
