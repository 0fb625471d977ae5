"""Marks on page 1 for what the design and practice do not share, and for deadlines that were
exceeded: a step of the design only is pale, ringed with dashes and badged "alleen ontwerp"; a
step of practice only is badged "alleen praktijk", a transition of practice only carries a small
diamond on its line (as on the canvas: where most of a journey is practice, words on every line
would bury the map); a transition of the design only is drawn pale and dashed; an exceeded
deadline is a red note beside its station ("36 → 39 mnd"). None relies on colour alone: each
has a text, a shape or a line style of its own, and the legend explains
each only when the page has it (drawn by :mod:`exports.infographic_marks_drawn`).

This module places them, in layout coordinates (y down, see :mod:`exports.infographic_layout`):
each badge at the first of its candidate places (nearest its station or line first, in full
text before short text) that covers no station, number, title, chip, bubble, hartslag strip or
other badge. A step's badge is always placed (where nothing is free, at its first place); a
deadline note with no room is listed in the legend instead ("18: norm 36 mnd, werkelijk 39
mnd"); a diamond on a transition of practice only is left out where there is no room (the detail
pages say it under "Daarna"). The badges are obstacles for the
labels of the transitions (:func:`legend.place_labels`). A journey without any of this gets no
marks at all (None), and so the same page as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis.exports.infographic_geometry import Rect
from klantreis.exports.labels import duration, plain_number
from klantreis.exports.text_layout import Block, Style, layout
from klantreis.model.entities import RouteRole

DESIGNED, LIVED_ONLY, EXCEEDED, LIVED_LINE = "designed", "lived", "deadline", "lived_line"
PAD = 2.4  # inside a badge, left and right


@dataclass(frozen=True)
class Badge:
    """A badge ("alleen praktijk"), a deadline note or a diamond on a line; ``parts`` are its
    texts (a note has two, the norm and the realised duration, with an arrow drawn between
    them; a diamond none)."""

    kind: str  # DESIGNED, LIVED_ONLY, EXCEEDED or LIVED_LINE
    row: int
    rect: Rect
    parts: tuple[Block, ...]
    arrow: float = 0.0  # the width of the arrow between the parts


@dataclass(frozen=True)
class Marks:
    designed_steps: frozenset[str]  # touchpoint ids: drawn pale, with a dashed ring
    designed_lines: frozenset[str]  # transition ids: drawn pale and dashed
    badges: tuple[Badge, ...]
    listed: tuple[str, ...] = ()  # exceeded deadlines with no room on the map: in the legend

    @property
    def lived(self) -> bool:
        """Whether a step of practice only is badged."""
        return any(b.kind == LIVED_ONLY for b in self.badges)

    @property
    def lived_lines(self) -> bool:
        """Whether a transition of practice only carries a diamond."""
        return any(b.kind == LIVED_LINE for b in self.badges)

    def rects(self, row: int) -> list[Rect]:
        return [b.rect for b in self.badges if b.row == row]

    def designed(self, transition_ids) -> bool:
        """Whether a line that carries ``transition_ids`` is of the design only."""
        return bool(transition_ids) and set(transition_ids) <= self.designed_lines


def badge_style(scale: float) -> Style:
    return Style(size=round(5.3 * max(scale, 0.8), 2), bold=True)


def _smaller(style: Style) -> Style:
    return Style(size=round(max(3.4, style.size * 0.8), 2), bold=True)


class _Room:
    """What a badge may not cover, per row of the page, and the badges placed so far."""

    def __init__(self, page) -> None:
        self.page = page
        metrics = page.metrics
        self.ring = metrics.radius + 3.0  # (with a knelpunt's or a dashed ring)
        dots = 2.5 * 5.2 * metrics.scale + 1.9 * metrics.scale  # (six actor dots at most)
        self.taken: dict[int, list[Rect]] = {row.index: [row.strip] for row in page.rows}
        for station in page.stations.values():
            bx, by, br = page.badge(station)
            label = station.label
            self.taken[station.row] += [self.disc(station), Rect(bx - br, by - br, 2 * br, 2 * br),
                                        Rect(station.x - dots, label.y - 2.6, 2 * dots, 4.2),
                                        Rect(label.x, label.y + 1.5 * metrics.scale, label.w, label.h)]
        for chip in page.chips:
            self.taken[page.stations[chip.touchpoint_id].row].append(chip.rect)
        self.bubbles = [b.rect for b in page.bubbles]
        self.badges: list[Badge] = []

    def disc(self, station) -> Rect:
        ring = self.ring
        return Rect(station.x - ring, station.y - ring, 2 * ring, 2 * ring)

    def free(self, row: int, rect: Rect, allowed: Rect | None = None) -> bool:
        area = self.page.journey_area
        if rect.x < area.x or rect.right > area.right:
            return False
        grown = Rect(rect.x - 0.6, rect.y - 0.6, rect.w + 1.2, rect.h + 1.2)
        others = self.taken[row] + self.bubbles + [b.rect for b in self.badges if b.row == row]
        return not any(grown.intersects(o) for o in others if o != allowed)

    def place(self, kind: str, row: int, candidates, *, allowed=None, always: bool = False,
              arrow: float = 0.0) -> bool:
        """The first of ``candidates`` [(rect, parts)] that is free; with ``always`` the first
        when none is, else none. Whether one was placed."""
        candidates = list(candidates)
        chosen = next(((rect, parts) for rect, parts in candidates if self.free(row, rect, allowed)),
                      candidates[0] if always and candidates else None)
        if chosen is not None:
            self.badges.append(Badge(kind, row, chosen[0], chosen[1], arrow))
        return chosen is not None


def route_marks(journey, page, words: dict[str, str], language: str) -> Marks | None:
    """The marks of ``journey`` (the shared copy that is drawn) on ``page``; None when it has
    no step or transition of only the design or only practice and no exceeded deadline."""
    roles = {t.id: t.route for t in journey.transitions}
    designed_lines = frozenset(t for t, role in roles.items() if role is RouteRole.DESIGNED)
    lived_lines = {t for t, role in roles.items() if role is RouteRole.LIVED}
    steps = {tp.id: tp for tp in journey.touchpoints}
    if not (designed_lines or lived_lines or any(
            tp.route is not RouteRole.BOTH or (tp.deadline is not None and tp.deadline.exceeded)
            for tp in steps.values())):
        return None
    room = _Room(page)
    style = badge_style(page.metrics.scale)
    stations = sorted(page.stations.values(), key=lambda s: s.number)
    pills = {kind: _pills(kind, words, style) for kind in (DESIGNED, LIVED_ONLY)}  # (laid out once)
    for station in stations:  # (the steps' badges first: they are never left out)
        tp = steps[station.touchpoint_id]
        if tp.route is not RouteRole.BOTH:
            kind = DESIGNED if tp.route is RouteRole.DESIGNED else LIVED_ONLY
            room.place(kind, station.row, _step_places(station, page, pills[kind]),
                       allowed=room.disc(station), always=True)
    listed = []
    for station in stations:
        deadline = steps[station.touchpoint_id].deadline
        if deadline is not None and deadline.exceeded:
            arrow = 7.0 * max(page.metrics.scale, 0.8)
            variants = _note_parts(deadline, words, language, style)
            if not room.place(EXCEEDED, station.row, _note_places(station, page, room.ring, variants, arrow),
                              arrow=arrow):
                listed.append(words["deadline_listed"].format(
                    number=station.number, norm=duration(deadline.amount, deadline.unit, words, language,
                                                         short=True),
                    real=duration(deadline.realised, deadline.unit, words, language, short=True)))
    size = diamond_size(page.metrics.scale)
    for leg in page.legs:
        if lived_lines & set(leg.transition_ids):
            room.place(LIVED_LINE, page.stations[leg.source_id].row, _leg_places(leg, size))
    for arc in page.arcs:
        if arc.transition_id in lived_lines:
            row = page.stations[journey.transition(arc.transition_id).source_id].row
            points = [arc.points[i] for i in (8, 7, 9, 6, 10, 5, 11, 4, 12)]
            room.place(LIVED_LINE, row, (_diamond(x, y, size) for x, y in points))
    for chip in page.chips:
        if lived_lines & set(chip.transition_ids):
            room.place(LIVED_LINE, page.stations[chip.touchpoint_id].row, _chip_places(chip, size))
    designed_steps = frozenset(t for t, tp in steps.items() if tp.route is RouteRole.DESIGNED)
    return Marks(designed_steps, designed_lines, tuple(room.badges), tuple(listed))


def _width(parts: tuple[Block, ...], arrow: float = 0.0) -> float:
    return sum(p.width for p in parts) + (arrow + 3 if arrow else 0.0) + 2 * PAD


def _height(parts: tuple[Block, ...]) -> float:
    return parts[0].height + 1.4


def diamond_size(scale: float) -> float:
    return round(4.6 * max(scale, 0.8), 2)


def _diamond(x: float, y: float, size: float) -> tuple[Rect, tuple[Block, ...]]:
    return Rect(x - size / 2, y - size / 2, size, size), ()


def _pills(kind: str, words, style: Style) -> list[tuple[Block, ...]]:
    """The badge's text in full, short ("praktijk"), and short and smaller."""
    return [(layout(words[key], 10_000, size, max_lines=1),) for key, size in (
        (f"route_{kind}", style), (f"route_{kind}_short", style), (f"route_{kind}_short", _smaller(style)))]


def _step_places(station, page, pills):
    """At the top right of the smiley (as the number is at its top left), higher up, above it,
    or at the top left above the number."""
    r = page.metrics.radius
    for parts in pills:
        width, height = _width(parts), _height(parts)
        for x, y in ((station.x + 0.35 * r, station.y - r - height / 2),
                     (station.x + 0.35 * r, station.y - r - height - 1.5),
                     (station.x - width / 2, station.y - r - height - 4),
                     (station.x - 0.35 * r - width, station.y - r - height * 1.6 - 1)):
            yield Rect(x, y, width, height), parts


def _note_parts(deadline, words, language: str, style: Style):
    texts = (plain_number(deadline.amount, language),
             duration(deadline.realised, deadline.unit, words, language, short=True))
    return [tuple(layout(t, 10_000, size, max_lines=1) for t in texts) for size in (style, _smaller(style))]


def _note_places(station, page, ring: float, variants, arrow: float):
    """Across the route line beside the station, after it first, then before it (a little
    lower where a badge is above the line); further away in steps; then below the line."""
    for parts in variants:
        width, height = _width(parts, arrow), _height(parts)
        for step in range(int(page.pitch * 0.7 // 2)):
            off = ring + 1 + 2 * step
            for x in (station.x + off, station.x - off - width):
                for dy in (0.0, height * 0.4):
                    yield Rect(x, station.y - height / 2 + dy, width, height), parts
        for x in (station.x + ring * 0.8, station.x - ring * 0.8 - width):
            yield Rect(x, station.y + ring * 0.45, width, height), parts


def _leg_places(leg, size: float):
    """On the middle of the leg (of its part along the row, where it turns to the next),
    further from the middle in steps."""
    (ax, ay), (bx, _by) = leg.points[0], leg.points[1]
    for f in (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82):
        yield _diamond(ax + (bx - ax) * f, ay, size)


def _chip_places(chip, size: float):
    """Beside the chip, away from its station; else above or below it."""
    rect = chip.rect
    middle = rect.y + rect.h / 2
    beside = rect.right + 1.2 + size / 2 if chip.out else rect.x - 1.2 - size / 2
    for x, y in ((beside, middle), (rect.x + rect.w / 2, rect.y - 0.8 - size / 2),
                 (rect.x + rect.w / 2, rect.bottom + 0.8 + size / 2)):
        yield _diamond(x, y, size)
