"""What spreadsheet containers (XLSX and CSV) share: text decoding, formula-injection escaping,
cell values, and turning a grid of cells (a header row and rows) into raw rows."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from typing import Any

from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.limits import Limits
from fwgdesk.exchange.model import RawRow, Update, UpdateRow
from fwgdesk.exchange.problems import Location, Problem
from fwgdesk.exchange.spec import FORMAT_NAME, FORMAT_VERSION, HEADER, LIST_SEPARATOR, TABLES

MANIFEST = "manifest"
MANIFEST_COLUMNS = ("key", "value")
HEADER_KEYS = tuple(column.name for column in HEADER)
# A text starting with one of these could run as a formula in a spreadsheet program; it is
# written with a leading apostrophe, which reading removes again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\x00", "'")


# -- text -----------------------------------------------------------------------------------


def decode_utf8(
    data: bytes, where: Location, limits: Limits, problems: list[Problem]
) -> str | None:
    """*data* as UTF-8 text (a BOM is dropped), or None with a problem for each bad line;
    text of another encoding (UTF-16, with or without its BOM) is one problem."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        problems.append(Problem.of(where, codes.UTF16_TEXT))
        return None
    if b"\x00" in data:  # never in UTF-8 text: UTF-16 or UTF-32 without a BOM, or no text
        problems.append(Problem.of(where, codes.UTF16_TEXT if _utf16(data) else codes.NUL_BYTES))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    found = 0
    for number, line in enumerate(data.split(b"\n"), 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            byte = line[error.start]
            problems.append(
                Problem.of(
                    Location(where.file, where.sheet, number),
                    codes.NOT_UTF8_LINE,
                    byte=f"{byte:02X}",
                )
            )
            found += 1
            if found >= limits.max_encoding_problems:
                problems.append(Problem.of(where, codes.MORE_NOT_UTF8))
                break
    return None


def _utf16(data: bytes) -> bool:
    """Whether *data* looks like UTF-16 without a BOM: its first bytes have NUL bytes at
    every other place (the high bytes of Latin letters, digits and punctuation)."""
    head = data[:512]
    even, odd = head[0::2], head[1::2]
    return max(even.count(0), odd.count(0)) * 4 >= len(head)


def escape_formula(text: str) -> str:
    """*text* as written to a spreadsheet cell: never taken for a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unescape_formula(text: str) -> str:
    """The text that ``escape_formula`` wrote."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        return text[1:]
    return text


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- writing cells --------------------------------------------------------------------------


def iso_datetime(moment: datetime) -> str:
    """A date and time in UTC as ISO 8601 with ``Z``."""
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat() + "Z"


def plain(value: Any) -> Any:
    """A typed value as JSON holds it: dates as ISO text, lists and objects of the same."""
    if isinstance(value, datetime):
        return iso_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(name): plain(item) for name, item in value.items()}
    return value


def ordered_key(table: Any, key: Any) -> Any:
    """A deletion's key with the names in the key order of the table it deletes from."""
    if not isinstance(key, dict):
        return plain(key)
    spec = TABLES.get(table) if isinstance(table, str) else None
    order = list(spec.key) if spec else []
    names = [name for name in order if name in key] + [n for n in key if n not in order]
    return {str(name): plain(key[name]) for name in names}


def _simple_key_part(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return False
    text = str(value)
    return bool(text) and text == text.strip() and not any(c in text for c in ";={}\n\r")


def key_text(key: dict[str, Any]) -> str:
    """A deletion's key in a cell: ``name=value;name=value``, or a JSON object when a value
    would not survive that form."""
    key = {str(name): plain(value) for name, value in key.items()}
    if key and all(_simple_key_part(n) and _simple_key_part(v) for n, v in key.items()):
        return LIST_SEPARATOR.join(f"{name}={value}" for name, value in key.items())
    return json.dumps(key, ensure_ascii=False, separators=(",", ":"), default=str)


def cell_value(value: Any) -> str | int | float | None:
    """A typed value as a spreadsheet cell holds it (text already escaped)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return iso_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        items = [str(plain(item)) for item in value]
        return escape_formula(LIST_SEPARATOR.join(items)) if items else None
    if isinstance(value, dict):
        return escape_formula(key_text(value))
    return escape_formula(str(value))


def row_cells(row: UpdateRow, columns: list[str]) -> list[str | int | float | None]:
    values = dict(row.values)
    if row.table == "deletions" and "key" in values:
        values["key"] = ordered_key(values.get("table"), values["key"])
    return [cell_value(values.get(name)) for name in columns]


def table_columns(table: str, rows: list[UpdateRow]) -> list[str]:
    """The columns a sheet or CSV file of *table* carries: those any row has, in spec order."""
    present: dict[str, None] = {}
    for row in rows:
        present.update(dict.fromkeys(row.values))
    ordered = [column.name for column in TABLES[table].columns if column.name in present]
    return ordered + [name for name in present if name not in ordered]


def manifest_rows(update: Update) -> list[tuple[str, Any]]:
    """The header of *update* as (key, value) pairs, in spec order."""
    values: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "publisher": update.publisher,
        "sequence": update.sequence,
        "issued_at": update.issued_at,
        "as_of": update.as_of,
    }
    return [(key, values[key]) for key in HEADER_KEYS if values.get(key) is not None]


def written_tables(update: Update) -> list[tuple[str, list[UpdateRow]]]:
    """The non-empty tables of *update*, in spec order."""
    return [(table, update.rows(table)) for table in TABLES if update.rows(table)]


# -- reading a grid -------------------------------------------------------------------------


def table_name(label: str) -> str:
    """The table (or ``manifest``) a sheet or CSV file stands for; case and spaces forgiven."""
    name = label.strip().lower()
    return name if name in TABLES or name == MANIFEST else label.strip()


class Grid:
    """The non-blank rows of one sheet or CSV file: (line as a spreadsheet shows it, cells)."""

    def __init__(self, file: str, sheet: str, pad: Any, column_label: Callable[[int], str]):
        self.file = file
        self.sheet = sheet
        self.pad = pad  # the value of a cell missing at the end of a row
        self.column_label = column_label
        self.rows: list[tuple[int, list[Any]]] = []

    def add(self, line: int, cells: Iterable[Any]) -> None:
        """Keep row *line* unless it is blank; text loses its formula-escaping apostrophe."""
        row = [unescape_formula(cell) if isinstance(cell, str) else cell for cell in cells]
        while row and blank(row[-1]):
            row.pop()
        if row:
            self.rows.append((line, row))

    def where(self, line: int | None = None, column: str | None = None) -> Location:
        return Location(self.file, self.sheet, line, column)

    def table(self, problems: list[Problem]) -> tuple[list[str], list[RawRow]]:
        """The header names and raw rows; duplicate or missing column names are problems."""
        if not self.rows:
            return [], []
        header_line, header_cells = self.rows[0]
        names: list[str] = []
        for cell in header_cells:
            text = "" if cell is None else str(cell).strip()
            names.append(unescape_formula(text))
        seen: set[str] = set()
        columns: list[str] = []
        for name in names:
            if not name:
                continue
            if name in seen:
                problems.append(Problem.of(self.where(header_line, name), codes.COLUMN_TWICE))
                continue
            seen.add(name)
            columns.append(name)
        rows: list[RawRow] = []
        for line, cells in self.rows[1:]:
            values: dict[str, Any] = {}
            for index, cell in enumerate(cells):
                name = names[index] if index < len(names) else ""
                if name:
                    values.setdefault(name, cell)
                elif not blank(cell):
                    problems.append(
                        Problem.of(
                            self.where(line),
                            codes.VALUE_WITHOUT_COLUMN,
                            column=self.column_label(index),
                        )
                    )
            for name in columns:
                values.setdefault(name, self.pad)
            rows.append(RawRow(values, self.where(line)))
        return columns, rows


def read_manifest(grid: Grid, problems: list[Problem]) -> dict[str, Any]:
    """The header of an update from its manifest sheet or CSV file (columns key, value)."""
    columns, rows = grid.table(problems)
    if not grid.rows:
        problems.append(Problem.of(grid.where(), codes.MANIFEST_EMPTY))
        return {}
    if [name.lower() for name in columns[:2]] != list(MANIFEST_COLUMNS):
        problems.append(
            Problem.of(
                grid.where(grid.rows[0][0]),
                codes.MANIFEST_COLUMNS_ROW,
                columns=list(MANIFEST_COLUMNS),
            )
        )
        return {}
    key_column, value_column = columns[0], columns[1]
    header: dict[str, Any] = {}
    for row in rows:
        key, value = row.values.get(key_column), row.values.get(value_column)
        name = "" if key is None else str(key).strip()
        if not name:
            if not blank(value):
                problems.append(Problem.of(row.where, codes.MANIFEST_VALUE_WITHOUT_KEY))
            continue
        if name not in HEADER_KEYS:
            problems.append(
                Problem.of(row.where.at(name), codes.MANIFEST_UNKNOWN_KEY, keys=list(HEADER_KEYS))
            )
        elif name in header:
            problems.append(Problem.of(row.where.at(name), codes.MANIFEST_KEY_TWICE))
        else:
            header[name] = value
    return header


def ordered_tables(tables: Iterable[str]) -> list[str]:
    """Table names: those of the spec in spec order, then any others as found."""
    found = list(dict.fromkeys(tables))
    return [t for t in TABLES if t in found] + [t for t in found if t not in TABLES]
