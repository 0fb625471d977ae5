"""Where everything goes on the infographic page: pure geometry, in points, y pointing down from
the top of an A3 landscape page (the drawing flips it once, see :mod:`exports.infographic`).

The stations follow the route in the order of their numbers along a winding path: left to right
on the first row, right to left on the next, and so on. Above each row runs its strip of the
experience line ("hartslag"); between the rows are bands for the speech bubbles, which are packed
so that no two overlap and none covers a station. A transition is a leg of the route (between
stations next in number), an arc in the lane above its row (arcs that overlap at different
heights) or, to another row, a chip beside its station; :func:`legend.place_labels` puts the
labels on them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import product

from reportlab.lib.pagesizes import A3, landscape

from klantreis.exports.text_layout import Block, Style, layout

PAGE_W, PAGE_H = landscape(A3)
MARGIN = 34.0
SIDE_W = 250.0  # the column with the legend and the method box
GAP = 18.0
HEADER_H = 58.0
PHASE_BAR_H = 28.0
SOURCE_H = 16.0
MIN_PITCH, COMFORTABLE_PITCH, MAX_PITCH = 46.0, 88.0, 112.0
BUBBLE_W = 214.0
BUBBLE_WIDTHS = (BUBBLE_W, 172.0)  # a narrower, taller bubble where the wide one does not fit
BUBBLE_GAP = 8.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Rect) -> bool:
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)


@dataclass(frozen=True)
class Metrics:
    """Sizes of one row, scaled with the station pitch."""

    scale: float

    @property
    def strip_h(self) -> float:  # the hartslag strip
        return 34 * self.scale

    @property
    def lane_h(self) -> float:  # arcs of branches and loops within the row
        return 16 * self.scale

    @property
    def radius(self) -> float:  # the station smiley
        return 11 * self.scale

    @property
    def title(self) -> Style:
        return Style(size=7.6 * self.scale, bold=True, leading=9.0 * self.scale)

    @property
    def actors(self) -> Style:
        return Style(size=6.2 * self.scale, leading=7.4 * self.scale)

    @property
    def label_h(self) -> float:
        return 3 * self.title.line_height + 2 * self.actors.line_height + 6 * self.scale

    @property
    def row_h(self) -> float:
        return self.strip_h + self.lane_h + 2 * self.radius + 4 * self.scale + self.label_h


@dataclass(frozen=True)
class Row:
    index: int
    strip: Rect  # the hartslag strip above the stations
    lane_top: float
    path_y: float
    left_to_right: bool
    station_ids: tuple[str, ...]


@dataclass(frozen=True)
class Station:
    touchpoint_id: str
    number: int
    row: int
    x: float  # centre of the smiley, on the path
    y: float
    title: Block
    actors: Block
    label: Rect  # title and actors below the smiley
    footprint: Rect  # everything of the station, for the overlap checks


@dataclass(frozen=True)
class Bubble:
    quote_id: str
    touchpoint_id: str
    text: Block
    attribution: Block
    rect: Rect
    band: int
    points_up: bool  # the tail points up to a station above the bubble (else down)


@dataclass(frozen=True)
class PageLayout:
    metrics: Metrics
    pitch: float  # distance between two stations on a row
    header: Rect
    phase_bar: Rect
    journey_area: Rect
    side: Rect
    source: Rect
    rows: tuple[Row, ...]
    stations: dict[str, Station]
    bands: tuple[Rect, ...]  # bubble bands: above row 0, between the rows, below the last
    bubbles: tuple[Bubble, ...]
    unplaced: tuple[str, ...] = field(default=())  # highlighted quotes that did not fit
    legs: tuple[Leg, ...] = field(default=())
    arcs: tuple[Arc, ...] = field(default=())
    chips: tuple[Chip, ...] = field(default=())
    labels: tuple[ArrowLabel, ...] = field(default=())  # (placed by legend.place_labels)
    listed: tuple[str, ...] = field(default=())  # transitions whose label is in the side column

    def badge(self, station: Station) -> tuple[float, float, float]:
        """Centre and radius of the station's number badge, at the top left of its smiley."""
        radius, badge_r = self.metrics.radius, 6.8 * self.metrics.scale
        return station.x - radius - badge_r * 0.55, station.y - radius * 0.55, badge_r


def _rows_for(count: int, width: float) -> tuple[float, int]:
    """Pitch and stations per row: the fewest rows (up to four) that give a comfortable pitch,
    else as many stations per row as fit at the smallest pitch."""
    for rows in range(1, 5):
        per_row = math.ceil(count / rows)
        if width / per_row >= COMFORTABLE_PITCH:
            return min(MAX_PITCH, width / per_row), per_row
    per_row = max(1, math.floor(width / MIN_PITCH))
    rows = math.ceil(count / per_row)
    per_row = math.ceil(count / rows)
    return width / per_row, per_row


def page_layout(order: list[tuple[str, int, str, str]],
                bubbles: list[tuple[str, str, str, str]], links=(), *,
                rtl_labels: bool = False) -> PageLayout:
    """Lay out the stations ``order`` [(touchpoint id, number, title, actors)] in route order,
    the highlighted quotes ``bubbles`` [(quote id, touchpoint id, text, attribution)] and the
    lines of the transitions ``links`` [(transition id, source id, target id, label)]; an
    attribution runs in the label language's direction (``rtl_labels``), whatever the quote's."""
    header = Rect(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, HEADER_H)
    source = Rect(MARGIN, PAGE_H - MARGIN - SOURCE_H + 6, PAGE_W - 2 * MARGIN, SOURCE_H)
    top = header.bottom + 8
    journey_w = PAGE_W - 2 * MARGIN - SIDE_W - GAP
    phase_bar = Rect(MARGIN, top, journey_w, PHASE_BAR_H)
    side = Rect(PAGE_W - MARGIN - SIDE_W, top, SIDE_W, source.y - 8 - top)
    area = Rect(MARGIN, phase_bar.bottom + 10, journey_w, source.y - 8 - phase_bar.bottom - 10)

    pitch, per_row = _rows_for(max(1, len(order)), area.w)
    row_count = max(1, math.ceil(len(order) / per_row))
    fits = area.h * 0.96 / (row_count * Metrics(1.0).row_h)  # a long journey: smaller still
    metrics = Metrics(scale=min(1.0, pitch / 96.0, fits))
    spare = area.h - row_count * metrics.row_h
    band_h = max(0.0, spare / (row_count + 1))
    rows: list[Row] = []
    stations: dict[str, Station] = {}
    bands: list[Rect] = []
    y = area.y
    for r in range(row_count):
        bands.append(Rect(area.x, y, area.w, band_h))
        y += band_h
        chunk = order[r * per_row:(r + 1) * per_row]
        left_to_right = r % 2 == 0
        strip = Rect(area.x, y, area.w, metrics.strip_h)
        lane_top = strip.bottom
        path_y = lane_top + metrics.lane_h + metrics.radius
        rows.append(Row(r, strip, lane_top, path_y, left_to_right, tuple(c[0] for c in chunk)))
        for i, (tp_id, number, title, actors) in enumerate(chunk):
            centre = area.x + pitch * (i + 0.5) if left_to_right else area.right - pitch * (i + 0.5)
            label_w = pitch - 6 * metrics.scale
            label_top = path_y + metrics.radius + 4 * metrics.scale
            title_block = layout(title, label_w, metrics.title, max_lines=3)
            actors_block = layout(actors, label_w, metrics.actors, max_lines=2) if actors else layout(
                "", label_w, metrics.actors)
            label = Rect(centre - label_w / 2, label_top, label_w, metrics.label_h)
            footprint = Rect(centre - pitch / 2 + 2, lane_top, pitch - 4, label.bottom - lane_top)
            stations[tp_id] = Station(tp_id, number, r, centre, path_y, title_block, actors_block,
                                      label, footprint)
        y += metrics.row_h
    bands.append(Rect(area.x, y, area.w, max(0.0, area.bottom - y)))
    placed, unplaced = _place_bubbles(bubbles, stations, rows, bands, metrics, rtl_labels)
    legs, arcs, chips = links_of(links, stations, rows, area, metrics)
    return PageLayout(metrics, pitch, header, phase_bar, area, side, source, tuple(rows), stations,
                      tuple(bands), tuple(placed), tuple(unplaced), legs, arcs, chips)


def _bubble_blocks(text: str, attribution: str, band_h: float, scale: float, width: float,
                   rtl_labels: bool):
    text_style = Style(size=7.4 * max(scale, 0.8), leading=9.2 * max(scale, 0.8))
    small = Style(size=6.2 * max(scale, 0.8), leading=7.4 * max(scale, 0.8))
    inner_w = width - 14
    lines = int((band_h - 14 - small.line_height - 10) // text_style.line_height)
    if lines < 2:
        return None
    body = layout(text, inner_w, text_style, max_lines=min(lines, 7))
    who = layout(attribution, inner_w, small, max_lines=1, rtl=rtl_labels)
    return body, who


def _place_bubbles(bubbles, stations: dict[str, Station], rows: list[Row], bands: list[Rect],
                   metrics: Metrics, rtl_labels: bool):
    """Greedy, in route order: each bubble in the band above or below its station's row, as
    close to the station as it can be without touching another bubble."""
    taken: dict[int, list[Rect]] = {i: [] for i in range(len(bands))}
    placed: list[Bubble] = []
    unplaced: list[str] = []
    for quote_id, tp_id, text, attribution in bubbles:
        station = stations.get(tp_id)
        if station is None:
            unplaced.append(quote_id)
            continue
        best = None
        for (band_index, points_up), width in product(((station.row, False), (station.row + 1, True)),
                                                      BUBBLE_WIDTHS):
            band = bands[band_index]
            blocks = _bubble_blocks(text, attribution, band.h, metrics.scale, width, rtl_labels)
            if blocks is None:
                continue
            body, who = blocks
            height = body.height + who.height + 14
            y = band.bottom - height - 4 if not points_up else band.y + 4
            x = _free_x(station.x - width / 2, width, band, taken[band_index])
            if x is None:
                continue
            # near its station, in the band above it, wide; a tail that cannot reach straight
            # from under the bubble to its station costs most
            off = abs(x + width / 2 - station.x)
            cost = off + (0 if band_index == station.row else 1) + (BUBBLE_W - width) * 0.4
            if not x + 14 <= station.x <= x + width - 14:
                cost += 400
            if best is None or cost < best[0]:
                best = (cost, Bubble(quote_id, tp_id, body, who, Rect(x, y, width, height),
                                     band_index, points_up))
        if best is None:
            unplaced.append(quote_id)
            continue
        bubble = best[1]
        taken[bubble.band].append(bubble.rect)
        placed.append(bubble)
    return placed, unplaced


def _free_x(wanted: float, width: float, band: Rect, taken: list[Rect]) -> float | None:
    """The left edge nearest ``wanted`` where [x, x + width] stays in the band and keeps
    BUBBLE_GAP from every taken interval; None when there is no room."""
    low, high = band.x, band.right - width
    if high < low:
        return None
    intervals = sorted((r.x - BUBBLE_GAP - width, r.right + BUBBLE_GAP) for r in taken)
    candidates = [min(max(wanted, low), high)]
    for start, end in intervals:  # just left of and just right of each taken bubble
        candidates += [start, end]
    free = [c for c in candidates if low <= c <= high
            and all(not (start < c < end) for start, end in intervals)]
    return min(free, key=lambda c: abs(c - wanted), default=None)


# ----------------------------------------------------------------------------- the transitions

Point = tuple[float, float]
CROSSING = 200.0  # the cost of a label that another transition's line runs through


@dataclass(frozen=True)
class Leg:
    """The route between two stations next in number: straight along a row, or a U-turn at
    ``turn`` (an x beside the journey area) to the next row; solid when a transition joins them."""

    source_id: str
    target_id: str
    points: tuple[Point, ...]
    turn: float | None
    transition_ids: tuple[str, ...]


@dataclass(frozen=True)
class Arc:
    """A branch or loop within a row: a curve out of the top of one station, up to ``top`` and
    down into the top of the other (for a step that repeats itself, beside its own top)."""

    transition_id: str
    start: Point
    end: Point
    top: float
    loop: bool

    @property
    def points(self) -> tuple[Point, ...]:
        (x0, y0), (x1, y1) = self.start, self.end
        out = []
        for i in range(17):
            t = i / 16
            ease = 3 * t * t - 2 * t ** 3  # (the cubic's controls are above its two ends)
            out.append((x0 + (x1 - x0) * ease,
                        (1 - t) ** 3 * y0 + 3 * t * (1 - t) * self.top + t ** 3 * y1))
        return tuple(out)


@dataclass(frozen=True)
class Chip:
    """A jump to (``out``) or from another row: a chip beside the station with the numbers."""

    touchpoint_id: str
    out: bool
    block: Block
    rect: Rect
    transition_ids: tuple[str, ...]


@dataclass(frozen=True)
class ArrowLabel:
    """A transition's label on its own line; ``text`` is shortened (…) where there was no
    room; ``backed``: it lies across its line, on a white ground that interrupts it."""

    transition_id: str
    text: str
    block: Block
    rect: Rect
    backed: bool


def chip_style(scale: float) -> Style:
    return Style(size=5.8 * max(scale, 0.8), bold=True)


def label_style(scale: float, smaller: bool = False) -> Style:
    """A transition's label; ``smaller`` for one that does not fit its line otherwise."""
    size = 6 * max(scale, 0.8) * (0.85 if smaller else 1.0)
    return Style(size=size, italic=True, leading=round(size * 1.15, 2))


def links_of(links, stations: dict[str, Station], rows: list[Row], area: Rect, metrics: Metrics):
    """The legs of the route, the arcs and the chips of ``links`` [(transition id, source id,
    target id, label)]."""
    order = sorted(stations.values(), key=lambda s: s.number)
    joining: dict[tuple[str, str], list[str]] = {}
    arcs, out, into = [], {}, {}
    for tr_id, source_id, target_id, _label in links:
        a, b = stations[source_id], stations[target_id]
        if b.number == a.number + 1:
            joining.setdefault((a.touchpoint_id, b.touchpoint_id), []).append(tr_id)
        elif a.row == b.row:
            arcs.append((tr_id, a, b))
        else:
            out.setdefault(source_id, []).append((b.number, tr_id))
            into.setdefault(target_id, []).append((a.number, tr_id))
    legs = []
    for a, b in zip(order, order[1:], strict=False):
        turn = None
        points: tuple[Point, ...] = ((a.x, a.y), (b.x, b.y))
        if a.row != b.row:
            turn = area.right + 9 if rows[a.row].left_to_right else area.x - 9
            points = ((a.x, a.y), (turn, a.y), (turn, b.y), (b.x, b.y))
        legs.append(Leg(a.touchpoint_id, b.touchpoint_id, points, turn,
                        tuple(joining.get((a.touchpoint_id, b.touchpoint_id), ()))))
    chips = [_chip(stations[tp], sorted(numbers), metrics, True) for tp, numbers in out.items()]
    chips += [_chip(stations[tp], sorted(numbers), metrics, False) for tp, numbers in into.items()]
    return tuple(legs), _arcs(arcs, rows, metrics), tuple(chips)


def _arcs(arcs, rows: list[Row], metrics: Metrics) -> tuple[Arc, ...]:
    """Arcs that overlap along a row get different heights: shorter ones lower, so that no two
    run along the same line (and a label on one is not on another)."""
    radius, step = metrics.radius, metrics.lane_h * 0.25
    placed: list[tuple[float, float, int]] = []
    result = []
    for tr_id, a, b in sorted(arcs, key=lambda t: (abs(t[2].x - t[1].x), t[1].number, t[2].number, t[0])):
        ax, bx = (a.x, b.x) if a is not b else (a.x - radius * 0.7, a.x + radius * 0.7)
        low, high = min(ax, bx) - 1, max(ax, bx) + 1
        level = 1 + max((lv for lo, hi, lv in placed if lo < high and low < hi), default=-1)
        placed.append((low, high, level))
        top = rows[a.row].lane_top + max(-metrics.lane_h * 0.25, metrics.lane_h * 0.55 - level * step)
        start_y = a.y - radius
        result.append(Arc(tr_id, (ax, start_y), (bx, start_y - 1.5), top, b.number <= a.number))
    return tuple(sorted(result, key=lambda arc: arc.transition_id))


def _chip(station: Station, numbers: list[tuple[int, str]], metrics: Metrics, out: bool) -> Chip:
    """Right of the station (``out``) or left of its number badge, on the route line."""
    block = layout(" · ".join(str(n) for n, _ in numbers), 80, chip_style(metrics.scale), max_lines=1)
    width = block.width + 6.0 * max(metrics.scale, 0.8) + 8
    radius, badge = metrics.radius, 6.8 * metrics.scale
    x = station.x + radius + 2.5 if out else station.x - radius - 2 * badge - 1.5 - width
    rect = Rect(x, station.y - block.height / 2 - 0.5, width, block.height + 1)
    return Chip(station.touchpoint_id, out, block, rect, tuple(t for _, t in numbers))
