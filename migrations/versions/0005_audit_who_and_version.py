"""who made each change, and the version of the row it made

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.add_column(sa.Column("row_version", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("os_user", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("host", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("db_user", sa.String(length=200), nullable=True))
    with op.batch_alter_table("import_batches") as batch:
        batch.add_column(sa.Column("os_user", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("host", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("db_user", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_batches") as batch:
        batch.drop_column("db_user")
        batch.drop_column("host")
        batch.drop_column("os_user")
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_column("db_user")
        batch.drop_column("host")
        batch.drop_column("os_user")
        batch.drop_column("row_version")
