"""Turning raw values (JSON, spreadsheet cells, CSV text) into typed values, or problems."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from fwgdesk.exchange.model import RawRow, RawUpdate, Update, UpdateRow
from fwgdesk.exchange.problems import Location, Problem
from fwgdesk.exchange.spec import (
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER,
    LIST_SEPARATOR,
    TABLES,
    Column,
)

ISO3 = re.compile(r"^[A-Z]{3}$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
CATALOGUE_CODE = re.compile(r"^[A-Z0-9.]+-[A-Z]+[0-9]+$")
MAX_TEXT = 4000
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TRUE = {"true", "yes", "1", "y"}
FALSE = {"false", "no", "0", "n"}


class InvalidValueError(ValueError):
    """A value that does not fit its column (the message says why)."""


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any, _column: Column) -> str:
    if isinstance(value, bool):
        raise InvalidValueError(f"expected text, found {value!r}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone number typed into a spreadsheet cell
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        raise InvalidValueError(f"expected text, found {type(value).__name__}")
    text = value.strip()
    if CONTROL.search(text):
        raise InvalidValueError("the text holds control characters")
    if len(text) > MAX_TEXT:
        raise InvalidValueError(f"text longer than {MAX_TEXT} characters")
    return text


def _iso3(value: Any, column: Column) -> str:
    code = _text(value, column).upper()
    if not ISO3.match(code):
        raise InvalidValueError(f"'{value}' is not an ISO 3166 alpha-3 code")
    return code


def _code(value: Any, column: Column) -> str:
    code = _text(value, column)
    if not CATALOGUE_CODE.match(code):
        raise InvalidValueError(f"'{value}' is not a catalogue code such as WG8-R12")
    return code


def _date(value: Any, _column: Column) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10] if "T" in value else value.strip())
        except ValueError:
            pass
    raise InvalidValueError(f"'{value}' is not a date (YYYY-MM-DD)")


def _datetime(value: Any, _column: Column) -> datetime:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError as error:
            raise InvalidValueError(f"'{value}' is not a date and time (ISO 8601)") from error
    else:
        raise InvalidValueError(f"'{value}' is not a date and time (ISO 8601)")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _number(value: Any, column: Column) -> float:
    if isinstance(value, bool):
        raise InvalidValueError(f"expected a number, found {value!r}")
    try:
        number = float(value.strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError) as error:
        raise InvalidValueError(f"'{value}' is not a number") from error
    if math.isnan(number) or math.isinf(number):
        raise InvalidValueError(f"'{value}' is not a number")
    if column.minimum is not None and number < column.minimum:
        raise InvalidValueError(f"{value} is below {column.minimum:g}")
    if column.maximum is not None and number > column.maximum:
        raise InvalidValueError(f"{value} is above {column.maximum:g}")
    return number


def _int(value: Any, column: Column) -> int:
    number = _number(value, column)
    if not number.is_integer():
        raise InvalidValueError(f"'{value}' is not a whole number")
    return int(number)


def _bool(value: Any, _column: Column) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in TRUE | FALSE:
        return value.strip().lower() in TRUE
    raise InvalidValueError(f"'{value}' is not true or false")


def _enum(value: Any, column: Column) -> str:
    text = _text(value, column)
    if text not in column.values:
        raise InvalidValueError(f"'{text}' is not one of: {', '.join(column.values)}")
    return text


def _items(value: Any, column: Column) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
    raise InvalidValueError(f"expected a list ('{LIST_SEPARATOR}'-separated in a cell)")


def _codes(value: Any, column: Column) -> list[str]:
    codes = [_text(item, column).lower() for item in _items(value, column)]
    bad = [code for code in codes if not LANGUAGE.match(code)]
    if bad:
        raise InvalidValueError(f"not ISO 639-1 language codes: {', '.join(bad)}")
    return codes


def _iso3_list(value: Any, column: Column) -> list[str]:
    return [_iso3(item, column) for item in _items(value, column)]


def _key(value: Any, _column: Column) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("{"):
            try:
                parsed = json.loads(text)
            except json.JSONDecodeError as error:
                raise InvalidValueError(f"the key is not valid JSON ({error.msg})") from error
            if isinstance(parsed, dict):
                return parsed
        pairs = [part.split("=", 1) for part in text.split(LIST_SEPARATOR) if part.strip()]
        if pairs and all(len(pair) == 2 for pair in pairs):
            return {name.strip(): item.strip() for name, item in pairs}
    raise InvalidValueError("the key must be a JSON object or 'name=value;name=value'")


CONVERTERS: dict[str, Callable[[Any, Column], Any]] = {
    "text": _text,
    "iso3": _iso3,
    "code": _code,
    "date": _date,
    "datetime": _datetime,
    "int": _int,
    "number": _number,
    "bool": _bool,
    "enum": _enum,
    "codes": _codes,
    "iso3_list": _iso3_list,
    "key": _key,
}


def convert(value: Any, column: Column) -> Any:
    """The typed value of *value* in *column* (None for a blank cell), or ``InvalidValueError``."""
    if _blank(value):
        if column.required:
            raise InvalidValueError("a value is required")
        return [] if column.kind in ("codes", "iso3_list") else None
    return CONVERTERS[column.kind](value, column)


def _row(table: str, raw: RawRow, problems: list[Problem]) -> UpdateRow | None:
    spec = TABLES[table]
    values: dict[str, Any] = {}
    ok = True
    unknown = [name for name in raw.values if spec.column(name) is None]
    for name in unknown:
        problems.append(Problem(raw.where.at(name), f"unknown column of {table}"))
        ok = False
    for column in spec.columns:
        if column.name not in raw.values:
            if column.required:
                problems.append(Problem(raw.where.at(column.name), "a value is required"))
                ok = False
            continue
        try:
            values[column.name] = convert(raw.values[column.name], column)
        except InvalidValueError as error:
            problems.append(Problem(raw.where.at(column.name), str(error)))
            ok = False
    return UpdateRow(table, values, raw.where) if ok else None


def _header(raw: RawUpdate, problems: list[Problem]) -> dict[str, Any]:
    header: dict[str, Any] = {}
    for column in HEADER:
        where = raw.header_where.at(column.name)
        try:
            header[column.name] = convert(raw.header.get(column.name), column)
        except InvalidValueError as error:
            problems.append(Problem(where, str(error)))
    if header.get("format") not in (None, FORMAT_NAME):
        problems.append(Problem(raw.header_where.at("format"), f"must be '{FORMAT_NAME}'"))
    if "version" in header and header["version"] != FORMAT_VERSION:
        problems.append(
            Problem(
                raw.header_where.at("version"),
                f"version {header['version']} is not "
                f"supported (this fwgdesk reads version {FORMAT_VERSION})",
            )
        )
    return header


def typed_update(raw: RawUpdate, problems: list[Problem]) -> Update | None:
    """The typed update, adding every problem found to *problems* (None if any)."""
    before = len(problems)
    header = _header(raw, problems)
    tables: dict[str, list[UpdateRow]] = {}
    for table, rows in raw.tables.items():
        if table not in TABLES:
            problems.append(Problem(Location(raw.name, table), f"unknown table '{table}'"))
            continue
        typed = [_row(table, row, problems) for row in rows]
        tables[table] = [row for row in typed if row is not None]
    if len(problems) > before:
        return None
    return Update(
        name=raw.name,
        container=raw.container,
        publisher=header["publisher"],
        sequence=header["sequence"],
        issued_at=header.get("issued_at"),
        as_of=header.get("as_of"),
        tables=tables,
    )
