"""The XLSX container: one sheet a table, named as the table, and a sheet ``manifest`` with the
columns key, value. Every part of the workbook is first checked for XML entity attacks, then
read by ``xlsx_parts`` and ``xlsx_sheet`` (expat, no openpyxl: it is ten times slower on
large sheets); formulas are never evaluated. Workbooks are written with openpyxl.

openpyxl takes a quarter of a second to import, so it is imported when a workbook is first
written (or a date-styled cell read), not when the application starts."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from typing import Any

from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
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
from fwgdesk.exchange.containers.xlsx_parts import WorkbookError, read_workbook
from fwgdesk.exchange.containers.xlsx_sheet import SheetReader, column_letter
from fwgdesk.exchange.model import RawRow, RawUpdate, Update
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError

WHAT = Message(codes.XLSX_WORKBOOK)
# Control characters XML 1.0 cannot carry (the ones openpyxl refuses to write).
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010\013\014\016-\037]")


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
DEFAULT_TIME = datetime(1980, 1, 1)  # workbook properties are naive UTC


def is_workbook(checked: CheckedZip) -> bool:
    names = {info.filename for info in checked.infos}
    return "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names)


# -- reading --------------------------------------------------------------------------------


def _check_part(checked: CheckedZip, info: zipfile.ZipInfo) -> Message | None:
    """Why one part of the workbook is refused, or None."""
    tail = b""
    first = True
    for chunk in checked.chunks(info):
        if first:
            first = False
            head = chunk.lstrip(b"\xef\xbb\xbf")
            if head.startswith((*UNSUPPORTED_STARTS, EBCDIC_DECLARATION)):
                return Message(codes.XML_UNSUPPORTED_ENCODING)
            declared = DECLARED_ENCODING.match(head[:512])
            if declared:
                encoding = declared.group(1).decode("ascii", "replace").strip().lower()
                if encoding not in ASCII_COMPATIBLE and not encoding.startswith("utf-16"):
                    return Message(codes.XML_DECLARED_ENCODING, {"encoding": encoding})
        window = tail + chunk
        if FORBIDDEN.search(window):
            return Message(codes.XML_ENTITIES)
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


def read_sheets(
    checked: CheckedZip, name: str, limits: Limits, problems: list[Problem]
) -> list[Grid]:
    book = read_workbook(checked)
    grids: list[Grid] = []
    for title, info in book.sheets:
        grid = Grid(name, title, None, column_letter)
        SheetReader(book, grid, limits, problems).read(checked, info)
        grids.append(grid)
    return grids


def read_xlsx(checked: CheckedZip, name: str, limits: Limits) -> RawUpdate:
    problems: list[Problem] = []
    with checked:
        check_parts(checked)
        checked.renew_budget()  # the scan read every part once already
        try:
            grids = read_sheets(checked, name, limits, problems)
        except UpdateRejectedError:
            raise
        except WorkbookError as error:
            raise reject(name, codes.XLSX_UNREADABLE, reason=error.detail) from None
        except Exception as error:  # a damaged workbook breaks in many ways
            reason = str(error) or type(error).__name__  # the library's own words
            raise reject(name, codes.XLSX_UNREADABLE, reason=reason) from None
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
            problems.append(
                Problem.of(grid.where(), codes.XLSX_SECOND_SHEET, table=table, other=seen[table])
            )
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
            Problem.of(
                Location(name),
                codes.XLSX_NO_MANIFEST,
                sheet=MANIFEST,
                columns=list(MANIFEST_COLUMNS),
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
