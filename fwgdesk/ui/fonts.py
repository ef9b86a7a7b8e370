"""Registering the bundled fonts, so every UN script displays on any machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from fwgdesk.paths import resources_dir

FALLBACK_FAMILIES = ["Noto Sans", "Noto Sans SC", "Noto Naskh Arabic"]


def register_fonts() -> list[str]:
    """Add the fonts of ``resources/fonts`` to Qt; return the families registered."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def apply_default_font(app: QApplication) -> None:
    """Use the bundled families, in order, as the application's font with fallbacks."""
    font = QFont(app.font())
    font.setFamilies([*FALLBACK_FAMILIES, *font.families()])
    app.setFont(font)
