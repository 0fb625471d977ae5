"""Writers from a journey to files for others: the infographic PDF, its PNG, the JSON
interchange and the quote CSV, each one module behind :mod:`klantreis.exports.registry`. Never
imports Qt. What these files are read back with lives in :mod:`klantreis.io`.
"""

import os as _os

from reportlab import rl_config as _rl_config

# reportlab checks every attribute set on a graphics shape (tens of thousands for an infographic
# of a large journey): off for exports, on when RL_shapeChecking is set (the test suite sets it)
if "RL_shapeChecking" not in _os.environ:
    _rl_config.shapeChecking = 0
