"""Style sheets that several widgets share."""

from __future__ import annotations

ERROR_STYLE = "color: #B00020; font-weight: bold;"  # a refused value or a failed step, in red
DISAGREE_STYLE = ERROR_STYLE  # the two worlds differ by two points or more
