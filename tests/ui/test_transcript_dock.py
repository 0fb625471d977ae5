"""The Transcripten dock: coding passages into quotes by keyboard, one undo step each; coded
passages highlighted with their touchpoint number; following the document; "Toon in
transcript" from the Citaten dock; no key reaching the canvas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from klantreis.evidence import session
from klantreis.graph import route as graph
from klantreis.model.entities import Sentiment
from klantreis.ui.dock_actions import in_front
from tests.ui.assessment_data import one_step, unchanged
from tests.ui.helpers import in_view, state
from tests.ui.transcripts.desk import INTERVIEW, NAMES, import_file, select_words, transcript_desk

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
# (the words a passage starts with, how many words, the sentiment key, where it goes: a
# touchpoint number typed after Alt+M, a card chosen on the canvas, or "0": the parking lot)
PASSAGES = [
    ("De eerste weken waren zwaar", 5, "2", "9"),
    ("Zij heeft mij heel goed geholpen", 6, "5", "tp-c3"),
    ("Het intakegesprek duurde maar een half uur", 8, "1", "13"),
    ("Er was geen tolk", 4, "2", "13"),
    ("في البداية لم أفهم شيئاً من الرسائل.", None, "1", "13"),  # (selected as a mouse does)
    ("De eerste uitkering kwam pas na zes weken", 8, "2", "11"),
    ("De taalschool is goed", 4, "4", "17"),
    ("Maar de reis naar Deventer kost veel tijd", 8, "G", "17"),
    ("Ik heb in het eerste jaar maar één keer mijn klantmanager gezien", 12, "2", "tp-c4"),
    ("Luister eerst naar wat wij al kunnen", 7, "0", "0"),
]


@pytest.fixture
def desk(qtbot, raalte_copy):
    desk = transcript_desk(qtbot, raalte_copy)
    desk.transcript = import_file(desk, qtbot, INTERVIEW, lambda d: d.group.setCurrentIndex(
        d.group.findData("fg-statushouders-ar")))
    desk.host.activateWindow()
    qtbot.waitUntil(desk.host.isActiveWindow)
    return desk


def _key(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def _code(desk, qtbot, words_start, words, key, target) -> str:
    """Code one passage as a user does; returns the new quote's id."""
    dock, transcript = desk.dock, desk.transcript
    start = transcript.text.index(words_start)
    if target.startswith("tp-"):
        desk.canvas.show_touchpoint(target)  # (a card chosen on the canvas)
    else:
        dock.text.setFocus()
        _key(dock.text, Qt.Key.Key_M, ALT)
        assert dock.number_edit.hasFocus()
        QTest.keyClicks(dock.number_edit, target)
        _key(dock.number_edit, Qt.Key.Key_Return)
    if words is None:  # a drag over the passage
        dock.text.select_range(start, start + len(words_start))
        dock.text.setFocus()
    else:
        select_words(dock, start, words)
    _key(dock.text, getattr(Qt.Key, f"Key_{key}"), ALT)
    assert dock.sentiment is session.SENTIMENT_KEYS[key]
    before = {q.id for q in desk.journey.quotes}
    _key(dock.text, Qt.Key.Key_Return)
    new = [q.id for q in desk.journey.quotes if q.id not in before]
    assert len(new) == 1, dock.message.text()
    return new[0]


def test_ten_passages_coded_by_keyboard_each_one_step(desk, qtbot):
    journey, dock = desk.journey, desk.dock
    numbers = {n: tp for tp, n in graph.display_numbers(journey).items()}
    r1 = next(r for r in journey.respondents if r.code == "R1")
    made = []
    for words_start, words, key, target in PASSAGES:
        quote_id = one_step(desk, lambda a=(words_start, words, key, target): _code(desk, qtbot, *a),
                            "passage coderen")
        quote = desk.journey.quote(quote_id)
        made.append(quote_id)
        assert quote.text.startswith(words_start.rstrip(".")) and quote.text.strip() == quote.text
        expected = (target if target.startswith("tp-") else None if target == "0"
                    else numbers[int(target)])
        assert quote.touchpoint_id == expected
        assert quote.sentiment is session.SENTIMENT_KEYS[key]
        assert (quote.respondent_id, quote.group_id) == (r1.id, r1.group_id)
        assert quote.transcript_id == desk.transcript.id
        assert desk.transcript.text[quote.passage_start:quote.passage_end] == quote.text
        line = desk.transcript.line_of(quote.passage_start)
        assert quote.source == f"transcript interview-r1.txt r. {line}"
        assert dock.sentiment is Sentiment.UNKNOWN  # (the next one starts without)
    arabic = desk.journey.quote(made[4])
    assert arabic.language == "ar" and arabic.text.startswith("في البداية")
    assert desk.journey.quote(made[0]).language == "nl"
    # every passage stays highlighted, with its touchpoint number in the margin
    text = dock.text
    assert len(text.extraSelections()) == 10
    marks = {p.quote_id: p.mark for p in text.passages}
    assert marks[made[2]] == "13" and marks[made[1]] == "12" and marks[made[9]] == "P"
    tooltip = next(p.tooltip for p in text.passages if p.quote_id == made[2])
    assert tooltip.startswith("13. Intake en plan van aanpak met de consulent — R1")
    assert "10 gecodeerde passage" in dock.about.text()  # (the plural from the .ts)
    # exported to REFI-QDA, each of the ten is a selection of the transcript's own text at
    # exactly its place
    import io
    import zipfile
    from xml.etree import ElementTree

    from klantreis.exports.qdpx import qdpx_bytes

    with zipfile.ZipFile(io.BytesIO(qdpx_bytes(desk.journey))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    ns = {"q": "urn:QDA-XML:project:1.0"}
    root = ElementTree.fromstring(files["project.qde"])
    source = next(s for s in root.iterfind("q:Sources/q:TextSource", ns)
                  if s.get("name", "").startswith("interview-r1"))
    exported = files["sources/" + source.get("plainTextPath")[len("internal://"):]].decode("utf-8")
    assert exported == desk.transcript.text
    selections = {(int(x.get("startPosition")), int(x.get("endPosition")))
                  for x in source.iterfind("q:PlainTextSelection", ns)}
    assert selections == {(desk.journey.quote(q).passage_start, desk.journey.quote(q).passage_end)
                          for q in made}


def test_the_dock_follows_moves_removals_and_undo(desk, qtbot):
    dock = desk.dock
    quote_id = _code(desk, qtbot, "Er was geen tolk", 4, "2", "13")
    assert [p.mark for p in dock.text.passages] == ["13"]
    desk.document.apply(session.move_quotes(desk.journey, [quote_id], "tp-d3"))
    assert [p.mark for p in dock.text.passages] == ["17"]
    desk.document.apply(session.move_quotes(desk.journey, [quote_id], None))
    assert [(p.mark, p.parked) for p in dock.text.passages] == [("P", True)]
    desk.document.apply(session.remove_quotes(desk.journey, [quote_id]))
    assert dock.text.passages == [] and dock.text.extraSelections() == []
    for _ in range(3):
        desk.undo_action.trigger()
    assert [p.mark for p in dock.text.passages] == ["13"]
    desk.undo_action.trigger()  # the quote
    desk.undo_action.trigger()  # the import
    assert dock.transcript_id is None and dock.text.toPlainText() == ""
    desk.redo_action.trigger()
    assert dock.transcript_id == desk.transcript.id and dock.text.passages == []


def test_toon_in_transcript_selects_the_passage(desk, qtbot):
    quote_id = _code(desk, qtbot, "Ik heb in het eerste jaar", 12, "2", "tp-c4")
    quote = desk.journey.quote(quote_id)
    quotes = in_view(desk.quotes)
    desk.canvas.show_touchpoint("tp-c4")
    listed = quotes.quote_list
    rows = {listed.item(i).data(Qt.ItemDataRole.UserRole): listed.item(i) for i in range(listed.count())}
    other = next(i for q, i in rows.items() if q != quote_id)
    other.setSelected(True)  # a quote of the report: not from a transcript
    assert not quotes.transcript_button.isEnabled()
    listed.clearSelection()
    rows[quote_id].setSelected(True)
    listed.setCurrentItem(rows[quote_id])
    assert quotes.transcript_button.isEnabled()
    dock = desk.dock
    dock.text.moveCursor(dock.text.textCursor().MoveOperation.Start)
    assert not in_front(dock)
    listed.setFocus()
    _key(listed, Qt.Key.Key_J, CTRL)
    qtbot.waitUntil(lambda: in_front(dock))
    assert dock.text.selected_range() == (quote.passage_start, quote.passage_end)
    assert dock.text.textCursor().selectedText() == quote.text
    cursor_rect = dock.text.cursorRect()
    assert dock.text.viewport().rect().contains(cursor_rect.center())  # scrolled into view
    # and the controller's own entry, for the quote browser
    desk.quotes.raise_()
    QApplication.processEvents()
    assert desk.transcripts.show_passage(quote_id) and in_front(dock)
    assert not desk.transcripts.show_passage(other.data(Qt.ItemDataRole.UserRole))


def test_keys_in_the_dock_never_reach_the_canvas(desk, qtbot):
    dock = desk.dock
    desk.canvas.show_touchpoint("tp-c4")
    dock.text.setFocus()
    select_words(dock, desk.transcript.text.index("De taalschool"), 2)

    def press_canvas_keys():
        for key, modifiers in ((Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
                               (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
                               (Qt.Key.Key_D, CTRL), (Qt.Key.Key_T, CTRL), (Qt.Key.Key_V, CTRL),
                               (Qt.Key.Key_L, CTRL), (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
                               (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier),
                               (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier)):
            _key(dock.text, key, modifiers)
        QApplication.processEvents()

    unchanged(desk, press_canvas_keys)
    assert desk.scene.selected_touchpoints() == ["tp-c4"]
    # Ctrl+A and Ctrl+C are the text's: all of it selected and copied
    _key(dock.text, Qt.Key.Key_A, CTRL)
    _key(dock.text, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text().startswith("Interview R1")
    assert desk.scene.selected_touchpoints() == ["tp-c4"]
    # Ctrl+Z still undoes (the window's), Escape goes back to the canvas
    quote_id = _code(desk, qtbot, "De taalschool is goed", 4, "4", "17")
    _key(dock.text, Qt.Key.Key_Z, CTRL)
    assert desk.journey.find("quote", quote_id) is None
    _key(dock.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(desk.view.hasFocus)


def test_a_bad_touchpoint_number_or_no_selection_says_why(desk, qtbot):
    dock = desk.dock

    def attempts():
        dock.text.setFocus()
        _key(dock.text, Qt.Key.Key_M, ALT)
        QTest.keyClicks(dock.number_edit, "99")
        _key(dock.number_edit, Qt.Key.Key_Return)
        assert "99" in dock.message.text() and dock.message.isVisibleTo(dock)
        cursor = dock.text.textCursor()
        cursor.clearSelection()
        dock.text.setTextCursor(cursor)
        dock.text.setFocus()
        _key(dock.text, Qt.Key.Key_Return)
        assert "passage" in dock.message.text()
        select_words(dock, desk.transcript.text.index("Interviewer: Wie"), 1)  # (a label only)
        _key(dock.text, Qt.Key.Key_Return)
        assert not dock.make_button.isEnabled()

    unchanged(desk, attempts)


def test_the_text_counts_characters_as_the_model_does(qtbot):
    """After a character outside the BMP (an emoji: two UTF-16 units in Qt) the positions
    still agree with the model's."""
    from klantreis.ui.transcript_text import Passage, TranscriptText

    text = "R1: Ik was zo blij 😀 met de sleutel.\nR1: Daarna 😀😀 kwam de brief."
    widget = TranscriptText()
    qtbot.addWidget(widget)
    widget.set_text(text, ("R1",))
    start = text.index("kwam")
    widget.select_range(start, start + len("kwam de brief"))
    assert widget.selected_range() == (start, start + len("kwam de brief"))
    assert widget.textCursor().selectedText() == "kwam de brief"
    widget.set_passages([Passage("q", start, start + 4, "7", "7. Brief")])
    (selection,) = widget.extraSelections()
    assert selection.cursor.selectedText() == "kwam"
    assert [p.mark for p in widget.passages_at(start + 1)] == ["7"] and widget.passages_at(start - 1) == []


def test_the_window_has_the_dock_menu_and_import(raalte, qtbot):
    """Sessie > Transcripten (Ctrl+Shift+J), Bestand > Importeren > Transcript…, and an import
    shows the new transcript in the dock."""
    window = raalte
    dock = window.transcripts.dock
    assert dock.isHidden()  # (until asked for)
    texts = [a.text() for a in window.session_menu.actions()]
    assert "&Transcripten" in texts
    assert [a.text() for a in window.files.import_menu.actions()] == [
        "&JSON (als nieuw project)…", "&Transcript…", window.qdpx.actions["import_qdpx"].text()]
    exports = window.files.export_menu.actions()
    assert window.qdpx.actions["export_qdpx"] in exports and window.qdpx.actions["export_qdc"] in exports
    assert window.transcripts.actions["dock"].shortcut().toString() == "Ctrl+Shift+J"
    QTest.keyClick(window, Qt.Key.Key_J, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: in_front(dock))
    qtbot.waitUntil(dock.text.hasFocus)
    QTest.keyClick(dock.text, Qt.Key.Key_J, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(dock.isHidden)  # (pressed again: closed)
    window.prompts.open_path = lambda *_args: INTERVIEW
    window.prompts.run_dialog = lambda dialog: (dialog.accept(), True)[1]
    before = state(window)
    window.files.import_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: window.transcripts.importer.job is None)
    assert state(window) != before and in_front(dock)
    assert dock.chooser.currentText() == "interview-r1.txt"
    assert "Interviewer: Fijn dat u er bent" in dock.text.toPlainText()


def test_two_transcripts_a_time_range_as_source_and_the_chooser(desk, qtbot):
    first = _code(desk, qtbot, "De taalschool is goed", 4, "4", "17")

    def fill(dialog):
        respondent = dialog.row_widgets(dialog.labels.index("Fatima"))[1]
        respondent.setCurrentIndex(respondent.findData("__new__"))

    second = import_file(desk, qtbot, NAMES, fill)
    dock = desk.dock
    assert dock.chooser.count() == 2 and dock.transcript_id == second.id
    block = dock.text.document().findBlockByNumber(2)  # "[00:00:12] R2: Bij mij ..."
    formats = {(f.start, f.length): (f.format.foreground().color().name(), f.format.fontWeight())
               for f in block.layout().formats()}
    assert formats[(0, 10)][0] == "#52606d"  # the time stamp in grey
    assert formats[(11, 2)][1] >= 700  # the label in bold
    quote_id = _code_in(desk, second, "Bij mij duurde het vier maanden", 6)
    quote = desk.journey.quote(quote_id)
    assert quote.source == "transcript focusgroep-namen.vtt 00:00:12-00:00:18"
    assert quote.respondent_id == next(r.id for r in desk.journey.respondents if r.code == "R2")
    dock.chooser.setFocus()
    _key(dock.chooser, Qt.Key.Key_Up)  # (the chooser by keyboard)
    assert dock.transcript_id == desk.transcript.id
    assert dock.text.toPlainText() == desk.transcript.text and len(dock.text.passages) == 1
    assert desk.transcripts.show_passage(quote_id)  # (back to the other transcript)
    assert dock.transcript_id == second.id and dock.text.textCursor().selectedText() == quote.text
    assert desk.transcripts.show_passage(first) and dock.transcript_id == desk.transcript.id


def _code_in(desk, transcript, words_start, words) -> str:
    select_words(desk.dock, transcript.text.index(words_start), words)
    before = {q.id for q in desk.journey.quotes}
    _key(desk.dock.text, Qt.Key.Key_Return)
    (new,) = [q.id for q in desk.journey.quotes if q.id not in before]
    return new


def test_the_quote_browser_shows_a_quotes_passage_in_the_transcript(raalte, qtbot):
    """Citatenoverzicht: "Toon in transcript" (Ctrl+J, and in the context menu) for a quote made
    from a transcript brings the Transcripten dock forward at its passage."""
    window = raalte
    window.prompts.open_path = lambda *_args: INTERVIEW
    window.prompts.run_dialog = lambda dialog: (dialog.accept(), True)[1]
    window.files.import_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: window.transcripts.importer.job is None)
    transcript = window.journey.transcripts[0]
    from klantreis.evidence.passages import quote_from_passage

    start = transcript.text.index("De taalschool is goed")
    quote = quote_from_passage(window.journey, transcript, start, start + len("De taalschool is goed"),
                               touchpoint_id="tp-c4", captured_at="2024-03-01T10:00:00")
    from klantreis.model.edits import Insert

    assert window.workspace.apply(Insert(quote, code="edit_code_passage"))
    window.transcripts.dock.hide()
    browser = window.sessions.open_browser()
    browser.clear_filters()
    browser.select_ids(["q-s02"])  # a quote of the report: not from a transcript
    assert not browser.passage_action.isEnabled() and not browser.show_passage()
    browser.select_ids([quote.id])
    assert browser.passage_action.isEnabled()
    assert browser.passage_action in browser.table.actions()  # Ctrl+J in the table
    assert browser.passage_action.shortcut().toString() == "Ctrl+J"
    browser.passage_action.trigger()
    dock = window.transcripts.dock
    qtbot.waitUntil(lambda: in_front(dock))
    assert dock.text.selected_range() == (quote.passage_start, quote.passage_end)
