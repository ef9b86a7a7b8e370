"""Alembic environment for fwgdesk.

The application passes an open Connection (``config.attributes["connection"]``);
pytest-alembic passes an Engine; the ``alembic`` command line passes a URL
(``sqlalchemy.url``). SQLite needs batch mode to alter tables. The full-text index
(a SQLite virtual table and its shadow tables) is managed by hand and kept out of
autogenerate.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, Engine, create_engine

from fwgdesk.db.models import Base

config = context.config
target_metadata = Base.metadata

FTS_PREFIX = "recommendation_fts"


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        connectable = create_engine(config.get_main_option("sqlalchemy.url") or "")
    if isinstance(connectable, Engine):
        with connectable.connect() as connection:
            run_with(connection)
            connection.commit()
    else:
        run_with(connectable)


if context.is_offline_mode():
    raise SystemExit("fwgdesk migrations run online only")
run_migrations_online()
