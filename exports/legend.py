"""The keys to the infographic: in the side column the legend (smileys, lines, actors), the
method box (groups, respondents per group, dates, the method text) and the two-worlds box; and
the labels of the transitions, each on its own line on the map (:func:`place_labels`), or listed
in the side column with the numbers of its two stations where there is no room for it."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Group, Line, Rect
from reportlab.lib.colors import HexColor

from klantreis.exports.infographic_geometry import Rect as Box
from klantreis.exports.infographic_marks_drawn import legend_entries
from klantreis.exports.infographic_transitions import CROSSING, ArrowLabel, label_style
from klantreis.exports.palette import BOTTLENECK, FAINT, INK, MUTED, ROUTE, line_style
from klantreis.exports.smiley import smiley
from klantreis.exports.text_layout import Style, add_text, layout
from klantreis.model.entities import Perspective
from klantreis.model.journey import Journey

HEADING = Style(size=9, bold=True)
SMALL = Style(size=6.8, leading=8.4)
MEANINGFUL_DIFFERENCE = 0.5  # smaller differences are not listed in the two-worlds box


def _text(group, text, x, top, width, style, y, colour=INK, align="start", max_lines=None) -> float:
    return add_text(group, text, x, top, width, style, y, align=align, colour=colour, max_lines=max_lines)


def side_column(drawing, journey: Journey, page, words, y, listed: list[str], language: str) -> None:
    """The legend, the method box and the two-worlds box, one below the other in the side
    column of ``page``, added to ``drawing`` as "legend", "method" and "worlds"."""
    side = page.side
    group, top = legend(journey, side, words, y, listed, page.marks)
    drawing.add(group, name="legend")
    group, top = method_box(journey, Box(side.x, top, side.w, side.bottom - top), words, y)
    drawing.add(group, name="method")
    top += 10
    worlds = worlds_box(journey, Box(side.x, top, side.w, side.bottom - top), words, y, language)
    if worlds is not None:
        drawing.add(worlds, name="worlds")


def legend(journey: Journey, box, words, y, listed: list[str] = (), marks=None) -> tuple[Group, float]:
    """The legend at the top of ``box`` (layout coordinates, y down; ``y`` flips), with the
    ``listed`` labels of transitions that are shortened or not on the map; returns the group
    and the layout y of its bottom."""
    group = Group()
    x, width = box.x, box.w
    top = _text(group, words["experience"], x, box.y, width, HEADING, y)
    scale = [(-2, "very_negative"), (-1, "negative"), (0, "neutral"), (1, "positive"),
             (2, "very_positive"), (None, "mixed"), (None, "no_data")]
    step = width / len(scale)
    for i, (value, key) in enumerate(scale):
        cx = x + step * (i + 0.5)
        group.add(smiley(cx, y(top + 11), 8.5, value, mixed=key == "mixed"))
        _text(group, words[key], cx - step / 2, top + 22, step, Style(size=5.6, leading=6.6), y,
              MUTED, "centre", max_lines=2)
    top += 42
    top = _text(group, words["lines"], x, top, width, HEADING, y)
    samples = [("route", {"strokeColor": ROUTE, "strokeWidth": 2.6}),
               ("bottleneck", {"strokeColor": BOTTLENECK, "strokeWidth": 1.6}),
               ("no_transition", {"strokeColor": ROUTE, "strokeWidth": 1.5, "strokeDashArray": [1.5, 3]}),
               ("jump", {"strokeColor": INK, "strokeWidth": 1.1}),
               ("loop", {"strokeColor": INK, "strokeWidth": 1.1, "strokeDashArray": [3, 2]})]
    present = {p for g in journey.groups for p in (g.perspective,)}
    if {Perspective.CLIENT, Perspective.UITVOERDER} <= present:
        samples += [("line_clients", line_style("line_clients")),
                    ("line_executors", line_style("line_executors"))]
    else:
        samples.append(("line_all", line_style("line_all")))
    for key, style in samples:
        group.add(Line(x + 2, y(top + 5), x + 30, y(top + 5), **style))
        top = _text(group, words[key], x + 38, top, width - 38, SMALL, y) + 1.5
    top += 6
    if marks is not None:  # (design only, practice only, exceeded deadlines)
        top = legend_entries(group, marks, x, top, width, words, y, HEADING, SMALL)
    top = _text(group, words["actors"], x, top, width, HEADING, y)
    used = {a for tp in journey.touchpoints for a in tp.actor_ids}
    actors = [a for a in journey.actors if a.id in used]
    half = (len(actors) + 1) // 2
    column_w = width / 2
    rows_top = top
    for i, actor in enumerate(actors):
        column, row = divmod(i, half) if half else (0, 0)
        cx = x + column * column_w
        line_top = rows_top + row * 9.2
        group.add(Circle(cx + 3, y(line_top + 4.2), 2.4, fillColor=HexColor(actor.colour), strokeColor=None))
        _text(group, actor.name, cx + 9, line_top, column_w - 11, SMALL, y, max_lines=1)
    top = rows_top + half * 9.2 + 10
    if listed:  # (a label too long for its line, or with no room on the map)
        top = _text(group, words["arrow_labels"], x, top, width, HEADING, y)
        lines = 0
        for n, entry in enumerate(listed):
            rest = len(listed) - n
            if lines >= LIST_LINES - 1 and rest > 1:
                top = _text(group, words["more_labels"].format(n=rest), x, top, width, SMALL, y, MUTED)
                break
            block_top = top
            top = _text(group, entry, x, top, width, SMALL, y, max_lines=2)
            lines += round((top - block_top) / SMALL.line_height)
        top += 8
    return group, top


def method_box(journey: Journey, box, words, y) -> tuple[Group, float]:
    """The method: per group its perspective, the number of respondents, date and place; then
    the journey's method text, as much as fits."""
    content = Group()
    pad = 8
    x, width = box.x + pad, box.w - 2 * pad
    top = _text(content, words["method"], x, box.y + pad, width, HEADING, y) + 2
    counts = {}
    for respondent in journey.respondents:
        counts[respondent.group_id] = counts.get(respondent.group_id, 0) + 1
    for g in journey.groups:
        perspective = words["clients"] if g.perspective is Perspective.CLIENT else (
            words["executors"] if g.perspective is Perspective.UITVOERDER else g.perspective.value)
        n = counts.get(g.id, 0)
        who = words["respondent"] if n == 1 else words["respondents"].format(n=n)
        details = " · ".join(p for p in (perspective, who, g.date, g.place) if p)
        top = _text(content, g.name, x, top, width, Style(size=7.2, bold=True, leading=8.8), y, max_lines=2)
        top = _text(content, details, x, top, width, SMALL, y, MUTED, max_lines=2) + 3
    method = journey.info.method.strip()
    if method:
        lines = int((box.bottom - pad - top - 2) // SMALL.line_height)
        if lines > 0:
            top = _text(content, method, x, top + 2, width, SMALL, y, max_lines=lines)
    return _boxed(content, box, top + pad - box.y, y)


def _boxed(content: Group, box, height: float, y) -> tuple[Group, float]:
    """``content`` on a pale rounded box as tall as what it says (at most the room there is);
    returns the group and the layout y of its bottom."""
    height = min(box.h, height)
    group = Group()
    group.add(Rect(box.x, y(box.y + height), box.w, height, rx=6, ry=6, fillColor=HexColor("#F7F9FB"),
                   strokeColor=FAINT, strokeWidth=0.7))
    group.add(content)
    return group, box.y + height


def worlds_box(journey: Journey, box, words, y, language: str, limit: int = 6) -> Group | None:
    """The contactmomenten where statushouders and uitvoerders differ most (two worlds), or None
    when no contactmoment has both perspectives."""
    from klantreis.evidence import analysis
    from klantreis.exports.labels import number
    from klantreis.graph import route as graph

    compared = [r for r in analysis.two_worlds(journey, "auto") if r.difference is not None]
    if not compared or box.h < 60:
        return None  # no contactmoment has both perspectives: nothing to compare
    rows = [r for r in compared if abs(r.difference) >= MEANINGFUL_DIFFERENCE][:limit]
    numbers = graph.display_numbers(journey)
    content = Group()
    pad = 8
    x, width = box.x + pad, box.w - 2 * pad
    top = _text(content, words["worlds"], x, box.y + pad, width, HEADING, y)
    note = words["worlds_note"] if rows else words["worlds_none"]
    top = _text(content, note, x, top, width, SMALL, y, MUTED, max_lines=2) + 3
    for row in rows:
        if top + 2 * SMALL.line_height > box.bottom - pad:
            break
        title = f"{numbers[row.touchpoint_id]}. {journey.touchpoint(row.touchpoint_id).title}"
        top = _text(content, title, x, top, width, Style(size=6.9, bold=True, leading=8.4), y,
                    HexColor("#B00020") if row.disagree else INK, max_lines=1)
        basis = words["votes"] if row.basis == "votes" else words["quotes"]
        detail = (f"{words['clients']} {number(row.client.mean, language, signed=True)} · "
                  f"{words['executors']} {number(row.executor.mean, language, signed=True)} · "
                  f"{words['difference']} {number(abs(row.difference), language)} ({basis.lower()})")
        top = _text(content, detail, x, top, width, SMALL, y, MUTED, max_lines=1) + 2
    return _boxed(content, box, top + pad - box.y, y)[0]


# ----------------------------------------------------------------------------- transition labels

LABEL_GAP = 2.0  # between a label and the route line it lies beside (half its width and a bit)
LIST_LINES = 8  # the most lines of labels listed in the side column


def _hits(rect, points) -> bool:
    """Whether the polyline ``points`` runs through ``rect`` (Liang-Barsky clipping)."""
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        low, high, dx, dy = 0.0, 1.0, x1 - x0, y1 - y0
        for p, q in ((-dx, x0 - rect.x), (dx, rect.right - x0), (-dy, y0 - rect.y), (dy, rect.bottom - y0)):
            if p == 0:
                if q < 0:
                    break
            elif p < 0:
                low = max(low, q / p)
            else:
                high = min(high, q / p)
        else:
            if low <= high:
                return True
    return False


def _box(points) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _anchors(kind: str, item):
    """(x, y, how far from the middle) of points on a transition's line, its middle first."""
    if kind == "chip":
        rect = item.rect
        return [(rect.x + rect.w / 2, rect.y, 0.0), (rect.x + rect.w / 2, rect.bottom, 0.0)]
    if kind == "arc":
        points = item.points
        return [(*points[i], abs(i - 8) / 16) for i in (8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13)]
    anchors = []  # a leg: along its parts that run along a row
    for (x0, y0), (x1, y1) in zip(item.points, item.points[1:], strict=False):
        if y0 == y1:
            anchors += [(x0 + (x1 - x0) * f, y0, abs(f - 0.5)) for f in (0.5, 0.38, 0.62, 0.26, 0.74)]
    return anchors


def _candidates(kind: str, item, width: float, height: float):
    """(rect, cost, backed) of boxes that touch the line: across it, above it or below it."""
    for x, y, off in _anchors(kind, item):
        if kind == "chip":
            above = y == item.rect.y
            top = y - 0.6 - height if above else y + 0.6
            for left in (item.rect.x + 2, x - width / 2, item.rect.right - 2 - width):
                yield Box(left, top, width, height), 0.0 if above else 0.5, False
            continue
        across, gap = (0.0, 1.0) if kind == "arc" else (6.0, LABEL_GAP)  # (across the route it
        yield Box(x - width / 2, y - height / 2, width, height), off * 12 + across, True  # hides some)
        yield Box(x - width / 2, y - gap - height, width, height), off * 12 + 1.5, False
        yield Box(x - width / 2, y + gap, width, height), off * 12 + 1.0, False


def _obstacles(page) -> dict[int, list]:
    """Per row what a label must not cover: smileys (with the knelpunt ring), number badges,
    titles, actor dots and chips."""
    rows: dict[int, list] = {row.index: [] for row in page.rows}
    scale = page.metrics.scale
    ring, dots = page.metrics.radius + 2.8, 2.5 * 5.2 * scale + 1.9 * scale  # (six dots at most)
    for station in page.stations.values():
        bx, by, br = page.badge(station)
        label = station.label
        rows[station.row] += [*_disc(station.x, station.y, ring), Box(bx - br, by - br, 2 * br, 2 * br),
                              Box(station.x - dots, label.y - 2.6, 2 * dots, 4.2),
                              Box(label.x, label.y + 1.5 * scale, label.w, label.h)]
    for chip in page.chips:
        rows[page.stations[chip.touchpoint_id].row].append(chip.rect)
    if page.marks is not None:  # (badges and deadline notes)
        for row, rects in rows.items():
            rects += page.marks.rects(row)
    return rows


def _disc(x: float, y: float, radius: float) -> list:
    """A circle as five boxes, slices as wide as the circle is at their ends."""
    boxes = [Box(x - radius, y - 0.4 * radius, 2 * radius, 0.8 * radius)]
    for low, high, half in ((0.4, 0.7, 0.917), (0.7, 1.0, 0.714)):
        for top in (y - high * radius, y + low * radius):
            boxes.append(Box(x - half * radius, top, 2 * half * radius, (high - low) * radius))
    return boxes


def _shapes(text: str, style: Style, small: Style):
    """(cost, block, text shown) of the ways to set a label, from the best: on one line, in a
    smaller size, on two lines, then shortened with an ellipsis."""
    one_line = layout(text, 10_000, style, max_lines=1)
    natural = one_line.width
    yield 0.0, one_line, text
    yield 12.0, layout(text, 10_000, small, max_lines=1), text
    for extra, size in ((16.0, style), (24.0, small)):
        block = layout(text, natural * 0.62, size, max_lines=2)
        shown = " ".join(line.logical for line in block.lines)
        if len(block.lines) == 2 and shown == " ".join(text.split()):
            yield extra, block, text
    for fraction in (0.75, 0.55, 0.4):
        block = layout(text, max(12.0, natural * 0.85 * fraction), small, max_lines=1)
        shown = block.lines[0].logical
        if shown != "…":
            yield 40 + 60 * (1 - len(shown) / len(text)), block, shown


def place_labels(page, links):
    """The label of each transition in ``links`` [(transition id, source id, target id,
    label)] on its own line (its leg of the route, its arc, or the chip of its jump to another
    row), never over a station, a number badge, a chip, a bubble or another label, and where it
    can be, not on another transition's line; shortened with an ellipsis where only that fits.
    Returns the labels and the transitions whose label must (also) be listed in the side column
    (shortened, or no room on the map at all)."""
    owner = {}
    for leg in page.legs:
        owner.update({t: ("leg", leg) for t in leg.transition_ids})
    owner.update({arc.transition_id: ("arc", arc) for arc in page.arcs})
    for chip in page.chips:
        if chip.out:
            owner.update({t: ("chip", chip) for t in chip.transition_ids})
    lines = [(leg.transition_ids, leg.points) for leg in page.legs]
    lines += [((arc.transition_id,), arc.points) for arc in page.arcs]
    lines = [(ids, points, _box(points)) for ids, points in lines]
    obstacles = _obstacles(page)
    bubbles = [b.rect for b in page.bubbles]
    style, small = label_style(page.metrics.scale), label_style(page.metrics.scale, smaller=True)
    placed, listed = [], []
    numbers = {tp: s.number for tp, s in page.stations.items()}
    for tr_id, source_id, target_id, text in sorted(
            (link for link in links if link[3] and link[0] in owner),
            key=lambda link: (numbers[link[1]], numbers[link[2]], link[0])):
        kind, item = owner[tr_id]
        if kind == "chip" and len(item.transition_ids) > 1:
            text = f"{numbers[target_id]}: {text}"
        row = page.rows[page.stations[source_id].row]
        zone_bottom = min(page.stations[t].label.y for t in row.station_ids)
        taken = [o for o in obstacles[row.index] if kind != "chip" or o is not item.rect]  # (it
        taken += bubbles + [p.rect for p in placed]  # touches its own chip)
        best = None
        for extra, block, shown in _shapes(text, style, small):
            if best is not None and best[0] < extra:
                break
            for rect, cost, backed in _candidates(kind, item, block.width + 2, block.height):
                if (rect.x < page.journey_area.x or rect.right > page.journey_area.right
                        or rect.y < row.strip.bottom - 2 or rect.bottom > zone_bottom):
                    continue
                grown = Box(rect.x - 0.5, rect.y - 0.5, rect.w + 1, rect.h + 1)
                if any(grown.intersects(other) for other in taken):
                    continue
                cost += extra + CROSSING * sum(
                    1 for ids, points, (x0, y0, x1, y1) in lines
                    if tr_id not in ids and x0 <= rect.right and rect.x <= x1 and y0 <= rect.bottom
                    and rect.y <= y1 and _hits(rect, points))
                if best is None or cost < best[0]:
                    best = (cost, ArrowLabel(tr_id, shown, block, rect, backed))
        if best is None or best[1].text != text:
            listed.append(tr_id)
        if best is not None:
            placed.append(best[1])
    return tuple(placed), tuple(listed)


def label_list(page, links) -> list[str]:
    """The lines for the side column: per label text the transitions (from › to) it is on."""
    numbers = {tp: s.number for tp, s in page.stations.items()}
    grouped: dict[str, list[str]] = {}
    for tr_id, source_id, target_id, text in links:
        if tr_id in page.listed:
            grouped.setdefault(text, []).append(f"{numbers[source_id]} › {numbers[target_id]}")
    return [f"{text}: {', '.join(pairs)}" for text, pairs in grouped.items()]
