"""Backups a user relies on: the daily backup, rotation, and restoring a backup.

Restoring checks the backup first (SQLite's quick_check and a schema fwgdesk knows),
keeps a copy of the current database, then copies the backup in with the backup API.
A database too damaged to copy that way is kept byte for byte instead.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from fwgdesk.db.backup import (
    backup_name,
    backups_dir_for,
    copy_database,
    create_backup,
    quick_check,
)
from fwgdesk.db.engine import Database
from fwgdesk.db.migrate import HEAD_REVISION
from fwgdesk.db.models import AppMeta, AuditEntry
from fwgdesk.db.rotation import DAILY, backups, daily_due, rotate
from fwgdesk.domain.errors import DatabaseError, UsageError

DAILY_MARK = "daily_backup_audit_id"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_kept_as: Path | None
    revision: str


def backup_revision(path: Path) -> str:
    """The schema revision of a backup file, after checking it is a sound fwgdesk database."""
    if not path.is_file():
        raise UsageError(f"{path}: no such backup file")
    problems = quick_check(path)
    if problems:
        raise UsageError(f"{path}: not a sound SQLite database ({problems[0]})")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise UsageError(f"{path}: not an fwgdesk database ({error})") from error
    if row is None or not str(row[0]).isdigit() or str(row[0]) > HEAD_REVISION:
        raise UsageError(f"{path}: made by another version of fwgdesk (schema {row})")
    return str(row[0])


def _keep_current(database_file: Path) -> Path | None:
    if not database_file.exists():
        return None
    folder = backups_dir_for(database_file)
    try:
        return create_backup(database_file, folder, "pre-restore")
    except (sqlite3.DatabaseError, OSError):
        folder.mkdir(parents=True, exist_ok=True)
        damaged = folder / backup_name("damaged").replace(".sqlite3", ".bin")
        shutil.copyfile(database_file, damaged)
        return damaged


def restore_database(database_file: Path, backup: Path) -> RestoreResult:
    """Replace *database_file* with *backup* (checked), keeping the current one first."""
    if backup.resolve() == database_file.resolve():
        raise UsageError("that file is the database itself")
    revision = backup_revision(backup)
    kept = _keep_current(database_file)
    staged = database_file.with_name(database_file.name + ".restoring")
    try:
        copy_database(backup, staged)
        problems = quick_check(staged)
        if problems:
            raise sqlite3.DatabaseError(problems[0])
        for suffix in ("-wal", "-shm"):
            database_file.with_name(database_file.name + suffix).unlink(missing_ok=True)
        staged.replace(database_file)
    except (sqlite3.DatabaseError, OSError) as error:
        raise DatabaseError(
            f"{database_file}: could not restore ({error}); {kept} holds the database as it was"
        ) from error
    finally:
        staged.unlink(missing_ok=True)
    return RestoreResult(backup, kept, revision)


def newest_good_backup(database_file: Path) -> Path | None:
    """The newest backup beside *database_file* that passes its checks, if any."""
    for backup in backups(backups_dir_for(database_file)):
        try:
            backup_revision(backup.path)
        except UsageError:
            continue
        return backup.path
    return None


def daily_backup(database: Database) -> Path | None:
    """Once a day, when the data changed since the last daily backup: back up and rotate."""
    path = database.path
    if path is None:
        return None
    folder = backups_dir_for(path)
    if not daily_due(folder):
        return None
    first = not any(b.reason == DAILY for b in backups(folder))
    with database.session() as session:
        newest = int(session.scalar(select(func.max(AuditEntry.id))) or 0)
        mark = session.get(AppMeta, DAILY_MARK)
        if not first and mark is not None and int(mark.value) == newest:
            return None
    made = create_backup(path, folder, DAILY)
    with database.session() as session:
        session.merge(AppMeta(key=DAILY_MARK, value=str(newest)))
    rotate(folder)
    return made
