"""The CSV container: ``<table>.csv`` files and ``manifest.csv`` (columns key, value), UTF-8 with
or without BOM, RFC 4180 quoting, in a folder or a ZIP archive."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import PurePosixPath

from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.archive import CheckedZip
from fwgdesk.exchange.containers.cells import (
    MANIFEST,
    MANIFEST_COLUMNS,
    Grid,
    cell_value,
    decode_utf8,
    manifest_rows,
    ordered_tables,
    read_manifest,
    row_cells,
    table_columns,
    table_name,
    written_tables,
)
from fwgdesk.exchange.containers.limits import Limits, reject
from fwgdesk.exchange.model import RawRow, RawUpdate, Update
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError

SUFFIX = ".csv"
MANIFEST_FILE = MANIFEST + SUFFIX
MAX_LINES = 1_048_576  # as many rows as a spreadsheet program shows


def member_path(entry: str) -> PurePosixPath:
    """A ZIP member's path: archives made on Windows may separate folders by backslashes,
    which the ZIP format does not allow but tools write all the same."""
    return PurePosixPath(entry.replace("\\", "/"))


def _ignored(entry: str) -> bool:
    """Entries of a ZIP that are not part of the update: folders, macOS metadata, other files."""
    path = member_path(entry)
    return (
        entry.endswith(("/", "\\"))
        or "__MACOSX" in path.parts
        or path.name.startswith("._")
        or path.suffix.lower() != SUFFIX
    )


def _delimiter(text: str) -> str:
    """The delimiter of a CSV text: a comma, unless the header row plainly uses ';' or a tab
    (as spreadsheet programs do in some locales)."""
    first = text.lstrip("\r\n").split("\n", 1)[0]
    if "," not in first:
        if ";" in first:
            return ";"
        if "\t" in first:
            return "\t"
    return ","


def _column_number(index: int) -> str:
    return str(index + 1)


def parse_csv(
    data: bytes, name: str, file: str, limits: Limits, problems: list[Problem]
) -> Grid | None:
    """The non-blank records of one CSV file (a record's line: its row in a spreadsheet)."""
    grid = Grid(name, file, "", _column_number)
    text = decode_utf8(data, grid.where(), limits, problems)
    if text is None:
        return None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    line = 0
    try:
        for line, record in enumerate(reader, 1):
            if line > MAX_LINES:
                problems.append(Problem.of(grid.where(), codes.MORE_LINES_THAN, count=MAX_LINES))
                return None
            if len(record) > limits.max_columns:
                problems.append(
                    Problem.of(grid.where(line), codes.MORE_COLUMNS_THAN, count=limits.max_columns)
                )
                return None
            grid.add(line, record)
            if len(grid.rows) > limits.max_rows + 1:
                problems.append(
                    Problem.of(grid.where(), codes.MORE_ROWS_THAN, count=limits.max_rows)
                )
                return None
    except csv.Error as error:
        problems.append(Problem.of(grid.where(line + 1), codes.CSV_INVALID, reason=str(error)))
        return None
    return grid


def read_csv_files(files: list[tuple[str, bytes]], name: str, limits: Limits) -> RawUpdate:
    """The update in (CSV file name, bytes) pairs; *name* is the folder's or ZIP's name."""
    problems: list[Problem] = []
    grids: dict[str, Grid] = {}
    for file, data in files:
        table = table_name(file[: -len(SUFFIX)])
        if table in grids:
            problems.append(
                Problem.of(
                    Location(name, file),
                    codes.CSV_SECOND_FILE,
                    table=table,
                    other=grids[table].sheet,
                )
            )
            continue
        grid = parse_csv(data, name, file, limits, problems)
        if grid is not None:
            grids[table] = grid
    header: dict[str, object] = {}
    header_where = Location(name, MANIFEST_FILE)
    manifest = grids.pop(MANIFEST, None)
    if manifest is not None:
        header = read_manifest(manifest, problems)
        header_where = Location(name, manifest.sheet)
    elif not any(table_name(file[: -len(SUFFIX)]) == MANIFEST for file, _ in files):
        problems.append(
            Problem.of(
                Location(name),
                codes.CSV_NO_MANIFEST,
                file=MANIFEST_FILE,
                columns=list(MANIFEST_COLUMNS),
            )
        )
    tables: dict[str, list[RawRow]] = {}
    columns: dict[str, list[str]] = {}
    for table in ordered_tables(grids):
        grid = grids[table]
        if not grid.rows:
            continue
        columns[table], tables[table] = grid.table(problems)
    if problems:
        raise UpdateRejectedError(problems)
    return RawUpdate(name, "csv", header, header_where, tables, columns)


def read_csv_zip(checked: CheckedZip, name: str, limits: Limits) -> RawUpdate:
    entries = [info for info in checked.infos if not _ignored(info.filename)]
    if len(checked.infos) > limits.max_csv_entries:
        raise reject(
            name,
            codes.ZIP_TOO_MANY_ENTRIES,
            what=Message(codes.ZIP_ARCHIVE),
            most=limits.max_csv_entries,
        )
    if not entries:
        raise reject(name, codes.ZIP_NO_CSV_FILES)
    files = [(member_path(info.filename).name, checked.read(info)) for info in entries]
    return read_csv_files(files, name, limits)


# -- writing --------------------------------------------------------------------------------


def _csv_bytes(rows: list[list[str | int | float | None]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else repr(v) if isinstance(v, float) else v for v in row])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def csv_files(update: Update) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each CSV file of *update*: the manifest, then the tables."""
    manifest: list[list[str | int | float | None]] = [list(MANIFEST_COLUMNS)]
    manifest += [[key, cell_value(value)] for key, value in manifest_rows(update)]
    files = [(MANIFEST_FILE, _csv_bytes(manifest))]
    for table, rows in written_tables(update):
        columns = table_columns(table, rows)
        grid: list[list[str | int | float | None]] = [list(columns)]
        grid += [row_cells(row, columns) for row in rows]
        files.append((table + SUFFIX, _csv_bytes(grid)))
    return files
