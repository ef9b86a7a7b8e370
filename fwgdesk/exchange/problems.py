"""What is wrong with an update, and exactly where."""

from __future__ import annotations

from dataclasses import dataclass

from fwgdesk.domain.errors import FwgdeskError


@dataclass(frozen=True)
class Location:
    """A place in an update: file, and where known the sheet (or CSV file), line, column."""

    file: str
    sheet: str | None = None
    line: int | None = None
    column: str | None = None

    def at(self, column: str) -> Location:
        return Location(self.file, self.sheet, self.line, column)

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Problem:
    where: Location
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class UpdateRejectedError(FwgdeskError):
    """The update cannot be applied; every problem found is listed (nothing was written)."""

    exit_code = 4

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:200])
        more = f"\n  … and {len(problems) - 200} more" if len(problems) > 200 else ""
        super().__init__(f"the update was refused, {len(problems)} problem(s):\n{shown}{more}")
