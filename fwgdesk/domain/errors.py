"""Errors meant for the user: each carries a message that says what is wrong and where."""

from __future__ import annotations


class FwgdeskError(Exception):
    """A problem the user can understand and act on (never shown as a traceback)."""

    exit_code = 1

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class UsageError(FwgdeskError):
    """The user asked for something that does not exist or cannot be done."""

    exit_code = 2


class DatabaseError(FwgdeskError):
    """The database cannot be opened, upgraded or trusted."""

    exit_code = 3


class DamagedDatabaseError(DatabaseError):
    """The database file is damaged; *good_backup* is the newest backup that is sound."""

    def __init__(self, message: str, database_file: object, good_backup: object | None) -> None:
        super().__init__(message)
        self.database_file = database_file
        self.good_backup = good_backup


class StorageError(FwgdeskError):
    """The database or a file could not be written; nothing was changed."""

    exit_code = 5


class DatabaseLockedError(StorageError):
    """Another program holds the database (or the file) and did not let go in time."""


class DiskFullError(StorageError):
    """The disk (or the user's quota) is full."""


class ReadOnlyError(StorageError):
    """The file or its folder cannot be written."""
