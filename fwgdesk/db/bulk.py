"""Inserting many rows at once, with each column's own type conversion.

SQLAlchemy's ``executemany`` builds parameters row by row through its general machinery.
For thousands of rows on SQLite, the statement is compiled once and each value goes
through its column's bind processor only, then straight to the driver. Other dialects
(PostgreSQL's driver adapts JSON itself during execution) take Core's executemany. Rows of
one batch share many values (the same timestamp, the same enum member): a value that
is the very object of the row before is converted once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

Processor = Callable[[Any], Any]
_UNSET = object()


def _memoised(process: Processor | None) -> Processor:
    if process is None:
        return lambda value: value
    last_in: Any = _UNSET
    last_out: Any = None

    def convert(value: Any) -> Any:
        nonlocal last_in, last_out
        if value is not last_in:
            last_in, last_out = value, process(value)
        return last_out

    return convert


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert *rows* (dicts with the same keys) into *table* on *connection*."""
    if not rows:
        return
    dialect = connection.dialect
    if dialect.name != "sqlite":  # other drivers adapt some types during execution
        connection.execute(insert(table), list(rows))
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=list(rows[0]))
    order = compiled.positiontup if compiled.positional else None
    keys = list(order) if order is not None else list(rows[0])
    converters = [(name, _memoised(table.c[name].type.bind_processor(dialect))) for name in keys]
    data: list[Any]
    if order is not None:
        data = [tuple(convert(row[name]) for name, convert in converters) for row in rows]
    else:
        data = [{name: convert(row[name]) for name, convert in converters} for row in rows]
    connection.exec_driver_sql(str(compiled), data)
