"""The limits an update file must keep before anything parses it, and reading within them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.exchange import codes
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What an update may be at most. Checked before parsing; a file over a limit is refused."""

    max_file_bytes: int = 32 * MIB  # one file; or the CSV files of a folder together
    max_csv_entries: int = 64  # entries of a CSV ZIP; CSV files of a folder
    max_xlsx_entries: int = 256  # entries of an XLSX workbook (a ZIP archive)
    max_uncompressed_bytes: int = 128 * MIB  # a ZIP's entries together, unpacked
    max_compression_ratio: float = 100.0  # unpacked size : packed size of one entry
    ratio_checked_above: int = MIB  # entries unpacking to less are too small to be a bomb
    max_rows: int = 500_000  # rows of one table (sheet, CSV file, JSON array)
    max_columns: int = 64  # columns of one sheet or CSV file
    max_encoding_problems: int = 50  # undecodable lines reported per file


DEFAULT_LIMITS = Limits()


def reject(where: Location | str, code: MessageCode, /, **params: Any) -> UpdateRejectedError:
    """The error refusing an update for one problem (raise it)."""
    location = Location(where) if isinstance(where, str) else where
    return UpdateRejectedError([Problem.of(location, code, **params)])


def size_text(size: float) -> Message:
    """A byte count as a person reads it: 512 bytes, 3.2 KiB, 50 MiB (three digits)."""
    if size < 1024:
        return Message(codes.SIZE_BYTES, {"count": int(size)})
    for code in (codes.SIZE_KIB, codes.SIZE_MIB, codes.SIZE_GIB):
        size /= 1024
        if size < 1024 or code is codes.SIZE_GIB:
            return Message(code, {"size": float(f"{size:.3g}")})
    raise AssertionError("unreachable")  # pragma: no cover


def too_large(where: Location | str, size: int, cap: int) -> UpdateRejectedError:
    """The refusal of a file of *size* bytes, above the *cap* an update may have."""
    return reject(where, codes.FILE_TOO_LARGE, size=size_text(size), cap=size_text(cap))


def file_name(path: Path) -> str:
    """The name a problem shows for *path*: its last part (the whole path if it has none)."""
    return path.name or os.fspath(path)
