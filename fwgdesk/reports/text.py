"""Text in any of the six UN scripts, laid out and drawn with the bundled fonts.

ReportLab has neither font fallback nor a bidirectional algorithm of its own (without
``rlbidi``), so this module does what a text engine would, in a simple way:

* **script runs**: each character is drawn with the family that has it: Latin and
  Cyrillic letters with Noto Sans, Arabic with Noto Naskh Arabic, Chinese with Noto Sans SC;
  spaces, digits and punctuation stay in the current run's font when it has them;
* **Arabic**: shaped with ``arabic_reshaper`` (joined presentation forms) *before* wrapping,
  so that widths are those of the shaped text; then each wrapped line is reordered on its
  own with the Unicode bidirectional algorithm (``python-bidi``), which also mirrors
  brackets. A paragraph that is mostly Arabic has a right-to-left base direction and is drawn
  right-aligned;
* **wrapping**: at spaces, after a hyphen or slash, and between any two Chinese characters
  (not before closing punctuation such as ，。）, not after opening punctuation such as （);
  a word longer than the line is cut where it must be.

A character that no bundled font has is drawn as U+FFFD and recorded in
:attr:`TextEngine.missing`, so that the caller can warn; it never becomes a silent box.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import arabic_reshaper  # type: ignore[import-untyped]
from bidi.algorithm import get_display  # type: ignore[import-untyped]
from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from fwgdesk.reports.fonts import FALLBACK_ORDER, FontSet, Script, fonts

# --- characters -------------------------------------------------------------------------

_ARABIC_RANGES = ((0x0600, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul jamo
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x3190, 0x31FF),
    (0x3200, 0x33FF),  # enclosed, compatibility
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # compatibility forms
    (0xFF00, 0xFFEF),  # fullwidth forms
    (0x20000, 0x2FA1F),
)
# characters that may not begin a line (kinsoku) and may not end one
CLOSING = frozenset("，。、；：？！）」』】》〉〕｝’”…·・%％,.;:?!)]}»›ー〜")
OPENING = frozenset("（「『【《〈〔｛‘“([{«‹")
# bidi controls: they steer the reordering, then are dropped before drawing
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# dropped from the start: zero-width characters, soft hyphen, byte-order mark
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
LRE, PDF = "\u202a", "\u202c"
# Noto Naskh Arabic looks small beside Noto Sans at the same size
SCALE: dict[Script, float] = {Script.LATIN: 1.0, Script.ARABIC: 1.12, Script.CJK: 1.0}
REPLACEMENT = "\ufffd"


def _char_class(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges) + "]")


_ARABIC_RE = _char_class(_ARABIC_RANGES)
_RTL_RE = _char_class(_RTL_RANGES)
_CJK_RE = _char_class(_CJK_RANGES)
# what clean() must look at in ASCII text: controls (a tab becomes a space)
_ASCII_CONTROL_RE = re.compile("[\x00-\x1f\x7f]")
_SPACES = " \u3000"
_TOKEN_RE = re.compile(f"([^{_SPACES}]*)([{_SPACES}]*)")
_INNER_BREAK_RE = re.compile("[-/]")


def is_arabic(char: str) -> bool:
    return _ARABIC_RE.match(char) is not None


def is_rtl(char: str) -> bool:
    return _RTL_RE.match(char) is not None


_CJK: dict[str, bool] = {}


def is_cjk(char: str) -> bool:
    try:
        return _CJK[char]
    except KeyError:
        found = _CJK[char] = _CJK_RE.match(char) is not None
        return found


_STRONG: dict[str, Script | None] = {}


def strong_script(char: str) -> Script | None:
    """The family a character belongs to, or None for one that goes with any (a space,
    a digit, punctuation)."""
    try:
        return _STRONG[char]
    except KeyError:
        pass
    found: Script | None
    if is_arabic(char):
        found = Script.ARABIC
    elif is_cjk(char):
        found = Script.CJK
    elif unicodedata.category(char).startswith("L"):
        found = Script.LATIN
    else:
        found = None
    _STRONG[char] = found
    return found


_BRACKETED_RE = re.compile(r"[(\[（][^()\[\]（）]*[)\]）]")


def _keep_ltr_brackets(text: str) -> str:
    """In right-to-left text, a bracketed piece with no right-to-left letter inside, such
    as "(FRA)" or "(2020-09-01)", is embedded left to right brackets included: the
    bidirectional algorithm used here predates bracket pairing and would otherwise split
    the pair between the two directions."""

    def embed(match: re.Match[str]) -> str:
        piece = match.group(0)
        return piece if _RTL_RE.search(piece) else isolate_ltr(piece)

    return _BRACKETED_RE.sub(embed, text)


def isolate_ltr(text: str) -> str:
    """*text* (a date, a code) kept left-to-right inside right-to-left text."""
    return f"{LRE}{text}{PDF}"


def direction(text: str, default_rtl: bool = False) -> bool:
    """True when *text* is mostly right-to-left: more Arabic letters than other letters
    (as many: the document's direction)."""
    rtl = len(_RTL_RE.findall(text))
    if rtl == 0:
        return False  # digits, a phone number, Latin: left to right even in an Arabic sheet
    other = sum(1 for char in text if strong_script(char) is not None and not is_rtl(char))
    if rtl == other:
        return default_rtl
    return rtl > other


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
        if rtl or _RTL_RE.search(line):
            line = str(get_display(line, base_dir="R" if rtl else "L"))
        return "".join(char for char in line if char not in BIDI_CONTROLS)

    def shape(self, text: str) -> str:
        """Arabic letters joined (presentation forms); other text unchanged."""
        if not text.isascii() and _ARABIC_RE.search(text):
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
                paragraph = _keep_ltr_brackets(paragraph)
            shaped = self.clean(self.shape(paragraph))
            for logical in self._wrap(shaped, size, bold, width):
                drawn = self.visual(logical, rtl)
                runs = tuple(self.runs(drawn, size, bold))
                result.append(Line(runs, sum(r.width for r in runs), rtl))
        if not self._saw_missing:  # so that every engine hears of what is missing
            self._layouts[key] = result
            if len(self._layouts) > LAYOUT_CACHE_LIMIT:
                self._layouts.popitem(last=False)
        return result

    def _wrap(self, text: str, size: float, bold: bool, width: float) -> Iterator[str]:
        line: list[str] = []
        line_width = 0.0
        pending_space = ""
        measure = self.width
        if measure(text, size, bold) <= width + 0.01:  # the common case: it fits
            yield text.rstrip(_SPACES) if text.strip(_SPACES) else text
            return
        for word, space in _atoms(text):
            word_width = measure(word, size, bold)
            space_width = measure(pending_space, size, bold) if pending_space else 0.0
            if line and line_width + space_width + word_width > width + 0.01:
                yield "".join(line)
                line, line_width, pending_space, space_width = [], 0.0, "", 0.0
            if not line and word_width > width:
                pieces = self._cut(word, size, bold, width)
                yield from pieces[:-1]
                word = pieces[-1]
                word_width = measure(word, size, bold)
            if line:
                line.append(pending_space)
                line_width += space_width
            line.append(word)
            line_width += word_width
            pending_space = space
        if line or not text:
            yield "".join(line)

    def _cut(self, word: str, size: float, bold: bool, width: float) -> list[str]:
        """A word wider than the line, cut into pieces that fit (at least a character)."""
        pieces: list[str] = []
        current = ""
        for char in word:
            if current and self.width(current + char, size, bold) > width:
                pieces.append(current)
                current = ""
            current += char
        pieces.append(current)
        return pieces


def _breakable_between(before: str, after: str) -> bool:
    if after in CLOSING or before in OPENING:
        return False
    if is_cjk(before) or is_cjk(after):
        return True
    return before in "-/" and after.isalnum() and not after.isdigit()


def _split_word(word: str) -> Iterator[str]:
    """A word (no spaces) cut where a line may break inside it: between Chinese
    characters, after a hyphen or slash."""
    if word.isascii():
        if _INNER_BREAK_RE.search(word) is None:
            yield word
            return
    elif _CJK_RE.search(word) is None and _INNER_BREAK_RE.search(word) is None:
        yield word
        return
    start = 0
    for index in range(1, len(word)):
        if _breakable_between(word[index - 1], word[index]):
            yield word[start:index]
            start = index
    yield word[start:]


def _atoms(text: str) -> Iterator[tuple[str, str]]:
    """(word, spaces after it): the units a line is broken between."""
    for match in _TOKEN_RE.finditer(text):
        word, spaces = match.group(1), match.group(2)
        if not word and not spaces:
            continue
        if not word:
            yield "", spaces
            continue
        pieces = list(_split_word(word))
        for piece in pieces[:-1]:
            yield piece, ""
        yield pieces[-1], spaces


# --- drawing ----------------------------------------------------------------------------


def line_x(line: Line, style: TextStyle, left: float, width: float) -> float:
    """Where a line starts, for the style's alignment and the line's direction."""
    align = style.align
    if align == "start":
        align = "right" if style.rtl or line.rtl else "left"
    elif align == "end":
        align = "left" if style.rtl or line.rtl else "right"
    if align == "right":
        return left + width - line.width
    if align == "center":
        return left + (width - line.width) / 2
    return left


def baseline_offset(style: TextStyle) -> float:
    """From the top of a line box to its baseline."""
    return (style.line_height - style.size) / 2 + style.size * 0.86


def draw_lines(
    canvas: Any,
    lines: list[Line],
    style: TextStyle,
    left: float,
    top: float,
    width: float,
) -> None:
    """Draw *lines* in the box that starts at (*left*, *top*) and is *width* wide."""
    if not lines:
        return
    text = canvas.beginText()
    colored = style.color != black  # black is what the page has outside any q/Q
    if colored:
        text.setFillColor(style.color)
    y = top - baseline_offset(style)
    current: tuple[str, float] = ("", 0.0)
    for line in lines:
        x = line_x(line, style, left, width)
        text.setTextOrigin(x, y)
        for run in line.runs:
            if (run.font, run.size) != current:
                text.setFont(run.font, run.size)
                current = (run.font, run.size)
            text.textOut(run.text)
        y -= style.line_height
    if colored:
        text.setFillGray(0)
    canvas.drawText(text)


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph of one style, in any mix of scripts."""

    def __init__(self, text: str, style: TextStyle, engine: TextEngine) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.engine = engine
        self._lines: list[Line] = []
        self._wrapped_for: float | None = None
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for != availWidth:
            self._lines = self.engine.lines(self.text, self.style, availWidth)
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.line_height
        return self.width, self.height

    def natural_width(self) -> float:
        """The width of the longest line when nothing wraps."""
        lines = self.engine.lines(self.text, self.style, 1e9)
        return max((line.width for line in lines), default=0.0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        return _split_lines(self._lines, self.style, availWidth, availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Drawn where it stands, without moving the canvas (q/cm/Q) as flowables do."""
        draw_lines(canvas, self._lines, self.style, x, y + self.height, self.width)

    def draw(self) -> None:
        draw_lines(self.canv, self._lines, self.style, 0, self.height, self.width)


class _LinesBlock(Flowable):  # type: ignore[misc]
    """Lines already laid out (the halves of a split TextBlock)."""

    def __init__(self, lines: list[Line], style: TextStyle, width: float) -> None:
        super().__init__()
        self._lines = lines
        self.style = style
        self.width = width
        self.height = len(lines) * style.line_height
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return _split_lines(self._lines, self.style, self.width, availHeight)

    def draw(self) -> None:
        draw_lines(self.canv, self._lines, self.style, 0, self.height, self.width)


def _split_lines(
    lines: list[Line], style: TextStyle, width: float, height: float
) -> list[Flowable]:
    """Lines cut where *height* ends: the lines that fit, then the rest."""
    fit = int(height // style.line_height)
    if fit <= 0 or fit >= len(lines):
        return []
    first = _LinesBlock(lines[:fit], style.but(space_after=0), width)
    rest = _LinesBlock(lines[fit:], style.but(space_before=0), width)
    return [first, rest]
