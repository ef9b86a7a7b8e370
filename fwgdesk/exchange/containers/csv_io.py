"""The CSV container: ``<table>.csv`` files and ``manifest.csv`` (columns key, value), UTF-8 with
or without BOM, RFC 4180 quoting, in a folder or a ZIP archive."""

from __future__ import annotations

import codecs
import csv
import io
import stat
from pathlib import Path, PurePosixPath

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
from fwgdesk.exchange.containers.limits import Limits, reject, size_text, too_large
from fwgdesk.exchange.model import RawRow, RawUpdate, Update
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError

SUFFIX = ".csv"
MANIFEST_FILE = MANIFEST + SUFFIX
MAX_LINES = 1_048_576  # as many rows as a spreadsheet program shows


def _ignored(entry: str) -> bool:
    """Entries of a ZIP that are not part of the update: folders, macOS metadata, other files."""
    path = PurePosixPath(entry)
    return (
        entry.endswith("/")
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
    files = [(PurePosixPath(info.filename).name, checked.read(info)) for info in entries]
    return read_csv_files(files, name, limits)


def _reason(error: OSError) -> str:
    """The system's reason (its own words, not ours)."""
    return error.strerror or str(error)


def read_csv_folder(folder: Path, name: str, limits: Limits) -> RawUpdate:
    try:
        children = sorted(folder.iterdir())
    except OSError as error:
        raise reject(name, codes.CSV_FOLDER_UNREADABLE, reason=_reason(error)) from None
    paths = [path for path in children if path.suffix.lower() == SUFFIX]
    if not paths:
        raise reject(name, codes.CSV_FOLDER_EMPTY)
    if len(paths) > limits.max_csv_entries:
        raise reject(name, codes.CSV_FOLDER_TOO_MANY, most=limits.max_csv_entries)
    sizes: list[int] = []
    for path in paths:
        try:
            status = path.stat()
        except OSError as error:
            raise reject(
                Location(name, path.name), codes.CSV_FILE_UNREADABLE, reason=_reason(error)
            ) from None
        if not stat.S_ISREG(status.st_mode):
            raise reject(Location(name, path.name), codes.NOT_A_REGULAR_FILE)
        sizes.append(status.st_size)
    if sum(sizes) > limits.max_file_bytes:
        raise reject(
            name,
            codes.CSV_FILES_TOO_LARGE,
            size=size_text(sum(sizes)),
            cap=size_text(limits.max_file_bytes),
        )
    files: list[tuple[str, bytes]] = []
    budget = limits.max_file_bytes
    for path in paths:
        try:
            with path.open("rb") as stream:
                data = stream.read(budget + 1)
        except OSError as error:
            raise reject(
                Location(name, path.name), codes.CSV_FILE_UNREADABLE, reason=_reason(error)
            ) from None
        if len(data) > budget:  # a file grew while we read
            raise too_large(name, limits.max_file_bytes + 1, limits.max_file_bytes)
        budget -= len(data)
        files.append((path.name, data))
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
