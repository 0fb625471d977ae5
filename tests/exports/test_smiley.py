"""The smiley: one set of parts, drawn the same as reportlab shapes (the infographic) and straight
on the canvas as a PDF form made once per face (the thousands of quotes on the detail pages)."""

from __future__ import annotations

import re

import pypdfium2
import pytest
from PIL import ImageChops
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from klantreis.exports.pdf import write_pdf
from klantreis.exports.smiley import Disc, Mouth, SmileyMark, smiley, smiley_parts

FACES = [(-2.0, False), (-1.0, False), (0.0, False), (1.0, False), (2.0, False), (None, True),
         (None, False)]


def _pixels(path):
    document = pypdfium2.PdfDocument(str(path))
    try:
        return document[0].render(scale=4).to_pil().convert("RGB")
    finally:
        document.close()


@pytest.mark.parametrize(("mean", "mixed"), FACES)
def test_shapes_and_the_canvas_form_draw_the_same_face(tmp_path, mean, mixed):
    shapes, direct = tmp_path / "shapes.pdf", tmp_path / "direct.pdf"
    canvas = Canvas(str(shapes), pagesize=(40, 40))
    drawing = Drawing(14, 14)
    drawing.add(smiley(7, 7, 6.2, mean, mixed=mixed))
    renderPDF.draw(drawing, canvas, 10, 10)
    canvas.save()
    canvas = Canvas(str(direct), pagesize=(40, 40))
    SmileyMark(14, 6.2, mean, mixed=mixed).draw_on(canvas, 10, 10)
    canvas.save()
    a, b = _pixels(shapes), _pixels(direct)
    difference = ImageChops.difference(a, b).convert("L")
    assert difference.getextrema()[1] <= 24  # (edge antialiasing only)
    centre = (68, 92)  # (17, 17) points from the lower left, at 4 pixels a point
    assert a.getpixel(centre) == b.getpixel(centre)
    if mean is not None or mixed:
        assert a.getpixel(centre) != (255, 255, 255)  # the face colour


def test_the_faces_differ_by_mouth_and_colour():
    mouths = {}
    for mean, mixed in FACES:
        parts = smiley_parts(0, 0, 10, mean, mixed=mixed)
        mouth = [p for p in parts if isinstance(p, Mouth)]
        face = parts[0]
        assert isinstance(face, Disc) and face.r == 10
        mouths[(mean, mixed)] = (mouth[0].curves if mouth else None, face.fill.hexval())
    assert len(set(mouths.values())) == len(FACES)
    assert mouths[(None, False)][0] is None  # no data: an empty, dashed face
    assert smiley_parts(0, 0, 10, None)[0].dash


def test_the_detail_pages_make_one_form_per_face_and_use_it_per_quote(raalte_journey, tmp_path):
    data = write_pdf(raalte_journey, tmp_path / "raalte.pdf").read_bytes()
    forms = set(re.findall(rb"FormXob\.smiley_\w+", data))
    kinds = {q.sentiment for q in raalte_journey.quotes if not q.internal and q.touchpoint_id}
    assert len(forms) == len(kinds)
    assert data.count(b"/Subtype /Form") == len(kinds)
