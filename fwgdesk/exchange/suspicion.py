"""Changes an update makes that look like damage rather than news, flagged at preview.

A file saved in a legacy encoding turns every letter it cannot hold into ``?`` (or into
U+FFFD); a careless edit empties a name. The preview says so beside the change, so that a
user does not accept 90 names turned into "??" as an update.
"""

from __future__ import annotations

from typing import Any

from fwgdesk.domain.messages import Message, message
from fwgdesk.exchange import suspicion_codes as codes

NAME_COLUMNS = frozenset({"name", "title", "institution"}) | {
    f"name_{lang}" for lang in ("ar", "en", "es", "fr", "ru", "zh")
}
REPLACEMENT = "\ufffd"


def _letters_lost(old: str, new: str) -> bool:
    """*new* has runs of question marks, or replacement characters, that *old* had not:
    what a legacy encoding makes of the letters it cannot hold."""
    return any(mark in new and mark not in old for mark in ("??", REPLACEMENT))


def suspicion(column: str, old: Any, new: Any) -> Message | None:
    """Why the change of *column* from *old* to *new* looks like damage, or None."""
    if isinstance(old, str) and isinstance(new, str) and _letters_lost(old, new):
        return message(codes.LETTERS_LOST, old=old, new=new)
    if column in NAME_COLUMNS and isinstance(old, str) and old.strip() and not new:
        return message(codes.EMPTIED, old=old)
    return None
