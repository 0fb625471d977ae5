"""The bundled Noto fonts: loaded at start so Arabic and Ge'ez render on any machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from klantreis.paths import FONTS_DIR

FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"]


def load_bundled_fonts() -> list[str]:
    """Register every bundled .ttf; returns the families that were loaded."""
    families: set[str] = set()
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def apply_app_font(app: QApplication, point_size: float = 10.0) -> QFont:
    """Noto Sans first, then the Arabic and Ethiopic faces as fallbacks, for every widget."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(point_size)
    app.setFont(font)
    return font


def ui_font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
