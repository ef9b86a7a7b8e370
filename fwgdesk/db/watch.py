"""Learning that someone else changed the data: another user of a shared database, or a
second window on the same file.

A cheap signal says that something may have changed: on PostgreSQL a notification on
``fwgdesk_changes`` (every write transaction sends one as it commits, see
:func:`announce`), on SQLite ``PRAGMA data_version`` (it moves when another connection
commits). Then the audit trail says precisely what: the tables and States of the entries
written since the last one seen (:func:`changes_since`).
"""

from __future__ import annotations

import sqlite3
from typing import Any, Protocol

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from fwgdesk.db.changes import Changes
from fwgdesk.db.models import AuditEntry

CHANNEL = "fwgdesk_changes"
MOST_ENTRIES = 50_000  # more written since: the whole database may differ


class ChangeSignal(Protocol):
    def poll(self) -> bool:
        """Whether something may have changed since the last poll (never blocks)."""

    def close(self) -> None: ...


def announce(session: Session) -> None:
    """Tell the other clients of a PostgreSQL database that this transaction wrote
    (delivered when it commits, and not at all if it rolls back)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


class SqliteDataVersion:
    """``PRAGMA data_version`` on a connection of its own: it moves when another
    connection (another window, another process) commits to the file."""

    def __init__(self, path: str) -> None:
        self._connection = sqlite3.connect(path, check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> bool:
        try:
            version = self._read()
        except sqlite3.Error:
            return False
        moved, self._version = version != self._version, version
        return moved

    def close(self) -> None:
        self._connection.close()


class PostgresListener:
    """A connection of its own that listens on :data:`CHANNEL`."""

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg import sql

        conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self._connection: Any = psycopg.connect(
            conninfo, autocommit=True, application_name="fwgdesk (listening)"
        )
        self._connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
        self._errors = psycopg.Error

    def poll(self) -> bool:
        try:
            return any(True for _ in self._connection.notifies(timeout=0))
        except self._errors:  # the server went away: the next save says so
            return False

    def close(self) -> None:
        self._connection.close()


def change_signal(url: str, dialect: str, path: str | None) -> ChangeSignal | None:
    """The signal of others' changes for a database, or None where there is none."""
    if dialect == "postgresql":
        return PostgresListener(url)
    if dialect == "sqlite" and path is not None:
        return SqliteDataVersion(path)
    return None


def newest_entry(session: Session) -> int:
    return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def changes_since(session: Session, after: int) -> tuple[Changes, int]:
    """What the audit entries written after the entry *after* changed, and the newest id."""
    newest = newest_entry(session)
    if newest <= after:
        return Changes(), newest
    if newest - after > MOST_ENTRIES:
        return Changes(everything=True), newest
    query = (
        select(AuditEntry.table_name, AuditEntry.state_iso3)
        .where(AuditEntry.id > after, AuditEntry.id <= newest)
        .distinct()
    )
    tables: set[str] = set()
    states: set[str] = set()
    for table, state in session.execute(query):
        tables.add(table)
        if state:
            states.add(state)
    return Changes(frozenset(tables), frozenset(states)), newest
