"""Style sheets that several widgets share."""

from __future__ import annotations

ERROR_STYLE = "color: #B00020; font-weight: bold;"  # a refused value or a failed step, in red
DISAGREE_STYLE = ERROR_STYLE  # the two worlds differ by two points or more


def show_error(label, text: str) -> None:
    """Show a refusal in an error line (a QLabel in ERROR_STYLE): a message of the model starts
    in lower case ("titel mag niet leeg zijn"), a line starts with a capital."""
    label.setText(text[:1].upper() + text[1:])
    label.show()
