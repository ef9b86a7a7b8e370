"""Which container an update is in (by its name, else by its content), read within limits."""

from __future__ import annotations

import codecs
from pathlib import Path

from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.archive import CheckedZip, looks_like_zip
from fwgdesk.exchange.containers.csv_io import read_csv_folder, read_csv_zip
from fwgdesk.exchange.containers.json_io import read_json
from fwgdesk.exchange.containers.limits import (
    DEFAULT_LIMITS,
    Limits,
    file_name,
    read_regular_file,
    reject,
)
from fwgdesk.exchange.containers.xlsx_io import WHAT, is_workbook, read_xlsx
from fwgdesk.exchange.model import RawUpdate
from fwgdesk.exchange.problems import Location

JSON_SUFFIXES = (".json",)
XLSX_SUFFIXES = (".xlsx", ".xlsm")
ZIP_SUFFIXES = (".zip",)


def _looks_like_json(data: bytes) -> bool:
    return data.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")[:1] in (b"{", b"[")


def read_update(path: Path, limits: Limits = DEFAULT_LIMITS) -> RawUpdate:
    """The raw update in *path*: a JSON file, an XLSX workbook, a ZIP of CSV files, or a folder
    of CSV files. Limits are checked before anything is parsed; whatever is wrong with the file
    is an ``UpdateRejectedError`` naming the file (and, where known, sheet, line and column)."""
    path = Path(path)
    name = file_name(path)
    if path.is_dir():
        return read_csv_folder(path, name, limits)
    data = read_regular_file(path, Location(name), limits.max_file_bytes)
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return read_json(data, name, limits)
    if suffix in XLSX_SUFFIXES:
        if not looks_like_zip(data):
            raise reject(name, codes.NOT_AN_XLSX_FILE)
        checked = CheckedZip(data, name, limits, limits.max_xlsx_entries, WHAT)
        return read_xlsx(checked, name, limits)
    if suffix == ".csv":
        raise reject(name, codes.SINGLE_CSV_FILE)
    if suffix in ZIP_SUFFIXES or looks_like_zip(data):
        most = max(limits.max_xlsx_entries, limits.max_csv_entries)
        checked = CheckedZip(data, name, limits, most, Message(codes.ZIP_ARCHIVE))
        if is_workbook(checked) and not any(
            info.filename.lower().endswith(".csv") for info in checked.infos
        ):
            return read_xlsx(checked, name, limits)
        with checked:
            return read_csv_zip(checked, name, limits)
    if _looks_like_json(data):
        return read_json(data, name, limits)
    raise reject(name, codes.NOT_AN_UPDATE_FILE)
