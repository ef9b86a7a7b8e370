"""What the connected role may do on a shared database: write, or only read; upgrade
the schema (its owner), or not."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

# A role that may write inserts and updates the data and writes the audit trail.
_MAY_WRITE = text(
    "SELECT has_table_privilege('focal_points', 'INSERT')"
    " AND has_table_privilege('focal_points', 'UPDATE')"
    " AND has_table_privilege('recommendation_links', 'DELETE')"
    " AND has_table_privilege('audit_entries', 'INSERT')"
)
_OWNER = text(
    "SELECT tableowner FROM pg_tables"
    " WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
)
_MAY_OWN = text("SELECT pg_has_role(current_user, :owner, 'USAGE')")
_MAY_CREATE = text("SELECT has_schema_privilege(current_schema(), 'CREATE')")


def can_write(engine: Engine) -> bool:
    """Whether this connection's role may change the data of a set-up shared database (a
    SQLite file that cannot be written says so at its first write: see ``failures``)."""
    if engine.dialect.name != "postgresql":
        return True
    with engine.connect() as connection:
        return bool(connection.execute(_MAY_WRITE).scalar())


def schema_owner(connection: Connection) -> str | None:
    """The role owning the schema's tables (None: no schema yet, or not a server)."""
    if connection.dialect.name != "postgresql":
        return None
    owner = connection.execute(_OWNER).scalar()
    return None if owner is None else str(owner)


def may_migrate(connection: Connection) -> bool:
    """Whether this role may create or change the schema: its owner (or a member of the
    owner role), or anyone allowed to create tables when there is no schema yet."""
    if connection.dialect.name != "postgresql":
        return True
    owner = schema_owner(connection)
    if owner is None:
        return bool(connection.execute(_MAY_CREATE).scalar())
    return bool(connection.execute(_MAY_OWN, {"owner": owner}).scalar())


# The set-up of an office database, documented in the README ("An office on one
# PostgreSQL database") and run by its test: the same text.
SETUP_SQL = """\
CREATE ROLE fwgdesk_owner LOGIN PASSWORD 'owner-password';
CREATE ROLE fwgdesk_editors NOLOGIN;
CREATE ROLE fwgdesk_readers NOLOGIN;
CREATE DATABASE fwgdesk OWNER fwgdesk_owner;
"""
GRANTS_SQL = """\
GRANT USAGE ON SCHEMA public TO fwgdesk_editors, fwgdesk_readers;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO fwgdesk_editors;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO fwgdesk_editors;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO fwgdesk_readers;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO fwgdesk_editors;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO fwgdesk_editors;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO fwgdesk_readers;
"""
PEOPLE_SQL = """\
CREATE ROLE maria LOGIN PASSWORD 'maria-password' IN ROLE fwgdesk_editors;
CREATE ROLE ahmed LOGIN PASSWORD 'ahmed-password' IN ROLE fwgdesk_editors;
CREATE ROLE observer LOGIN PASSWORD 'observer-password' IN ROLE fwgdesk_readers;
"""


def statements(script: str) -> list[str]:
    """The statements of one of the scripts above, one by one."""
    return [part.strip() for part in script.split(";") if part.strip()]
