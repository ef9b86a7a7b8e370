"""The patterns of the update format's values: the published schema states them and the
reader checks them, from these same definitions.

A pattern is written so that ECMA-262 (the dialect of JSON Schema) and Python's ``re`` read
it the same way: classes list their characters (no ``\\s`` or ``\\d``, whose meaning differs),
and an anchored pattern ends in ``$(?!\\n)``, since Python's ``$`` also matches before a
final line break.
"""

from __future__ import annotations

import re

# White space a text may start or end with (dropped when read): the characters Python's
# str.isspace() calls white space, less the control characters no text may hold.
WHITESPACE = r"\t\n\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Control characters no text may hold (tab, line feed and carriage return are allowed).
CONTROL = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f"

ISO3 = "[A-Z]{3}"
LANGUAGE = "[a-z]{2}"
SOURCE_CODE = "[A-Za-z0-9.]{1,16}"
CATALOGUE_CODE = "[A-Za-z0-9.]{1,16}-(?:R|P|DP)[1-9][0-9]*"
THEME = "[a-z][a-z0-9_]*"
_DAY = "(?!0000)[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
DATE = _DAY
DATETIME = (
    _DAY + "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:[.][0-9]+)?"
    "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
)

# Patterns of a whole text, before its white space is dropped.
NO_CONTROL = f"^[^{CONTROL}]*$"
NOT_BLANK = f"[^{WHITESPACE}]"
EMAIL = (
    f"^[{WHITESPACE}]*(?:[^@{WHITESPACE}]+@[^@{WHITESPACE}]+[.][^@{WHITESPACE}]+[{WHITESPACE}]*)?$"
)
PHONE = (
    f"^[{WHITESPACE}]*(?:(?:[+][0-9 ()./-]{{5,31}}|[0-9()./-][0-9 ()./-]{{4,30}})"
    f"[0-9()./-][{WHITESPACE}]*)?$"
)


def anchored(core: str) -> str:
    """The schema's pattern of a value that is *core* and nothing else."""
    return f"^{core}$(?!\\n)"


def compiled(core: str) -> re.Pattern[str]:
    """The reader's pattern of *core* (use ``fullmatch``)."""
    return re.compile(core)


TEXT_RULES = {"email": EMAIL, "phone": PHONE}
