"""Alphabetical order of State names in each of the six languages, without a collation
library (the sheets must not need ICU, which has no wheels for every platform).

A name's key compares, in this order: its letters without their accents; then the accents;
then the case; then the name itself. Letters weigh above digits, digits above punctuation,
punctuation above spaces ("Guinea" < "Guinea Ecuatorial" < "Guinea-Bissau"), as in the
Unicode Collation Algorithm's default. Each language's own letters are kept apart where its
alphabet has them: Spanish ñ after n, Russian й after и (ё sorts as е, as Russian
dictionaries do); Arabic letters in their alphabetical order, the hamza forms of alef with
alef, vowel marks at the accents' level. Chinese names follow their characters' pinyin order
(:mod:`fwgdesk.reports.pinyin_order`, the readings ICU's Chinese collation gives the
characters of the bundled State names; other characters follow them, in code point order,
which is Unicode's radical-and-stroke order). A test compares the order of the 194 names in
each language with ICU's (through Qt, which embeds it).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from fwgdesk.reports.pinyin_order import PINYIN_ORDER

LETTER, DIGIT, PUNCTUATION = 0x30000, 0x20000, 0x10000

# letters a language keeps apart from the letter they are written on
SEPARATE_LETTERS: dict[str, dict[str, tuple[str, int]]] = {
    "es": {"ñ": ("n", 1)},
    "ru": {"й": ("и", 1)},
}

# Arabic letters that sort as others at the first level: alef with its hamza forms (alef
# madda as two alefs), teh marbuta as teh, alef maksura as yeh
ARABIC_PRIMARY = {"أ": "ا", "إ": "ا", "ٱ": "ا", "آ": "اا", "ة": "ت", "ى": "ي"}

Key = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]


def collation_key(text: str, language: str) -> Key:
    """The key that sorts *text* among names in *language*."""
    if language == "zh":
        return _chinese_key(text)
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    separate = SEPARATE_LETTERS.get(language, {})
    for char in unicodedata.normalize("NFC", text):
        lower = char.casefold()
        tertiary.append(0 if lower == char else 1)
        for weight, accent in _weights(lower, separate):
            if weight is not None:
                primary.append(weight)
            secondary.append(accent)
    return tuple(primary), tuple(secondary), tuple(tertiary), text


def _weights(char: str, separate: dict[str, tuple[str, int]]) -> list[tuple[int | None, int]]:
    """(first-level weight or None for a mark, accent) for each character *char* stands for."""
    if char in separate:
        base, step = separate[char]
        return [(LETTER + ord(base) * 4 + step, 0)]
    if char in ARABIC_PRIMARY:
        letters = ARABIC_PRIMARY[char]
        return [(_weight(letters[0])[0], ord(char)), *(_weight(c) for c in letters[1:])]
    return [_weight(part) for part in unicodedata.normalize("NFD", char)]


@cache
def _weight(char: str) -> tuple[int | None, int]:
    category = unicodedata.category(char)
    if category.startswith("M"):
        return None, ord(char)
    if category.startswith("L"):
        return LETTER + ord(char) * 4, 0
    if category == "Nd":
        return DIGIT + unicodedata.digit(char), 0
    if category == "Zs":
        return 0, 0
    return PUNCTUATION + ord(char), 0


def _chinese_key(text: str) -> Key:
    known = len(PINYIN_ORDER)
    primary = tuple(
        PINYIN_ORDER.get(char, known + ord(char)) for char in text if not char.isspace()
    )
    return primary, (), (), text


def sorted_names(names: dict[str, str], language: str) -> list[str]:
    """The keys of *names* (code → name), in the alphabetical order of the names."""
    return sorted(names, key=lambda code: collation_key(names[code], language))
