"""Backups a user relies on: the daily backup, rotation, backing up on request, listing
the backups, and restoring one.

Restoring checks the backup first (SQLite's quick_check and a schema fwgdesk knows),
keeps a copy of the current database, then copies the backup in with the backup API.
A database too damaged to copy that way is kept byte for byte instead.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from fwgdesk.db.backup import (
    backup_name,
    backups_dir_for,
    connect_read_only,
    copy_database,
    create_backup,
    quick_check,
)
from fwgdesk.db.engine import Database
from fwgdesk.db.migrate import HEAD_REVISION
from fwgdesk.db.models import AppMeta, AuditEntry
from fwgdesk.db.rotation import DAILY, backups, daily_due, rotate
from fwgdesk.domain.errors import DatabaseError, UsageError
from fwgdesk.services import codes
from fwgdesk.services.backups import backup_before, backups_folder, dump_revision, is_dump

DAILY_MARK = "daily_backup_audit_id"
MANUAL = "manual"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_kept_as: Path | None
    revision: str


@dataclass(frozen=True)
class BackupRecord:
    """A backup file as the window lists it."""

    path: Path
    made_at: datetime  # UTC, read from the file name
    reason: str  # daily, manual, pre-import, pre-undo, pre-migration, pre-restore, ...
    size: int  # bytes
    revision: str | None  # the schema revision; None when it cannot be read


def _revision_of(path: Path) -> str | None:
    """The revision of a backup file: a dump's, or a database file's."""
    return dump_revision(path) if is_dump(path) else _read_revision(path)


def _read_revision(path: Path) -> str | None:
    """The revision stored in a database file (read only, not checked)."""
    connection = connect_read_only(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return None if row is None else str(row[0])


def backup_revision(path: Path) -> str:
    """The schema revision of a backup file, after checking it is a sound fwgdesk database."""
    if not path.is_file():
        raise UsageError(codes.NO_SUCH_BACKUP, path=path)
    problems = quick_check(path)
    if problems:
        raise UsageError(codes.BACKUP_NOT_SOUND, path=path, reason=problems[0])
    try:
        stored = _read_revision(path)
    except sqlite3.DatabaseError as error:
        raise UsageError(codes.BACKUP_NOT_FWGDESK, path=path, reason=str(error)) from error
    if stored is None or not stored.isdigit() or stored > HEAD_REVISION:
        raise UsageError(codes.BACKUP_OTHER_VERSION, path=path, revision=stored)
    return stored


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
        raise UsageError(codes.RESTORE_ONTO_ITSELF)
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
            codes.RESTORE_FAILED, database=database_file, reason=str(error), kept=kept
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
    folder = backups_folder(database)
    if folder is None:
        return None
    if not daily_due(folder):
        return None
    first = not any(b.reason == DAILY for b in backups(folder))
    with database.session() as session:
        newest = int(session.scalar(select(func.max(AuditEntry.id))) or 0)
        mark = session.get(AppMeta, DAILY_MARK)
        if not first and mark is not None and int(mark.value) == newest:
            return None
    made = backup_before(database, DAILY)
    if made is None:
        return None
    try:
        with database.session() as session:
            session.merge(AppMeta(key=DAILY_MARK, value=str(newest)))
    except IntegrityError:  # another client, starting at the same moment, marked it first
        pass
    rotate(folder)
    return made


def list_backup_records(folder: Path) -> list[BackupRecord]:
    """The backups in *folder* (``backups_folder``), newest first, with their size and
    schema revision."""
    records = []
    for backup in backups(folder):
        try:
            size = backup.path.stat().st_size
            revision = _revision_of(backup.path)
        except FileNotFoundError:
            continue  # rotated out meanwhile
        except (sqlite3.DatabaseError, OSError, UsageError):
            revision = None
        records.append(BackupRecord(backup.path, backup.made_at, backup.reason, size, revision))
    return records


def back_up_now(database: Database) -> Path:
    """A checked backup (a copy of the file, or a dump of the server's), at the user's
    request."""
    made = backup_before(database, MANUAL)
    if made is None:
        raise UsageError(codes.NO_BACKUP_FOLDER, database=database.display_name)
    return made
