"""Where a paragraph may break into lines, and the greedy wrapping that uses it.

A line breaks at spaces, after a hyphen or slash, and between any two Chinese characters
(not before closing punctuation such as ，。）, not after opening punctuation such as （); a
word longer than the line is cut where it must be. Widths come from the caller's measure,
so that this module knows nothing of fonts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from fwgdesk.reports.characters import CJK_RE, is_cjk

# characters that may not begin a line (kinsoku) and may not end one
CLOSING = frozenset("，。、；：？！）」』】》〉〕｝’”…·・%％,.;:?!)]}»›ー〜")
OPENING = frozenset("（「『【《〈〔｛‘“([{«‹")
SPACES = " \u3000"
_TOKEN_RE = re.compile(f"([^{SPACES}]*)([{SPACES}]*)")
_INNER_BREAK_RE = re.compile("[-/]")

Measure = Callable[[str, float, bool], float]
"""The width of a text at a size, bold or not."""


def wrap(text: str, size: float, bold: bool, width: float, measure: Measure) -> Iterator[str]:
    """*text* (one paragraph, logical order) cut into lines no wider than *width*."""
    line: list[str] = []
    line_width = 0.0
    pending_space = ""
    if measure(text, size, bold) <= width + 0.01:  # the common case: it fits
        yield text.rstrip(SPACES) if text.strip(SPACES) else text
        return
    for word, space in atoms(text):
        word_width = measure(word, size, bold)
        space_width = measure(pending_space, size, bold) if pending_space else 0.0
        if line and line_width + space_width + word_width > width + 0.01:
            yield "".join(line)
            line, line_width, pending_space, space_width = [], 0.0, "", 0.0
        if not line and word_width > width:
            pieces = cut(word, size, bold, width, measure)
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


def cut(word: str, size: float, bold: bool, width: float, measure: Measure) -> list[str]:
    """A word wider than the line, cut into pieces that fit (at least a character)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and measure(current + char, size, bold) > width:
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
    elif CJK_RE.search(word) is None and _INNER_BREAK_RE.search(word) is None:
        yield word
        return
    start = 0
    for index in range(1, len(word)):
        if _breakable_between(word[index - 1], word[index]):
            yield word[start:index]
            start = index
    yield word[start:]


def atoms(text: str) -> Iterator[tuple[str, str]]:
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
