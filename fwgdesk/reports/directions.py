"""Which way text runs: a paragraph's direction, its characters' levels, a line's order.

The Unicode bidirectional algorithm (UAX #9), in three parts:

* a paragraph's direction is that of its **first strong character** (P2, P3): a letter of
  a right-to-left script makes it right to left, any other letter left to right; a
  paragraph without letters (a date, a phone number) has no direction of its own;
* the **embedding levels** of its characters are resolved on the whole paragraph
  (python-bidi's implementation of rules X1 to I2), so that a full stop or a bracket at
  the end of a wrapped line takes the direction of the text around it in the paragraph,
  not of the line's end;
* each **line** is then put in visual order on its own (L1, L2): trailing spaces go back to
  the paragraph's level, and the runs at each level and above are reversed, highest first.
  A run at an odd level reads right to left (its glyphs are reversed when it is shaped, or
  its characters reversed and mirrored when not).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from bidi import algorithm  # type: ignore[import-untyped]
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]

from fwgdesk.domain.bidi import RTL_RE

_STRONG: dict[str, bool | None] = {}


def char_direction(char: str) -> bool | None:
    """True for a right-to-left letter, False for another letter, None for the rest."""
    try:
        return _STRONG[char]
    except KeyError:
        kind = unicodedata.bidirectional(char)
        found = True if kind in ("R", "AL") else False if kind == "L" else None
        _STRONG[char] = found
        return found


def first_strong(text: str) -> bool | None:
    """The direction of *text*'s first letter (True: right to left), None without one."""
    if text.isascii():
        return False if any(char.isalpha() for char in text) else None
    for char in text:
        found = char_direction(char)
        if found is not None:
            return found
    return None


def paragraph_levels(text: str, rtl: bool) -> list[int] | None:
    """The embedding level of each character of *text*, or None when they are all 0
    (left to right, nothing right to left in it)."""
    if not rtl and (text.isascii() or RTL_RE.search(text) is None):
        return None
    storage: dict[str, Any] = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    chars = list(storage["chars"])  # the same records, before controls are removed
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    kept = {id(record) for record in storage["chars"]}
    levels: list[int] = []
    previous = 1 if rtl else 0
    for record in chars:
        if id(record) in kept:
            previous = record["level"]
        levels.append(previous)  # a removed control: the level before it (never drawn)
    return levels


Piece = tuple[int, int, int]
"""(start, end, level): characters of a line that are drawn together."""


def visual_order(pieces: list[Piece], text: str, base: int) -> list[Piece]:
    """The *pieces* of one line (logical order) in the order they are drawn."""
    pieces = _trailing_spaces_to_base(pieces, text, base)
    if not pieces:
        return pieces
    highest = max(level for _, _, level in pieces)
    lowest_odd = min((level for _, _, level in pieces if level % 2), default=highest + 1)
    order = list(pieces)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if order[index][2] >= level:
                end = index
                while end < len(order) and order[end][2] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def _trailing_spaces_to_base(pieces: list[Piece], text: str, base: int) -> list[Piece]:
    """Rule L1: spaces at the end of the line take the paragraph's level."""
    if not pieces:
        return pieces
    start, end, level = pieces[-1]
    cut = end
    while cut > start and text[cut - 1] in " \u3000\t":
        cut -= 1
    if cut == end or level == base:
        return pieces
    tail: list[Piece] = [(cut, end, base)]
    return [*pieces[:-1], *([(start, cut, level)] if cut > start else []), *tail]


def mirrored(text: str) -> str:
    """*text* reversed, brackets mirrored: as a right-to-left run without shaping."""
    return "".join(MIRRORED.get(char, char) for char in reversed(text))
