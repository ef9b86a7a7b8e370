"""Turning raw values (JSON, spreadsheet cells, CSV text) into typed values, or problems."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.exchange import codes
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
    """A value that does not fit its column; its :attr:`detail` says why."""

    def __init__(self, code: MessageCode, /, **params: Any) -> None:
        self.detail = Message(code, params)
        super().__init__(code.key)


def _shown(value: Any) -> str:
    """A raw value as the problem shows it: as the file holds it, not as a typed value."""
    return str(value)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any, _column: Column) -> str:
    if isinstance(value, bool):
        raise InvalidValueError(codes.EXPECTED_TEXT, found=repr(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone number typed into a spreadsheet cell
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        raise InvalidValueError(codes.EXPECTED_TEXT, found=type(value).__name__)
    text = value.strip()
    if CONTROL.search(text):
        raise InvalidValueError(codes.CONTROL_CHARACTERS)
    if len(text) > MAX_TEXT:
        raise InvalidValueError(codes.TEXT_TOO_LONG, most=MAX_TEXT)
    return text


def _iso3(value: Any, column: Column) -> str:
    code = _text(value, column).upper()
    if not ISO3.match(code):
        raise InvalidValueError(codes.NOT_ISO3, value=_shown(value))
    return code


def _code(value: Any, column: Column) -> str:
    code = _text(value, column)
    if not CATALOGUE_CODE.match(code):
        raise InvalidValueError(codes.NOT_A_CATALOGUE_CODE, value=_shown(value))
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
    raise InvalidValueError(codes.NOT_A_DATE, value=_shown(value))


def _datetime(value: Any, _column: Column) -> datetime:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError as error:
            raise InvalidValueError(codes.NOT_A_DATETIME, value=_shown(value)) from error
    else:
        raise InvalidValueError(codes.NOT_A_DATETIME, value=_shown(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _number(value: Any, column: Column) -> float:
    if isinstance(value, bool):
        raise InvalidValueError(codes.EXPECTED_NUMBER, found=repr(value))
    try:
        number = float(value.strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError) as error:
        raise InvalidValueError(codes.NOT_A_NUMBER, value=_shown(value)) from error
    if math.isnan(number) or math.isinf(number):
        raise InvalidValueError(codes.NOT_A_NUMBER, value=_shown(value))
    if column.minimum is not None and number < column.minimum:
        raise InvalidValueError(
            codes.BELOW_MINIMUM, value=_shown(value), minimum=float(column.minimum)
        )
    if column.maximum is not None and number > column.maximum:
        raise InvalidValueError(
            codes.ABOVE_MAXIMUM, value=_shown(value), maximum=float(column.maximum)
        )
    return number


def _int(value: Any, column: Column) -> int:
    number = _number(value, column)
    if not number.is_integer():
        raise InvalidValueError(codes.NOT_A_WHOLE_NUMBER, value=_shown(value))
    return int(number)


def _bool(value: Any, _column: Column) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in TRUE | FALSE:
        return value.strip().lower() in TRUE
    raise InvalidValueError(codes.NOT_A_BOOLEAN, value=_shown(value))


def _enum(value: Any, column: Column) -> str:
    text = _text(value, column)
    if text not in column.values:
        raise InvalidValueError(codes.NOT_ONE_OF, value=text, values=list(column.values))
    return text


def _items(value: Any, column: Column) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
    raise InvalidValueError(codes.EXPECTED_LIST, separator=LIST_SEPARATOR)


def _codes(value: Any, column: Column) -> list[str]:
    languages = [_text(item, column).lower() for item in _items(value, column)]
    bad = [language for language in languages if not LANGUAGE.match(language)]
    if bad:
        raise InvalidValueError(codes.NOT_LANGUAGE_CODES, codes=bad)
    return languages


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
                raise InvalidValueError(codes.KEY_NOT_JSON, reason=error.msg) from error
            if isinstance(parsed, dict):
                return parsed
        pairs = [part.split("=", 1) for part in text.split(LIST_SEPARATOR) if part.strip()]
        if pairs and all(len(pair) == 2 for pair in pairs):
            return {name.strip(): item.strip() for name, item in pairs}
    raise InvalidValueError(codes.KEY_FORM)


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
            raise InvalidValueError(codes.VALUE_REQUIRED)
        return [] if column.kind in ("codes", "iso3_list") else None
    return CONVERTERS[column.kind](value, column)


def _row(table: str, raw: RawRow, problems: list[Problem]) -> UpdateRow | None:
    spec = TABLES[table]
    values: dict[str, Any] = {}
    ok = True
    unknown = [name for name in raw.values if spec.column(name) is None]
    for name in unknown:
        problems.append(Problem.of(raw.where.at(name), codes.UNKNOWN_COLUMN, table=table))
        ok = False
    for column in spec.columns:
        if column.name not in raw.values:
            if column.required:
                problems.append(Problem.of(raw.where.at(column.name), codes.VALUE_REQUIRED))
                ok = False
            continue
        try:
            values[column.name] = convert(raw.values[column.name], column)
        except InvalidValueError as error:
            problems.append(Problem(raw.where.at(column.name), error.detail))
            ok = False
    return UpdateRow(table, values, raw.where) if ok else None


def _header(raw: RawUpdate, problems: list[Problem]) -> dict[str, Any]:
    header: dict[str, Any] = {}
    for column in HEADER:
        where = raw.header_where.at(column.name)
        try:
            header[column.name] = convert(raw.header.get(column.name), column)
        except InvalidValueError as error:
            problems.append(Problem(where, error.detail))
    if header.get("format") not in (None, FORMAT_NAME):
        problems.append(
            Problem.of(raw.header_where.at("format"), codes.WRONG_FORMAT, format=FORMAT_NAME)
        )
    if "version" in header and header["version"] != FORMAT_VERSION:
        problems.append(
            Problem.of(
                raw.header_where.at("version"),
                codes.UNSUPPORTED_VERSION,
                version=header["version"],
                supported=FORMAT_VERSION,
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
            problems.append(Problem.of(Location(raw.name, table), codes.UNKNOWN_TABLE, table=table))
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
