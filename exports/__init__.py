"""Renderers from a journey to files (the infographic PDF, PNG, CSV). Never imports Qt.

The JSON interchange format lives in :mod:`klantreis.interchange`; the PDF renderer is the
subject of a later issue.
"""
