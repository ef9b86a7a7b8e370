"""Inserting many rows at once, with each column's own type conversion.

SQLAlchemy's ``executemany`` builds parameters row by row through its general machinery.
For thousands of rows on SQLite, the statement is compiled once and the parameters are
built column by column: a column without a bind processor is passed as it is, a column
whose rows all hold the same value (one timestamp, one status) is converted once,
and only the other values go through their column's bind processor one by one. On
PostgreSQL the rows go through ``COPY … FROM STDIN`` on the session's own connection (in
its transaction): one statement however many rows, where an ``executemany`` costs a
round of the protocol a row. Other dialects take Core's executemany.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Table, insert
from sqlalchemy.exc import DBAPIError

Processor = Callable[[Any], Any]


def _adapted(value: Any) -> Any:
    """*value* as the driver would store it (its registered adapter, e.g. for datetimes)."""
    adapt = sqlite3.adapters.get((type(value), sqlite3.PrepareProtocol))
    return value if adapt is None else adapt(value)


def _column(values: list[Any], process: Processor | None) -> list[Any] | tuple[Any, ...]:
    """The driver values of one column."""
    first = values[0]
    if values.count(first) == len(values):  # equal values convert alike
        return (_adapted(first if process is None else process(first)),) * len(values)
    if process is None:
        return values
    return [process(value) for value in values]


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert *rows* (dicts with the same keys) into *table* on *connection*."""
    if not rows:
        return
    dialect = connection.dialect
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy_rows(connection, table, rows)
        return
    if dialect.name != "sqlite":  # other drivers adapt some types during execution
        connection.execute(insert(table), list(rows))
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=list(rows[0]))
    order = compiled.positiontup
    if not compiled.positional or order is None:  # SQLite's driver always takes "?"
        raise ValueError("positional parameters expected for SQLite")
    columns = [
        _column(list(map(itemgetter(name), rows)), table.c[name].type.bind_processor(dialect))
        for name in order
    ]
    connection.exec_driver_sql(str(compiled), list(zip(*columns, strict=True)))


def _copy_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """*rows* into *table* with PostgreSQL's COPY, each value through its column's bind
    processor (JSON wrapped for the driver, enumerations as their text)."""
    import psycopg
    from psycopg import sql
    from psycopg.types.json import Json

    dialect = connection.dialect
    names = list(rows[0])
    processors: list[Processor | None] = [
        Json if isinstance(table.c[name].type, JSON) else table.c[name].type.bind_processor(dialect)
        for name in names
    ]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names))
    )
    columns = [
        _processed(list(map(itemgetter(name), rows)), process)
        for name, process in zip(names, processors, strict=True)
    ]
    raw = connection.connection.driver_connection
    assert raw is not None, "the connection to the server is closed"
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in zip(*columns, strict=True):
                copy.write_row(row)
    except psycopg.Error as error:  # as SQLAlchemy's own statements raise it
        raise DBAPIError.instance(statement.as_string(raw), None, error, psycopg.Error) from error


def _processed(values: list[Any], process: Processor | None) -> Sequence[Any]:
    """One column's values through its processor (once when they are all equal)."""
    if process is None:
        return values
    first = values[0]
    if values.count(first) == len(values):
        return (None if first is None else process(first),) * len(values)
    return [None if value is None else process(value) for value in values]
