"""Columns wide enough for their longest word.

A table's columns are given as shares of its width; a word wider than its column would be
cut in the middle (a Russian status, "Выполняется", in a column sized for "En cours").
Before a table is laid out, each column too narrow for a word of its cells is widened to
fit it, the width taken from the columns that have room to spare, in proportion to that
room. Chinese, which breaks between any two characters, and e-mail addresses, which
shrink to fit, never widen a column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fwgdesk.reports.characters import CJK_RE
from fwgdesk.reports.line_breaking import atoms
from fwgdesk.reports.text_drawing import LinkBlock, TextBlock

MAX_EM = 1.0
"""No glyph of the bundled fonts is wider than this many ems: a shorter word always fits."""


def longest_word(cell: Any, room: float) -> float:
    """The width of the widest word of *cell* when one is wider than *room*, else 0."""
    if not isinstance(cell, TextBlock) or isinstance(cell, LinkBlock):
        return 0.0
    style, engine = cell.style, cell.engine
    widest = 0.0
    longest = room / (style.size * MAX_EM)  # characters: a shorter word always fits
    for word in cell.text.split():
        if len(word) <= longest:
            continue
        for piece in CJK_RE.split(word):  # Chinese breaks between any two characters
            if len(piece) <= longest:
                continue
            for atom, _ in atoms(piece):
                if len(atom) > longest:
                    widest = max(widest, engine.width(atom, style.size, style.bold))
    return widest if widest > room else 0.0


def _cut(rows: Sequence[Sequence[Any]], index: int, room: float) -> float:
    """The widest word of column *index* when one is wider than *room*, else 0."""
    return max((longest_word(row[index], room) for row in rows), default=0.0)


def fit_words(rows: Sequence[Sequence[Any]], widths: list[float], pad: float) -> list[float]:
    """*widths* (points) with each column widened to its longest word, the room taken from
    the other columns in proportion to their widths; unchanged when no word is cut, or
    when the others would cut theirs."""
    needed = [_cut(rows, index, width - pad) for index, width in enumerate(widths)]
    missing = sum(need + pad - width for need, width in zip(needed, widths, strict=True) if need)
    givers = [index for index, need in enumerate(needed) if not need]
    room = sum(widths[index] for index in givers)
    if missing <= 0 or room <= missing:
        return widths
    fitted = [
        need + pad if need else width * (1 - missing / room)
        for need, width in zip(needed, widths, strict=True)
    ]
    if any(_cut(rows, index, fitted[index] - pad) for index in givers):
        return widths
    return fitted
