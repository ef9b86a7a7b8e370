"""The JSON Schema of the update format, generated from ``spec``.

``python -m fwgdesk.exchange.schema > resources/schema/update-v1.schema.json`` refreshes
the published file; a test fails when the two differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from fwgdesk.exchange.spec import (
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER,
    LIST_SEPARATOR,
    TABLES,
    Column,
    Table,
)
from fwgdesk.paths import resources_dir

SCHEMA_FILE = "update-v1.schema.json"


def _column_schema(column: Column) -> dict[str, Any]:
    kinds: dict[str, dict[str, Any]] = {
        "text": {"type": "string", "maxLength": 4000},
        "iso3": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "code": {"type": "string", "pattern": "^[A-Z0-9.]+-[A-Z]+[0-9]+$"},
        "date": {"type": "string", "format": "date"},
        "datetime": {"type": "string", "format": "date-time"},
        "int": {"type": "integer"},
        "number": {"type": "number"},
        "bool": {"type": "boolean"},
        "enum": {"type": "string", "enum": list(column.values)},
        "codes": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]{2}$"}},
        "iso3_list": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{3}$"}},
        "key": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
    }
    schema = dict(kinds[column.kind])
    if column.minimum is not None:
        schema["minimum"] = column.minimum
    if column.maximum is not None:
        schema["maximum"] = column.maximum
    if not column.required:
        schema = {"anyOf": [schema, {"type": "null"}]}
    if column.description:
        schema["description"] = column.description
    return schema


def _table_schema(table: Table) -> dict[str, Any]:
    return {
        "type": "array",
        "description": table.description + f" Key: {', '.join(table.key)}.",
        "items": {
            "type": "object",
            "additionalProperties": False,
            "required": [c.name for c in table.columns if c.required],
            "properties": {c.name: _column_schema(c) for c in table.columns},
        },
    }


def build_schema() -> dict[str, Any]:
    header = {c.name: _column_schema(c) for c in HEADER}
    header["format"] = {"const": FORMAT_NAME}
    header["version"] = {"const": FORMAT_VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:fwgdesk:update:v1",
        "title": "fwgdesk update format, version 1",
        "description": (
            "The tables a Secretariat and focal points exchange. The same tables travel in "
            "three containers: this JSON object (canonical); an XLSX workbook with one sheet "
            "a table and a 'manifest' sheet (key, value); CSV files <table>.csv plus "
            f"manifest.csv in a folder or ZIP (UTF-8, BOM optional, RFC 4180). In XLSX and "
            f"CSV, lists are joined with '{LIST_SEPARATOR}', dates are ISO text (or date "
            "cells), booleans true/false, a deletion's key is 'name=value;name=value' or a "
            "JSON object, and a text starting with = + - @ tab, CR or ' is written with a "
            "leading ' that readers remove. Every table is optional and changes nothing when "
            "absent; within a row, an absent column is left as it is and an empty one is "
            "cleared. Rows are matched by their key; a deletion is always explicit. A file "
            "may be signed: <file>.sig, Ed25519 over its exact bytes."
        ),
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
