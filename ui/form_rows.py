"""Forms of labelled fields (Eigenschappen, the Toetsingskader dock): a page with a form, and a
row whose label has a mnemonic (Alt+letter) that puts the focus in its field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def form_page() -> tuple[QWidget, QFormLayout]:
    """A page holding a form without margins; long rows wrap their field under the label."""
    page = QWidget()
    form = QFormLayout(page)
    form.setContentsMargins(0, 0, 0, 0)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return page, form


def buddy_row(form: QFormLayout, text: str, widget: QWidget) -> None:
    """A row whose label ("&Titel") puts the focus in ``widget`` with Alt+its letter."""
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)
