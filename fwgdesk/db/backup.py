"""Backups of a SQLite database through the SQLite backup API.

A WAL database is never copied as a file: its last transactions may still be in the
``-wal`` file. ``sqlite3.Connection.backup`` copies a consistent snapshot instead.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from fwgdesk.db.codes import A_BACKUP
from fwgdesk.db.failures import FailureKind, database_failure, failure_kind, file_failure
from fwgdesk.db.types import utcnow

BACKUP_SUFFIX = ".sqlite3"


def backups_dir_for(database_file: Path) -> Path:
    """Backups are kept in ``backups/`` beside the database."""
    return database_file.parent / "backups"


def backup_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or utcnow()).strftime("%Y%m%dT%H%M%S%fZ")
    return f"fwgdesk-{stamp}-{reason}{BACKUP_SUFFIX}"


def _private(path: Path) -> None:
    """Readable and writable by the user only (POSIX); ignored where unsupported."""
    with contextlib.suppress(OSError, NotImplementedError):
        path.chmod(0o600)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change *path* (as a URI, so any character of the path is
    taken literally)."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def quick_check(path: Path) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds in the database file (empty when sound)."""
    connection = connect_read_only(path)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def copy_pages(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """The copying step of :func:`copy_database` (one place where it can fail)."""
    source.backup(target)


def copy_database(source: Path, target: Path) -> None:
    """Copy *source* into *target* (replacing its content) with the backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = connect_read_only(source)
    dst = sqlite3.connect(target)
    try:
        copy_pages(src, dst)
    finally:
        dst.close()
        src.close()
    _private(target)


def _standalone(path: Path) -> None:
    """Make a copy one self-contained file: the backup API copies the database's header, so
    the copy would be in WAL mode, and every later read of it (a check, the list of
    backups) would leave a -wal and a -shm file beside it."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def create_backup(database: Path, backups_dir: Path, reason: str) -> Path:
    """Back *database* up into *backups_dir*, verify the copy, and return its path.

    The copy is written under a temporary name and renamed only once it passed
    ``quick_check``, so a backup file that exists is a good one. A full disk, a read-only
    folder or a locked file raises a ``StorageError`` and leaves no partial file.
    """
    target = backups_dir / backup_name(reason)
    partial = target.with_suffix(".partial")
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        partial.touch(mode=0o600)  # a read-only folder fails here, with the system's reason
        copy_database(database, partial)
        _standalone(partial)
        problems = quick_check(partial)
        if problems:
            raise sqlite3.DatabaseError(f"backup failed its check: {problems[0]}")
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        if failure_kind(error) is FailureKind.LOCKED:  # the database being read, at worst
            failure = database_failure(error, database)
        else:
            failure = file_failure(error, target, A_BACKUP)
        if failure is None:
            raise
        raise failure from error
    finally:  # nothing of an unfinished copy stays (after the rename, nothing is left)
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    return target


def restore_backup(backup: Path, database: Path) -> None:
    """Replace the content of *database* with *backup* (through the backup API)."""
    copy_database(backup, database)


DUMP_SUFFIX = ".fwgdump.json.gz"  # a server database's backups (``fwgdesk.db.server_dump``)


def list_backups(backups_dir: Path) -> list[Path]:
    """Backup files (copies of a database file, or dumps of a server's), newest first."""
    if not backups_dir.is_dir():
        return []
    found = [
        *backups_dir.glob(f"fwgdesk-*{BACKUP_SUFFIX}"),
        *backups_dir.glob(f"fwgdesk-*{DUMP_SUFFIX}"),
    ]
    return sorted(found, reverse=True)
