"""What is wrong with an update, and exactly where: both as data, worded at the edge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.domain.wording import Lines
from fwgdesk.exchange import codes

SHOWN_PROBLEMS = 200  # a refusal lists this many problems; the count says how many more


JSON = "json"  # the kind of a place in a JSON document: table, item, field
SHEET = "sheet"  # the kind of a place in a spreadsheet (or CSV file): sheet, line, column


@dataclass(frozen=True)
class Location:
    """A place in an update: the file, and where known, in a spreadsheet or CSV file, the
    sheet (or CSV file), line and column; in a JSON document (*kind* ``json``) the table,
    the item of its array (counted from 1) and the field."""

    file: str
    sheet: str | None = None
    line: int | None = None
    column: str | None = None
    kind: str = SHEET

    def at(self, column: str) -> Location:
        return Location(self.file, self.sheet, self.line, column, self.kind)

    def as_message(self) -> Message:
        in_json = self.kind == JSON
        parts: list[Message] = [Message(codes.IN_FILE, {"file": self.file})]
        if self.sheet:
            if in_json:
                parts.append(Message(codes.IN_TABLE, {"table": self.sheet}))
            else:
                parts.append(Message(codes.IN_SHEET, {"sheet": self.sheet}))
        if self.line is not None:
            if in_json:
                parts.append(Message(codes.AT_ITEM, {"item": self.line}))
            else:
                parts.append(Message(codes.AT_LINE, {"line": self.line}))
        if self.column:
            if in_json:
                parts.append(Message(codes.IN_FIELD, {"field": self.column}))
            else:
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


def in_file_order(problems: list[Problem], sheets: list[str]) -> list[Problem]:
    """*problems* ordered as their places are in the file: the file itself first, then by
    sheet (or table) in the order of *sheets*, then by line; the order found within a line."""
    rank = {sheet: number for number, sheet in enumerate(sheets)}

    def place(problem: Problem) -> tuple[int, int]:
        where = problem.where
        sheet = -1 if where.sheet is None else rank.get(where.sheet, len(rank))
        return sheet, -1 if where.line is None else where.line

    return sorted(problems, key=place)


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
