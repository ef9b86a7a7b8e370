"""Who writes: the system's user, the computer, and the database role (on a server).

Recorded with every change in the audit trail and with every import batch, so that the
history of a shared database says who changed what.
"""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

MAX_LENGTH = 200  # the width of the columns that keep them


@dataclass(frozen=True)
class Identity:
    os_user: str | None
    host: str | None
    db_user: str | None = None

    def columns(self) -> dict[str, Any]:
        return {"os_user": self.os_user, "host": self.host, "db_user": self.db_user}


def _clipped(value: str | None) -> str | None:
    return value[:MAX_LENGTH] if value else None


def local_identity() -> Identity:
    """This process's user and computer (None where the system does not say)."""
    try:
        user: str | None = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name, no passwd entry
        user = None
    try:
        host: str | None = socket.gethostname()
    except OSError:
        host = None
    return Identity(_clipped(user), _clipped(host))


def database_user(connection: Connection) -> str | None:
    """The role the connection logged in as; None for SQLite, which has no roles."""
    if connection.dialect.name == "sqlite":
        return None
    return _clipped(str(connection.execute(text("SELECT current_user")).scalar()))
