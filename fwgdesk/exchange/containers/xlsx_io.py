"""The XLSX container: one sheet a table, named as the table, and a sheet ``manifest`` with the
columns key, value. Read with openpyxl in read-only mode, after every part of the workbook was
checked for XML entity attacks; formulas are never evaluated.

openpyxl takes a quarter of a second to import, so it is imported when a workbook is first
read or written, not when the application starts."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from fwgdesk.exchange.containers.archive import CheckedZip, ReproducibleZipFile
from fwgdesk.exchange.containers.cells import (
    MANIFEST,
    MANIFEST_COLUMNS,
    Grid,
    cell_value,
    manifest_rows,
    read_manifest,
    row_cells,
    table_columns,
    table_name,
    written_tables,
)
from fwgdesk.exchange.containers.limits import Limits, reject
from fwgdesk.exchange.model import RawRow, RawUpdate, Update
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError

WHAT = "XLSX workbook"
# Control characters XML 1.0 cannot carry (the ones openpyxl refuses to write).
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010\013\014\016-\037]")


def column_letter(number: int) -> str:
    """The spreadsheet name of a 1-based column: 1 is A, 27 is AA."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _openpyxl() -> Any:
    import openpyxl  # type: ignore[import-untyped]

    return openpyxl


# Markup that declares entities (billion laughs, external entities): refused in any part, as
# ASCII-compatible bytes or UTF-16 in either byte order.
_MARKUP = ("<!DOCTYPE", "<!ENTITY")
FORBIDDEN = re.compile(
    b"|".join(
        re.escape(word.encode(encoding))
        for word in _MARKUP
        for encoding in ("ascii", "utf-16-le", "utf-16-be")
    ),
    re.IGNORECASE,
)
OVERLAP = max(len(word) for word in _MARKUP) * 2
# First bytes of XML in encodings where the markup would not show as above (UCS-4, EBCDIC).
UNSUPPORTED_STARTS = (b"\x00\x00\x00<", b"<\x00\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")
EBCDIC_DECLARATION = b"\x4c\x6f\xa7\x94"
DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
ASCII_COMPATIBLE = {
    "utf-8",
    "utf8",
    "us-ascii",
    "ascii",
    "iso-8859-1",
    "latin-1",
    "latin1",
    "windows-1252",
    "cp1252",
}
MAX_SHEET_ROWS = 1_048_576  # as in Excel
DEFAULT_TIME = datetime(1980, 1, 1)  # workbook properties are naive UTC


def is_workbook(checked: CheckedZip) -> bool:
    names = {info.filename for info in checked.infos}
    return "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names)


# -- reading --------------------------------------------------------------------------------


def _check_part(checked: CheckedZip, info: zipfile.ZipInfo) -> str | None:
    """Why one part of the workbook is refused, or None."""
    tail = b""
    first = True
    for chunk in checked.chunks(info):
        if first:
            first = False
            head = chunk.lstrip(b"\xef\xbb\xbf")
            if head.startswith((*UNSUPPORTED_STARTS, EBCDIC_DECLARATION)):
                return "XML in an unsupported encoding"
            declared = DECLARED_ENCODING.match(head[:512])
            if declared:
                encoding = declared.group(1).decode("ascii", "replace").strip().lower()
                if encoding not in ASCII_COMPATIBLE and not encoding.startswith("utf-16"):
                    return f"XML in an unsupported encoding ({encoding})"
        window = tail + chunk
        if FORBIDDEN.search(window):
            return "XML with a document type or entity declarations (refused: entity attacks)"
        tail = window[-OVERLAP:]
    return None


def check_parts(checked: CheckedZip) -> None:
    """Refuse the workbook if any part declares XML entities (or hides its markup)."""
    problems: list[Problem] = []
    for info in checked.infos:
        if info.is_dir():
            continue
        reason = _check_part(checked, info)
        if reason:
            problems.append(Problem(Location(checked.name, info.filename), reason))
    if problems:
        raise UpdateRejectedError(problems)


def _cell(value: Any) -> Any:
    """A cell's value as the raw update holds it."""
    if value is None or isinstance(value, str | bool | int | float | datetime):
        return value
    if isinstance(value, date | time | timedelta):
        return value
    text = getattr(value, "text", None)  # an array formula
    if isinstance(text, str):
        return text
    return "=" + type(value).__name__  # another kind of formula: kept as text, never computed


def _formula(value: Any) -> bool:
    return not isinstance(value, str | bool | int | float | date | time | timedelta) or (
        isinstance(value, str) and value.startswith("=")
    )


def _sheet(
    worksheet: Any, name: str, limits: Limits, problems: list[Problem]
) -> tuple[Grid, set[tuple[int, int]]]:
    """The non-blank rows of one sheet, and where formulas (or text looking like one) are."""
    grid = Grid(name, worksheet.title, None, column_letter)
    formulas: set[tuple[int, int]] = set()
    worksheet.reset_dimensions()  # a sheet's declared size is not trusted
    width = limits.max_columns + 1
    for line, row in enumerate(worksheet.iter_rows(max_col=width, values_only=True), 1):
        if line > MAX_SHEET_ROWS:
            problems.append(Problem(grid.where(), f"a row beyond row {MAX_SHEET_ROWS}"))
            break
        if row.count(None) == len(row):
            continue  # openpyxl fills the rows a sheet skips: cheaply passed over
        if len(row) == width and row[-1] is not None:
            problems.append(Problem(grid.where(line), f"more than {limits.max_columns} columns"))
            break
        present = [(index, value) for index, value in enumerate(row) if value is not None]
        cells: list[Any] = [None] * (present[-1][0] + 1)
        for index, value in present:
            if _formula(value):
                formulas.add((line, index))
            cells[index] = _cell(value)
        grid.add(line, cells)
        if len(grid.rows) > limits.max_rows + 1:
            problems.append(Problem(grid.where(), f"more than {limits.max_rows} rows"))
            break
    return grid, formulas


def _cached_values(
    workbook: Any, grid: Grid, formulas: set[tuple[int, int]], limits: Limits
) -> None:
    """Formula cells take the value the file cached, where it has one (never computed here)."""
    worksheet = workbook[grid.sheet]
    worksheet.reset_dimensions()
    cached: dict[tuple[int, int], Any] = {}
    last = max(line for line, _ in formulas)
    wanted: dict[int, list[int]] = {}
    for line, index in formulas:
        wanted.setdefault(line, []).append(index)
    for line, row in enumerate(
        worksheet.iter_rows(max_col=limits.max_columns + 1, values_only=True), 1
    ):
        if line > last:
            break
        for index in wanted.get(line, ()):
            if index < len(row) and row[index] is not None:
                cached[(line, index)] = _cell(row[index])
    for line, cells in grid.rows:
        for index in range(len(cells)):
            if (line, index) in cached:
                cells[index] = cached[(line, index)]


def _load(data: bytes, data_only: bool) -> Any:
    return _openpyxl().load_workbook(
        io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False
    )


def _read_sheets(data: bytes, name: str, limits: Limits, problems: list[Problem]) -> list[Grid]:
    workbook = _load(data, data_only=False)
    try:
        found = [_sheet(ws, name, limits, problems) for ws in workbook.worksheets]
    finally:
        workbook.close()
    with_formulas = [(grid, formulas) for grid, formulas in found if formulas]
    if with_formulas and not problems:
        workbook = _load(data, data_only=True)
        try:
            for grid, formulas in with_formulas:
                _cached_values(workbook, grid, formulas, limits)
        finally:
            workbook.close()
    return [grid for grid, _ in found]


def read_xlsx(data: bytes, checked: CheckedZip, name: str, limits: Limits) -> RawUpdate:
    with checked:
        check_parts(checked)
    if not _openpyxl().DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise reject(name, "XLSX cannot be read safely here: defusedxml is not in use")
    problems: list[Problem] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            grids = _read_sheets(data, name, limits, problems)
    except UpdateRejectedError:
        raise
    except Exception as error:  # openpyxl fails in many ways on a damaged workbook
        detail = str(error) or type(error).__name__
        raise reject(name, f"not a readable {WHAT} ({detail})") from None
    return _raw_update(grids, name, problems)


def _raw_update(grids: list[Grid], name: str, problems: list[Problem]) -> RawUpdate:
    header: dict[str, Any] = {}
    header_where = Location(name, MANIFEST)
    tables: dict[str, list[RawRow]] = {}
    columns: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    manifest_found = False
    for grid in grids:
        table = table_name(grid.sheet)
        if not grid.rows and table != MANIFEST:
            continue  # an empty sheet carries nothing
        if table in seen:
            problems.append(Problem(grid.where(), f"a second sheet for {table} ({seen[table]})"))
            continue
        seen[table] = grid.sheet
        if table == MANIFEST:
            manifest_found = True
            header = read_manifest(grid, problems)
            header_where = Location(name, grid.sheet)
        else:
            columns[table], tables[table] = grid.table(problems)
    if not manifest_found:
        problems.append(
            Problem(
                Location(name),
                f"no sheet '{MANIFEST}' (the update's header: columns "
                f"{', '.join(MANIFEST_COLUMNS)})",
            )
        )
    if problems:
        raise UpdateRejectedError(problems)
    return RawUpdate(name, "xlsx", header, header_where, tables, columns)


# -- writing --------------------------------------------------------------------------------


def _text(value: str | int | float | None) -> str | int | float | None:
    if isinstance(value, str):
        return str(ILLEGAL_CHARACTERS.sub("\ufffd", value))
    return value


def _add_sheet(workbook: Any, title: str, grid: list[list[str | int | float | None]]) -> None:
    sheet = workbook.create_sheet(title)
    widths = [0] * len(grid[0])
    for line, values in enumerate(grid, 1):
        for index, value in enumerate(values):
            if value is None:
                continue
            cell = sheet.cell(line, index + 1, _text(value))
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula
                widths[index] = max(widths[index], len(value))
            else:
                widths[index] = max(widths[index], len(str(value)))
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    bold = Font(bold=True)
    for index, width in enumerate(widths):
        sheet.cell(1, index + 1).font = bold
        sheet.column_dimensions[column_letter(index + 1)].width = min(max(width + 2, 10), 60)
    sheet.freeze_panes = "A2"


def xlsx_bytes(update: Update) -> bytes:
    """The workbook of *update*: the manifest sheet, then a sheet a non-empty table."""
    from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

    workbook = _openpyxl().Workbook()
    workbook.remove(workbook.active)
    moment = update.issued_at or DEFAULT_TIME
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    workbook.properties.creator = "fwgdesk"
    workbook.properties.created = moment
    workbook.properties.modified = moment
    manifest: list[list[str | int | float | None]] = [list(MANIFEST_COLUMNS)]
    manifest += [[key, cell_value(value)] for key, value in manifest_rows(update)]
    _add_sheet(workbook, MANIFEST, manifest)
    for table, rows in written_tables(update):
        columns = table_columns(table, rows)
        grid: list[list[str | int | float | None]] = [list(columns)]
        grid += [row_cells(row, columns) for row in rows]
        _add_sheet(workbook, table, grid)
    buffer = io.BytesIO()
    archive = ReproducibleZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(workbook, archive).save()
    return buffer.getvalue()
