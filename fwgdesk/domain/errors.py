"""Errors meant for the user, as data: a code and its parameters, worded at the edge.

One hierarchy: every error a user can act on is a :class:`FwgdeskError`; its class says
what kind of failure it is (and the command line's exit status), its
:class:`~fwgdesk.domain.messages.Message` says what happened. No code reads an error's
wording: decisions are taken on the class and the code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from fwgdesk.domain.codes import INVALID_INPUT
from fwgdesk.domain.messages import Message, MessageCode


class FwgdeskError(Exception):
    """A problem the user can understand and act on (never shown as a traceback)."""

    exit_code: ClassVar[int] = 1

    def __init__(self, code: MessageCode, /, **params: Any) -> None:
        self.detail = Message(code, params)
        super().__init__(code.key)

    @property
    def code(self) -> MessageCode:
        return self.detail.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.detail.params

    def __str__(self) -> str:  # for logs and tracebacks; users get the edge's wording
        from fwgdesk.domain.wording import english

        return english(self.detail)


class UsageError(FwgdeskError):
    """The user asked for something that does not exist or cannot be done."""

    exit_code = 2


class ValidationError(UsageError):
    """Field-by-field problems with what the user entered: ``{field: Message}``."""

    def __init__(self, problems: Mapping[str, Message]) -> None:
        self.problems = dict(problems)
        super().__init__(INVALID_INPUT, problems=self.problems)


class RuleError(UsageError):
    """A write would break one of the application's rules (see ``fwgdesk.domain.rules``);
    nothing was written."""


class ConflictError(FwgdeskError):
    """Someone else changed the row since it was read; nothing was written. ``current``
    is the version the row has now (a save may insist with it)."""

    exit_code = 5

    def __init__(self, code: MessageCode, /, current: int | None = None, **params: Any) -> None:
        self.current = current
        super().__init__(code, **params)


class DatabaseError(FwgdeskError):
    """The database cannot be opened, upgraded or trusted."""

    exit_code = 3


class UpgradeNeededError(DatabaseError):
    """A shared database's schema is older than this client's: it is upgraded only when the
    user asks (``fwgdesk db upgrade``, or yes in the window), since every user must then
    use the new version."""


class DamagedDatabaseError(DatabaseError):
    """The database file is damaged; *good_backup* is the newest backup that is sound."""

    def __init__(
        self,
        code: MessageCode,
        /,
        database_file: object,
        good_backup: object | None,
        **params: Any,
    ) -> None:
        self.database_file = database_file
        self.good_backup = good_backup
        super().__init__(code, **params)


class StorageError(FwgdeskError):
    """The database or a file could not be written; nothing was changed."""

    exit_code = 5


class DatabaseLockedError(StorageError):
    """Another program holds the database (or the file) and did not let go in time."""


class DiskFullError(StorageError):
    """The disk (or the user's quota) is full."""


class ReadOnlyError(StorageError):
    """The file or its folder cannot be written."""
