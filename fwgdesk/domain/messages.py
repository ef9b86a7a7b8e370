"""Messages as data: a stable code, its parameters, and one English template per code.

Errors, problems and warnings carry a :class:`Message` instead of a finished sentence.
The edges word it: the command line in English (:func:`fwgdesk.domain.wording.english`),
the window in the interface's language (``fwgdesk.ui.wording``), which translates the
English template as its source text. Each layer declares the codes it raises, in its own
``codes`` module, with :func:`message_code`; every code is known to :data:`REGISTRY`.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class MessageCode:
    """A kind of message: *key* never changes once published; *english* is its template,
    with ``{name}`` placeholders for its parameters."""

    key: str
    english: str

    @property
    def placeholders(self) -> frozenset[str]:
        return frozenset(
            name for _text, name, _spec, _conv in string.Formatter().parse(self.english) if name
        )

    def __str__(self) -> str:
        return self.key


REGISTRY: dict[str, MessageCode] = {}


def message_code(key: str, english: str) -> MessageCode:
    """Declare a code; a key is declared once in the whole application."""
    if key in REGISTRY:
        raise ValueError(f"the message code {key!r} is declared twice")
    code = MessageCode(key, english)
    REGISTRY[key] = code
    return code


@dataclass(frozen=True)
class Message:
    """One message: its code and the values of its placeholders (dates, enums, numbers,
    paths, lists and other messages, worded by the edge that shows them)."""

    code: MessageCode
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = self.code.placeholders - set(self.params)
        if missing:
            raise TypeError(f"message {self.code.key} lacks {', '.join(sorted(missing))}")


def message(code: MessageCode, /, **params: Any) -> Message:
    return Message(code, params)
