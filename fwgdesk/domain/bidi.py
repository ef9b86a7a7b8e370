"""Keeping left-to-right pieces (numbers in parts, dates, codes) in order inside
right-to-left text: the one rule the window and the printed sheets share."""

from __future__ import annotations

import re

_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
LRE, PDF = "\u202a", "\u202c"
RTL_RE = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _RTL_RANGES) + "]")


# a number in parts ("16.4", "16-4", "2023/4", "2020-09-01", "10:30"), not one inside a
# Latin code such as "WG.6/2023/4" (a code is left to right already), and what is
# embedded left to right already (kept as it is)
_NUMBER_OR_EMBEDDED_RE = re.compile(
    rf"({LRE}[^{LRE}{PDF}]*{PDF})"
    r"|(?<![0-9A-Za-z])(?<![0-9A-Za-z][.,:/\-\u2010\u2011\u2013])"
    r"[0-9]+(?:[.,:/\-\u2010\u2011\u2013][0-9]+)+"
)


def keep_ltr_numbers(text: str) -> str:
    """In text with right-to-left letters, a number in parts joined by a full stop, a
    colon, a slash or a hyphen ("16.4", "16-4", "2020-09-01") is embedded left to right.
    After an Arabic letter its digits are Arabic numbers (rule W2), between which a
    hyphen is a neutral and takes the right-to-left direction: "16-4" would be drawn
    "4-16", its parts in the wrong order."""
    if text.isascii() or RTL_RE.search(text) is None:
        return text

    def embed(match: re.Match[str]) -> str:
        return match.group(0) if match.group(1) else isolate_ltr(match.group(0))

    return _NUMBER_OR_EMBEDDED_RE.sub(embed, text)


def isolate_ltr(text: str) -> str:
    """*text* (a date, a code) kept left-to-right inside right-to-left text."""
    return f"{LRE}{text}{PDF}"
