"""The speech bubbles of the highlighted quotes on the infographic: each in the band above or
below its station's row, packed so that no two overlap and none covers a station (a narrower,
taller bubble where the wide one does not fit). Geometry in points, y down (see
:mod:`exports.infographic_layout`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from klantreis.exports.infographic_geometry import Metrics, Rect, Row, Station
from klantreis.exports.text_layout import Block, Style, layout

BUBBLE_W = 214.0
BUBBLE_WIDTHS = (BUBBLE_W, 172.0)  # a narrower, taller bubble where the wide one does not fit
BUBBLE_GAP = 8.0


@dataclass(frozen=True)
class Bubble:
    quote_id: str
    touchpoint_id: str
    text: Block
    attribution: Block
    rect: Rect
    band: int
    points_up: bool  # the tail points up to a station above the bubble (else down)


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


def place_bubbles(bubbles, stations: dict[str, Station], rows: list[Row], bands: list[Rect],
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
