"""Renderers from a journey to files (the infographic PDF and its PNG). Never imports Qt.

The JSON interchange format and the quote CSV live in :mod:`klantreis` (they are data, read back
by the app); this package only writes: :func:`exports.pdf.write_pdf`, :func:`exports.png.write_png`.
"""
