"""Smoke tests of the first window (offscreen)."""

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMessageBox

from klantreis.graph import route as graph
from klantreis.io.files import convert
from klantreis.ui.app import create_application
from klantreis.ui.document import open_document
from klantreis.ui.main_window import MainWindow
from tests.conftest import RAALTE_JSON


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
    assert window.opener.open_path(bad) is False
    assert window.journey is before
    assert shown and "geen Klantreis-bestand" in shown[0]


def test_opening_a_json_file(window, qtbot):
    assert window.opener.open_path(RAALTE_JSON)
    assert window.document.project is None
    assert len(window.scene.cards) == window.journey.count("touchpoint")


def test_a_rename_or_a_move_within_the_band_updates_its_card_in_place(raalte):
    from dataclasses import replace

    from klantreis.graph.layout import positions_for
    from klantreis.model.edits import Update, move_touchpoints

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
    raalte.undo_action.trigger()
    assert scene.card(tp.id) is card and card.pos() == before
    height = scene.band(tp.phase_id).rect.height()
    below = [scene.band(p.id).rect.top() for p in journey.phases[journey.index_of("phase", tp.phase_id) + 1:]]
    assert raalte.document.apply(move_touchpoints(journey, {tp.id: (tp.phase_id, x, y + 900)}))
    # the band grows and the bands below it move down: laid out again, the same card
    assert scene.band(tp.phase_id).rect.height() > height + 800 and scene.card(tp.id) is card
    later = [scene.band(p.id).rect.top() for p in journey.phases[journey.index_of("phase", tp.phase_id) + 1:]]
    assert all(b > a + 800 for a, b in zip(below, later, strict=True)) and below


def test_a_new_connection_or_card_keeps_every_other_item_and_renumbers_what_moved_on(raalte):
    from klantreis.graph import route as graph
    from klantreis.model.edits import Insert, remove_touchpoints
    from klantreis.model.entities import Touchpoint, Transition, new_id

    scene, journey = raalte.scene, raalte.document.journey
    cards, arrows = scene.cards, scene.arrows
    tps = journey.touchpoints
    link = Transition(new_id(), tps[2].id, tps[20].id)
    assert raalte.document.apply(Insert(link))
    assert set(scene.arrows) == set(arrows) | {link.id}
    assert all(scene.arrow(t) is a for t, a in arrows.items())  # the others stay as they were
    assert all(scene.card(t) is c for t, c in cards.items())
    numbers = graph.display_numbers(journey)
    assert all(card.data.number == numbers[t] for t, card in scene.cards.items())
    tp = Touchpoint(new_id(), "Een nieuw contactmoment", tps[0].phase_id, x=900.0, y=0.0)
    assert raalte.document.apply(Insert(tp))
    assert scene.card(tp.id).data.title == "Een nieuw contactmoment"
    assert all(scene.card(t) is c for t, c in cards.items())
    assert raalte.document.apply(remove_touchpoints([tps[20].id]))
    assert tps[20].id not in scene.cards and link.id not in scene.arrows
    assert all(item.scene() is scene for item in scene.cards.values())


def test_a_dragged_card_whose_move_is_refused_goes_back_with_its_arrows(raalte):
    scene, journey = raalte.scene, raalte.document.journey
    tr = journey.transitions[0]
    card, arrow = scene.card(tr.source_id), scene.arrow(tr.id)
    before, start = card.pos(), arrow.path.pointAtPercent(0.0)
    scene.select_only([tr.source_id])  # (a drag moves the selected cards)
    card.setPos(before + QPointF(5000, 5000))  # dragged far outside every band
    assert arrow.path.pointAtPercent(0.0) != start  # the arrow followed the drag
    scene.rebuild()  # what the editor does when the move is refused
    assert card.pos() == before and arrow.path.pointAtPercent(0.0) == start


def _same_as_fresh(scene) -> list[str]:
    """Where the live scene differs from one built afresh from the same journey."""
    from klantreis.ui.canvas.scene import JourneyScene

    fresh = JourneyScene(scene.journey)
    differ = [tp for tp, card in fresh.cards.items()
              if scene.card(tp).pos() != card.pos() or scene.card(tp).data != card.data]
    differ += [tr for tr, arrow in fresh.arrows.items()
               if scene.arrow(tr).path.pointAtPercent(0.0) != arrow.path.pointAtPercent(0.0)]
    return differ


def test_a_group_that_changes_perspective_changes_the_cards_that_show_its_evidence(qtbot, tmp_path):
    from dataclasses import replace

    from klantreis.model.edits import Update
    from klantreis.model.entities import Perspective
    from klantreis.store import Project
    from klantreis.synthetic import generate
    from tests.ui.helpers import window

    path = tmp_path / "synth.klantreis"
    Project.create(path, generate(30, 200, 20, groups=4, seed=3)).close()
    win = window(qtbot, path)
    scene, journey = win.scene, win.document.journey
    for card in scene.cards.values():
        card.data  # noqa: B018 (every card drawn once, as on a screen showing all)
    group = journey.groups[0]
    other = Perspective.UITVOERDER if group.perspective is Perspective.CLIENT else Perspective.CLIENT
    assert win.document.apply(Update(replace(group, perspective=other)))
    assert _same_as_fresh(scene) == []


def test_of_two_dragged_cards_the_one_dropped_outside_goes_back_with_its_arrows(qtbot, tmp_path):
    from PySide6.QtTest import QTest

    from klantreis.model.entities import JourneyInfo, Phase, Touchpoint, Transition
    from klantreis.model.journey import Journey
    from klantreis.store import Project
    from tests.ui.helpers import drag, window

    journey = Journey(JourneyInfo(title="Slepen"))
    for phase in (Phase("p1", "Een"), Phase("p2", "Twee")):
        journey.add(phase)
    for tp_id, x, y in (("a", 210.0, 26.0), ("b", 426.0, 174.0), ("c", 642.0, 322.0)):
        journey.add(Touchpoint(tp_id, tp_id.upper(), "p1", x=x, y=y))
    journey.add(Touchpoint("d", "D", "p2", x=210.0, y=26.0))
    for tr_id, source, target in (("t1", "a", "b"), ("t2", "b", "c"), ("t3", "a", "d")):
        journey.add(Transition(tr_id, source, target))
    path = tmp_path / "slepen.klantreis"
    Project.create(path, journey).close()
    win = window(qtbot, path)
    win.resize(1400, 1000)
    win.view.resetTransform()
    win.view.zoom(0.5)
    QTest.qWait(50)
    scene = win.scene
    scene.select_only(["a", "b"])
    start = scene.card("b").sceneBoundingRect().center()
    drag(qtbot, win.view, start, start + QPointF(0, -150))  # a ends above every band, b in one
    qtbot.wait(50)
    assert scene.card("a").pos() == QPointF(210.0, 26.0)
    assert _same_as_fresh(scene) == []


def test_the_window_fits_the_screen_and_is_remembered(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from klantreis.io.files import convert
    from klantreis.ui.document import open_document
    from klantreis.ui.main_window import MainWindow
    from tests.conftest import RAALTE_JSON

    path = tmp_path / "raalte.klantreis"
    convert(RAALTE_JSON, path)
    QSettings().remove("window")
    first = MainWindow(open_document(path))
    qtbot.addWidget(first)
    room = first.screen().availableGeometry()
    assert first.width() <= room.width() and first.height() <= room.height()
    first.resize(700, 500)
    first.history.hide()
    first.close()
    second = MainWindow(open_document(path))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (700, 500)
    assert not second.history.isVisible()
    second.close()
