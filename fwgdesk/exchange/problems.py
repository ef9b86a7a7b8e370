"""What is wrong with an update, and exactly where: both as data, worded at the edge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.domain.wording import Lines
from fwgdesk.exchange import codes

SHOWN_PROBLEMS = 200  # a refusal lists this many problems; the count says how many more


@dataclass(frozen=True)
class Location:
    """A place in an update: file, and where known the sheet (or CSV file), line, column."""

    file: str
    sheet: str | None = None
    line: int | None = None
    column: str | None = None

    def at(self, column: str) -> Location:
        return Location(self.file, self.sheet, self.line, column)

    def as_message(self) -> Message:
        parts: list[Message] = [Message(codes.IN_FILE, {"file": self.file})]
        if self.sheet:
            parts.append(Message(codes.IN_SHEET, {"sheet": self.sheet}))
        if self.line is not None:
            parts.append(Message(codes.AT_LINE, {"line": self.line}))
        if self.column:
            parts.append(Message(codes.IN_COLUMN, {"column": self.column}))
        return Message(codes.PLACE, {"parts": parts})


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an update, at *where*."""

    where: Location
    detail: Message

    @classmethod
    def of(cls, where: Location, code: MessageCode, /, **params: Any) -> Problem:
        return cls(where, Message(code, params))

    def as_message(self) -> Message:
        """The problem with its place ("file, sheet s, line n, column c: what is wrong").

        Word this, not the problem itself: ``word`` takes an object's ``detail`` first, which
        here is what is wrong without where."""
        return Message(codes.PROBLEM_AT, {"where": self.where, "problem": self.detail})


class UpdateRejectedError(FwgdeskError):
    """The update cannot be applied; every problem found is listed (nothing was written)."""

    exit_code = 4

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = Lines(
            Message(codes.INDENTED, {"item": p.as_message()}) for p in problems[:SHOWN_PROBLEMS]
        )
        more = len(problems) - SHOWN_PROBLEMS
        super().__init__(
            codes.UPDATE_REFUSED,
            count=len(problems),
            problems=shown,
            more=Message(codes.AND_MORE, {"count": more}) if more > 0 else "",
        )
