"""suggested links a user dismissed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "link_dismissals",
        sa.Column("state_iso3", sa.String(length=3), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_link_dismissals_recommendation_id_recommendations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["state_iso3"], ["states.iso3"], name=op.f("fk_link_dismissals_state_iso3_states")
        ),
        sa.PrimaryKeyConstraint("state_iso3", "recommendation_id", name=op.f("pk_link_dismissals")),
    )


def downgrade() -> None:
    op.drop_table("link_dismissals")
