"""Messages as data: a stable code, its parameters, and one English template per code.

Errors, problems and warnings carry a :class:`Message` instead of a finished sentence.
The edges word it: the command line in English (:func:`fwgdesk.domain.wording.english`),
the window in the interface's language (``fwgdesk.ui.wording``), which translates the
English template as its source text. Each layer declares the codes it raises, in its own
``codes`` module, with :func:`message_code`; every code is known to :data:`REGISTRY`.

A message that carries a count says which parameter holds it (``count="rows"``) and gives
its English singular and plural (``forms``): the command line picks one by the number,
the window asks Qt for the plural form of its language (the template, "{rows} row(s)…",
is the source text the translators see, with every form their language has).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class MessageCode:
    """A kind of message: *key* never changes once published; *english* is its template,
    with ``{name}`` placeholders for its parameters. A counted message names the
    parameter holding its number (*count*) and has English *forms*: singular, plural."""

    key: str
    english: str
    count: str | None = None
    forms: tuple[str, ...] = ()

    @property
    def placeholders(self) -> frozenset[str]:
        return _placeholders(self.english)

    def __str__(self) -> str:
        return self.key

    def english_for(self, number: int | None) -> str:
        """The English template for *number* (the singular for 1, else the plural)."""
        if not self.forms or number is None:
            return self.english
        return self.forms[0] if number == 1 else self.forms[1]

    def number_of(self, params: Mapping[str, Any]) -> int | None:
        """The number that chooses the plural form, when this code has one."""
        value = params.get(self.count) if self.count else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None


REGISTRY: dict[str, MessageCode] = {}


def _placeholders(template: str) -> frozenset[str]:
    return frozenset(
        name for _text, name, _spec, _conv in string.Formatter().parse(template) if name
    )


def message_code(
    key: str, english: str, *, count: str | None = None, forms: tuple[str, str] | None = None
) -> MessageCode:
    """Declare a code; a key is declared once in the whole application. A counted code
    gives the parameter of its *count* and its English *forms* (singular, plural)."""
    if key in REGISTRY:
        raise ValueError(f"the message code {key!r} is declared twice")
    code = MessageCode(key, english, count, forms or ())
    if (count is None) != (forms is None):
        raise ValueError(f"the message code {key!r} needs both a count and its forms")
    if count is not None and count not in code.placeholders:
        raise ValueError(f"the message code {key!r} counts {count!r}, not a placeholder")
    for form in code.forms:
        if _placeholders(form) != code.placeholders:
            raise ValueError(f"a form of {key!r} does not have the template's placeholders")
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
