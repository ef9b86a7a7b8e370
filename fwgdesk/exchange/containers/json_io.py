"""The JSON container: one UTF-8 object (the canonical form of an update)."""

from __future__ import annotations

import json
from typing import Any

from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.cells import HEADER_KEYS, decode_utf8, ordered_key, plain
from fwgdesk.exchange.containers.limits import Limits, reject
from fwgdesk.exchange.model import RawRow, RawUpdate, Update, UpdateRow
from fwgdesk.exchange.problems import JSON, Location, Problem, UpdateRejectedError
from fwgdesk.exchange.spec import FORMAT_NAME, FORMAT_VERSION, TABLES
from fwgdesk.exchange.values import json_float

SCHEMA_KEY = "$schema"  # the schema a document names: text, not read


class JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers the keys it held more than once."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    result = JsonObject()
    duplicates: list[str] = []
    for key, value in pairs:
        if key in result and key not in duplicates:
            duplicates.append(key)
        result[key] = value
    if duplicates:
        result.duplicates = tuple(duplicates)
    return result


class _ConstantError(ValueError):
    """NaN, Infinity or -Infinity where JSON allows only numbers."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.detail = Message(codes.JSON_NOT_A_NUMBER, {"name": name})


def _no_constant(name: str) -> Any:
    raise _ConstantError(name)


def _kind(value: Any) -> Message | str:
    """What a JSON value is: a message, or the literal itself (true, false, null)."""
    if isinstance(value, dict):
        return Message(codes.JSON_AN_OBJECT)
    if isinstance(value, list):
        return Message(codes.JSON_AN_ARRAY)
    if isinstance(value, str):
        return Message(codes.JSON_TEXT)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    return Message(codes.JSON_A_NUMBER)


def parse_json(data: bytes, name: str, limits: Limits) -> Any:
    """The JSON value in *data*; anything that is not UTF-8 JSON is a refusal."""
    problems: list[Problem] = []
    text = decode_utf8(data, Location(name), limits, problems)
    if text is None:
        raise UpdateRejectedError(problems)
    try:
        return json.loads(
            text, object_pairs_hook=_object, parse_constant=_no_constant, parse_float=json_float
        )
    except json.JSONDecodeError as error:
        raise reject(
            Location(name, None, error.lineno),
            codes.JSON_INVALID_AT,
            reason=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from None
    except RecursionError:
        raise reject(name, codes.JSON_TOO_DEEP) from None
    except _ConstantError as error:  # NaN, Infinity
        raise reject(name, codes.JSON_INVALID, reason=error.detail) from None
    except ValueError as error:  # a number of thousands of digits
        raise reject(name, codes.JSON_INVALID, reason=str(error)) from None


def read_json(data: bytes, name: str, limits: Limits) -> RawUpdate:
    document = parse_json(data, name, limits)
    if not isinstance(document, dict):
        raise reject(name, codes.JSON_NOT_AN_OBJECT, kind=_kind(document))
    top = Location(name, kind=JSON)
    problems: list[Problem] = []
    for key in getattr(document, "duplicates", ()):
        problems.append(Problem.of(top.at(key), codes.JSON_KEY_REPEATED))
    header: dict[str, Any] = {}
    tables: dict[str, list[RawRow]] = {}
    columns: dict[str, list[str]] = {}
    for key, value in document.items():
        if key in HEADER_KEYS:
            header[key] = value
        elif key in TABLES or isinstance(value, list):
            where = Location(name, key, kind=JSON)
            if not isinstance(value, list):
                problems.append(Problem.of(where, codes.JSON_NOT_AN_ARRAY, kind=_kind(value)))
            elif len(value) > limits.max_rows:
                problems.append(Problem.of(where, codes.MORE_ROWS_THAN, count=limits.max_rows))
            else:
                tables[key], columns[key] = _rows(name, key, value, problems)
        elif key != SCHEMA_KEY:
            problems.append(Problem.of(top.at(key), codes.JSON_UNKNOWN_KEY))
        elif not isinstance(value, str):
            problems.append(Problem.of(top.at(key), codes.EXPECTED_TEXT, found=_kind(value)))
    if problems:
        raise UpdateRejectedError(problems)
    return RawUpdate(name, "json", header, top, tables, columns)


def _rows(
    name: str, table: str, items: list[Any], problems: list[Problem]
) -> tuple[list[RawRow], list[str]]:
    rows: list[RawRow] = []
    columns: dict[str, None] = {}
    for item_number, item in enumerate(items, 1):
        where = Location(name, table, item_number, kind=JSON)
        if not isinstance(item, dict):
            problems.append(Problem.of(where, codes.JSON_ROW_NOT_AN_OBJECT, kind=_kind(item)))
            continue
        for key in getattr(item, "duplicates", ()):
            problems.append(Problem.of(where.at(key), codes.JSON_COLUMN_REPEATED))
        for key, value in item.items():
            for inner in getattr(value, "duplicates", ()):
                problems.append(Problem.of(where.at(key), codes.JSON_NAME_REPEATED, name=inner))
        columns.update(dict.fromkeys(item))
        rows.append(RawRow(dict(item), where))
    return rows, list(columns)


def _row_object(row: UpdateRow) -> dict[str, Any]:
    spec = TABLES[row.table]
    names = [c.name for c in spec.columns if c.name in row.values]
    names += [name for name in row.values if spec.column(name) is None]
    result: dict[str, Any] = {}
    for column in names:
        value = row.values[column]
        if row.table == "deletions" and column == "key":
            result[column] = ordered_key(row.values.get("table"), value)
        else:
            result[column] = plain(value)
    return result


def json_document(update: Update) -> dict[str, Any]:
    """The canonical JSON object of *update*: header first, then the non-empty tables."""
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "publisher": update.publisher,
        "sequence": update.sequence,
    }
    if update.issued_at is not None:
        document["issued_at"] = plain(update.issued_at)
    if update.as_of is not None:
        document["as_of"] = plain(update.as_of)
    for table in TABLES:
        rows = update.rows(table)
        if rows:
            document[table] = [_row_object(row) for row in rows]
    return document


def json_bytes(update: Update) -> bytes:
    text = json.dumps(json_document(update), ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")
