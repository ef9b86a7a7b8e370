"""The message codes of changes that look like damage (``fwgdesk.exchange.suspicion``)."""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

LETTERS_LOST = _code(
    "suspicion.letters_lost",
    "letters turned into question marks (“{old}” → “{new}”): was the file saved in another "
    "encoding than UTF-8?",
)
EMPTIED = _code("suspicion.emptied", "a name emptied (it was “{old}”)")
SUMMARY = _code(
    "suspicion.summary",
    "{count} change(s) look like damage rather than news: look at them before applying",
    count="count",
    forms=(
        "{count} change looks like damage rather than news: look at it before applying",
        "{count} changes look like damage rather than news: look at them before applying",
    ),
)
