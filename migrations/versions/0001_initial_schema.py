"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 21:17:47.160952
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum(
                "local_edit",
                "import",
                "bundled",
                "repair",
                name="origin",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("file_name", sa.String(length=500), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("container", sa.String(length=16), nullable=True),
        sa.Column("publisher", sa.String(length=200), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=True),
        sa.Column("signer", sa.String(length=200), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "source_documents",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=True),
        sa.Column("title_zh", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("meeting", sa.Text(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("symbol", sa.String(length=64), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_source_documents")),
    )
    op.create_table(
        "states",
        sa.Column("iso3", sa.String(length=3), nullable=False),
        sa.Column("iso2", sa.String(length=2), nullable=True),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_es", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_ru", sa.String(length=200), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column(
            "regional_group",
            sa.Enum(
                "AFR",
                "APG",
                "EEG",
                "GRULAC",
                "WEOG",
                "none",
                name="regionalgroup",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "protocol_status",
            sa.Enum(
                "party",
                "signatory",
                "non_signatory",
                "unknown",
                name="protocolstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("protocol_status_date", sa.Date(), nullable=True),
        sa.Column("protocol_status_source", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("iso3", name=op.f("pk_states")),
    )
    op.create_table(
        "themes",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_es", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_ru", sa.String(length=200), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_themes")),
    )
    op.create_table(
        "assistance_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("state_iso3", sa.String(length=3), nullable=False),
        sa.Column(
            "topic",
            sa.Enum(
                "revmod",
                "self_assessment",
                "drafting_observations",
                "legislation",
                "other",
                name="assistancetopic",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "closed",
                name="assistancestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["state_iso3"], ["states.iso3"], name=op.f("fk_assistance_requests_state_iso3_states")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistance_requests")),
        sa.UniqueConstraint("external_id", name=op.f("uq_assistance_requests_external_id")),
    )
    with op.batch_alter_table("assistance_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assistance_requests_state_iso3"), ["state_iso3"], unique=False
        )

    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("state_iso3", sa.String(length=3), nullable=True),
        sa.Column(
            "action",
            sa.Enum("insert", "update", "delete", name="auditaction", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column(
            "origin",
            sa.Enum(
                "local_edit",
                "import",
                "bundled",
                "repair",
                name="origin",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_audit_entries_batch_id_import_batches"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_row_key"), ["row_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_entries_state_iso3"), ["state_iso3"], unique=False
        )

    op.create_table(
        "focal_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("state_iso3", sa.String(length=3), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "focal_point",
                "governmental_expert",
                "observer",
                "firearms_contact_point",
                name="role",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("institution", sa.String(length=300), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column(
            "gender",
            sa.Enum(
                "female",
                "male",
                "other",
                "undisclosed",
                name="gender",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("designated_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["state_iso3"], ["states.iso3"], name=op.f("fk_focal_points_state_iso3_states")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focal_points")),
        sa.UniqueConstraint("external_id", name=op.f("uq_focal_points_external_id")),
    )
    with op.batch_alter_table("focal_points", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_focal_points_state_iso3"), ["state_iso3"], unique=False
        )

    op.create_table(
        "recommendations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("source_code", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(length=8), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=8), nullable=True),
        sa.Column("section_title_zh", sa.Text(), nullable=True),
        sa.Column("section_title_en", sa.Text(), nullable=True),
        sa.Column("subsection_title_zh", sa.Text(), nullable=True),
        sa.Column("subsection_title_en", sa.Text(), nullable=True),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("text_ar", sa.Text(), nullable=True),
        sa.Column("text_en", sa.Text(), nullable=True),
        sa.Column("text_es", sa.Text(), nullable=True),
        sa.Column("text_fr", sa.Text(), nullable=True),
        sa.Column("text_ru", sa.Text(), nullable=True),
        sa.Column("text_zh", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_code"],
            ["source_documents.code"],
            name=op.f("fk_recommendations_source_code_source_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendations")),
        sa.UniqueConstraint("code", name=op.f("uq_recommendations_code")),
    )
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendations_source_code"), ["source_code"], unique=False
        )

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("state_iso3", sa.String(length=3), nullable=False),
        sa.Column("review_group", sa.Integer(), nullable=False),
        sa.Column("cluster", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "not_started",
                "preliminary_consultation",
                "self_assessment",
                "written_feedback",
                "list_of_observations",
                "summary",
                "completed",
                "suspended",
                name="stage",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("stage_since", sa.Date(), nullable=True),
        sa.Column("suspended_reason", sa.Text(), nullable=True),
        sa.Column("working_languages", sa.JSON(), nullable=False),
        sa.Column("language_agreement", sa.Boolean(), nullable=True),
        sa.Column("saq_progress", sa.Float(), nullable=True),
        sa.Column("saq_submitted_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["state_iso3"], ["states.iso3"], name=op.f("fk_reviews_state_iso3_states")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.UniqueConstraint(
            "state_iso3",
            "review_group",
            "cluster",
            name=op.f("uq_reviews_state_iso3_review_group_cluster"),
        ),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviews_state_iso3"), ["state_iso3"], unique=False)

    op.create_table(
        "recommendation_addressees",
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column(
            "addressee",
            sa.Enum(
                "all_states",
                "protocol_parties",
                "unodc",
                "working_group",
                "conference",
                name="addressee",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_recommendation_addressees_recommendation_id_recommendations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "recommendation_id", "addressee", name=op.f("pk_recommendation_addressees")
        ),
    )
    op.create_table(
        "recommendation_articles",
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("article", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_recommendation_articles_recommendation_id_recommendations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "recommendation_id", "article", name=op.f("pk_recommendation_articles")
        ),
    )
    op.create_table(
        "recommendation_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("state_iso3", sa.String(length=3), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_assessed",
                "not_started",
                "in_progress",
                "implemented",
                "not_applicable",
                name="linkstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("updated_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_recommendation_links_recommendation_id_recommendations"),
        ),
        sa.ForeignKeyConstraint(
            ["state_iso3"], ["states.iso3"], name=op.f("fk_recommendation_links_state_iso3_states")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_links")),
        sa.UniqueConstraint(
            "state_iso3",
            "recommendation_id",
            name=op.f("uq_recommendation_links_state_iso3_recommendation_id"),
        ),
    )
    with op.batch_alter_table("recommendation_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_links_recommendation_id"),
            ["recommendation_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_recommendation_links_state_iso3"), ["state_iso3"], unique=False
        )

    op.create_table(
        "recommendation_themes",
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("theme_code", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_recommendation_themes_recommendation_id_recommendations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_code"], ["themes.code"], name=op.f("fk_recommendation_themes_theme_code_themes")
        ),
        sa.PrimaryKeyConstraint(
            "recommendation_id", "theme_code", name=op.f("pk_recommendation_themes")
        ),
    )
    with op.batch_alter_table("recommendation_themes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_themes_theme_code"), ["theme_code"], unique=False
        )

    op.create_table(
        "review_reviewers",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("state_iso3", sa.String(length=3), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_review_reviewers_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["state_iso3"], ["states.iso3"], name=op.f("fk_review_reviewers_state_iso3_states")
        ),
        sa.PrimaryKeyConstraint("review_id", "state_iso3", name=op.f("pk_review_reviewers")),
    )
    op.create_table(
        "stage_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "not_started",
                "preliminary_consultation",
                "self_assessment",
                "written_feedback",
                "list_of_observations",
                "summary",
                "completed",
                "suspended",
                name="stage",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_stage_events_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_events")),
    )
    with op.batch_alter_table("stage_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_events_review_id"), ["review_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("stage_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_events_review_id"))

    op.drop_table("stage_events")
    op.drop_table("review_reviewers")
    with op.batch_alter_table("recommendation_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_themes_theme_code"))

    op.drop_table("recommendation_themes")
    with op.batch_alter_table("recommendation_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_links_state_iso3"))
        batch_op.drop_index(batch_op.f("ix_recommendation_links_recommendation_id"))

    op.drop_table("recommendation_links")
    op.drop_table("recommendation_articles")
    op.drop_table("recommendation_addressees")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviews_state_iso3"))

    op.drop_table("reviews")
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendations_source_code"))

    op.drop_table("recommendations")
    with op.batch_alter_table("focal_points", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_focal_points_state_iso3"))

    op.drop_table("focal_points")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_state_iso3"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_row_key"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_batch_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_at"))

    op.drop_table("audit_entries")
    with op.batch_alter_table("assistance_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assistance_requests_state_iso3"))

    op.drop_table("assistance_requests")
    op.drop_table("themes")
    op.drop_table("states")
    op.drop_table("source_documents")
    op.drop_table("import_batches")
    op.drop_table("app_meta")
