"""Shaping a run of text with HarfBuzz, into what ReportLab draws.

Arabic letters take their joining forms, lam-alef its ligature and every mark (shadda,
damma, kasra, tanween...) its place from the font's own OpenType tables (GSUB, GPOS), as
any shaping engine would; nothing is dropped. The glyphs come out in the order they are
drawn (left to right: a right-to-left run comes out reversed) as a ReportLab
``ShapedStr``, which its text objects draw glyph by glyph with HarfBuzz's advances and
offsets.

A ``ShapedStr`` names each glyph by a character the font maps to it. A glyph that no
character maps to (a medial form, a ligature, a positioned mark) is given a character of
the Private Use Area, ``U+E000`` plus its glyph id, so that the same glyph is always named
by the same character, whatever was drawn before: the same data gives the same file. What
the PDF says the text *is* does not depend on those names: every shaped line carries its
logical text (``/ActualText``, see :mod:`fwgdesk.reports.text_drawing`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import uharfbuzz  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

PRIVATE_BASE = 0xE000
PRIVATE_LAST = 0xF8FF
FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Shaped:
    """A run shaped: what to draw, its width in points, and the glyph ids (drawn order)."""

    text: ShapedStr
    width: float
    glyphs: tuple[int, ...]


class _Font:
    """One registered TrueType font, with its HarfBuzz font."""

    def __init__(self, name: str) -> None:
        self.ttf: Any = pdfmetrics.getFont(name)
        face = self.ttf.face
        self.hb = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(face._ttf_data)))
        self.scale = 1000.0 / self.hb.face.upem
        self.lock = threading.Lock()

    def char_of(self, glyph: int, advance: int) -> str:
        """A character that names *glyph* in this font (a private one when none does)."""
        face = self.ttf.face
        named = face.glyphToChar.get(glyph)
        if named:
            return chr(named[0])
        code = PRIVATE_BASE + glyph
        with self.lock:
            if code > PRIVATE_LAST or face.charToGlyph.get(code, glyph) != glyph:
                raise ValueError(f"glyph {glyph} of {self.ttf.fontName} has no character")
            face.charToGlyph[code] = glyph
            face.glyphToChar.setdefault(glyph, []).append(code)
            face.charWidths[code] = advance * self.scale
        return chr(code)


_fonts: dict[str, _Font] = {}
_fonts_lock = threading.Lock()


def _font(name: str) -> _Font:
    try:
        return _fonts[name]
    except KeyError:
        with _fonts_lock:
            found = _fonts.get(name)
            if found is None:
                found = _fonts[name] = _Font(name)
            return found


def hb_glyphs(font_name: str, text: str, rtl: bool) -> list[tuple[int, int, int, int, int, int]]:
    """HarfBuzz's glyphs for *text*: (glyph id, cluster, x advance, y advance, x offset,
    y offset) in font units, in drawn order."""
    font = _font(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(font.hb, buffer, FEATURES)
    return [
        (info.codepoint, info.cluster, pos.x_advance, pos.y_advance, pos.x_offset, pos.y_offset)
        for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    ]


_CACHE_LIMIT = 20_000
_shaped: dict[tuple[str, str, bool], tuple[ShapedStr, float, tuple[int, ...]]] = {}


def shape(font_name: str, text: str, size: float, rtl: bool) -> Shaped:
    """*text* (logical order) shaped with *font_name* at *size* points."""
    key = (font_name, text, rtl)
    found = _shaped.get(key)
    if found is None:
        if len(_shaped) >= _CACHE_LIMIT:
            _shaped.clear()
        found = _shaped[key] = _shape(font_name, text, rtl)
    shaped, advance, glyphs = found
    return Shaped(shaped, advance * size / 1000.0, glyphs)


def shape_uncached(font_name: str, text: str, rtl: bool) -> ShapedStr:
    """*text* shaped afresh, whatever was shaped before (for measurements)."""
    return _shape(font_name, text, rtl)[0]


def clear_cache() -> None:
    """Forget every run shaped so far (for measurements: a new process starts empty)."""
    _shaped.clear()


def _shape(font_name: str, text: str, rtl: bool) -> tuple[ShapedStr, float, tuple[int, ...]]:
    font = _font(font_name)
    widths = font.ttf.face.charWidths
    scale = font.scale
    chars: list[str] = []
    data: list[ShapeData] = []
    glyphs: list[int] = []
    advance_sum = 0.0
    for glyph, cluster, x_advance, y_advance, x_offset, y_offset in hb_glyphs(font_name, text, rtl):
        own = font.hb.get_glyph_h_advance(glyph)
        char = font.char_of(glyph, own)
        chars.append(char)
        glyphs.append(glyph)
        advance = x_advance * scale
        advance_sum += advance
        data.append(
            ShapeData(
                cluster,
                advance,
                y_advance * scale,
                x_offset * scale,
                y_offset * scale,
                widths.get(ord(char), own * scale),
            )
        )
    return ShapedStr("".join(chars), shapeData=data), advance_sum, tuple(glyphs)
