"""Smoke tests of the first window (offscreen)."""

import pytest
from PySide6.QtWidgets import QMessageBox

from klantreis import graph
from klantreis.files import convert
from tests.conftest import RAALTE_JSON
from ui.app import create_application
from ui.document import open_document
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    create_application()
    path = tmp_path / "raalte.klantreis"
    convert(RAALTE_JSON, path)
    win = MainWindow(open_document(path))
    qtbot.addWidget(win)
    win.show()
    return win


def test_window_shows_the_raalte_journey(window):
    journey = window.journey
    scene = window.scene
    assert set(scene.cards) == {tp.id for tp in journey.touchpoints}
    assert set(scene.arrows) == {tr.id for tr in journey.transitions}
    assert set(scene.bands) == {p.id for p in journey.phases}
    assert "raalte.klantreis" in window.windowTitle()
    numbers = graph.display_numbers(journey)
    for tp_id, card in scene.cards.items():
        assert card.data.number == numbers[tp_id]
        band = scene.band(journey.touchpoint(tp_id).phase_id).rect
        assert band.left() <= card.x() and card.x() + card.card_rect().width() <= band.right()


def test_cards_do_not_overlap(window):
    cards = list(window.scene.cards.values())
    rects = [c.mapRectToScene(c.card_rect()) for c in cards]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)


def test_sentiment_smiley_uses_the_quotes(window):
    journey = window.journey
    with_quotes = {q.touchpoint_id for q in journey.quotes if q.sentiment.score is not None}
    for tp_id, card in window.scene.cards.items():
        assert (card.data.mean is not None) == (tp_id in with_quotes)


def test_opening_a_bad_file_warns_and_keeps_the_journey(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    bad = tmp_path / "kapot.klantreis"
    bad.write_bytes(b"nope")
    before = window.journey
    assert window.open_path(bad) is False
    assert window.journey is before
    assert shown and "geen Klantreis-bestand" in shown[0]


def test_opening_a_json_file(window, qtbot):
    assert window.open_path(RAALTE_JSON)
    assert window.document.project is None
    assert len(window.scene.cards) == window.journey.count("touchpoint")


def test_a_rename_or_a_move_within_the_band_updates_its_card_in_place(raalte):
    from dataclasses import replace

    from klantreis.edits import Update, move_touchpoints
    from klantreis.layout import positions_for

    scene = raalte.scene
    tp = raalte.document.journey.touchpoints[5]
    card, other = scene.card(tp.id), scene.card(raalte.document.journey.touchpoints[6].id)
    assert raalte.document.apply(Update(replace(tp, title="Nieuwe titel", description="Anders")))
    assert scene.card(tp.id) is card and card.data.title == "Nieuwe titel"
    assert "Anders" in card.data.tooltip and scene.card(other.touchpoint_id) is other
    journey = raalte.document.journey
    arrows = [scene.arrow(t.id) for t in journey.transitions if tp.id in (t.source_id, t.target_id)]
    ends = [arrow.path.pointAtPercent(1.0) for arrow in arrows]
    before = card.pos()
    x, y = positions_for(journey)[tp.id]  # where it is shown in its band
    assert raalte.document.apply(move_touchpoints(journey, {tp.id: (tp.phase_id, x + 60, y)}))
    assert scene.card(tp.id) is card and card.pos().x() == before.x() + 60  # the same card, moved
    assert arrows and [scene.arrow(a.transition_id) for a in arrows] == arrows  # the same arrows
    assert [a.path.pointAtPercent(1.0) for a in arrows] != ends  # ... that follow it
    raalte.undo()
    assert scene.card(tp.id) is card and card.pos() == before
    assert raalte.document.apply(move_touchpoints(journey, {tp.id: (tp.phase_id, x, y + 900)}))
    assert scene.card(tp.id) is not card  # the band grows: the scene is laid out again
