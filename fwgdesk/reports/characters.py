"""What a character is, for laying out text: its script and its direction.

The script decides which bundled family draws a character (Latin and Cyrillic letters with
Noto Sans, Arabic with Noto Naskh Arabic, Chinese with Noto Sans SC; spaces, digits and
punctuation go with any); the direction decides whether a paragraph reads right to left. The
bidirectional controls used to keep a code or a date left to right inside Arabic text are
here too.
"""

from __future__ import annotations

import re
import unicodedata

from fwgdesk.domain.bidi import RTL_RE, isolate_ltr
from fwgdesk.reports.fonts import Script

_ARABIC_RANGES = ((0x0600, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
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
# bidi controls: they steer the reordering, then are dropped before drawing
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _char_class(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges) + "]")


ARABIC_RE = _char_class(_ARABIC_RANGES)
CJK_RE = _char_class(_CJK_RANGES)


def is_arabic(char: str) -> bool:
    return ARABIC_RE.match(char) is not None


def is_rtl(char: str) -> bool:
    return RTL_RE.match(char) is not None


_CJK: dict[str, bool] = {}


def is_cjk(char: str) -> bool:
    try:
        return _CJK[char]
    except KeyError:
        found = _CJK[char] = CJK_RE.match(char) is not None
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


def keep_ltr_brackets(text: str) -> str:
    """In right-to-left text, a bracketed piece with no right-to-left letter inside, such
    as "(FRA)" or "(2020-09-01)", is embedded left to right brackets included: the
    bidirectional algorithm used here predates bracket pairing and would otherwise split
    the pair between the two directions."""

    def embed(match: re.Match[str]) -> str:
        piece = match.group(0)
        return piece if RTL_RE.search(piece) else isolate_ltr(piece)

    return _BRACKETED_RE.sub(embed, text)
