"""Bewerken > Actoren: a new study gets its actors in the app alone; every step is undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from klantreis.model.entities import ActorKind
from klantreis.store.project import open_project
from klantreis.ui.actors_dialog import ActorsDialog


class Answers:
    def __init__(self, colour=None, move_to=(True, None)):
        self._colour, self._move_to, self.asked = colour, move_to, []

    def colour(self, current):
        return self._colour

    def move_to(self, name, count, others):
        self.asked.append((name, count, [n for n, _ in others]))
        return self._move_to


def test_an_empty_project_gets_its_actors_keyboard_first(qtbot, empty_desk):
    window = empty_desk
    dialog = ActorsDialog(window.document, window.host, Answers(colour="#123456"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.list.setFocus()
    QTest.keyClick(dialog.list, Qt.Key.Key_Insert)
    qtbot.waitUntil(dialog.name.hasFocus)
    dialog.name.setText("Werkteam gemeente")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    dialog.kind.setCurrentIndex([k for k, _ in dialog._kinds].index(ActorKind.GEMEENTE))
    dialog.set_kind()
    dialog.choose_colour()
    journey = window.document.journey
    (actor,) = journey.actors
    assert (actor.name, actor.kind, actor.colour) == ("Werkteam gemeente", ActorKind.GEMEENTE, "#123456")
    dialog.list.setFocus()
    QTest.keyClick(dialog.list, Qt.Key.Key_Insert)
    dialog.name.setText("Taalschool")
    dialog.rename()
    QTest.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [a.name for a in journey.actors] == ["Taalschool", "Werkteam gemeente"]
    assert [a.name for a in open_project(window.document.path).actors] == ["Taalschool", "Werkteam gemeente"]
    stack = window.document.undo_stack
    assert stack.count() == 7  # add, rename, kind, colour; add, rename; move
    while stack.canUndo():
        stack.undo()
    assert journey.count("actor") == 0


def test_deleting_an_actor_asks_where_its_touchpoints_references_go(qtbot, desk):
    window = desk
    journey = window.document.journey
    actor = journey.actors[0]
    users = [tp.id for tp in journey.touchpoints if actor.id in tp.actor_ids]
    other = journey.actors[1]
    answers = Answers(move_to=(True, other.id))
    dialog = ActorsDialog(window.document, window.host, answers)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.remove()
    assert answers.asked and answers.asked[0][1] == len(users) > 0
    assert journey.find("actor", actor.id) is None
    for tp_id in users:
        ids = journey.touchpoint(tp_id).actor_ids
        assert actor.id not in ids and ids.count(other.id) == 1
    window.document.undo_stack.undo()
    assert journey.find("actor", actor.id) is not None
    assert all(actor.id in journey.touchpoint(tp_id).actor_ids for tp_id in users)


def test_a_refused_name_is_said_in_the_dialog(qtbot, desk):
    dialog = ActorsDialog(desk.document, desk.host, Answers())
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.name.setText("   ")
    dialog.rename()
    assert dialog.error.isVisibleTo(dialog) and "leeg" in dialog.error.text()


def test_a_new_actor_from_the_touchpoints_actor_list(qtbot, desk):
    window = desk
    window.docks("inspector")
    window.scene.select_only(["tp-c4"])
    inspector = window.inspector
    window.prompts.text = lambda *_args: "Buurtteam"
    assert inspector.add_actor()
    journey = window.document.journey
    new = [a for a in journey.actors if a.name == "Buurtteam"]
    assert new and new[0].id in journey.touchpoint("tp-c4").actor_ids
    window.document.undo_stack.undo()  # one step: the actor and the reference together
    assert not [a for a in journey.actors if a.name == "Buurtteam"]
