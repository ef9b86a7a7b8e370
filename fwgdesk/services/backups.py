"""Backups of either engine behind one interface: a SQLite file is copied with SQLite's
backup API beside it (``fwgdesk.db.backup``); a database on a server is dumped into the
user's data folder (``fwgdesk.db.server_dump``). Every risky operation (migration, import,
undo, repair, restore, forgetting) backs up through :func:`backup_before`."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import make_url

from fwgdesk.db.backup import DUMP_SUFFIX, backups_dir_for, create_backup
from fwgdesk.db.engine import Database
from fwgdesk.db.server_dump import DumpError, read_dump, restore_dump, write_dump
from fwgdesk.domain.errors import DatabaseError, UsageError
from fwgdesk.paths import DataPaths
from fwgdesk.services import codes

UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def server_backups_dir(paths: DataPaths, url: str) -> Path:
    """The folder of a server database's dumps: ``backups/<host>-<port>-<database>`` in the
    user's data folder (one per server database, the password never in it)."""
    parsed = make_url(url)
    name = "-".join(
        str(part) for part in (parsed.host or "local", parsed.port or "", parsed.database or "")
    )
    return paths.root / "backups" / UNSAFE.sub("_", name).strip("_")


def backups_folder(database: Database) -> Path | None:
    """Where *database*'s backups are kept, when it has a place for them."""
    path = database.path
    return backups_dir_for(path) if path is not None else database.server_backups


def backup_before(database: Database, reason: str) -> Path | None:
    """A verified backup of *database* made before an operation named *reason*; None for a
    server database opened without a data folder (its owner's own backups then apply)."""
    path = database.path
    if path is not None:
        return create_backup(path, backups_dir_for(path), reason)
    if database.server_backups is None:
        return None
    return write_dump(database.engine, database.server_backups, reason)


def is_dump(path: Path) -> bool:
    return path.name.endswith(DUMP_SUFFIX)


def dump_revision(path: Path) -> str:
    """The schema revision of a dump file, after checking it."""
    if not path.is_file():
        raise UsageError(codes.NO_SUCH_BACKUP, path=path)
    try:
        dump = read_dump(path)
    except DumpError as error:
        raise UsageError(codes.BACKUP_NOT_FWGDESK, path=path, reason=error.reason) from error
    return str(dump.revision)


def restore_server(database: Database, backup: Path) -> Path | None:
    """Replace a server database's rows with a dump's, in one transaction, after dumping
    the current rows (returned: where they are kept)."""
    try:
        dump = read_dump(backup)
    except DumpError as error:
        raise UsageError(codes.BACKUP_NOT_FWGDESK, path=backup, reason=error.reason) from error
    kept = backup_before(database, "pre-restore")
    try:
        restore_dump(database.engine, dump)
    except DumpError as error:
        raise UsageError(codes.BACKUP_OTHER_VERSION, path=backup, revision=dump.revision) from error
    except Exception as error:
        raise DatabaseError(
            codes.RESTORE_FAILED, database=database.display_name, reason=str(error), kept=kept
        ) from error
    return kept
