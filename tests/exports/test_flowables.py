"""The detail pages' own flowables: Grid (the scores of a touchpoint) sizes and splits by rows."""

from __future__ import annotations

import pypdfium2
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from klantreis.exports.flowables import Grid, Text
from klantreis.exports.text_layout import Style

RULE = HexColor("#CBD2D9")
SMALL = Style(size=8.0)


def _grid(rows: int) -> Grid:
    cells = [[Text(f"rij {n}", SMALL), Text("gemiddeld +0,5 · spreiding 0,5 · n = 2 " * (1 + n % 3), SMALL),
              Text("–", SMALL)] for n in range(rows)]
    return Grid(cells, [100.0, 150.0, 150.0], RULE)


def test_a_row_is_as_high_as_its_highest_cell_plus_padding():
    grid = _grid(4)
    width, height = grid.wrap(400, 800)
    assert width == 400
    for row, row_height in zip(grid.rows, grid.heights, strict=True):
        assert row_height == max(cell.height for cell in row) + Grid.PAD_TOP + Grid.PAD_BOTTOM
    assert height == sum(grid.heights) and grid.heights[1] > grid.heights[0]


def test_it_splits_between_rows_with_the_header_rule_above_and_the_closing_rule_below():
    grid = _grid(8)
    grid.wrap(400, 800)
    room = sum(grid.heights[:3]) + 1
    first, second = grid.split(400, room)
    assert len(first.rows) == 3 and len(second.rows) == 5
    assert (first.header, first.closed, second.header, second.closed) == (True, False, False, True)
    assert first.wrap(400, room)[1] <= room
    assert _grid(2).split(400, 800) == []  # it fits: no split


def test_it_draws_every_cell(tmp_path):
    grid = _grid(3)
    path = tmp_path / "grid.pdf"
    canvas = Canvas(str(path), pagesize=(420, 200))
    grid.wrapOn(canvas, 400, 200)
    grid.drawOn(canvas, 10, 200 - 10 - grid.height)
    canvas.save()
    document = pypdfium2.PdfDocument(str(path))
    text = document[0].get_textpage().get_text_range()
    document.close()
    assert all(f"rij {n}" in text for n in range(3)) and text.count("spreiding") == 1 + 2 + 3


def _quotes(count: int) -> list:
    from klantreis.exports.flowables import Beside
    from klantreis.exports.smiley import SmileyMark

    words = "Het duurde lang voordat iemand belde en ik wist niet waar ik heen moest. "
    return [Beside(SmileyMark(14, 6.2, float(n % 5 - 2)),
                   [Text(f"Citaat {n}: " + words * (1 + n % 6), SMALL),
                    Text(f"R{n} · groep {n % 3}", SMALL)], rule=RULE) for n in range(count)]


def _pages(tmp_path, name: str, story: list) -> list[str]:
    from reportlab.platypus import SimpleDocTemplate

    path = tmp_path / name
    SimpleDocTemplate(str(path), pagesize=(300, 400), leftMargin=20, rightMargin=20, topMargin=20,
                      bottomMargin=20).build(story)
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_a_column_of_quotes_breaks_pages_where_the_quotes_one_by_one_would(tmp_path):
    from klantreis.exports.flowables import Column

    one_by_one = _pages(tmp_path, "los.pdf", [Text("Citaten", SMALL), *_quotes(40)])
    column = _pages(tmp_path, "kolom.pdf", [Text("Citaten", SMALL), Column(_quotes(40))])
    assert len(column) == len(one_by_one) > 5
    assert column == one_by_one
    assert any(not page.rstrip().endswith(tuple(f"groep {g}" for g in range(3))) for page in column)


def test_a_colour_is_set_again_whenever_the_next_text_has_another(tmp_path):
    """(Texts skip setting the colour the canvas already has; a smiley's form between them must
    not confuse that.)"""
    from klantreis.exports.flowables import Beside
    from klantreis.exports.smiley import SmileyMark

    ink, muted = HexColor("#1F2933"), HexColor("#616E7C")
    parts = [Text("een", SMALL, colour=ink), Text("twee", SMALL, colour=ink),
             Text("drie", SMALL, colour=muted), Text("vier", SMALL, colour=ink)]
    path = tmp_path / "kleur.pdf"
    canvas = Canvas(str(path), pagesize=(300, 200), pageCompression=0)
    quote = Beside(SmileyMark(14, 6.2, -1.0), parts)
    quote.wrapOn(canvas, 260, 200)
    quote.drawOn(canvas, 20, 20)
    canvas.save()
    data = path.read_bytes().decode("latin-1")
    page = data[data.index(" Do\n"):]  # the page's stream: the smiley, then the four lines
    page = page[:page.index("endstream")]
    fills = [tuple(round(float(v), 4) for v in line.split()[:3]) for line in page.splitlines()
             if line.endswith(" rg")]
    assert fills == [tuple(round(v, 4) for v in c.rgb()) for c in (ink, muted, ink)]
