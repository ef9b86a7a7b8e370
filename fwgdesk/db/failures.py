"""Failures of the disk or the database turned into errors a user can act on.

A locked database, a full disk and a read-only file or folder reach fwgdesk in many
shapes: SQLite's result codes (through SQLAlchemy or the ``sqlite3`` module), PostgreSQL's
SQLSTATE, or an ``OSError`` from the system. :func:`failure_kind` recognises them, and
:func:`database_failure` and :func:`file_failure` build the message: which database, file
or folder, that nothing was changed, and what to do.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from fwgdesk.db import codes
from fwgdesk.domain.errors import (
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    FwgdeskError,
    ReadOnlyError,
    StorageError,
)
from fwgdesk.domain.messages import MessageCode, message


class FailureKind(Enum):
    LOCKED = "locked"
    FULL = "full"
    READ_ONLY = "read-only"


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_CODES = {
    5: FailureKind.LOCKED,  # SQLITE_BUSY
    6: FailureKind.LOCKED,  # SQLITE_LOCKED
    8: FailureKind.READ_ONLY,  # SQLITE_READONLY
    13: FailureKind.FULL,  # SQLITE_FULL
}
# PostgreSQL's SQLSTATE: lock_not_available, disk_full, read_only_sql_transaction.
_SQLSTATES = {
    "55P03": FailureKind.LOCKED,
    "53100": FailureKind.FULL,
    "25006": FailureKind.READ_ONLY,
}
_ERRNOS = {
    errno.ENOSPC: FailureKind.FULL,
    errno.EROFS: FailureKind.READ_ONLY,
    errno.EACCES: FailureKind.READ_ONLY,
    errno.EPERM: FailureKind.READ_ONLY,
    errno.EBUSY: FailureKind.LOCKED,
    errno.ETXTBSY: FailureKind.LOCKED,
}
if hasattr(errno, "EDQUOT"):  # not defined on Windows
    _ERRNOS[errno.EDQUOT] = FailureKind.FULL
# Windows: a file another program holds open (Python reports these as EACCES).
_WINERRORS = {32: FailureKind.LOCKED, 33: FailureKind.LOCKED}  # sharing, lock violation


def _sqlite_kind(error: sqlite3.Error) -> FailureKind | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    return None


def _os_kind(error: OSError) -> FailureKind | None:
    winerror = getattr(error, "winerror", None)
    if isinstance(winerror, int) and winerror in _WINERRORS:
        return _WINERRORS[winerror]
    return _ERRNOS.get(error.errno) if error.errno is not None else None


def _driver_kind(error: BaseException) -> FailureKind | None:
    """PostgreSQL drivers: ``sqlstate`` (psycopg 3) or ``pgcode`` (psycopg 2)."""
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if isinstance(state, str):
        return _SQLSTATES.get(state)
    return None


def failure_kind(error: BaseException) -> FailureKind | None:
    """Whether *error* means a locked database or file, a full disk, or a read-only one."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, sqlite3.Error):
        return _sqlite_kind(error)
    if isinstance(error, OSError):
        return _os_kind(error)
    return _driver_kind(error)


# PostgreSQL's serialization_failure and deadlock_detected: two transactions met; the
# one refused was rolled back whole and can be made again.
_MET_ANOTHER = frozenset({"40001", "40P01"})


def met_another_transaction(error: BaseException) -> bool:
    """Whether *error* means the transaction met another one and was rolled back."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    return state in _MET_ANOTHER


# PostgreSQL's SQLSTATE classes and codes a user can act on
_LOGIN_REFUSED = ("28",)  # invalid authorization: wrong password, unknown role
_CONNECTION_LOST = ("08", "57P01", "57P02", "57P03")  # connection exceptions, shutdown
_PERMISSION_DENIED = ("42501",)


def server_failure(error: BaseException, where: str) -> FwgdeskError | None:
    """The user's error for a database server that cannot be reached, refuses the login,
    went away or forbids the change; None for anything else (or for SQLite). Judged by
    the error's class and SQLSTATE, never by its wording."""
    connecting = isinstance(error, DBAPIError) and error.connection_invalidated
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, sqlite3.Error) or not hasattr(error, "sqlstate"):
        return None
    state = getattr(error, "sqlstate", None) or ""
    if state.startswith(_LOGIN_REFUSED):
        return DatabaseError(codes.SERVER_LOGIN_REFUSED, database=where)
    if state.startswith(_PERMISSION_DENIED):
        return DatabaseError(codes.SERVER_PERMISSION_DENIED, database=where)
    if state.startswith(_CONNECTION_LOST) or (connecting and not state):
        return DatabaseError(codes.SERVER_CONNECTION_LOST, database=where)
    if not state and type(error).__name__ == "OperationalError":  # no connection at all
        return DatabaseError(codes.SERVER_UNREACHABLE, database=where, reason=_driver_words(error))
    return None


def _driver_words(error: BaseException) -> str:
    """The driver's own words about *error* on one line (they never hold the password),
    passed on as a parameter of the message, never matched."""
    words = str(error)
    return " ".join(words.split())


def _folder(where: Path) -> Path:
    return where if where.is_dir() else where.parent


def database_failure(error: BaseException, where: Path | str) -> StorageError | None:
    """The user's error for *error* on the database *where* (its file, or its URL without
    the password), or None when it is not a locked, full or read-only database."""
    kind = failure_kind(error)
    if kind is FailureKind.LOCKED:
        return DatabaseLockedError(codes.DATABASE_LOCKED, database=where)
    if kind is FailureKind.FULL:
        place: object = (
            _folder(where) if isinstance(where, Path) else message(codes.SERVER_OF, database=where)
        )
        return DiskFullError(codes.DATABASE_DISK_FULL, place=place, database=where)
    if kind is FailureKind.READ_ONLY:
        return ReadOnlyError(codes.DATABASE_READ_ONLY, database=where)
    return None


def file_failure(
    error: BaseException, path: Path, what: MessageCode = codes.A_FILE
) -> StorageError | None:
    """The user's error for *error* while writing *path* (a file or folder, said by
    *what*), or None when it is not a locked file, a full disk or a read-only place."""
    kind = failure_kind(error)
    thing = message(what)
    if kind is FailureKind.LOCKED:
        return DatabaseLockedError(codes.FILE_LOCKED, what=thing, path=path)
    if kind is FailureKind.FULL:
        return DiskFullError(codes.FILE_DISK_FULL, folder=path.parent, what=thing, path=path)
    if kind is FailureKind.READ_ONLY:
        return ReadOnlyError(codes.FILE_READ_ONLY, folder=path.parent, what=thing, path=path)
    return None


def translated_os_error(
    error: OSError,
    path: Path,
    fallback: Callable[..., FwgdeskError],
    what: MessageCode = codes.A_FILE,
) -> FwgdeskError:
    """:func:`file_failure` for *error*, else ``fallback`` saying that *path* cannot be
    written and why (the system's reason)."""
    known = file_failure(error, path, what)
    if known is not None:
        return known
    return fallback(codes.CANNOT_WRITE, path=path, reason=error.strerror or str(error))
