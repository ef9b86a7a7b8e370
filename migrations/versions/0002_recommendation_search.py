"""full-text search over the recommendation catalogue

On SQLite: an FTS5 table with the trigram tokenizer (finds Chinese substrings of three
characters or more), external content on ``recommendations``, kept in sync by triggers.
On PostgreSQL nothing is created: search falls back to ILIKE (see fwgdesk.db.search).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREATE_TABLE = """
CREATE VIRTUAL TABLE recommendation_fts USING fts5(
    code, title_en, section_title_zh, section_title_en, subsection_title_zh,
    subsection_title_en, text_ar, text_en, text_es, text_fr, text_ru, text_zh,
    content='recommendations', content_rowid='id', tokenize='trigram'
)
"""

AFTER_INSERT = """
CREATE TRIGGER recommendation_fts_ai AFTER INSERT ON recommendations BEGIN
    INSERT INTO recommendation_fts(
        rowid, code, title_en, section_title_zh, section_title_en, subsection_title_zh,
        subsection_title_en, text_ar, text_en, text_es, text_fr, text_ru, text_zh)
    VALUES (
        new.id, new.code, new.title_en, new.section_title_zh, new.section_title_en,
        new.subsection_title_zh, new.subsection_title_en, new.text_ar, new.text_en,
        new.text_es, new.text_fr, new.text_ru, new.text_zh);
END
"""

AFTER_DELETE = """
CREATE TRIGGER recommendation_fts_ad AFTER DELETE ON recommendations BEGIN
    INSERT INTO recommendation_fts(
        recommendation_fts, rowid, code, title_en, section_title_zh, section_title_en,
        subsection_title_zh, subsection_title_en, text_ar, text_en, text_es, text_fr,
        text_ru, text_zh)
    VALUES (
        'delete', old.id, old.code, old.title_en, old.section_title_zh, old.section_title_en,
        old.subsection_title_zh, old.subsection_title_en, old.text_ar, old.text_en,
        old.text_es, old.text_fr, old.text_ru, old.text_zh);
END
"""

AFTER_UPDATE = """
CREATE TRIGGER recommendation_fts_au AFTER UPDATE ON recommendations BEGIN
    INSERT INTO recommendation_fts(
        recommendation_fts, rowid, code, title_en, section_title_zh, section_title_en,
        subsection_title_zh, subsection_title_en, text_ar, text_en, text_es, text_fr,
        text_ru, text_zh)
    VALUES (
        'delete', old.id, old.code, old.title_en, old.section_title_zh, old.section_title_en,
        old.subsection_title_zh, old.subsection_title_en, old.text_ar, old.text_en,
        old.text_es, old.text_fr, old.text_ru, old.text_zh);
    INSERT INTO recommendation_fts(
        rowid, code, title_en, section_title_zh, section_title_en, subsection_title_zh,
        subsection_title_en, text_ar, text_en, text_es, text_fr, text_ru, text_zh)
    VALUES (
        new.id, new.code, new.title_en, new.section_title_zh, new.section_title_en,
        new.subsection_title_zh, new.subsection_title_en, new.text_ar, new.text_en,
        new.text_es, new.text_fr, new.text_ru, new.text_zh);
END
"""

REBUILD = "INSERT INTO recommendation_fts(recommendation_fts) VALUES ('rebuild')"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in (CREATE_TABLE, AFTER_INSERT, AFTER_DELETE, AFTER_UPDATE, REBUILD):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS recommendation_fts_au")
    op.execute("DROP TRIGGER IF EXISTS recommendation_fts_ad")
    op.execute("DROP TRIGGER IF EXISTS recommendation_fts_ai")
    op.execute("DROP TABLE IF EXISTS recommendation_fts")
