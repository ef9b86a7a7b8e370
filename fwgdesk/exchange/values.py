"""One value of an update: a raw value (JSON, or a spreadsheet cell) as its column's typed
value, or the ``InvalidValueError`` saying why not.

JSON values are taken exactly as the published schema says (``schema`` publishes these
rules, from the same ``spec`` and ``patterns``): nothing is folded to upper or lower case,
no code is trimmed, a number is never text. Spreadsheet cells (XLSX, CSV: *cells*) follow
the conventions the schema's description gives for them: white space around a cell's value
is dropped, an empty cell is an empty value, numbers and booleans may be text, lists are
joined with ';', dates may be date cells.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

from fwgdesk.domain.codes import NOT_AN_EMAIL
from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.domain.people import EMAIL, PHONE
from fwgdesk.exchange import catalogue_codes, codes, patterns
from fwgdesk.exchange.spec import LIST_SEPARATOR, MAX_TEXT, Column

ISO3 = patterns.compiled(patterns.ISO3)
LANGUAGE = patterns.compiled(patterns.LANGUAGE)
CATALOGUE_CODE = patterns.compiled(patterns.CATALOGUE_CODE)
SOURCE_CODE = patterns.compiled(patterns.SOURCE_CODE)
THEME = patterns.compiled(patterns.THEME)
DATE = patterns.compiled(patterns.DATE)
DATETIME = patterns.compiled(patterns.DATETIME)
CONTROL = re.compile(f"[{patterns.CONTROL}]")
SURROGATE = re.compile("[\ud800-\udfff]")
JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)([.][0-9]+)?([eE][+-]?[0-9]+)?")
# A text rule: what the stripped text must match (patterns.TEXT_RULES say the same of the
# text before it is stripped), and the problem when it does not.
TEXT_RULES: dict[str, tuple[re.Pattern[str], MessageCode]] = {
    "email": (EMAIL, NOT_AN_EMAIL),
    "phone": (PHONE, codes.NOT_A_PHONE),
}
SHOWN = 60  # characters of a value a problem shows


class InvalidValueError(ValueError):
    """A value that does not fit its column; its :attr:`detail` says why."""

    def __init__(self, code: MessageCode, /, **params: Any) -> None:
        self.detail = Message(code, params)
        super().__init__(code.key)


class JsonFloat(float):
    """A JSON number too large for a float (it reads as infinity), with its text."""

    text = ""


def json_float(text: str) -> float:
    """A JSON number with a fraction or an exponent (``json.loads``'s *parse_float*)."""
    number = float(text)
    if math.isinf(number):
        large = JsonFloat(number)
        large.text = text
        return large
    return number


def shown(value: Any) -> str:
    """A raw value as a problem shows it: as the file holds it, cut when long."""
    text = getattr(value, "text", None) or str(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _found(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    kinds = {dict: "an object", list: "a list", str: "text"}
    return next((kind for name, kind in kinds.items() if isinstance(value, name)), shown(value))


def _trimmed(value: Any, cells: bool) -> Any:
    """A cell's value without the white space around it (a JSON value as it is)."""
    return value.strip() if cells and isinstance(value, str) else value


# -- text -----------------------------------------------------------------------------------


def _cell_text(value: Any) -> Any:
    """A number cell in a text column as its text (a phone number typed as a number)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def _text(value: Any, column: Column, cells: bool) -> str:
    if cells:
        value = _cell_text(value)
    if not isinstance(value, str):
        raise InvalidValueError(codes.EXPECTED_TEXT, found=_found(value))
    if CONTROL.search(value):
        raise InvalidValueError(codes.CONTROL_CHARACTERS)
    if not value.isascii() and SURROGATE.search(value):
        raise InvalidValueError(codes.UNPAIRED_SURROGATE)
    most = column.max_length or MAX_TEXT
    if len(value) > most:
        raise InvalidValueError(codes.TEXT_TOO_LONG, most=most)
    text = value.strip()
    if column.rule and text:
        rule, code = TEXT_RULES[column.rule]
        if not rule.match(text):
            raise InvalidValueError(code, value=shown(text))
    return text


# -- codes ----------------------------------------------------------------------------------


def _iso3(value: Any, _column: Column, cells: bool) -> str:
    code = _trimmed(value, cells)
    if isinstance(code, str) and ISO3.fullmatch(code):
        return code
    raise InvalidValueError(codes.NOT_ISO3, value=shown(value))


def _code(value: Any, column: Column, cells: bool) -> str:
    code = _trimmed(value, cells)
    most = column.max_length or MAX_TEXT
    if isinstance(code, str) and len(code) <= most and CATALOGUE_CODE.fullmatch(code):
        return code
    raise InvalidValueError(codes.NOT_A_CATALOGUE_CODE, value=shown(value))


def _source_code(value: Any, _column: Column, cells: bool) -> str:
    code = _trimmed(value, cells)
    if isinstance(code, str) and SOURCE_CODE.fullmatch(code):
        return code
    raise InvalidValueError(catalogue_codes.NOT_A_SOURCE_CODE, value=shown(value))


def _enum(value: Any, column: Column, cells: bool) -> str:
    text = _trimmed(value, cells)
    if isinstance(text, str) and text in column.values:
        return text
    raise InvalidValueError(codes.NOT_ONE_OF, value=shown(value), values=list(column.values))


# -- dates ----------------------------------------------------------------------------------


def _date(value: Any, _column: Column, cells: bool) -> date:
    if isinstance(value, datetime):  # a date cell: at midnight, or it holds a time too
        if cells and value.tzinfo is None and value.time() == time():
            return value.date()
    elif isinstance(value, date):  # a typed value (a deletion's key, checked again)
        return value
    else:
        text = _trimmed(value, cells)
        if isinstance(text, str) and DATE.fullmatch(text):
            try:
                return date.fromisoformat(text)
            except ValueError:  # a day the month does not have
                pass
    raise InvalidValueError(codes.NOT_A_DATE, value=shown(value))


def _datetime(value: Any, _column: Column, cells: bool) -> datetime:
    if isinstance(value, datetime):  # a date-time cell (no zone: UTC), or a typed value
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    text = _trimmed(value, cells)
    if isinstance(text, str) and DATETIME.fullmatch(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:  # a day the month does not have
            pass
    raise InvalidValueError(codes.NOT_A_DATETIME, value=shown(value))


# -- numbers and booleans -------------------------------------------------------------------


def _number_text(text: str) -> int | float:
    """A number written in a cell, as JSON writes numbers."""
    found = JSON_NUMBER.fullmatch(text)
    if found is None:
        raise InvalidValueError(codes.NOT_A_NUMBER, value=shown(text))
    try:
        return json_float(text) if found.group(1) or found.group(2) else int(text)
    except ValueError:  # more digits than Python converts
        raise InvalidValueError(codes.NOT_A_NUMBER, value=shown(text)) from None


def _numeric(value: Any, column: Column, cells: bool) -> int | float:
    """*value* as a number within the column's range (an int is never made a float here:
    a JSON integer may have hundreds of digits)."""
    if cells and isinstance(value, str):
        value = _number_text(value.strip())
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValueError(codes.EXPECTED_NUMBER, found=_found(value))
    if isinstance(value, float) and math.isnan(value):
        raise InvalidValueError(codes.NOT_A_NUMBER, value=shown(value))
    if column.minimum is not None and value < column.minimum:
        raise InvalidValueError(
            codes.BELOW_MINIMUM, value=shown(value), minimum=_bound(column.minimum)
        )
    if column.maximum is not None and value > column.maximum:
        raise InvalidValueError(
            codes.ABOVE_MAXIMUM, value=shown(value), maximum=_bound(column.maximum)
        )
    return value


def _bound(bound: float) -> int | float:
    """A column's minimum or maximum as a problem shows it: 3, 2147483647, 0.0, 1.0."""
    return int(bound) if isinstance(bound, int) else float(bound)


def _int(value: Any, column: Column, cells: bool) -> int:
    number = _numeric(value, column, cells)
    if isinstance(number, float):
        if not number.is_integer():  # 2.0 is an integer, as JSON Schema says
            raise InvalidValueError(codes.NOT_A_WHOLE_NUMBER, value=shown(number))
        return int(number)
    return number


def _number(value: Any, column: Column, cells: bool) -> float:
    number = _numeric(value, column, cells)
    try:
        return float(number)
    except OverflowError:  # an integer beyond floats, in a column without a maximum
        raise InvalidValueError(codes.NOT_A_NUMBER, value=shown(number)) from None


def _bool(value: Any, _column: Column, cells: bool) -> bool:
    if isinstance(value, bool):
        return value
    text = _trimmed(value, cells)
    if cells and isinstance(text, str) and text.isascii() and text.lower() in ("true", "false"):
        return text.lower() == "true"
    raise InvalidValueError(codes.NOT_A_BOOLEAN, value=shown(value))


# -- lists and keys -------------------------------------------------------------------------


def _items(value: Any, cells: bool) -> list[Any]:
    if isinstance(value, list):
        return value
    if cells and isinstance(value, str):
        return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
    raise InvalidValueError(codes.EXPECTED_LIST, separator=LIST_SEPARATOR)


def _codes(value: Any, _column: Column, cells: bool) -> list[str]:
    languages = _items(value, cells)
    bad = [shown(item) for item in languages if not _is_language(item)]
    if bad:
        raise InvalidValueError(codes.NOT_LANGUAGE_CODES, codes=bad)
    return languages


def _is_language(item: Any) -> bool:
    return isinstance(item, str) and LANGUAGE.fullmatch(item) is not None


def _iso3_list(value: Any, column: Column, cells: bool) -> list[str]:
    return [_iso3(item, column, False) for item in _items(value, cells)]


def _unique(items: list[Any], column: Column) -> list[Any]:
    if column.unique and len(set(map(repr, items))) != len(items):
        raise InvalidValueError(catalogue_codes.LIST_REPEATS)
    return items


def _theme_list(value: Any, column: Column, cells: bool) -> list[str]:
    themes = _items(value, cells)
    bad = [shown(item) for item in themes if not (isinstance(item, str) and THEME.fullmatch(item))]
    if bad:
        raise InvalidValueError(catalogue_codes.NOT_THEME_CODES, codes=bad)
    return _unique(themes, column)


def _enum_list(value: Any, column: Column, cells: bool) -> list[str]:
    return _unique([_enum(item, column, False) for item in _items(value, cells)], column)


def _int_list(value: Any, column: Column, cells: bool) -> list[int]:
    return _unique([_int(item, column, cells) for item in _items(value, cells)], column)


def _key(value: Any, _column: Column, cells: bool) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if cells and isinstance(value, str):
        text = value.strip()
        if text.startswith("{"):
            try:
                parsed = json.loads(text, parse_float=json_float)
            except (json.JSONDecodeError, RecursionError) as error:
                reason = getattr(error, "msg", "nested too deeply")
                raise InvalidValueError(codes.KEY_NOT_JSON, reason=reason) from None
            if isinstance(parsed, dict):
                return parsed
        pairs = [part.split("=", 1) for part in text.split(LIST_SEPARATOR) if part.strip()]
        if pairs and all(len(pair) == 2 for pair in pairs):
            return {name.strip(): item.strip() for name, item in pairs}
    raise InvalidValueError(codes.KEY_FORM)


CONVERTERS: dict[str, Callable[[Any, Column, bool], Any]] = {
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
    "source_code": _source_code,
    "theme_list": _theme_list,
    "enum_list": _enum_list,
    "int_list": _int_list,
}
LISTS = ("codes", "iso3_list", "theme_list", "enum_list", "int_list")


def _empty(column: Column) -> Any:
    """The value of an empty cell or a JSON null in *column*, if it may be empty."""
    if column.required:
        raise InvalidValueError(codes.VALUE_REQUIRED)
    if not column.nullable:
        raise InvalidValueError(codes.CANNOT_BE_EMPTY)
    return [] if column.kind in LISTS else None


def convert(value: Any, column: Column, cells: bool = False) -> Any:
    """The typed value of *value* in *column*: a JSON value, or a spreadsheet cell's when
    *cells*. An empty value (null, an empty cell, a text of white space) is None, or an
    empty list; ``InvalidValueError`` says why a value does not fit."""
    if value is None or (cells and isinstance(value, str) and not value.strip()):
        return _empty(column)
    typed = CONVERTERS[column.kind](value, column, cells)
    return _empty(column) if typed == "" else typed
