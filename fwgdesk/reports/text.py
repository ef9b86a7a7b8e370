"""Text in any of the six UN scripts, laid out in lines with the bundled fonts.

ReportLab has neither font fallback nor a bidirectional algorithm of its own (without
``rlbidi``), so this module does what a text engine would, in a simple way:

* **script runs**: each character is drawn with the family that has it: Latin and
  Cyrillic letters with Noto Sans, Arabic with Noto Naskh Arabic, Chinese with Noto Sans SC;
  spaces, digits and punctuation stay in the current run's font when it has them (what
  script a character belongs to: :mod:`fwgdesk.reports.characters`);
* **Arabic**: shaped with ``arabic_reshaper`` (joined presentation forms) *before* wrapping,
  so that widths are those of the shaped text; then each wrapped line is reordered on its
  own with the Unicode bidirectional algorithm (``python-bidi``), which also mirrors
  brackets. A paragraph that is mostly Arabic has a right-to-left base direction and is drawn
  right-aligned;
* **wrapping**: at spaces, after a hyphen or slash, and between any two Chinese characters
  (not before closing punctuation such as ，。）, not after opening punctuation such as （);
  a word longer than the line is cut where it must be (:mod:`fwgdesk.reports.line_breaking`).

A character that no bundled font has is drawn as U+FFFD and recorded in
:attr:`TextEngine.missing`, so that the caller can warn; it never becomes a silent box. The
lines are drawn, and paragraphs placed on pages, by :mod:`fwgdesk.reports.text_drawing`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Any

import arabic_reshaper  # type: ignore[import-untyped]
from bidi.algorithm import get_display  # type: ignore[import-untyped]
from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth

from fwgdesk.reports.characters import (
    ARABIC_RE,
    BIDI_CONTROLS,
    RTL_RE,
    direction,
    keep_ltr_brackets,
    strong_script,
)
from fwgdesk.reports.fonts import FALLBACK_ORDER, FontSet, Script, fonts
from fwgdesk.reports.line_breaking import wrap

# dropped from the start: zero-width characters, soft hyphen, byte-order mark
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Noto Naskh Arabic looks small beside Noto Sans at the same size
SCALE: dict[Script, float] = {Script.LATIN: 1.0, Script.ARABIC: 1.12, Script.CJK: 1.0}
REPLACEMENT = "\ufffd"
# what clean() must look at in ASCII text: controls (a tab becomes a space)
_ASCII_CONTROL_RE = re.compile("[\x00-\x1f\x7f]")


# --- styles and lines -------------------------------------------------------------------


@dataclass(frozen=True)
class TextStyle:
    size: float = 9.0
    leading: float | None = None
    bold: bool = False
    color: Color = black
    align: str = "start"  # start, end, left, right, center
    rtl: bool = False  # the document's direction: where "start" is
    space_before: float = 0.0
    space_after: float = 0.0

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else self.size * 1.32

    def but(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


@dataclass(frozen=True)
class Run:
    font: str
    text: str
    width: float
    size: float


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    rtl: bool  # the paragraph's base direction


CACHE_LIMIT = 20_000
LAYOUT_CACHE_LIMIT = 2_000


class _Caches:
    """What the engines of a process share: the fonts' choices and measures do not change,
    and labels repeat on every sheet. The layouts are kept for the
    :data:`LAYOUT_CACHE_LIMIT` texts used last; the other caches are emptied when they
    reach :data:`CACHE_LIMIT` entries, so they all stay small."""

    def __init__(self) -> None:
        self.font_choice: dict[tuple[str, Script | None], Script | None] = {}
        self.clean_chars: set[str] = set()
        self.widths: dict[tuple[str, float, bool], float] = {}
        self.layouts: OrderedDict[tuple[str, float, bool, bool, float], list[Line]] = OrderedDict()


_CACHES = _Caches()


@dataclass
class TextEngine:
    """Font runs, shaping and line breaking; collects the characters no font has."""

    fontset: FontSet = field(default_factory=fonts)
    missing: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        caches = _CACHES if self.fontset is fonts() else _Caches()
        self._font_choice = caches.font_choice
        self._clean_chars = caches.clean_chars
        self._widths = caches.widths
        self._layouts = caches.layouts
        self._latin = (self.fontset.name(Script.LATIN), self.fontset.name(Script.LATIN, True))
        self._saw_missing = False

    # -- font runs

    def _font_of(self, char: str, current: Script | None) -> Script | None:
        key = (char, current)
        try:
            return self._font_choice[key]
        except KeyError:
            pass
        if len(self._font_choice) >= CACHE_LIMIT:
            self._font_choice.clear()
        fontset = self.fontset
        strong = strong_script(char)
        found: Script | None = None
        if strong is not None and fontset.has(strong, char):
            found = strong
        elif current is not None and fontset.has(current, char):
            found = current
        else:
            found = next((s for s in FALLBACK_ORDER if fontset.has(s, char)), None)
        self._font_choice[key] = found
        return found

    def scripts(self, text: str) -> list[Script]:
        """The family chosen for each character of *text* (missing ones replaced first)."""
        chosen: list[Script] = []
        current: Script | None = None
        font_of = self._font_of
        for char in text:
            script = font_of(char, current) or Script.LATIN  # None only for uncleaned text
            chosen.append(script)
            current = script
        return chosen

    def clean(self, text: str) -> str:
        """*text* with invisible characters removed and uncovered ones replaced."""
        if text.isascii():
            if _ASCII_CONTROL_RE.search(text) is None:
                return text
        elif not set(text) - self._clean_chars:
            return text
        out: list[str] = []
        for char in text:
            if char in self._clean_chars or (char.isascii() and char.isprintable()):
                out.append(char)
            elif char in INVISIBLE:
                continue
            elif char in BIDI_CONTROLS:
                out.append(char)
            elif char == "\t":
                out.append(" ")
            elif unicodedata.category(char) == "Cc":
                continue
            elif not self.fontset.any_has(char):
                self.missing.add(char)
                self._saw_missing = True
                out.append(REPLACEMENT if self.fontset.any_has(REPLACEMENT) else "?")
            else:
                self._clean_chars.add(char)
                out.append(char)
        return "".join(out)

    def runs(self, text: str, size: float, bold: bool = False) -> list[Run]:
        """*text* (already in visual order and clean) as runs of one font each."""
        if not text:
            return []
        if text.isascii():
            name = self._latin[bold]
            return [Run(name, text, stringWidth(text, name, size), size)]
        chosen = self.scripts(text)
        result: list[Run] = []
        start = 0
        for index in range(1, len(text) + 1):
            if index == len(text) or chosen[index] is not chosen[start]:
                script = chosen[start]
                name = self.fontset.name(script, bold)
                piece = text[start:index]
                scaled = size * SCALE[script]
                result.append(Run(name, piece, stringWidth(piece, name, scaled), scaled))
                start = index
        return result

    def width(self, text: str, size: float, bold: bool = False) -> float:
        key = (text, size, bold)
        try:
            return self._widths[key]
        except KeyError:
            pass
        if len(self._widths) >= CACHE_LIMIT:
            self._widths.clear()
        measured = text
        if not text.isascii() and any(char in BIDI_CONTROLS for char in text):
            measured = "".join(char for char in text if char not in BIDI_CONTROLS)
        found = self._widths[key] = sum(run.width for run in self.runs(measured, size, bold))
        return found

    # -- lines

    def visual(self, line: str, rtl: bool) -> str:
        """One wrapped line (logical order, shaped) in the order it is drawn."""
        if line.isascii():
            return line
        if rtl or RTL_RE.search(line):
            line = str(get_display(line, base_dir="R" if rtl else "L"))
        return "".join(char for char in line if char not in BIDI_CONTROLS)

    def shape(self, text: str) -> str:
        """Arabic letters joined (presentation forms); other text unchanged."""
        if not text.isascii() and ARABIC_RE.search(text):
            return str(arabic_reshaper.reshape(text))
        return text

    def lines(self, text: str, style: TextStyle, width: float) -> list[Line]:
        """*text* wrapped into *width* points, each line ready to draw."""
        key = (text, style.size, style.bold, style.rtl, width)
        cached = self._layouts.get(key)
        if cached is not None:
            self._layouts.move_to_end(key)
            return cached
        result: list[Line] = []
        size, bold = style.size, style.bold
        self._saw_missing = False
        for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            rtl = direction(paragraph, style.rtl)
            if rtl:
                paragraph = keep_ltr_brackets(paragraph)
            shaped = self.clean(self.shape(paragraph))
            for logical in wrap(shaped, size, bold, width, self.width):
                drawn = self.visual(logical, rtl)
                runs = tuple(self.runs(drawn, size, bold))
                result.append(Line(runs, sum(r.width for r in runs), rtl))
        if not self._saw_missing:  # so that every engine hears of what is missing
            self._layouts[key] = result
            if len(self._layouts) > LAYOUT_CACHE_LIMIT:
                self._layouts.popitem(last=False)
        return result
