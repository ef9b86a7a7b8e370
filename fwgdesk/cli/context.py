"""What every command shares: the data folder, the database URL, and output helpers."""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from fwgdesk.domain.wording import english
from fwgdesk.paths import DataPaths, default_data_dir
from fwgdesk.services.startup import OpenedDatabase, open_database


@dataclass
class CliContext:
    data_dir: Path | None = None
    database_url: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _opened: OpenedDatabase | None = None

    @property
    def paths(self) -> DataPaths:
        return DataPaths(self.data_dir or default_data_dir())

    def open(self, upgrade: bool = False) -> OpenedDatabase:
        """The database, opened on first use; its start-up warnings go to standard error.
        *upgrade*: a shared database older than this version is upgraded (``db upgrade``)."""
        if self._opened is None:
            self._opened = open_database(self.paths, self.database_url, upgrade)
            for warning in self._opened.warnings:
                self.err.write(f"fwgdesk: warning: {english(warning)}\n")
        return self._opened

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def print_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def print_table(self, headers: list[str], rows: list[list[str]]) -> None:
        widths = [len(h) for h in headers]
        for row in rows:
            widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
        for row in [headers, *rows]:
            cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=True)]
            self.print("  ".join(cells).rstrip())

    def close(self) -> None:
        if self._opened is not None:
            self._opened.database.dispose()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic cyclic collection while a command reads or writes an update.

    Such a command holds tens of thousands of small objects until it ends; the collector
    would scan them again and again for cycles they do not have. The window's workers run
    the same way (automatic collection is off there, and the GUI thread collects)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
