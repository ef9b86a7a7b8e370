"""The rows an update deletes: the only way an update removes a row is to name it."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from fwgdesk.exchange import codes
from fwgdesk.exchange.coerce import InvalidValueError, convert
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Problem
from fwgdesk.exchange.spec import TABLES

Key = tuple[Any, ...]


def deletion_key(row: UpdateRow) -> tuple[str, Key] | Problem:
    """The (table, typed key) a deletion names, or the problem with it."""
    table = TABLES[row.values["table"]]
    given = row.values["key"]
    missing = [name for name in table.key if name not in given]
    extra = [name for name in given if table.column(name) is None or name not in table.key]
    if missing or extra:
        return Problem.of(
            row.where.at("key"), codes.KEY_COLUMNS, table=table.name, columns=list(table.key)
        )
    typed = []
    for name in table.key:
        column = table.column(name)
        assert column is not None
        try:
            typed.append(convert(given[name], column))
        except InvalidValueError as error:
            return Problem.of(
                row.where.at("key"), codes.KEY_PART, column=name, problem=error.detail
            )
    return table.name, tuple(typed)


def deleted_keys(update: Update) -> dict[str, set[Key]]:
    """The keys of the rows *update* deletes, by table (the sound deletions only)."""
    found: dict[str, set[Key]] = defaultdict(set)
    for row in update.rows("deletions"):
        if "table" not in row.values or "key" not in row.values:
            continue  # a table or key that did not fit (a problem already)
        result = deletion_key(row)
        if not isinstance(result, Problem):
            found[result[0]].add(result[1])
    return found
