"""REFI-QDA in the app: the import dialog (a combo per code, proposals by numbered title, the
summary, one undo step, a question before importing what the journey holds already) and the
export actions (privacy check first, in the background)."""

from __future__ import annotations

import io
import zipfile

import pytest
import xmlschema

from klantreis.exports.qdpx import write_qdpx
from klantreis.io.qdpx_codes import CodeTarget
from klantreis.io.qdpx_read import read_qdpx
from klantreis.io.refi_qda import guid
from klantreis.ui.qdpx_actions import QdpxActions
from klantreis.ui.qdpx_import_dialog import QdpxImportDialog, import_qdpx
from tests.conftest import REPO
from tests.klantreis.io.qdpx_files import G, qualcoder_files, write
from tests.ui.helpers import on_disk, state

WAIT = 30_000


def _running(desk, answer: bool, check=None):
    """Replace the modal loop: look at the dialog (``check``), then accept or cancel it."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        if check is not None:
            check(dialog)
        dialog.accept() if answer else dialog.reject()
        return dialog.result() == dialog.DialogCode.Accepted
    desk.prompts.run_dialog = run
    return seen


def _confirming(desk, answer: bool) -> list[str]:
    """Replace the yes/no question: record it, answer ``answer``."""
    asked = []
    desk.prompts.confirm = lambda title, text: asked.append(text) or answer
    return asked


def test_a_klantreis_export_proposes_its_own_touchpoints_and_imports_in_one_undo_step(desk, tmp_path):
    path = tmp_path / "raalte.qdpx"
    write_qdpx(desk.journey, path)
    before = state(desk)

    def check(dialog):
        tp_code = guid("touchpoint", "tp-b2")
        assert dialog.boxes[tp_code].currentText().endswith(desk.journey.touchpoint("tp-b2").title)
        assert dialog.boxes[guid("sentiment", "-1")].currentText() == "beleving: negatief"
        assert dialog.code_map()[tp_code] == CodeTarget.touchpoint("tp-b2")
        assert dialog.view.import_button.isEnabled()
        summary = dialog.view.summary_label.text()
        assert "38 citaten, 0 nieuwe contactmomenten" in summary
        assert "Let op: Dit lijkt al geïmporteerd: 38 van de 38 citaten" in summary  # (its own quotes)
    seen = _running(desk, True, check)
    asked = _confirming(desk, True)
    assert import_qdpx(desk.workspace, path)
    assert len(asked) == 1 and "nog een keer importeren zet ze er dubbel in" in asked[0].lower()
    assert asked[0].endswith("Toch importeren?")
    assert len(seen) == 1 and len(desk.journey.quotes) == 76
    assert "raalte.qdpx" in desk.statusBar().currentMessage()
    assert on_disk(desk) == state(desk)
    desk.undo_action.trigger()  # one step takes it all back
    assert state(desk) == before


def test_importing_what_the_journey_holds_already_can_be_called_off(desk, tmp_path):
    path = tmp_path / "raalte.qdpx"
    write_qdpx(desk.journey, path)
    before = state(desk)
    _running(desk, True)
    asked = _confirming(desk, False)
    assert not import_qdpx(desk.workspace, path)
    assert len(asked) == 1 and state(desk) == before and len(desk.journey.quotes) == 38
    assert "Niet geïmporteerd" in desk.statusBar().currentMessage()


def test_codes_of_another_program_become_new_touchpoints_or_what_the_user_chooses(empty_desk, tmp_path):
    desk = empty_desk
    path = write(tmp_path / "qualcoder.qdpx", qualcoder_files())
    before = state(desk)
    desk.prompts.confirm = lambda *_args: pytest.fail("nothing of it is in the journey yet")

    def check(dialog):
        assert dialog.boxes[G["search"]].currentText() == "nieuw contactmoment in nieuwe fase ‘Wonen’"
        assert dialog.boxes[G["loose"]].currentText() == "nieuw contactmoment in nieuwe fase ‘Geïmporteerd’"
        dialog.choose(G["furnish"], CodeTarget.skip())
        assert dialog.boxes[G["furnish"]].currentText() == "overslaan"
        assert "3 citaten, 2 nieuwe contactmomenten in 2 nieuwe fasen" in dialog.view.summary_label.text()
        notes = [dialog.view.notes.item(i).text() for i in range(dialog.view.notes.count())]
        assert any("foto.jpg" in n for n in notes) and any("overgeslagen codes" in n for n in notes)
        assert dialog.view.codes.rowCount() == 3
    _running(desk, True, check)
    assert import_qdpx(desk.workspace, path)
    journey = desk.journey
    assert sorted(t.title for t in journey.touchpoints) == ["Taal", "Woning zoeken"]
    assert sorted(r.code for r in journey.respondents) == ["R1", "R2"]
    assert len(journey.transcripts) == 3
    desk.undo_action.trigger()
    assert state(desk) == before


def test_cancel_imports_nothing(desk, tmp_path):
    path = write(tmp_path / "q.qdpx", qualcoder_files())
    before = state(desk)
    _running(desk, False)
    assert not import_qdpx(desk.workspace, path)
    assert state(desk) == before


def test_a_bad_file_says_why_and_shows_no_dialog(desk, tmp_path):
    path = tmp_path / "kapot.qdpx"
    path.write_bytes(b"geen zip")
    before = state(desk)
    assert not import_qdpx(desk.workspace, path)  # (an unexpected dialog would fail the test)
    assert "geen REFI-QDA-project" in desk.statusBar().currentMessage()
    assert state(desk) == before


def test_a_plan_that_cannot_be_made_is_shown_in_red_and_cannot_be_imported(qtbot, desk, tmp_path):
    files = {"project.qde": '<Project xmlns="urn:QDA-XML:project:1.0" name="leeg"><CodeBook><Codes>'
                           f'<Code guid="{G["loose"]}" name="Taal" isCodable="true"/></Codes></CodeBook>'
                           '</Project>'}
    project = read_qdpx(write(tmp_path / "leeg.qdpx", files))
    dialog = QdpxImportDialog(desk.journey, project, tmp_path / "leeg.qdpx", desk.host)
    qtbot.addWidget(dialog)
    assert dialog.edit is None and not dialog.view.import_button.isEnabled()
    assert "niets om te importeren" in dialog.view.error_label.text()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_the_export_runs_the_privacy_check_then_writes_in_the_background(qtbot, desk, tmp_path,
                                                                          monkeypatch):
    import klantreis.ui.privacy_check_dialog as privacy

    gates = []
    real_gate = privacy.privacy_gate
    monkeypatch.setattr(privacy, "privacy_gate",
                        lambda workspace, kind: gates.append(kind) or real_gate(workspace, kind))
    actions = QdpxActions(desk.workspace, desk.host)
    assert set(actions.actions) == {"import_qdpx", "export_qdpx", "export_qdc"}
    assert actions.actions["export_qdpx"].text() == "REFI-QDA-project (.qdpx) exporteren…"
    checked = []
    desk.prompts.run_dialog = lambda dialog: checked.append(dialog.objectName()) or True
    desk.prompts.save_path = lambda *_args: tmp_path / "uit"
    assert actions.export_qdpx()
    qtbot.waitUntil(lambda: actions.job is None, timeout=WAIT)
    target = tmp_path / "uit.qdpx"
    assert target.exists() and actions.last_path == target
    assert "uit.qdpx" in desk.statusBar().currentMessage()
    schema = xmlschema.XMLSchema(str(REPO / "klantreis" / "resources" / "refi-qda" / "Project-mrt2019.xsd"))
    with zipfile.ZipFile(io.BytesIO(target.read_bytes())) as archive:
        schema.validate(archive.read("project.qde").decode("utf-8"))
    assert gates == ["qdpx"]
    assert checked in ([], ["privacyCheck"])  # (the check's dialog shows only when it finds something)


def test_a_cancelled_export_writes_nothing(desk, tmp_path):
    from klantreis.exports.pdf import ExportCancelled
    from klantreis.ui.qdpx_actions import qdpx_work

    work = qdpx_work(tmp_path / "weg.qdpx")
    with pytest.raises(ExportCancelled):
        work(desk.journey, lambda done, total: None, lambda: True)
    assert not (tmp_path / "weg.qdpx").exists()
    assert work(desk.journey, lambda done, total: None, lambda: False) == 38


def test_an_export_refused_at_the_privacy_check_writes_nothing(desk, tmp_path, monkeypatch):
    import klantreis.ui.privacy_check_dialog as privacy

    monkeypatch.setattr(privacy, "privacy_gate", lambda workspace, kind: kind == "nooit")
    actions = QdpxActions(desk.workspace, desk.host)
    desk.prompts.save_path = lambda *_args: (_ for _ in ()).throw(AssertionError("asked for a file"))
    before = sorted(tmp_path.iterdir())
    assert not actions.export_qdpx() and not actions.export_qdc()
    assert actions.job is None and sorted(tmp_path.iterdir()) == before


def test_the_code_book_export(desk, tmp_path):
    actions = QdpxActions(desk.workspace, desk.host)
    desk.prompts.run_dialog = lambda dialog: True
    desk.prompts.save_path = lambda *_args: tmp_path / "codes.qdc"
    assert actions.export_qdc()
    assert (tmp_path / "codes.qdc").read_bytes().startswith(b"<?xml")
    assert "codes.qdc" in desk.statusBar().currentMessage()


def test_the_import_action_asks_for_a_file(desk, tmp_path):
    actions = QdpxActions(desk.workspace, desk.host)
    path = write(tmp_path / "q.qdpx", qualcoder_files())
    desk.prompts.open_path = lambda *_args: path
    _running(desk, True)
    assert actions.import_qdpx()
    desk.prompts.open_path = lambda *_args: None
    assert not actions.import_qdpx()


def test_build_menu_holds_the_three_actions(desk):
    from PySide6.QtWidgets import QMenu

    actions = QdpxActions(desk.workspace, desk.host)
    menu = QMenu(desk.host)
    actions.build_menu(menu)
    assert [a.text() for a in menu.actions()] == [
        "REFI-QDA-project importeren…", "REFI-QDA-project (.qdpx) exporteren…", "Codeboek (.qdc) exporteren…"]


def test_tab_goes_from_choice_to_choice_and_out_to_importeren(qtbot, desk, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "raalte.qdpx"
    write_qdpx(desk.journey, path)
    dialog = QdpxImportDialog(desk.journey, read_qdpx(path), path, desk.host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    boxes = list(dialog.boxes.values())
    boxes[0].setFocus()
    qtbot.waitUntil(boxes[0].hasFocus)
    for box in boxes[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is box
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.view.import_button
