"""A raw update (as its container gave it) typed: every value in its column's type, and
every value that does not fit its column a problem, found in one pass.

A value that does not fit is left out of its row, and the row stays: the checks that follow
(``validate``) look at the rest of it, so that one reading lists every problem of a file.
"""

from __future__ import annotations

from typing import Any

from fwgdesk.exchange import codes
from fwgdesk.exchange.model import RawRow, RawUpdate, Update, UpdateRow
from fwgdesk.exchange.problems import Location, Problem
from fwgdesk.exchange.spec import FORMAT_VERSION, HEADER, TABLES
from fwgdesk.exchange.values import InvalidValueError, convert

__all__ = ["InvalidValueError", "convert", "typed_update", "update_as_far_as_typed"]


def _row(table: str, raw: RawRow, cells: bool, problems: list[Problem]) -> UpdateRow:
    """The typed row: the values that fit their column (the others are problems)."""
    spec = TABLES[table]
    columns = spec.by_name
    values: dict[str, Any] = {}
    given = raw.values
    for name in given:
        if name not in columns:
            problems.append(Problem.of(raw.where.at(name), codes.UNKNOWN_COLUMN, table=table))
    for column in spec.columns:
        name = column.name
        if name not in given:
            if column.required:
                problems.append(Problem.of(raw.where.at(name), codes.VALUE_REQUIRED))
            continue
        try:
            values[name] = convert(given[name], column, cells)
        except InvalidValueError as error:
            problems.append(Problem(raw.where.at(name), error.detail))
    if table == "deletions":
        _deletion_key(values, raw.where.at("key"), cells, problems)
    return UpdateRow(table, values, raw.where)


def _deletion_key(
    values: dict[str, Any], where: Location, cells: bool, problems: list[Problem]
) -> None:
    """Type a deletion's key as the key of the table it names; a key that does not fit is
    a problem, and left out of the row."""
    if "table" not in values or "key" not in values:
        return
    table = TABLES[values["table"]]
    given = values.pop("key")
    if set(given) != set(table.key):
        problems.append(
            Problem.of(where, codes.KEY_COLUMNS, table=table.name, columns=list(table.key))
        )
        return
    typed: dict[str, Any] = {}
    for name in table.key:
        try:
            typed[name] = convert(given[name], table.by_name[name], cells)
        except InvalidValueError as error:
            problems.append(Problem.of(where, codes.KEY_PART, column=name, problem=error.detail))
    if len(typed) == len(table.key):
        values["key"] = typed


def _header(raw: RawUpdate, cells: bool, problems: list[Problem]) -> dict[str, Any]:
    header: dict[str, Any] = {}
    for column in HEADER:
        where = raw.header_where.at(column.name)
        if column.name not in raw.header and not column.required:
            continue
        try:
            header[column.name] = convert(raw.header.get(column.name), column, cells)
        except InvalidValueError as error:
            if column.name == "format" and error.detail.code is codes.NOT_ONE_OF:
                problems.append(Problem.of(where, codes.WRONG_FORMAT, format=column.values[0]))
            else:
                problems.append(Problem(where, error.detail))
    if header.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        problems.append(
            Problem.of(
                raw.header_where.at("version"),
                codes.UNSUPPORTED_VERSION,
                version=header["version"],
                supported=FORMAT_VERSION,
            )
        )
    return header


def update_as_far_as_typed(raw: RawUpdate, problems: list[Problem]) -> Update:
    """The typed update of *raw*, adding every problem found to *problems*: each row of a
    known table is kept, with the values that fit their columns. Not for applying: only
    an update that added no problem is sound."""
    cells = raw.container != "json"
    header = _header(raw, cells, problems)
    tables: dict[str, list[UpdateRow]] = {}
    for table, rows in raw.tables.items():
        if table not in TABLES:
            where = Location(raw.name, table, kind=raw.header_where.kind)
            problems.append(Problem.of(where, codes.UNKNOWN_TABLE, table=table))
            continue
        tables[table] = [_row(table, row, cells, problems) for row in rows]
    return Update(
        name=raw.name,
        container=raw.container,
        publisher=header.get("publisher", ""),
        sequence=header.get("sequence", 0),
        issued_at=header.get("issued_at"),
        as_of=header.get("as_of"),
        tables=tables,
    )


def typed_update(raw: RawUpdate, problems: list[Problem]) -> Update | None:
    """The typed update, adding every problem found to *problems* (None if any)."""
    before = len(problems)
    update = update_as_far_as_typed(raw, problems)
    return None if len(problems) > before else update
