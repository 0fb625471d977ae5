"""Bestand > Vorige versies: restore a snapshot into the project (undoable) or into a new file."""

from __future__ import annotations

from dataclasses import replace

from klantreis.model.edits import Update
from klantreis.store.project import open_project
from tests.ui.helpers import on_disk, state


def test_restore_into_the_project_and_undo(raalte, qtbot):
    original = state(raalte)
    tp = raalte.document.journey.touchpoints[0]
    assert raalte.document.apply(Update(replace(tp, title="Per ongeluk veranderd")))
    dialog = raalte.files.show_versions()
    qtbot.addWidget(dialog)
    assert dialog.versions.count() == 1 and "26 contactmomenten" in dialog.versions.item(0).text()
    assert dialog.restore_here()
    assert state(raalte) == original and on_disk(raalte) == original
    assert raalte.document.undo_stack.undoText() == "vorige versie terugzetten"
    raalte.undo_action.trigger()
    assert raalte.document.journey.touchpoints[0].title == "Per ongeluk veranderd"
    assert on_disk(raalte) == state(raalte)


def test_save_a_version_as_a_new_file(raalte, qtbot, tmp_path):
    original = state(raalte)
    raalte.document.apply(Update(replace(raalte.document.journey.touchpoints[0], title="Nieuw")))
    dialog = raalte.files.show_versions()
    qtbot.addWidget(dialog)
    raalte.prompts.save_path = lambda *_args: tmp_path / "terug"
    assert dialog.save_as_new()
    from klantreis.io import interchange

    assert interchange.dumps(open_project(tmp_path / "terug.klantreis")) == original
    assert raalte.document.journey.touchpoints[0].title == "Nieuw"  # the open project is unchanged
    assert "terug.klantreis" in dialog.message.text()
