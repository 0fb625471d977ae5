"""The colours and line styles of the printed pages, shared by the infographic, its legend,
the detail pages and the smileys (one place, so the legend shows what the map draws)."""

from __future__ import annotations

from reportlab.lib.colors import HexColor

INK = HexColor("#1F2933")
MUTED = HexColor("#52606D")
FAINT = HexColor("#CBD2D9")
ROUTE = HexColor("#7B8794")
NEUTRAL_PHASE = HexColor("#EEF1F4")
CLIENT_FILL, CLIENT_LINE = HexColor("#FFF3E3"), HexColor("#B35806")
EXECUTOR_FILL, EXECUTOR_LINE = HexColor("#EFEAF7"), HexColor("#542788")
OTHER_FILL = HexColor("#F2F4F6")
BOTTLENECK = HexColor("#C2410C")


def line_style(key: str) -> dict:
    """The stroke of a heartbeat line: ``line_clients``, ``line_executors`` or ``line_all``."""
    if key == "line_executors":
        return {"strokeColor": EXECUTOR_LINE, "strokeDashArray": [4, 2.2], "strokeWidth": 1.5}
    return {"strokeColor": CLIENT_LINE if key == "line_clients" else INK, "strokeWidth": 1.5}
