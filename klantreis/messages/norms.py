"""Indicators and the toetsingskader: their undo steps and messages (klantreis/evidence/assessment.py)."""

TEXTS: dict[str, dict[str, str]] = {
}
