"""The shapes the infographic's layout is made of, in points with y pointing down from the top
of the page (see :mod:`exports.infographic_layout`): rectangles, the sizes of a row scaled with
the station pitch, the rows of the winding route and the stations on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis.exports.text_layout import Block, Style


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

