"""Text in any of the six UN scripts, laid out in lines with the bundled fonts.

ReportLab has neither font fallback nor a bidirectional algorithm of its own (without
``rlbidi``), so this module does what a text engine does:

* **script runs**: each character is drawn with the family that has it: Latin and
  Cyrillic letters with Noto Sans, Arabic with Noto Naskh Arabic, Chinese with Noto Sans SC;
  spaces, digits and punctuation stay in the current run's font when it has them (what
  script a character belongs to: :mod:`fwgdesk.reports.characters`);
* **direction**: a paragraph reads the way its first letter does (Unicode's rule); one
  without letters reads left to right and is aligned as the document is. Levels are
  resolved on the paragraph, each wrapped line is put in visual order on its own
  (:mod:`fwgdesk.reports.directions`);
* **shaping**: runs in the Arabic font, and runs with combining marks, are shaped by
  HarfBuzz with the font's own tables (:mod:`fwgdesk.reports.shaping`): joining forms,
  ligatures and every diacritic as typed. Widths used for wrapping are the shaped ones;
* **wrapping**: at spaces, after a hyphen or slash, and between any two Chinese characters
  (not before closing punctuation such as ，。）, not after opening punctuation such as （);
  a word longer than the line is cut where it must be, an e-mail address never
  (:mod:`fwgdesk.reports.line_breaking`).

A line whose drawn glyphs are not its text as typed (shaped or reordered) keeps that
text (:attr:`Line.actual`), which the PDF carries as the line's ``/ActualText``: copying,
searching and reading aloud get the logical text.

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

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr

from fwgdesk.domain.bidi import keep_ltr_numbers
from fwgdesk.reports.characters import (
    BIDI_CONTROLS,
    keep_ltr_brackets,
    strong_script,
)
from fwgdesk.reports.directions import (
    Piece,
    first_strong,
    mirrored,
    paragraph_levels,
    visual_order,
)
from fwgdesk.reports.fonts import FALLBACK_ORDER, FontSet, Script, fonts
from fwgdesk.reports.line_breaking import wrap
from fwgdesk.reports.shaping import shape

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
    text: str  # as drawn, left to right (a ShapedStr when shaped)
    width: float
    size: float
    logical: str = ""  # the characters as typed, when they are not *text* (else "")
    start: int = 0  # where they begin in the line as typed
    rtl: bool = False  # drawn right to left (reversed)


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]  # in drawn order, left to right
    width: float
    rtl: bool  # the paragraph's base direction
    strong: bool = True  # the paragraph has a letter (else it is aligned as the document)
    actual: str | None = None  # the text as typed, when the glyphs drawn are not that

    @property
    def reads_rtl(self) -> bool | None:
        """The line's own direction, None when it has none (no letter)."""
        return self.rtl if self.strong else None


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

    def _needs_shaping(self, script: Script, piece: str) -> bool:
        return script is Script.ARABIC or (
            not piece.isascii() and any(unicodedata.combining(char) for char in piece)
        )

    def _run(
        self, script: Script, piece: str, size: float, bold: bool, rtl: bool, start: int = 0
    ) -> Run:
        """One run of one font: shaped when it must be, reversed when right to left."""
        name = self.fontset.name(script, bold)
        scaled = size * SCALE[script]
        if self._needs_shaping(script, piece):
            shaped = shape(name, piece, scaled, rtl)
            return Run(name, shaped.text, shaped.width, scaled, piece, start, rtl)
        drawn = mirrored(piece) if rtl else piece
        logical = piece if drawn != piece else ""
        return Run(name, drawn, stringWidth(drawn, name, scaled), scaled, logical, start, rtl)

    def _pieces(
        self, text: str, scripts: list[Script], levels: list[int] | None, span: tuple[int, int]
    ) -> list[Piece]:
        """The characters *span* of *text* cut where the font or the level changes
        (*scripts*: the font of each character of the span); controls are left out."""
        start, end = span
        pieces: list[Piece] = []
        begin: int | None = None
        key: tuple[Script, int] = (Script.LATIN, 0)
        for index in range(start, end):
            if text[index] in BIDI_CONTROLS:
                if begin is not None:
                    pieces.append((begin, index, key[1]))
                    begin = None
                continue
            here = (scripts[index - start], levels[index] if levels else 0)
            if begin is not None and here != key:
                pieces.append((begin, index, key[1]))
                begin = None
            if begin is None:
                begin, key = index, here
        if begin is not None:
            pieces.append((begin, end, key[1]))
        return pieces

    def runs(self, text: str, size: float, bold: bool = False) -> list[Run]:
        """*text* (left to right, clean) as runs of one font each, shaped where needed."""
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
                piece = text[start:index]
                rtl = script is Script.ARABIC and first_strong(piece) is not False
                result.append(self._run(script, piece, size, bold, rtl))
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

    def line(
        self,
        text: str,
        span: tuple[int, int],
        levels: list[int] | None,
        style: TextStyle,
        direction: bool | None,
    ) -> Line:
        """The characters *span* of the paragraph *text*, as a line ready to draw."""
        start, end = span
        rtl = bool(direction)
        logical = text[start:end]
        size, bold = style.size, style.bold
        if levels is None and logical.isascii():
            runs = self.runs(logical, size, bold)
            return Line(tuple(runs), sum(r.width for r in runs), rtl, direction is not None)
        scripts = self.scripts(logical)
        pieces = visual_order(self._pieces(text, scripts, levels, span), text, 1 if rtl else 0)
        drawn: list[Run] = []
        for begin, finish, level in pieces:
            script = scripts[begin - start]
            piece = text[begin:finish]
            drawn.append(self._run(script, piece, size, bold, level % 2 == 1, begin - start))
        plain = "".join(char for char in logical if char not in BIDI_CONTROLS)
        as_typed = "".join(run.text for run in drawn) == plain and not any(
            isinstance(run.text, ShapedStr) for run in drawn
        )
        actual = None if as_typed else plain
        width = sum(run.width for run in drawn)
        return Line(tuple(drawn), width, rtl, direction is not None, actual)

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
            paragraph = self.clean(paragraph)
            direction = first_strong(paragraph)
            if direction:
                paragraph = keep_ltr_brackets(paragraph)
            paragraph = keep_ltr_numbers(paragraph)
            levels = paragraph_levels(paragraph, bool(direction))
            position = 0
            for logical in wrap(paragraph, size, bold, width, self.width):
                start = paragraph.find(logical, position)
                position = start + len(logical)
                span = (start, position)
                result.append(self.line(paragraph, span, levels, style, direction))
        if not self._saw_missing:  # so that every engine hears of what is missing
            self._layouts[key] = result
            if len(self._layouts) > LAYOUT_CACHE_LIMIT:
                self._layouts.popitem(last=False)
        return result
