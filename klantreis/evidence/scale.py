"""The sentiment colour scale, shared by the canvas and the PDF: ColorBrewer PuOr (orange for
negative, purple for positive, grey in the middle), safe for the common kinds of colour blindness;
the smiley's mouth carries the same value, so colour is never the only cue."""

from __future__ import annotations

SENTIMENT_STOPS = ("#B35806", "#F1A340", "#D9D9D9", "#998EC3", "#542788")  # -2 .. +2
MIXED_COLOUR = "#BDBDBD"
NO_DATA_COLOUR = "#FFFFFF"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


def sentiment_rgb(mean: float) -> tuple[int, int, int]:
    """The colour (0-255 each) for a mean sentiment in -2..+2, between the stops."""
    position = max(0.0, min(4.0, mean + 2.0))
    low = min(int(position), 3)
    t = position - low
    a, b = _rgb(SENTIMENT_STOPS[low]), _rgb(SENTIMENT_STOPS[low + 1])
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
