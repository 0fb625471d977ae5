"""The inspector dock as a user drives it: one field edit is one undo step, saved at once;
bad values are refused with a visible message and change nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLabel

from klantreis.io.files import convert
from klantreis.model.entities import Channel, TouchpointKind, TransitionKind
from klantreis.model.errors import ProjectFileError
from klantreis.store.project import open_project
from klantreis.ui.inspector_fields import format_share, parse_share
from tests.conftest import RAALTE_JSON, REPO
from tests.ui.helpers import on_disk as _on_disk
from tests.ui.helpers import state as _state
from tests.ui.helpers import window as _make_window


@pytest.fixture
def window(desk):
    """The inspector on the Raalte project (a desk: the dock without the rest of the window)."""
    desk.docks("inspector")
    return desk


def _select(window, touchpoint_ids=(), transition_ids=()) -> None:
    """Select on the canvas, as a click would; the dock follows the scene's selection."""
    scene = window.scene
    scene.clearSelection()
    for tp_id in touchpoint_ids:
        scene.card(tp_id).setSelected(True)
    for tr_id in transition_ids:
        scene.arrow(tr_id).setSelected(True)


def _field(window, kind, attr):
    return window.inspector.fields[kind][attr]


# ---------------------------------------------------------------------- how a user edits a field


def _type(text):
    def edit(widget):
        widget.setFocus()
        widget.selectAll()
        widget.insert(text)  # as typed: the widget marks itself edited
        widget.editingFinished.emit()  # Enter or leaving the field
    return edit


def _type_block(text, how="ctrl-enter"):
    def edit(widget, qtbot):
        widget.setPlainText(text)
        if how == "ctrl-enter":
            qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))
    return edit


def _pick(value):
    def edit(widget):
        index = widget.index_of(value)
        assert index >= 0 and index != widget.currentIndex()
        widget.setCurrentIndex(index)
    return edit


def _toggle(widget):
    widget.click()


def _check_actor(actor_id):
    def edit(widget):
        for row in range(widget.count()):
            item = widget.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == actor_id:
                assert item.checkState() == Qt.CheckState.Unchecked
                item.setCheckState(Qt.CheckState.Checked)
                return
        raise AssertionError(actor_id)
    return edit


TP, TR = "touchpoint", "transition"
EDITS = [
    # kind, id, field, how, expected new value, undo text
    (TP, "tp-a2", "title", _type("Asielbeslissing"), "Asielbeslissing", "titel wijzigen"),
    (TP, "tp-a2", "phase_id", _pick("ph-b"), "ph-b", "fase wijzigen"),
    (TP, "tp-a2", "actor_ids", _check_actor("ac-gemeente"), ("ac-ind", "ac-gemeente"),
     "actoren wijzigen"),
    (TP, "tp-a2", "description", _type_block("Eerste regel\ntweede regel"),
     "Eerste regel\ntweede regel", "omschrijving wijzigen"),
    (TP, "tp-a2", "channel", _pick(Channel.TELEFOON), Channel.TELEFOON, "kanaal wijzigen"),
    (TP, "tp-a2", "kind", _pick(TouchpointKind.WACHTEN), TouchpointKind.WACHTEN,
     "soort contactmoment wijzigen"),
    (TP, "tp-a2", "norm", _type("binnen 6 maanden"), "binnen 6 maanden", "norm/termijn wijzigen"),
    (TP, "tp-a2", "matters", _toggle, False, "moment dat ertoe doet wijzigen"),
    (TP, "tp-a2", "bottleneck", _toggle, True, "knelpunt wijzigen"),
    (TP, "tp-a2", "internal_note", _type_block("Nog navragen bij de IND", "focus-out"),
     "Nog navragen bij de IND", "interne notitie wijzigen"),
    (TR, "tr-a3-b1", "kind", _pick(TransitionKind.TERUGKEER), TransitionKind.TERUGKEER,
     "soort overgang wijzigen"),
    (TR, "tr-a3-b1", "label", _type("na de koppeling"), "na de koppeling", "label wijzigen"),
    (TR, "tr-a3-b1", "share", _type("35,5"), 35.5, "aandeel wijzigen"),
    (TR, "tr-a3-b1", "share", _type("80"), 80.0, "aandeel wijzigen"),
]


@pytest.mark.parametrize("kind, item_id, attr, how, expected, undo_text", EDITS,
                         ids=[f"{e[0]}-{e[2]}-{i}" for i, e in enumerate(EDITS)])
def test_one_field_edit_is_one_saved_undo_step(qtbot, window, kind, item_id, attr, how,
                                               expected, undo_text):
    journey, stack = window.document.journey, window.document.undo_stack
    _select(window, *(([item_id], []) if kind == TP else ([], [item_id])))
    assert window.inspector.shown == (kind, item_id)
    old = journey.get(kind, item_id)
    assert getattr(old, attr) != expected
    widget = _field(window, kind, attr)
    assert widget.value() == getattr(old, attr)  # the dock shows the model's value
    before, on_disk_before = _state(window), _on_disk(window)

    how(widget, qtbot) if how.__code__.co_argcount == 2 else how(widget)

    new = journey.get(kind, item_id)
    assert getattr(new, attr) == expected
    if attr == "phase_id":  # ... and to a free place in its new band, on top of no other card
        from dataclasses import replace

        from klantreis.graph import layout

        assert new == replace(old, phase_id=expected, x=new.x, y=new.y)
        others = [layout.positions_for(journey)[t.id] for t in journey.touchpoints_in_phase(expected)
                  if t.id != item_id]
        assert all(abs(new.x - x) >= layout.CARD_W or abs(new.y - y) >= layout.CARD_H for x, y in others)
    else:
        assert new == _replace(old, attr, expected)  # nothing else changed
    assert stack.count() == 1 and stack.undoText() == undo_text
    assert window.undo_action.text() == f"Ongedaan maken: {undo_text}"
    assert open_project(window.document.project.path).get(kind, item_id) == new  # autosaved
    assert not window.inspector.error_label.isVisible()

    stack.undo()
    assert journey.get(kind, item_id) == old
    assert _state(window) == before and _on_disk(window) == on_disk_before
    assert widget.value() == getattr(old, attr)  # the dock shows the old value again
    assert stack.count() == 1  # filling the fields after undo made no edit
    stack.redo()
    assert journey.get(kind, item_id) == new and widget.value() == expected


def _replace(item, attr, value):
    from dataclasses import replace

    return replace(item, **{attr: value})


def test_a_new_process_sees_the_edit(qtbot, window):
    _select(window, ["tp-a1"])
    _pick(Channel.HUISBEZOEK)(_field(window, TP, "channel"))
    code = ("import sys; from klantreis.store.project import open_project; "
            "print(open_project(sys.argv[1]).touchpoint('tp-a1').channel.value)")
    out = subprocess.run([sys.executable, "-c", code, str(window.document.project.path)],
                         capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert out.strip() == "huisbezoek"


# ---------------------------------------------------------------------- nothing to change, bad values


def test_leaving_a_field_unchanged_pushes_nothing(qtbot, window):
    _select(window, ["tp-a2"])
    before = _state(window)
    title = _field(window, TP, "title")
    title.editingFinished.emit()  # Enter without typing
    _type("  Asielbeslissing en verblijfsvergunning ")(title)  # only spaces around it
    _type_block(window.document.journey.touchpoint("tp-a2").description)(
        _field(window, TP, "description"), qtbot)
    QApplication.sendEvent(_field(window, TP, "internal_note"), QFocusEvent(QEvent.Type.FocusOut))
    _select(window, [], ["tr-a3-b1"])
    _type("")(_field(window, TR, "share"))  # was empty, stays empty
    assert window.document.undo_stack.count() == 0 and _state(window) == before
    assert title.text() == "Asielbeslissing en verblijfsvergunning"


BAD = [
    (TP, "tp-a2", "title", "", "Titel mag niet leeg zijn"),
    (TP, "tp-a2", "title", "   ", "Titel mag niet leeg zijn"),
    (TP, "tp-a2", "title", "x" * 301, "te lang"),
    (TP, "tp-a2", "norm", "n" * 1001, "te lang"),
    (TR, "tr-a3-b1", "share", "150", "tussen 0 en 100 procent"),
    (TR, "tr-a3-b1", "share", "-1", "tussen 0 en 100 procent"),
    (TR, "tr-a3-b1", "share", "abc", "'abc'"),
    (TR, "tr-a3-b1", "share", "nan", "tussen 0 en 100 procent"),
]


@pytest.mark.parametrize("kind, item_id, attr, text, shown", BAD,
                         ids=[f"{e[2]}-{i}" for i, e in enumerate(BAD)])
def test_a_bad_value_shows_a_message_and_changes_nothing(qtbot, window, kind, item_id, attr, text,
                                                        shown):
    _select(window, *(([item_id], []) if kind == TP else ([], [item_id])))
    before, on_disk = _state(window), _on_disk(window)
    error = window.inspector.error_label
    assert not error.isVisible()
    _type(text)(_field(window, kind, attr))
    assert error.isVisible() and shown in error.text()
    assert _state(window) == before and _on_disk(window) == on_disk
    assert window.document.undo_stack.count() == 0
    # the next good value goes through and clears the message
    _type("50" if attr == "share" else "Een goede waarde")(_field(window, kind, attr))
    assert not error.isVisible() and window.document.undo_stack.count() == 1


def test_a_refused_save_shows_why_and_the_field_shows_the_model_again(qtbot, window, monkeypatch):
    _select(window, ["tp-a2"])
    before = _state(window)

    def refuse(changes):
        raise ProjectFileError("write_failed", path="raalte.klantreis", reason="de schijf is vol")

    monkeypatch.setattr(window.document.project, "apply", refuse)
    check = _field(window, TP, "bottleneck")
    check.click()
    assert _state(window) == before and window.document.undo_stack.count() == 0
    assert not check.isChecked()  # back to the model's value
    assert "de schijf is vol" in window.inspector.error_label.text()


def test_share_text_round_trips_exactly():
    from PySide6.QtCore import QLocale

    before = QLocale()
    try:
        for language, comma in ((QLocale.Language.Dutch, "35,5"), (QLocale.Language.English, "35.5")):
            QLocale.setDefault(QLocale(language))
            for value in (None, 0.0, 35.0, 35.5, 100.0, 33.333333333333336, 1e-07):
                assert parse_share(format_share(value)) == value
            assert format_share(35.5) == comma and format_share(35.0) == "35"
            assert parse_share(" 35,5 % ") == 35.5 and parse_share("") is None
    finally:
        QLocale.setDefault(before)


# ---------------------------------------------------------------------- selection and keyboard


def test_the_dock_follows_the_selection(qtbot, raalte):
    window = raalte  # (the dock's place in the window and its menu)
    inspector = window.inspector
    assert window.dockWidgetArea(inspector) == Qt.DockWidgetArea.RightDockWidgetArea
    assert inspector.objectName() == "inspector" and inspector.windowTitle() == "Eigenschappen"
    assert inspector.toggleViewAction() in window.view_menu.actions()
    assert inspector.shown is None and inspector.hint.isVisible()
    assert "Selecteer een contactmoment of overgang" in inspector.hint.text()

    _select(window, ["tp-a1"])
    assert inspector.shown == (TP, "tp-a1") and _field(window, TP, "title").isVisible()
    assert _field(window, TP, "title").text() == "Aankomst, opvang en registratie"
    assert _field(window, TP, "channel").currentText() == "Balie"

    _select(window, ["tp-a1", "tp-a2"])
    assert inspector.shown is None and inspector.hint.isVisible()

    _select(window, [], ["tr-a3-b1"])
    assert inspector.shown == (TR, "tr-a3-b1")
    from klantreis.graph import route as graph

    numbers = graph.display_numbers(window.document.journey)
    assert inspector.source_label.text() == f"{numbers['tp-a3']} · " + \
        window.document.journey.touchpoint("tp-a3").title
    assert inspector.target_label.text().startswith(f"{numbers['tp-b1']} · ")
    assert _field(window, TR, "kind").currentText() == "Overdracht naar andere organisatie"
    assert _field(window, TR, "label").text() == "koppeling aan Raalte"

    _select(window, [], [])
    assert inspector.shown is None


def test_a_deleted_touchpoint_leaves_the_hint(qtbot, raalte):
    window = raalte  # (deleted with the window's Verwijderen)
    _select(window, ["tp-a1"])
    window.editor.actions["delete"].trigger()
    assert window.document.journey.find(TP, "tp-a1") is None
    assert window.inspector.shown is None and window.inspector.hint.isVisible()


def test_every_field_has_a_label_with_a_mnemonic_and_tab_goes_top_to_bottom(qtbot, window):
    _select(window, ["tp-a2"])
    inspector = window.inspector
    for kind in (TP, TR):
        fields = list(inspector.fields[kind].values())
        buddies = {label.buddy(): label.text() for label in inspector.findChildren(QLabel)
                   if label.buddy() is not None}
        for widget in fields:
            text = buddies.get(widget, getattr(widget, "text", lambda: "")())
            assert "&" in text, widget
        chain, widget = [], fields[0]
        for _ in range(200):
            if widget in fields and widget not in chain:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        assert chain == fields


def test_keys_typed_in_the_dock_stay_in_the_dock(qtbot, window):
    """Delete on a focused check box must not delete the card behind it (a canvas shortcut)."""
    window.activateWindow()
    _select(window, ["tp-a2"])
    check = _field(window, TP, "bottleneck")
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Delete)
    assert window.document.journey.find(TP, "tp-a2") is not None
    # Ctrl shortcuts still reach the window: undo after a toggle by keyboard
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert window.document.journey.touchpoint("tp-a2").bottleneck is True
    qtbot.keyClick(check, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.touchpoint("tp-a2").bottleneck is False
    assert check.hasFocus() and not check.isChecked()


def test_a_mnemonic_puts_the_focus_in_its_field(qtbot, window):
    window.activateWindow()
    _select(window, ["tp-a2"])
    _field(window, TP, "title").setFocus()
    qtbot.keyClick(window.host, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert _field(window, TP, "channel").hasFocus()


def test_escape_shows_the_model_value_again(qtbot, window):
    _select(window, ["tp-a2"])
    title = _field(window, TP, "title")
    title.setFocus()
    qtbot.keyClicks(title, " (concept)")
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert title.text() == "Asielbeslissing en verblijfsvergunning"
    title.editingFinished.emit()
    assert window.document.undo_stack.count() == 0


def test_a_cancelled_first_save_changes_nothing(qtbot, tmp_path):
    window = _make_window(qtbot, RAALTE_JSON)  # untitled until the first change
    window.document.ask_path = lambda: None  # the user cancels "where to save"
    before = _state(window)
    _select(window, ["tp-a2"])
    check = _field(window, TP, "bottleneck")
    check.click()
    assert _state(window) == before and window.document.untitled
    assert not check.isChecked()


def test_another_document_replaces_the_one_shown(qtbot, raalte, tmp_path):
    window = raalte  # (opened through the window)
    first = window.document
    _select(window, ["tp-a2"])
    other = tmp_path / "ander.klantreis"
    convert(RAALTE_JSON, other)
    assert window.opener.open_path(other)
    assert window.inspector.document is window.document is not first
    _select(window, ["tp-a2"])
    assert window.inspector.shown == (TP, "tp-a2")
    _type("Nieuwe titel")(_field(window, TP, "title"))
    assert open_project(other).touchpoint("tp-a2").title == "Nieuwe titel"
    assert first.journey.touchpoint("tp-a2").title == "Asielbeslissing en verblijfsvergunning"


def test_text_being_typed_is_saved_when_the_window_closes(qtbot, raalte):
    window = raalte
    window.activateWindow()
    _select(window, ["tp-a2"])
    path = window.document.project.path
    description = _field(window, TP, "description")
    description.setFocus()
    qtbot.keyClicks(description, "Nog aanvullen. ")
    assert description.hasFocus() and window.document.undo_stack.count() == 0
    window.close()
    assert open_project(path).touchpoint("tp-a2").description.startswith("Nog aanvullen. Wie na")
