"""The bundled TrueType fonts, registered with ReportLab once per process.

Three families cover the six UN languages: Noto Sans (Latin, Cyrillic), Noto Naskh Arabic
and Noto Sans SC (Chinese). ReportLab has no fallback between fonts, so text is split into
runs and each run drawn with the family that has its characters (see ``text.py``).
Each PDF embeds only the subsets of glyphs it uses.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fwgdesk.paths import resources_dir


class Script(StrEnum):
    """A family of the bundled fonts, named after the script it is chosen for."""

    LATIN = "latin"  # Latin and Cyrillic, digits, punctuation
    ARABIC = "arabic"
    CJK = "cjk"


FILES: dict[Script, tuple[str, str]] = {
    Script.LATIN: ("NotoSans-Regular", "NotoSans-Bold"),
    Script.ARABIC: ("NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"),
    Script.CJK: ("NotoSansSC-Regular", "NotoSansSC-Bold"),
}
"""File stems in ``resources/fonts``; they are also the names registered with ReportLab."""

FALLBACK_ORDER: tuple[Script, ...] = (Script.LATIN, Script.CJK, Script.ARABIC)
"""Where a character that belongs to no script (a symbol, a space) is looked for."""

_lock = threading.Lock()


@dataclass(frozen=True)
class FontSet:
    """The registered names, and each family's set of characters (from its cmap)."""

    regular: dict[Script, str]
    bold: dict[Script, str]
    coverage: dict[Script, frozenset[int]]

    def name(self, script: Script, bold: bool = False) -> str:
        return (self.bold if bold else self.regular)[script]

    def has(self, script: Script, char: str) -> bool:
        return ord(char) in self.coverage[script]

    def any_has(self, char: str) -> bool:
        return any(ord(char) in covered for covered in self.coverage.values())


def _register(stem: str) -> TTFont:
    if stem in pdfmetrics.getRegisteredFontNames():  # (getFont would search the disk first)
        return pdfmetrics.getFont(stem)
    font = TTFont(stem, str(resources_dir() / "fonts" / f"{stem}.ttf"))
    pdfmetrics.registerFont(font)
    return font


@cache
def fonts() -> FontSet:
    """Register the six bundled fonts (once) and return their names and coverage."""
    with _lock:
        regular: dict[Script, str] = {}
        bold: dict[Script, str] = {}
        coverage: dict[Script, frozenset[int]] = {}
        for script, (regular_stem, bold_stem) in FILES.items():
            regular_font = _register(regular_stem)
            bold_font = _register(bold_stem)
            regular[script] = regular_stem
            bold[script] = bold_stem
            # a character counts only when both weights have it
            coverage[script] = frozenset(regular_font.face.charToGlyph) & frozenset(
                bold_font.face.charToGlyph
            )
        return FontSet(regular, bold, coverage)
