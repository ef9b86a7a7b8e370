"""Turning a message into text: one procedure, worded by the edge that shows it.

:class:`Words` is how an edge words things: its translation of a template, of an enum
member, of a field's name, and how it joins a list. The command line uses the English
defaults (:func:`english`); the window gives its own ``Words`` that translate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import PurePath
from typing import Any, Protocol

from fwgdesk.domain.messages import Message, MessageCode


class Worded(Protocol):
    """Something shown as a message (a place in a file, a problem found there)."""

    def as_message(self) -> Message: ...


class Lines(tuple[Any, ...]):
    """A parameter shown as one item a line (a list of problems)."""


class Field(str):
    """A parameter that names a field of a row, worded as the edge labels its fields."""

    __slots__ = ()


@dataclass(frozen=True)
class StateName:
    """A parameter naming a State: its code and its names by UN language, so that each
    edge shows the name its reader reads."""

    iso3: str
    names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldValue:
    """A parameter holding a value of a row's field (*table*, *column*), worded as the
    edge shows that field's values (labels of a vocabulary, yes or no, languages)."""

    table: str
    column: str
    value: Any


class Words:
    """English, as the templates are written. Subclasses translate."""

    def template(self, code: MessageCode, number: int | None) -> str:
        """*code*'s template, in the plural form for *number* when it is counted."""
        return code.english_for(number)

    def enum(self, member: Enum) -> str:
        return str(member.value)

    def field(self, name: str) -> str:
        return name

    def join(self, items: list[str]) -> str:
        return ", ".join(items)

    def number(self, value: float) -> str:
        return f"{value:g}"

    def text(self, value: str) -> str:
        """A text value (a name, a code, a path) placed in a message."""
        return value

    def state(self, state: StateName) -> str:
        return self.text(state.names.get("en") or state.iso3)

    def field_value(self, value: FieldValue) -> str:
        return _value(value.value, self)


ENGLISH = Words()


def word(message: Message | Worded | BaseException, words: Words = ENGLISH) -> str:
    """*message* as text, with every parameter worded by *words*."""
    found = _message_of(message)
    if found is None:
        return f"{type(message).__name__}: {message}"
    values = {name: _value(value, words) for name, value in found.params.items()}
    template = words.template(found.code, found.code.number_of(found.params))
    return template.format_map(_Missing(values))


def english(message: Message | Worded | BaseException) -> str:
    return word(message, ENGLISH)


def _message_of(item: object) -> Message | None:
    if isinstance(item, Message):
        return item
    as_message = getattr(item, "as_message", None)  # first: it may add to the detail
    if callable(as_message):
        result = as_message()
        return result if isinstance(result, Message) else None
    detail = getattr(item, "detail", None)
    return detail if isinstance(detail, Message) else None


def _value(value: Any, words: Words) -> str:
    if value is None:
        return "—"
    if isinstance(value, StateName):
        return words.state(value)
    if isinstance(value, FieldValue):
        return words.field_value(value)
    if isinstance(value, Message) or _message_of(value) is not None:
        return word(value, words)
    if isinstance(value, Enum):
        return words.enum(value)
    if isinstance(value, Field):
        return words.field(str(value))
    if isinstance(value, datetime | date):
        return words.text(value.isoformat())
    if isinstance(value, PurePath):
        return words.text(str(value))
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return words.number(value)
    if isinstance(value, Lines):
        return "\n".join(_value(item, words) for item in value)
    if isinstance(value, Mapping):
        return "\n".join(
            f"{words.field(str(key))}: {_value(item, words)}" for key, item in value.items()
        )
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return words.join([_value(item, words) for item in items])
    return words.text(str(value))


class _Missing(dict[str, str]):
    """A translation that names a placeholder the message lacks shows it, not a crash."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
