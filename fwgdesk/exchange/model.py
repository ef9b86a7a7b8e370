"""An update in memory: first as read from its container (raw), then typed and checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
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


@dataclass
class UpdateRow:
    """A typed row; only the columns the file carries are in ``values``."""

    table: str
    values: dict[str, Any]
    where: Location

    @cached_property
    def key(self) -> tuple[Any, ...]:
        """The row's key values (rows are built whole and never changed afterwards)."""
        return tuple(self.values.get(name) for name in TABLES[self.table].key)


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
