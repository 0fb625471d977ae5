"""The side column of the infographic: the legend (smileys, lines, actors) and the method box
(groups, respondents per group, dates, the method text)."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Group, Line, Rect
from reportlab.lib.colors import HexColor

from klantreis.entities import Perspective
from klantreis.exports.smiley import smiley
from klantreis.exports.text_layout import Style, add_text
from klantreis.journey import Journey

INK = HexColor("#1F2933")
MUTED = HexColor("#52606D")
FAINT = HexColor("#CBD2D9")
HEADING = Style(size=9, bold=True)
SMALL = Style(size=6.8, leading=8.4)
MEANINGFUL_DIFFERENCE = 0.5  # smaller differences are not listed in the two-worlds box


def _text(group, text, x, top, width, style, y, colour=INK, align="start", max_lines=None) -> float:
    return add_text(group, text, x, top, width, style, y, align=align, colour=colour, max_lines=max_lines)


def legend(journey: Journey, box, words, y) -> tuple[Group, float]:
    """The legend at the top of ``box`` (layout coordinates, y down; ``y`` flips); returns the
    group and the layout y of its bottom."""
    from klantreis.exports.infographic import CLIENT_LINE, EXECUTOR_LINE, ROUTE, _line_style

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
               ("bottleneck", {"strokeColor": HexColor("#C2410C"), "strokeWidth": 1.6}),
               ("no_transition", {"strokeColor": ROUTE, "strokeWidth": 1.5, "strokeDashArray": [1.5, 3]}),
               ("jump", {"strokeColor": INK, "strokeWidth": 1.1}),
               ("loop", {"strokeColor": INK, "strokeWidth": 1.1, "strokeDashArray": [3, 2]})]
    present = {p for g in journey.groups for p in (g.perspective,)}
    if {Perspective.CLIENT, Perspective.UITVOERDER} <= present:
        samples += [("line_clients", _line_style("line_clients")),
                    ("line_executors", _line_style("line_executors"))]
    else:
        samples.append(("line_all", _line_style("line_all")))
    del CLIENT_LINE, EXECUTOR_LINE
    for key, style in samples:
        group.add(Line(x + 2, y(top + 5), x + 30, y(top + 5), **style))
        top = _text(group, words[key], x + 38, top, width - 38, SMALL, y) + 1.5
    top += 6
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
    from klantreis import analysis, graph
    from klantreis.exports.labels import number

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
