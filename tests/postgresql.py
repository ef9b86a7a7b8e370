"""A throwaway PostgreSQL database for tests, when a server is at hand.

``FWGDESK_TEST_PG_URL`` names a server (a SQLAlchemy URL to its maintenance database);
otherwise libpq's own ``PG*`` variables are used when ``PGHOST`` is set (as
``pg_virtualenv`` does in CI). Without either, PostgreSQL tests are skipped.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def server_url() -> str | None:
    explicit = os.environ.get("FWGDESK_TEST_PG_URL")
    if explicit:
        return explicit
    if os.environ.get("PGHOST"):
        return "postgresql+psycopg:///" + os.environ.get("PGDATABASE", "postgres")
    return None


@contextmanager
def fresh_database() -> Iterator[str]:
    """Create an empty database, yield its URL, drop it afterwards."""
    url = server_url()
    if url is None:
        pytest.skip("no PostgreSQL server (set FWGDESK_TEST_PG_URL or PGHOST)")
    name = f"fwgdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class TemplateDatabase:
    """A migrated database with the bundled data, made once; each test gets a copy of it
    (``CREATE DATABASE … TEMPLATE``), which takes a fraction of a second."""

    def __init__(self, server: str, name: str) -> None:
        self.server = server
        self.name = name

    @contextmanager
    def copy(self) -> Iterator[str]:
        name = f"fwgdesk_test_{uuid.uuid4().hex[:12]}"
        admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"'))
        try:
            yield make_url(self.server).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


@contextmanager
def pg_template_database(prepare: Callable[[str], None]) -> Iterator[TemplateDatabase]:
    """A template made by *prepare(url)* (which must close its connections)."""
    url = server_url()
    if url is None:
        pytest.skip("no PostgreSQL server (set FWGDESK_TEST_PG_URL or PGHOST)")
    with fresh_database() as template_url:
        prepare(template_url)
        yield TemplateDatabase(url, make_url(template_url).database or "")
