"""Applying Alembic migrations from code (no alembic.ini needed).

Alembic itself is imported only when a migration runs: on a normal start the
database's revision is compared with ``HEAD_REVISION`` (a test keeps that constant
equal to the newest script in ``migrations/versions``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from fwgdesk.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

HEAD_REVISION = "0006"
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_head() -> str | None:
    """The newest revision among the migration scripts (reads them all)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_pending(engine: Engine) -> bool:
    """True when the database is not at the newest revision (an empty one included)."""
    return current_revision(engine) != HEAD_REVISION


MIGRATION_LOCK = 7_310_442_001  # PostgreSQL advisory lock: one client migrates at a time


# Clients starting together wait for the one that sets the database up (upgrade, bundled
# data) longer than for a row another user holds (the connection's lock timeout).
SET_SETUP_WAIT = text("SET LOCAL lock_timeout = '300s'")


def is_newer(revision: str | None) -> bool:
    """Whether *revision* is of a newer fwgdesk than this one (revisions are numbered)."""
    return revision is not None and revision.isdigit() and revision > HEAD_REVISION


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade in one transaction: a failure leaves the database as it was. On a server the
    transaction first takes an advisory lock, so that clients starting together migrate one
    after the other: the later ones find the schema at its head and do nothing."""
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(SET_SETUP_WAIT)  # another client's upgrade: wait for it
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        command.upgrade(alembic_config(connection), "head")
