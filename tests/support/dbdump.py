"""The content of a database as plain data, to compare before and after an operation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData, Table, inspect, select

from fwgdesk.db.engine import Database

DATA_TABLES = (
    "states",
    "focal_points",
    "reviews",
    "review_reviewers",
    "stage_events",
    "assistance_requests",
    "recommendation_links",
    "link_dismissals",
)
BOOKKEEPING = ("audit_entries", "import_batches", "app_meta")
IGNORED_COLUMNS = {"id", "version", "created_at", "updated_at", "review_id", "recommendation_id"}


def dump(
    database: Database, tables: tuple[str, ...] = DATA_TABLES, keep_ids: bool = False
) -> dict[str, Any]:
    """Rows of each table, sorted; surrogate ids and bookkeeping columns left out unless
    *keep_ids* (then every column is compared, as for 'byte-for-byte in content')."""
    result: dict[str, Any] = {}
    with database.engine.connect() as connection:
        names = set(inspect(connection).get_table_names())
        for table in tables:
            if table not in names:
                continue
            reflected = Table(table, MetaData(), autoload_with=connection)
            rows = connection.execute(select(reflected)).mappings().all()
            cleaned = [
                tuple(
                    sorted(
                        (k, str(v)) for k, v in row.items() if keep_ids or k not in IGNORED_COLUMNS
                    )
                )
                for row in rows
            ]
            result[table] = sorted(cleaned)
    return result


def full_dump(database: Database) -> dict[str, Any]:
    return dump(database, DATA_TABLES + BOOKKEEPING, keep_ids=True)
