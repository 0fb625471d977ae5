"""Where everything goes on the infographic page: pure geometry, in points, y pointing down from
the top of an A3 landscape page (the drawing flips it once, see :mod:`exports.infographic`).

The stations follow the route in the order of their numbers along a winding path: left to right
on the first row, right to left on the next, and so on. Above each row runs its strip of the
experience line ("hartslag"); between the rows are bands for the speech bubbles, which are packed
so that no two overlap and none covers a station. A transition is a leg of the route (between
stations next in number), an arc in the lane above its row (arcs that overlap at different
heights) or, to another row, a chip beside its station; :func:`legend.place_labels` puts the
labels on them.

This module lays out the page, its rows and the stations on them; the shapes are in
:mod:`exports.infographic_geometry`, the bubbles are placed by :mod:`exports.infographic_bubbles`
and the transitions by :mod:`exports.infographic_transitions`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A3, landscape

from klantreis.exports.infographic_bubbles import Bubble, place_bubbles
from klantreis.exports.infographic_geometry import Metrics, Rect, Row, Station
from klantreis.exports.infographic_marks import Marks
from klantreis.exports.infographic_transitions import Arc, ArrowLabel, Chip, Leg, links_of
from klantreis.exports.text_layout import layout

PAGE_W, PAGE_H = landscape(A3)
MARGIN = 34.0
SIDE_W = 250.0  # the column with the legend and the method box
GAP = 18.0
HEADER_H = 58.0
PHASE_BAR_H = 28.0
SOURCE_H = 16.0
MIN_PITCH, COMFORTABLE_PITCH, MAX_PITCH = 46.0, 88.0, 112.0


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
    marks: Marks | None = None  # design only, practice only, exceeded deadlines (infographic_marks)

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
    placed, unplaced = place_bubbles(bubbles, stations, rows, bands, metrics, rtl_labels)
    legs, arcs, chips = links_of(links, stations, rows, area, metrics)
    return PageLayout(metrics, pitch, header, phase_bar, area, side, source, tuple(rows), stations,
                      tuple(bands), tuple(placed), tuple(unplaced), legs, arcs, chips)
