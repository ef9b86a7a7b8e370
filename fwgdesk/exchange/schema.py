"""The JSON Schema of the update format, generated from ``spec`` and ``patterns``: the
contract the reader keeps (what the schema refuses, the reader refuses, and the reverse).

``python -m fwgdesk.exchange.schema > resources/schema/update-v1.schema.json`` refreshes
the published file; a test fails when the two differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from fwgdesk.exchange import patterns
from fwgdesk.exchange.spec import (
    DATA_TABLES,
    DELETIONS,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER,
    LIST_SEPARATOR,
    MAX_TEXT,
    TABLES,
    Column,
    Table,
)
from fwgdesk.paths import resources_dir

SCHEMA_FILE = "update-v1.schema.json"
SCHEMA_KEY = "$schema"

DESCRIPTION = (
    "The tables a Secretariat and focal points exchange. The same tables travel in three "
    "containers: this JSON object (canonical, UTF-8); an XLSX workbook with one sheet a table "
    "and a 'manifest' sheet (key, value); CSV files <table>.csv plus manifest.csv in a folder "
    "or ZIP (UTF-8, BOM optional, RFC 4180). Every table is optional and changes nothing when "
    "absent; within a row, an absent column is left as it is and null clears it (a column "
    "that cannot be cleared does not allow null). Rows are matched by their key; a deletion "
    "is always explicit. A name appears at most once in an object. Codes and enumerations "
    "are matched exactly (no case folding, no white space). A text may not hold control "
    "characters other than tab, line feed and carriage return, nor an unpaired surrogate "
    "(an escaped U+D800 to U+DFFF alone: valid JSON, not Unicode); white space around a text "
    "is dropped, and "
    "a text of white space only is empty, as null. Patterns end in $(?!\\n), so that a final "
    "line break never matches, whatever the regular-expression dialect. "
    "In XLSX and CSV (cells hold text): white space around a cell's value is dropped and an "
    "empty cell is null; lists are joined with "
    f"'{LIST_SEPARATOR}' (empty items ignored); numbers are written as JSON writes them, "
    "or are number cells; booleans are true or false in any letter case, or boolean cells; "
    "dates are YYYY-MM-DD or date cells (a date cell holding a time of day is refused); a "
    "date-time cell without a zone is UTC; a number cell in a text column is its text; a "
    "deletion's key is 'name=value;name=value' or a JSON object; a text starting with = + - @ "
    "tab, CR or ' is written with a leading ' that readers remove. A file may be signed: "
    "<file>.sig, Ed25519 over its exact bytes."
)


CATALOGUE_RULES = (
    " A row with a new code adds an item (it needs source and number; its code begins with"
    " its source's code); a row with a known code changes the columns it carries. source is"
    " a source in the database or in the same update; themes are codes of the catalogue's"
    " themes. subsection_title_<lang> (an addition to the published columns) is the heading"
    " of a subsection, where a section has them. A text, title or heading left out is kept;"
    " null clears it. An item linked to a State is never deleted: it is withdrawn"
    " (withdrawn_on)."
)


def _text_schema(column: Column) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "string",
        "maxLength": column.max_length or MAX_TEXT,
        "pattern": patterns.NO_CONTROL,
    }
    rules = [patterns.TEXT_RULES[column.rule]] if column.rule else []
    if not column.can_be_empty:
        rules.append(patterns.NOT_BLANK)
    if rules:
        schema["allOf"] = [{"pattern": rule} for rule in rules]
    return schema


def _code(core: str, most: int | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "pattern": patterns.anchored(core)}
    if most is not None:
        schema["maxLength"] = most
    return schema


def _bounded(schema: dict[str, Any], column: Column) -> dict[str, Any]:
    if column.minimum is not None:
        schema["minimum"] = column.minimum
    if column.maximum is not None:
        schema["maximum"] = column.maximum
    return schema


def _integers(column: Column) -> dict[str, Any]:
    return _bounded({"type": "integer"}, column)


def _value_schema(column: Column) -> dict[str, Any]:
    """What a value of *column* may be (null aside)."""
    kind = column.kind
    if kind == "text":
        return _text_schema(column)
    if kind in ("int", "number"):
        return _integers(column) if kind == "int" else _bounded({"type": "number"}, column)
    lists: dict[str, dict[str, Any]] = {
        "codes": _code(patterns.LANGUAGE, 2),
        "iso3_list": _code(patterns.ISO3, 3),
        "theme_list": _code(patterns.THEME),
        "enum_list": {"type": "string", "enum": list(column.values)},
        "int_list": _integers(column),
    }
    if kind in lists:
        unique = {"uniqueItems": True} if column.unique else {}
        return {"type": "array", "items": lists[kind], **unique}
    fixed: dict[str, dict[str, Any]] = {
        "iso3": _code(patterns.ISO3, 3),
        "code": _code(patterns.CATALOGUE_CODE, column.max_length),
        "source_code": _code(patterns.SOURCE_CODE, column.max_length),
        "date": {**_code(patterns.DATE, 10), "format": "date"},
        "datetime": {**_code(patterns.DATETIME), "format": "date-time"},
        "bool": {"type": "boolean"},
        "enum": {"type": "string", "enum": list(column.values)},
        "key": {"type": "object"},
    }
    return dict(fixed[kind])


def _column_schema(column: Column) -> dict[str, Any]:
    schema = _value_schema(column)
    if column.can_be_empty:
        schema = {"anyOf": [schema, {"type": "null"}]}
    if column.description:
        schema["description"] = column.description
    return schema


def _key_schema(table: Table) -> dict[str, Any]:
    """A deletion's key of *table*: its key columns, each a value of its column."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(table.key),
        "properties": {name: _value_schema(table.by_name[name]) for name in table.key},
    }


def _rows_schema(table: Table) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [c.name for c in table.columns if c.required],
        "properties": {c.name: _column_schema(c) for c in table.columns},
    }


def _table_schema(table: Table) -> dict[str, Any]:
    description = table.description
    if table.key:
        description += f" Key: {', '.join(table.key)}."
    items = _rows_schema(table)
    if table is DELETIONS:
        description += " The key names the key columns of the table, and only those."
        items["allOf"] = [
            {
                "if": {"properties": {"table": {"const": data.name}}},
                "then": {"properties": {"key": _key_schema(data)}},
            }
            for data in DATA_TABLES
        ]
    elif table.name == "focal_points":
        description += " ended_on is not before designated_on."
    elif table.name == "reviews":
        description += " reviewing_states does not hold the State under review."
    elif table.name == "recommendations":
        description += CATALOGUE_RULES
    return {"type": "array", "description": description, "items": items}


def build_schema() -> dict[str, Any]:
    header = {c.name: _column_schema(c) for c in HEADER}
    header["format"] = {"const": FORMAT_NAME}
    header["version"] = {"const": FORMAT_VERSION}
    header[SCHEMA_KEY] = {"type": "string", "description": "the schema the document follows"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:fwgdesk:update:v1",
        "title": "fwgdesk update format, version 1",
        "description": DESCRIPTION,
        "type": "object",
        "additionalProperties": False,
        "required": [c.name for c in HEADER if c.required],
        "properties": {**header, **{name: _table_schema(t) for name, t in TABLES.items()}},
    }


def published_schema_path() -> Path:
    return resources_dir() / "schema" / SCHEMA_FILE


def render() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
