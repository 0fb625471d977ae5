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
# the route as designed and as lived, deadlines (page 1 and its legend)
PALE_ROUTE = HexColor("#B8C1CA")  # a transition of the design only: pale, and dashed
DESIGNED_DASH = [6.0, 3.0]
LIVED = HexColor("#2D6F6B")  # the badge of a step or transition of practice only
DEADLINE, DEADLINE_FILL = HexColor("#B00020"), HexColor("#FDEDEE")  # an exceeded deadline
# the assessments of the toetsingskader: each also has its own shape and its text
ASSESSMENT = {"voldoet": HexColor("#2F7A4B"), "voldoet_deels": HexColor("#A16207"),
              "voldoet_niet": HexColor("#B3261E"), "niet_te_beoordelen": HexColor("#616E7C"),
              "open": HexColor("#7B8794")}


def line_style(key: str) -> dict:
    """The stroke of a heartbeat line: ``line_clients``, ``line_executors`` or ``line_all``."""
    if key == "line_executors":
        return {"strokeColor": EXECUTOR_LINE, "strokeDashArray": [4, 2.2], "strokeWidth": 1.5}
    return {"strokeColor": CLIENT_LINE if key == "line_clients" else INK, "strokeWidth": 1.5}
