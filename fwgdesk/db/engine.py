"""Engines and sessions for SQLite (embedded default) and PostgreSQL (shared office database)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from fwgdesk.db.audit import WHO, install_audit_hooks
from fwgdesk.db.changes import WRITTEN, Changes, Written, committed
from fwgdesk.db.codes import CHANGED_MEANWHILE
from fwgdesk.db.failures import database_failure, met_another_transaction, server_failure
from fwgdesk.db.identity import Identity, database_user, local_identity
from fwgdesk.db.rules_guard import check_rules
from fwgdesk.db.watch import announce
from fwgdesk.domain.enums import Origin
from fwgdesk.domain.errors import ConflictError

BUSY_TIMEOUT_MS = 5000  # how long a write waits for another writer before giving up


def _configure_sqlite(engine: Engine) -> None:
    """Foreign keys on, WAL with full sync, and real transactions.

    The pysqlite driver starts transactions lazily on its own; it is switched to
    autocommit and SQLAlchemy emits BEGIN itself, so DDL in migrations is transactional
    and every unit of work is one transaction.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def create_db_engine(url: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        # the driver's timeout is SQLite's busy timeout: how long to wait for a writer
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args=_server_settings(parsed))


LOCK_TIMEOUT_MS = 3000  # a write waits this long for a row another user holds, then stops
STATEMENT_TIMEOUT_MS = 120_000  # no statement of fwgdesk's runs longer than this
IDLE_IN_TRANSACTION_MS = 60_000  # a transaction left open is ended by the server


def _server_settings(url: URL) -> dict[str, Any]:
    """Timeouts set on every PostgreSQL connection: a save that meets another user's
    transaction fails after a few seconds with a message, instead of waiting forever."""
    if url.get_backend_name() != "postgresql":
        return {}
    options = " ".join(
        f"-c {name}={value}"
        for name, value in (
            ("lock_timeout", LOCK_TIMEOUT_MS),
            ("statement_timeout", STATEMENT_TIMEOUT_MS),
            ("idle_in_transaction_session_timeout", IDLE_IN_TRANSACTION_MS),
        )
    )
    return {"options": options, "application_name": "fwgdesk"}


def sqlite_path(engine: Engine) -> Path | None:
    """The file of a SQLite database, or None for another backend or an in-memory one."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


class Database:
    """One database: its engine and the sessions services open on it.

    Each service call opens its own session with :meth:`session`, which commits on
    success and rolls back on any error; objects stay usable after commit (detached).
    A locked database, a full disk or a read-only file leaves the session as a
    ``StorageError`` that says so (see ``fwgdesk.db.failures``). *busy_timeout_ms*: how
    long SQLite waits for another writer.
    """

    def __init__(self, url: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.url = url
        self.engine = create_db_engine(url, busy_timeout_ms)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        install_audit_hooks(self._sessions)
        self._identity: Identity | None = None
        # Where a server database's backups go (a folder of the user's data folder):
        # set when the database is opened for a user (a file's go beside it).
        self.server_backups: Path | None = None

    @property
    def identity(self) -> Identity:
        """Who writes through this database: recorded with every change."""
        if self._identity is None:
            local = local_identity()
            with self.engine.connect() as connection:
                role = database_user(connection)
            self._identity = Identity(local.os_user, local.host, role)
        return self._identity

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine)

    @property
    def display_name(self) -> str:
        """The database file, or its URL without the password."""
        path = self.path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(
        self, origin: Origin = Origin.LOCAL_EDIT, batch_id: int | None = None
    ) -> Iterator[Session]:
        """A transactional session; changes are audited with *origin* and *batch_id*."""
        session = self._sessions(info={"origin": origin, "batch_id": batch_id})
        try:
            session.info[WHO] = self.identity.columns()
            with session.begin():
                yield session
                session.flush()
                check_rules(session)
                if session.info.get(WRITTEN) is not None:
                    announce(session)
        except StaleDataError as error:  # a row changed under this transaction
            raise ConflictError(CHANGED_MEANWHILE) from error
        except (DBAPIError, sqlite3.Error) as error:  # rolled back by then
            if met_another_transaction(error):
                raise ConflictError(CHANGED_MEANWHILE) from error
            failure = server_failure(error, self.display_name) or database_failure(
                error, self.path or self.display_name
            )
            if failure is None:
                raise
            raise failure from error
        finally:
            session.close()
        written = session.info.get(WRITTEN)
        if isinstance(written, Written):
            committed(Changes.of(written))

    def dispose(self) -> None:
        self.engine.dispose()
