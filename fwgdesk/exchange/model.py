"""An update in memory: first as read from its container (raw), then typed and checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from fwgdesk.exchange.problems import Location
from fwgdesk.exchange.spec import TABLES


@dataclass
class RawRow:
    """A row as its container gave it: JSON values, spreadsheet cells, or CSV text."""

    values: dict[str, Any]
    where: Location


@dataclass
class RawUpdate:
    """What a reader produces. ``tables`` holds only the tables the file carries."""

    name: str
    container: str  # json, xlsx, csv
    header: dict[str, Any]
    header_where: Location
    tables: dict[str, list[RawRow]] = field(default_factory=dict)
    columns: dict[str, list[str]] = field(default_factory=dict)  # table -> header order


@dataclass(slots=True)
class UpdateRow:
    """A typed row; only the columns the file carries are in ``values``.

    ``key`` is the row's key values, taken when the row is built (rows are never changed
    afterwards)."""

    table: str
    values: dict[str, Any]
    where: Location
    key: tuple[Any, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.key = tuple(map(self.values.get, TABLES[self.table].key))


@dataclass
class Update:
    name: str
    container: str
    publisher: str
    sequence: int
    issued_at: datetime | None = None
    as_of: date | None = None
    tables: dict[str, list[UpdateRow]] = field(default_factory=dict)

    def rows(self, table: str) -> list[UpdateRow]:
        return self.tables.get(table, [])

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())
