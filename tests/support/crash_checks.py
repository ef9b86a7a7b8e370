"""Checks of a database after the process writing it was killed (see test_crash_safety)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.dialects import sqlite

from fwgdesk.db.backup import list_backups, quick_check
from fwgdesk.db.engine import Database
from fwgdesk.db.models import Base  # the package registers every table
from fwgdesk.db.rotation import backups
from fwgdesk.paths import DataPaths
from fwgdesk.services.maintenance import newest_good_backup
from tests.support.dbdump import DATA_TABLES, IGNORED_COLUMNS, full_dump

COUNTED = ("import_batches", "audit_entries")  # bookkeeping: only how many rows


def assert_sound(database: Path, where: str) -> None:
    """SQLite's own checks, on a plain connection (which also recovers a hot WAL)."""
    connection = sqlite3.connect(database)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        assert integrity == [("ok",)], f"{where}: integrity_check: {integrity[:5]}"
        keys = connection.execute("PRAGMA foreign_key_check").fetchall()
        assert keys == [], f"{where}: foreign_key_check: {keys[:5]}"
    finally:
        connection.close()


def assert_backups_sound(paths: DataPaths, where: str) -> None:
    """Every file named as a backup is a sound database (a half-written copy never has a
    backup's name), and the newest one is the one offered for a restore."""
    found = list_backups(paths.backups)
    for backup in found:
        assert quick_check(backup) == [], f"{where}: broken backup {backup.name}"
    newest = backups(paths.backups)[0].path if found else None
    assert newest_good_backup(paths.database) == newest, f"{where}: {sorted(found)}"


def assert_only_backups(paths: DataPaths) -> None:
    """A run that ends normally leaves nothing but backups in the backups folder."""
    named = set(list_backups(paths.backups))
    others = sorted(p.name for p in paths.backups.iterdir() if p not in named)
    assert others == [], f"files left beside the backups by a complete run: {others}"


def partial_copies(paths: DataPaths) -> int:
    """Half-made backups a kill left behind (never under a backup's name)."""
    return len(list(paths.backups.glob("*.partial"))) if paths.backups.is_dir() else 0


def digest(content: object) -> str:
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """What an import changes: the rows of each table, and the data (ids and timestamps
    aside, as in ``tests/support/dbdump.py``) as a digest."""

    counts: tuple[tuple[str, int], ...]
    content: str


def _sql(query: Select[Any]) -> str:
    return str(query.compile(dialect=sqlite.dialect()))


def snapshot(database_file: Path) -> Snapshot:
    """Read with plain SQLite (the queries come from the model's tables)."""
    counts: dict[str, int] = {}
    content = hashlib.sha256()
    connection = sqlite3.connect(database_file)
    try:
        for name in (*DATA_TABLES, *COUNTED):
            table = Base.metadata.tables[name]
            if name in COUNTED:
                counts[name] = connection.execute(
                    _sql(select(func.count()).select_from(table))
                ).fetchone()[0]
                continue
            columns = [c for c in table.columns if c.name not in IGNORED_COLUMNS]
            rows = connection.execute(_sql(select(*columns).order_by(*columns))).fetchall()
            counts[name] = len(rows)
            content.update(repr((name, rows)).encode("utf-8"))
    finally:
        connection.close()
    return Snapshot(tuple(counts.items()), content.hexdigest())


def revision_of(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def content_digest(database_file: Path) -> str:
    database = Database(f"sqlite:///{database_file}")
    try:
        return digest(full_dump(database))
    finally:
        database.dispose()
