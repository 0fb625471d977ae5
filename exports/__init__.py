"""Renderers from a journey to files (the infographic PDF and its PNG). Never imports Qt.

The JSON interchange format and the quote CSV live in :mod:`klantreis` (they are data, read back
by the app); this package only writes: :func:`exports.pdf.write_pdf`, :func:`exports.png.write_png`.
"""

import os as _os

from reportlab import rl_config as _rl_config

# reportlab checks every attribute set on a graphics shape (tens of thousands for an infographic
# of a large journey): off for exports, on when RL_shapeChecking is set (the test suite sets it)
if "RL_shapeChecking" not in _os.environ:
    _rl_config.shapeChecking = 0
