"""Which container an update is in (by its name, else by its content), read within limits."""

from __future__ import annotations

import codecs
from pathlib import Path

from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.archive import CheckedZip, looks_like_zip
from fwgdesk.exchange.containers.csv_io import read_csv_files, read_csv_zip
from fwgdesk.exchange.containers.json_io import read_json
from fwgdesk.exchange.containers.limits import DEFAULT_LIMITS, Limits, reject
from fwgdesk.exchange.containers.source import Snapshot, take_snapshot, top_level
from fwgdesk.exchange.containers.xlsx_io import WHAT, is_workbook, read_xlsx
from fwgdesk.exchange.model import RawUpdate

JSON_SUFFIXES = (".json",)
XLSX_SUFFIXES = (".xlsx", ".xlsm")
ZIP_SUFFIXES = (".zip",)
CSV_SUFFIX = ".csv"


def _looks_like_json(data: bytes) -> bool:
    return data.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")[:1] in (b"{", b"[")


def read_update(path: Path, limits: Limits = DEFAULT_LIMITS) -> RawUpdate:
    """The raw update in *path*: a JSON file, an XLSX workbook, a ZIP of CSV files, or a folder
    of CSV files. Limits are checked before anything is parsed; whatever is wrong with the file
    is an ``UpdateRejectedError`` naming the file (and, where known, sheet, line and column)."""
    return parse_snapshot(take_snapshot(Path(path), limits), limits)


def parse_snapshot(snapshot: Snapshot, limits: Limits = DEFAULT_LIMITS) -> RawUpdate:
    """The raw update in the bytes of *snapshot* (an update read once)."""
    name = snapshot.name
    if snapshot.is_folder:
        files = top_level(snapshot, CSV_SUFFIX)
        if not files:
            raise reject(name, codes.CSV_FOLDER_EMPTY)
        if len(files) > limits.max_csv_entries:
            raise reject(name, codes.CSV_FOLDER_TOO_MANY, most=limits.max_csv_entries)
        return read_csv_files(files, name, limits)
    return _parse_file(name, snapshot.path.suffix.lower(), snapshot.data, limits)


def _parse_file(name: str, suffix: str, data: bytes, limits: Limits) -> RawUpdate:
    if suffix in JSON_SUFFIXES:
        return read_json(data, name, limits)
    if suffix in XLSX_SUFFIXES:
        if not looks_like_zip(data):
            raise reject(name, codes.NOT_AN_XLSX_FILE)
        checked = CheckedZip(data, name, limits, limits.max_xlsx_entries, WHAT)
        return read_xlsx(checked, name, limits)
    if suffix == CSV_SUFFIX:
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
