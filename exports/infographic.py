"""Page 1 of the PDF: the klantreis as an infographic, a reportlab Drawing (the same drawing goes
into the PDF and, through it, into a PNG).

The drawing's named groups are what tests and readers look for: ``stations`` (one group per
touchpoint), ``bubbles`` (one per highlighted quote), ``hartslag``, ``legend``, ``method``.
Geometry comes from :mod:`exports.infographic_layout` (y down); :func:`_y` is the one place that
turns it into reportlab's y up (the drawings of :mod:`exports.infographic_route`, the route and the
transitions, and of :mod:`exports.legend`, the side column, are handed it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Polygon, Rect, String
from reportlab.lib.colors import HexColor, white

from klantreis.evidence import analysis
from klantreis.exports import infographic_layout as geo
from klantreis.exports.infographic_marks import route_marks
from klantreis.exports.infographic_marks_drawn import draw_marks, veil
from klantreis.exports.infographic_route import draw_jumps, draw_labels, draw_route
from klantreis.exports.labels import labels, right_to_left
from klantreis.exports.legend import label_list, place_labels, side_column
from klantreis.exports.palette import (
    BOTTLENECK,
    CLIENT_FILL,
    CLIENT_LINE,
    EXECUTOR_FILL,
    EXECUTOR_LINE,
    FAINT,
    INK,
    MUTED,
    NEUTRAL_PHASE,
    OTHER_FILL,
    line_style,
)
from klantreis.exports.selection import highlights, shared_journey
from klantreis.exports.smiley import smiley
from klantreis.exports.text_layout import Style, add_text, add_to_group
from klantreis.graph import route as graph
from klantreis.graph.layout import phase_letter
from klantreis.model.entities import PdfOptions, Perspective, Quote
from klantreis.model.journey import Journey


def _y(y: float) -> float:
    """Layout y (down from the top) to reportlab y (up from the bottom)."""
    return geo.PAGE_H - y


@dataclass(frozen=True)
class Infographic:
    drawing: Drawing
    page: geo.PageLayout
    journey: Journey  # the shared copy that was drawn
    highlights: tuple[Quote, ...]


def shown_text(quote: Quote) -> str:
    """What a reader of the report gets: the Dutch translation of a quote in another language."""
    return quote.translation if quote.language != "nl" and quote.translation else quote.text


def build(journey: Journey, options: PdfOptions) -> Infographic:
    """The infographic of ``journey`` with ``options``, always on an A3 landscape drawing (the
    PDF scales it down for A4)."""
    shared = shared_journey(journey, options)
    words = labels(options.language)
    numbers = graph.display_numbers(shared)
    order = sorted(shared.touchpoints, key=lambda tp: numbers[tp.id])
    stations = [(tp.id, numbers[tp.id], tp.title, ", ".join(shared.actor(a).name for a in tp.actor_ids))
                for tp in order]
    chosen = highlights(shared, options)
    owners = analysis.OwnerIndex(shared)
    bubbles = [(q.id, q.touchpoint_id, f"“{shown_text(q)}”", _attribution(shared, q, owners, words))
               for q in chosen]
    links = [(t.id, t.source_id, t.target_id, t.label) for t in
             sorted(shared.transitions, key=lambda t: (numbers[t.source_id], numbers[t.target_id], t.id))]
    page = geo.page_layout(stations, bubbles, links, rtl_labels=right_to_left(options.language))
    marks = route_marks(shared, page, words, options.language)
    if marks is not None:
        page = replace(page, marks=marks)
    placed, listed = place_labels(page, links)
    page = replace(page, labels=placed, listed=listed)
    drawing = Drawing(geo.PAGE_W, geo.PAGE_H, initialFontName="Noto")  # (else renderPDF adds Helvetica)
    accent = HexColor(options.accent)
    drawing.add(_header(shared, page, accent), name="header")
    drawing.add(_phase_bar(shared, page, numbers, options), name="phases")
    drawing.add(_row_backgrounds(shared, page, options), name="backgrounds")
    drawing.add(_hartslag(shared, page), name="hartslag")
    drawing.add(draw_route(page, _y), name="route")
    drawing.add(draw_jumps(page, accent, _y), name="jumps")
    drawing.add(_stations(shared, page, accent), name="stations")
    if page.marks is not None:
        drawing.add(draw_marks(page.marks, _y), name="marks")
    drawing.add(draw_labels(page, accent, _y), name="labels")
    drawing.add(_bubbles(shared, page, owners), name="bubbles")
    side_column(drawing, shared, page, words, _y, label_list(page, links), options.language)
    drawing.add(_source(shared, page, words), name="source")
    return Infographic(drawing, page, shared, tuple(chosen))


def _attribution(journey: Journey, quote: Quote, owners, words) -> str:
    parts = []
    if quote.respondent_id:
        parts.append(journey.respondent(quote.respondent_id).code)
    perspective = owners.quote_perspective(quote)
    if perspective is not None:
        parts.append(words["clients"] if perspective is Perspective.CLIENT else words["executors"]
                     if perspective is Perspective.UITVOERDER else perspective.value)
    group_id = owners.group_id(quote)
    if group_id:
        parts.append(journey.group(group_id).name)
    return "— " + " · ".join(parts) if parts else ""


def _text(group: Group, text: str, x: float, top: float, width: float, style: Style, *,
          align: str = "start", colour=INK, max_lines: int | None = None) -> float:
    """Add wrapped text with its top at layout y ``top``; returns the layout y below it."""
    return add_text(group, text, x, top, width, style, _y, align=align, colour=colour, max_lines=max_lines)


# ----------------------------------------------------------------------------- header and bars


def _header(journey: Journey, page: geo.PageLayout, accent) -> Group:
    group = Group()
    box = page.header
    info = journey.info
    below = _text(group, info.title, box.x, box.y, box.w * 0.7, Style(size=22, bold=True), colour=accent,
                  max_lines=1)
    if info.subtitle:
        _text(group, info.subtitle, box.x, below + 2, box.w * 0.7, Style(size=12), colour=MUTED,
              max_lines=1)
    right = " · ".join(p for p in (info.organisation, info.period) if p)
    if right:
        _text(group, right, box.x + box.w * 0.7, box.y + 8, box.w * 0.3, Style(size=8.5),
              align="right", colour=MUTED, max_lines=2)
    group.add(Line(box.x, _y(box.bottom), box.right, _y(box.bottom), strokeColor=FAINT, strokeWidth=0.8))
    return group


def _phase_fill(phase, options: PdfOptions):
    return HexColor(phase.colour) if options.phase_colours else NEUTRAL_PHASE


def _phase_bar(journey: Journey, page: geo.PageLayout, numbers, options: PdfOptions) -> Group:
    """The phases in order across the top, each as wide as its share of the stations."""
    group = Group()
    bar = page.phase_bar
    counts = [(p, sorted(numbers[tp.id] for tp in journey.touchpoints_in_phase(p.id)))
              for p in journey.phases]
    counts = [(p, n) for p, n in counts if n]
    total = sum(len(n) for _p, n in counts) or 1
    x = bar.x
    for phase, nums in counts:
        width = bar.w * len(nums) / total
        group.add(Rect(x + 1, _y(bar.bottom), width - 2, bar.h, rx=5, ry=5,
                       fillColor=_phase_fill(phase, options), strokeColor=None))
        letter = phase_letter(journey.index_of("phase", phase.id))
        span = f"{nums[0]}–{nums[-1]}" if len(nums) > 1 else f"{nums[0]}"
        _text(group, f"{letter} · {phase.name}", x + 7, bar.y + 4, width - 14,
              Style(size=8, bold=True), max_lines=1)
        _text(group, span, x + 7, bar.y + 15.5, width - 14, Style(size=6.8), colour=MUTED, max_lines=1)
        x += width
    return group


def _row_backgrounds(journey: Journey, page: geo.PageLayout, options: PdfOptions) -> Group:
    """Per row, one pale band per run of stations of the same phase."""
    group = Group()
    for row in page.rows:
        stations = sorted((page.stations[t] for t in row.station_ids), key=lambda s: s.x)
        runs: list[list[geo.Station]] = []
        for station in stations:
            phase = journey.touchpoint(station.touchpoint_id).phase_id
            if runs and journey.touchpoint(runs[-1][-1].touchpoint_id).phase_id == phase:
                runs[-1].append(station)
            else:
                runs.append([station])
        for run in runs:
            left, right = run[0].footprint.x, run[-1].footprint.right
            top, bottom = run[0].footprint.y - 2, run[0].footprint.bottom
            phase = journey.phase(journey.touchpoint(run[0].touchpoint_id).phase_id)
            group.add(Rect(left, _y(bottom), right - left, bottom - top, rx=7, ry=7,
                           fillColor=_phase_fill(phase, options), strokeColor=None))
    return group


# ----------------------------------------------------------------------------- the experience line


def _series(journey: Journey) -> list[tuple[str, Perspective | None]]:
    """The hartslag lines to draw: one per perspective when both have data, else one overall."""
    present = set()
    for ev in analysis.evidence_by_touchpoint(journey).values():
        present |= set(ev.votes_by_perspective) | set(ev.quotes_by_perspective)
    wanted = [p for p in (Perspective.CLIENT, Perspective.UITVOERDER) if p in present]
    if len(wanted) == 2:
        return [("line_clients", Perspective.CLIENT), ("line_executors", Perspective.UITVOERDER)]
    return [("line_all", None)]


def station_mean(evidence, perspective: Perspective | None) -> float | None:
    """Votes when there are any (of the perspective), else the quotes' mean sentiment."""
    if perspective is None:
        return evidence.votes.mean if evidence.votes.n else evidence.quotes.mean
    votes = evidence.votes_by_perspective.get(perspective)
    if votes is not None and votes.n:
        return votes.mean
    quotes = evidence.quotes_by_perspective.get(perspective)
    return quotes.mean if quotes is not None else None


def _hartslag(journey: Journey, page: geo.PageLayout) -> Group:
    group = Group()
    evidence = analysis.evidence_by_touchpoint(journey)
    series = _series(journey)
    for row in page.rows:
        strip = row.strip
        mid = strip.y + strip.h / 2
        half = strip.h / 2 - 4
        if not any(station_mean(evidence[t], perspective) is not None
                   for t in row.station_ids for _key, perspective in series):
            continue  # (a row nobody spoke about gets no empty scale)
        group.add(Line(strip.x, _y(mid), strip.right, _y(mid), strokeColor=FAINT, strokeWidth=0.5,
                       strokeDashArray=[1, 2]))
        for text, at in (("+2", strip.y + 4), ("–2", strip.bottom - 4)):
            group.add(String(strip.x + 2, _y(at) - 2, text, fontName="Noto", fontSize=5,
                             fillColor=MUTED))
        stations = sorted((page.stations[t] for t in row.station_ids), key=lambda s: s.x)
        for key, perspective in series:
            style = line_style(key)
            points: list[tuple[float, float]] = []
            for station in stations + [None]:
                mean = None if station is None else station_mean(evidence[station.touchpoint_id],
                                                                 perspective)
                if mean is None:
                    if len(points) > 1:
                        flat = [v for point in points for v in point]
                        group.add(_polyline(flat, style))
                    points = []
                    continue
                point = (station.x, _y(mid - mean / 2 * half))
                points.append(point)
                group.add(Circle(point[0], point[1], 1.9, fillColor=style["strokeColor"], strokeColor=None))
    return group


def _polyline(flat: list[float], style: dict) -> Path:
    path = Path(fillColor=None, strokeLineJoin=1, **style)
    path.moveTo(flat[0], flat[1])
    for i in range(2, len(flat), 2):
        path.lineTo(flat[i], flat[i + 1])
    return path


# ----------------------------------------------------------------------------- stations and bubbles


def _stations(journey: Journey, page: geo.PageLayout, accent) -> Group:
    group = Group()
    evidence = analysis.evidence_by_touchpoint(journey)
    scale = page.metrics.scale
    for station in sorted(page.stations.values(), key=lambda s: s.number):
        tp = journey.touchpoint(station.touchpoint_id)
        ev = evidence[tp.id]
        item = Group()
        mean = station_mean(ev, None)
        mixed = mean is None and ev.quotes.mixed > 0
        item.add(smiley(station.x, _y(station.y), page.metrics.radius, mean, mixed=mixed))
        bx, by, badge_r = page.badge(station)
        by = _y(by)
        item.add(Circle(bx, by, badge_r, fillColor=accent, strokeColor=white, strokeWidth=0.8))
        item.add(String(bx, by - badge_r * 0.36, str(station.number), fontName="Noto-Bold",
                        fontSize=6.4 * scale + 0.4, fillColor=white, textAnchor="middle"))
        if tp.bottleneck:  # a knelpunt: a red ring
            item.add(Circle(station.x, _y(station.y), page.metrics.radius + 2.2, fillColor=None,
                            strokeColor=BOTTLENECK, strokeWidth=1.2))
        pale = page.marks is not None and tp.id in page.marks.designed_steps  # (design only)
        for shape in veil(page, station, tp.bottleneck, _y) if pale else ():
            item.add(shape)
        dots = [HexColor(journey.actor(a).colour) for a in tp.actor_ids][:6]
        for i, colour in enumerate(dots):
            dx = (i - (len(dots) - 1) / 2) * 5.2 * scale
            item.add(Circle(station.x + dx, _y(station.label.y - 0.5), 1.9 * scale, fillColor=colour,
                            strokeColor=None))
        label = station.label
        add_to_group(item, station.title, label.x, _y(label.y + 2.5 * scale), label.w, "centre",
                     MUTED if pale else INK)
        add_to_group(item, station.actors, label.x, _y(label.y + 2.5 * scale + station.title.height + 1),
                     label.w, "centre", MUTED)
        group.add(item)
    return group


def _bubbles(journey: Journey, page: geo.PageLayout, owners) -> Group:
    group = Group()
    for bubble in page.bubbles:
        quote = journey.quote(bubble.quote_id)
        perspective = owners.quote_perspective(quote)
        fill, line = ((CLIENT_FILL, CLIENT_LINE) if perspective is Perspective.CLIENT else
                      (EXECUTOR_FILL, EXECUTOR_LINE) if perspective is Perspective.UITVOERDER else
                      (OTHER_FILL, MUTED))
        station = page.stations[bubble.touchpoint_id]
        rect = bubble.rect
        item = Group()
        base_x = min(max(station.x, rect.x + 14), rect.right - 14)
        if bubble.points_up:
            base_y, apex = rect.y, station.label.bottom + 1
        else:
            base_y, apex = rect.bottom, page.rows[station.row].strip.y - 1
        item.add(Polygon([base_x - 6, _y(base_y), base_x + 6, _y(base_y), station.x, _y(apex)],
                         fillColor=fill, strokeColor=line, strokeWidth=0.7))
        item.add(Rect(rect.x, _y(rect.bottom), rect.w, rect.h, rx=6, ry=6, fillColor=fill,
                      strokeColor=line, strokeWidth=0.7))
        # cover the tail's base line so the bubble and its tail read as one shape
        item.add(Line(base_x - 5.3, _y(base_y), base_x + 5.3, _y(base_y), strokeColor=fill, strokeWidth=1.2))
        add_to_group(item, bubble.text, rect.x + 7, _y(rect.y + 6), rect.w - 14, "start", INK)
        add_to_group(item, bubble.attribution, rect.x + 7, _y(rect.y + 8 + bubble.text.height),
                     rect.w - 14, "start", line)
        group.add(item)
    return group


def _source(journey: Journey, page: geo.PageLayout, words) -> Group:
    group = Group()
    info = journey.info
    parts = [p for p in (info.organisation, info.period) if p]
    text = (f"{words['source']}: " + " · ".join(parts) + ". " if parts else "") + words["made_with"]
    notes = []
    if page.unplaced:
        notes.append(words["not_placed"].format(n=len(page.unplaced)))
    if notes:
        text += "  " + " ".join(notes)
    _text(group, text, page.source.x, page.source.y, page.source.w, Style(size=6.8), colour=MUTED,
          max_lines=1)
    return group


