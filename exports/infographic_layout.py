"""Where everything goes on the infographic page: pure geometry, in points, y pointing down from
the top of an A3 landscape page (the drawing flips it once, see :mod:`exports.infographic`).

The stations follow the route in the order of their numbers along a winding path: left to right
on the first row, right to left on the next, and so on. Above each row runs its strip of the
experience line ("hartslag"); between the rows are bands for the speech bubbles, which are packed
so that no two overlap and none covers a station.
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
                bubbles: list[tuple[str, str, str, str]]) -> PageLayout:
    """Lay out the stations ``order`` [(touchpoint id, number, title, actors)] in route order
    and the highlighted quotes ``bubbles`` [(quote id, touchpoint id, text, attribution)]."""
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
    placed, unplaced = _place_bubbles(bubbles, stations, rows, bands, metrics)
    return PageLayout(metrics, pitch, header, phase_bar, area, side, source, tuple(rows), stations,
                      tuple(bands), tuple(placed), tuple(unplaced))


def _bubble_blocks(text: str, attribution: str, band_h: float, scale: float, width: float):
    text_style = Style(size=7.4 * max(scale, 0.8), leading=9.2 * max(scale, 0.8))
    small = Style(size=6.2 * max(scale, 0.8), leading=7.4 * max(scale, 0.8))
    inner_w = width - 14
    lines = int((band_h - 14 - small.line_height - 10) // text_style.line_height)
    if lines < 2:
        return None
    body = layout(text, inner_w, text_style, max_lines=min(lines, 7))
    who = layout(attribution, inner_w, small, max_lines=1)
    return body, who


def _place_bubbles(bubbles, stations: dict[str, Station], rows: list[Row], bands: list[Rect],
                   metrics: Metrics):
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
            blocks = _bubble_blocks(text, attribution, band.h, metrics.scale, width)
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
