"""Every editing command as the window runs it: apply, undo and redo give exactly the same model
and the same file, and a new process that opens the file sees each state."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from klantreis.model.entities import Assessment, Channel, RouteRole, TransitionKind
from tests.conftest import REPO
from tests.ui.helpers import on_disk, state


def _select(window, *ids):
    window.scene.select_only(list(ids))


def _inspector_channel(window):
    _select(window, "tp-b2")
    combo = window.inspector.fields["touchpoint"]["channel"]
    combo.setCurrentIndex(combo.index_of(Channel.BRIEF))


def _inspector_transition_kind(window):
    arrow = next(t.id for t in window.document.journey.transitions if t.label)
    window.scene.clearSelection()
    window.scene.arrow(arrow).setSelected(True)
    combo = window.inspector.fields["transition"]["kind"]
    combo.setCurrentIndex(combo.index_of(TransitionKind.OMWEG))


def _copy_paste(window):
    _select(window, "tp-c1", "tp-c2")
    window.editor.actions["copy"].trigger()
    window.editor.actions["paste"].trigger()


def _compare_with_the_law(window):
    """Toetsing > Vergelijk met ontwerp… with the bundled Wet inburgering 2021 template."""
    def run(dialog):
        assert dialog.open_design(REPO / "journeys" / "wet-inburgering-2021.json")
        return True
    window.prompts.run_dialog = run
    window.design.actions["compare_design"].trigger()


def _assess(window):
    window.assessment.actions["norms"].trigger()
    norms = window.assessment.norms
    assert norms.select("norm", "nr-01b")
    norms.assess(Assessment.NIET)


def _new_indicator(window):
    def run(dialog):
        dialog.name.setText("Duur tot slagen inburgering")
        dialog.unit.setCurrentText("maanden")
        dialog.target.setText("36")
        dialog.realised.setText("39")
        dialog.touchpoints.setText("18")
        dialog.accept()
        return True
    window.prompts.run_dialog = run
    window.assessment.actions["indicators"].trigger()
    window.assessment.indicators.add_indicator()


def _inspector_route(window):
    _select(window, "tp-e1")
    combo = window.inspector.fields["touchpoint"]["route"]
    combo.setCurrentIndex(combo.index_of(RouteRole.LIVED))


COMMANDS = {
    "add touchpoint": lambda w: (_select(w, "tp-b3"), w.editor.actions["add"].trigger()),
    "add touchpoint at a spot": lambda w: w.editor.add_touchpoint_at("ph-d", 900.0, 20.0),
    "rename": lambda w: w.editor._finish_rename("tp-a2", "Asielbeslissing (IND)"),
    "connect": lambda w: w.editor.connect_pair("tp-a1", "tp-d1"),
    "delete touchpoint": lambda w: (_select(w, "tp-c4"), w.editor.actions["delete"].trigger()),
    "delete arrow": lambda w: (w.scene.clearSelection(),
                               w.scene.arrow(w.document.journey.transitions[3].id).setSelected(True),
                               w.editor.actions["delete"].trigger()),
    "move": lambda w: w.editor.move({"tp-b2": ("ph-c", 1200.0, 40.0)}),
    "copy and paste": _copy_paste,
    "duplicate": lambda w: (_select(w, "tp-e1"), w.editor.actions["duplicate"].trigger()),
    "rearrange": lambda w: w.editor.actions["relayout"].trigger(),
    "add phase": lambda w: (_select(w, "tp-a1"), w.phase_editor.actions["add_phase"].trigger()),
    "rename phase": lambda w: w.phase_editor._finish_rename("ph-d", "Taal en inburgering"),
    "phase down": lambda w: (_select(w, "tp-a1"), w.phase_editor.actions["phase_down"].trigger()),
    "delete phase, cards to the neighbour": lambda w: w.phase_editor.remove("ph-d"),
    "inspector: channel": _inspector_channel,
    "inspector: arrow kind": _inspector_transition_kind,
    "inspector: designed or lived": _inspector_route,
    "compare with the design": _compare_with_the_law,
    "assess a norm": _assess,
    "new indicator": _new_indicator,
}


def _seen_by_a_new_process(path) -> str:
    code = ("import sys; from klantreis.io import interchange; from klantreis.store.project import "
            "open_project; sys.stdout.write(interchange.dumps(open_project(sys.argv[1])))")
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, encoding="utf-8", check=True, cwd=REPO).stdout


@pytest.mark.parametrize("name", list(COMMANDS))
def test_apply_undo_redo_give_the_same_model_and_file(qtbot, raalte, name):
    window = raalte
    window.prompts.phase_removal = lambda phase, count, neighbours: neighbours[0].id
    before = state(window)
    COMMANDS[name](window)
    QApplication.processEvents()
    title_editor = window.canvas.title_editor
    if title_editor is not None:  # a new card or phase starts renaming: keep the name
        title_editor._finish(False)
    stack = window.document.undo_stack
    assert stack.count() == 1, "one command is one undo step"
    after = state(window)
    assert after != before
    assert on_disk(window) == after
    assert _seen_by_a_new_process(window.document.path) == after
    window.undo_action.trigger()
    assert state(window) == before == on_disk(window)
    window.redo_action.trigger()
    assert state(window) == after == on_disk(window)
    window.undo_action.trigger()
    assert _seen_by_a_new_process(window.document.path) == before
