"""Opening the database: back up, migrate, check, and load the bundled data.

On every start: when a migration is pending on an existing SQLite database, a backup is
made first (SQLite backup API, in ``backups/`` beside the database); the database is
upgraded to the newest revision in one transaction; SQLite's integrity and foreign-key
checks run; when the upgrade or the checks fail, the backup is restored and the user is
told. Finally the bundled catalogue and States are loaded or brought up to date.
A SQLite database in a folder on a network share opens with a warning (``warnings``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from fwgdesk.db.backup import restore_backup
from fwgdesk.db.codes import A_DATA_FOLDER
from fwgdesk.db.engine import Database
from fwgdesk.db.failures import database_failure, server_failure, translated_os_error
from fwgdesk.db.filesystems import network_filesystem
from fwgdesk.db.integrity import check_integrity
from fwgdesk.db.migrate import (
    HEAD_REVISION,
    current_revision,
    is_newer,
    is_pending,
    upgrade_to_head,
)
from fwgdesk.db.roles import can_write, may_migrate, schema_owner
from fwgdesk.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    ReadOnlyError,
    StorageError,
    UpgradeNeededError,
)
from fwgdesk.domain.messages import Message, message
from fwgdesk.paths import DataPaths
from fwgdesk.services import codes
from fwgdesk.services.backups import backup_before, server_backups_dir
from fwgdesk.services.bundled import sync_bundled_data
from fwgdesk.services.maintenance import daily_backup, newest_good_backup
from fwgdesk.services.settings import Settings


@dataclass
class OpenedDatabase:
    database: Database
    backup: Path | None = None
    migrated: bool = False
    bundled_updated: bool = False
    daily_backup: Path | None = None
    warnings: list[Message] = field(default_factory=list)
    read_only: bool = False  # the role may only read (a shared database), or the file


def resolve_url(paths: DataPaths, database_url: str | None) -> str:
    """``--database`` wins, then the settings file, then the SQLite file in the data folder."""
    if database_url:
        return database_url
    return Settings.load(paths.settings).database_url or paths.sqlite_url()


def _prepare_folder(database_file: Path) -> None:
    folder = database_file.parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError as error:
            raise translated_os_error(error, folder, DatabaseError, A_DATA_FOLDER) from error
        with contextlib.suppress(OSError, NotImplementedError):
            folder.chmod(0o700)
    if not os.access(folder, os.W_OK):
        raise ReadOnlyError(codes.DATA_FOLDER_READ_ONLY, folder=folder)


def network_share_warning(database_file: Path) -> Message | None:
    """A warning when the SQLite database lies on a network share, else None."""
    kind = network_filesystem(database_file.parent)
    if kind is None:
        return None
    return message(codes.NETWORK_SHARE, folder=database_file.parent, kind=kind)


def _make_private(database_file: Path) -> None:
    """The database and its WAL files readable by the user only (POSIX)."""
    for suffix in ("", "-wal", "-shm"):
        path = database_file.with_name(database_file.name + suffix)
        with contextlib.suppress(OSError, NotImplementedError):
            if path.exists():
                path.chmod(0o600)


def damaged(database_file: Path | None, problem: Message) -> DatabaseError:
    """The error for a damaged database, naming the newest good backup when there is one."""
    if database_file is None:
        return DatabaseError(codes.DAMAGED_NO_BACKUP, problem=problem)
    good = newest_good_backup(database_file)
    if good is None:
        return DamagedDatabaseError(
            codes.DAMAGED_NO_BACKUP, database_file=database_file, good_backup=None, problem=problem
        )
    return DamagedDatabaseError(
        codes.DAMAGED_WITH_BACKUP,
        database_file=database_file,
        good_backup=good,
        problem=problem,
        backup=good,
    )


def _check_revision(database: Database, upgrade: bool) -> None:
    """A newer schema stops this client; an older shared one waits for the user's word."""
    revision = current_revision(database.engine)
    if is_newer(revision):
        raise DatabaseError(
            codes.DATABASE_NEWER,
            database=database.display_name,
            revision=revision,
            ours=HEAD_REVISION,
        )
    if revision is not None and database.path is None and not upgrade:
        raise UpgradeNeededError(
            codes.SHARED_SCHEMA_OLDER,
            database=database.display_name,
            revision=revision,
            ours=HEAD_REVISION,
        )


def _migrate(database: Database, opened: OpenedDatabase, upgrade: bool) -> None:
    path = database.path
    try:
        pending = is_pending(database.engine)
        has_schema = current_revision(database.engine) is not None
    except SQLAlchemyError as error:
        failure = server_failure(error, database.display_name) or database_failure(
            error, path or database.display_name
        )
        if failure is not None:  # locked, or a server out of reach: not damaged
            raise failure from error
        reason = f"{error.__class__.__name__}: {error.args[0] if error.args else error}"
        problem = message(codes.NOT_USABLE, database=database.display_name, reason=reason)
        raise damaged(path, problem) from error
    if not pending:
        return
    _check_owner(database)
    _check_revision(database, upgrade)
    if has_schema:  # a server's migration is one transaction; its dump is kept all the same
        opened.backup = backup_before(database, "pre-migration")
    try:
        upgrade_to_head(database.engine)
    except Exception as error:
        _restore(database, opened.backup)
        code = codes.UPGRADE_FAILED_RESTORED if opened.backup else codes.UPGRADE_FAILED
        raise DatabaseError(code, reason=str(error)) from error
    opened.migrated = True


def _check_owner(database: Database) -> None:
    """Only the owner of a shared schema changes it (an editor is told so, before any
    backup or lock)."""
    with database.engine.connect() as connection:
        if may_migrate(connection):
            return
        owner = schema_owner(connection) or "?"
    raise DatabaseError(
        codes.ONLY_OWNER_UPGRADES,
        database=database.display_name,
        owner=owner,
        role=database.identity.db_user or "?",
    )


def _restore(database: Database, backup: Path | None) -> None:
    if backup is None or database.path is None:
        return
    database.dispose()
    restore_backup(backup, database.path)


def _check(database: Database, opened: OpenedDatabase) -> None:
    """A damaged file stops the start; so does any problem right after a migration (the
    backup made before it is restored). Rows pointing to missing rows in a sound file are
    only a warning: Check database repairs them."""
    report = check_integrity(database.engine)
    if report.ok:
        return
    if report.file_sound and opened.backup is None:
        opened.warnings.append(
            message(codes.DANGLING_ROWS, count=report.foreign_keys, problem=report.problems[0])
        )
        return
    _restore(database, opened.backup)
    problem = message(
        codes.FAILED_CHECK, database=database.display_name, problem=report.problems[0]
    )
    if opened.backup:
        raise DatabaseError(codes.RESTORED_FROM_BACKUP, problem=problem)
    raise damaged(database.path, problem)


def open_database(
    paths: DataPaths, database_url: str | None = None, upgrade: bool = False
) -> OpenedDatabase:
    """Open, upgrade, check and fill the database; raise ``DatabaseError`` with a reason.

    A database file is upgraded when it needs to be (after a backup); a shared database on
    a server only when *upgrade* says so (``UpgradeNeededError`` otherwise), except a new,
    empty one, which is set up."""
    url = resolve_url(paths, database_url)
    database = Database(url)
    if database.path is None:
        database.server_backups = server_backups_dir(paths, url)
    opened = OpenedDatabase(database)
    if database.path is not None:
        _prepare_folder(database.path)
        warning = network_share_warning(database.path)
        if warning is not None:
            opened.warnings.append(warning)
    _migrate(database, opened, upgrade)
    if database.path is not None:
        _make_private(database.path)
    _check(database, opened)
    opened.read_only = not can_write(database.engine)
    if opened.read_only:  # the bundled data and the daily backup are the writers' to make
        opened.warnings.append(message(codes.READ_ONLY, database=database.display_name))
        return opened
    opened.bundled_updated = sync_bundled_data(database)
    try:
        opened.daily_backup = daily_backup(database)
    except (OSError, sqlite3.DatabaseError, StorageError) as error:
        opened.warnings.append(message(codes.DAILY_BACKUP_FAILED, reason=error))
    return opened
