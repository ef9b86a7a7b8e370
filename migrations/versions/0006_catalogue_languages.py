"""the catalogue in six languages, kept current by updates

Titles, section and subsection headings in the six UN languages; a withdrawn date; source
documents with their kind and titles in six languages; the lists of a catalogue item
(themes, articles, addressees) audited, so undoing an update puts them back; the
addressee "unodc" named "secretariat" as the update format names it. On SQLite the search
index covers every language's title, headings and text.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
NEW_LANGUAGES = ("ar", "es", "fr", "ru")
KINDS = (
    ("WG8", "wg_report"),
    ("WG9", "wg_report"),
    ("RES11.6", "cop_resolution"),
    ("BG2014", "background_paper"),
    ("CS", "chair_summary"),
)

CREATE_TABLE = """
CREATE VIRTUAL TABLE recommendation_fts USING fts5(
    code, title_ar, title_en, title_es, title_fr, title_ru, title_zh, section_title_ar,
    section_title_en, section_title_es, section_title_fr, section_title_ru,
    section_title_zh, subsection_title_ar, subsection_title_en, subsection_title_es,
    subsection_title_fr, subsection_title_ru, subsection_title_zh, text_ar, text_en,
    text_es, text_fr, text_ru, text_zh,
    content='recommendations', content_rowid='id', tokenize='trigram'
)
"""

AFTER_INSERT = """
CREATE TRIGGER recommendation_fts_ai AFTER INSERT ON recommendations BEGIN
    INSERT INTO recommendation_fts(
        rowid, code, title_ar, title_en, title_es, title_fr, title_ru, title_zh,
        section_title_ar, section_title_en, section_title_es, section_title_fr,
        section_title_ru, section_title_zh, subsection_title_ar, subsection_title_en,
        subsection_title_es, subsection_title_fr, subsection_title_ru, subsection_title_zh,
        text_ar, text_en, text_es, text_fr, text_ru, text_zh)
    VALUES (
        new.id, new.code, new.title_ar, new.title_en, new.title_es, new.title_fr,
        new.title_ru, new.title_zh, new.section_title_ar, new.section_title_en,
        new.section_title_es, new.section_title_fr, new.section_title_ru,
        new.section_title_zh, new.subsection_title_ar, new.subsection_title_en,
        new.subsection_title_es, new.subsection_title_fr, new.subsection_title_ru,
        new.subsection_title_zh, new.text_ar, new.text_en, new.text_es, new.text_fr,
        new.text_ru, new.text_zh);
END
"""

AFTER_DELETE = """
CREATE TRIGGER recommendation_fts_ad AFTER DELETE ON recommendations BEGIN
    INSERT INTO recommendation_fts(
        recommendation_fts, rowid, code, title_ar, title_en, title_es, title_fr, title_ru,
        title_zh, section_title_ar, section_title_en, section_title_es, section_title_fr,
        section_title_ru, section_title_zh, subsection_title_ar, subsection_title_en,
        subsection_title_es, subsection_title_fr, subsection_title_ru, subsection_title_zh,
        text_ar, text_en, text_es, text_fr, text_ru, text_zh)
    VALUES (
        'delete', old.id, old.code, old.title_ar, old.title_en, old.title_es, old.title_fr,
        old.title_ru, old.title_zh, old.section_title_ar, old.section_title_en,
        old.section_title_es, old.section_title_fr, old.section_title_ru,
        old.section_title_zh, old.subsection_title_ar, old.subsection_title_en,
        old.subsection_title_es, old.subsection_title_fr, old.subsection_title_ru,
        old.subsection_title_zh, old.text_ar, old.text_en, old.text_es, old.text_fr,
        old.text_ru, old.text_zh);
END
"""

AFTER_UPDATE = """
CREATE TRIGGER recommendation_fts_au AFTER UPDATE ON recommendations BEGIN
    INSERT INTO recommendation_fts(
        recommendation_fts, rowid, code, title_ar, title_en, title_es, title_fr, title_ru,
        title_zh, section_title_ar, section_title_en, section_title_es, section_title_fr,
        section_title_ru, section_title_zh, subsection_title_ar, subsection_title_en,
        subsection_title_es, subsection_title_fr, subsection_title_ru, subsection_title_zh,
        text_ar, text_en, text_es, text_fr, text_ru, text_zh)
    VALUES (
        'delete', old.id, old.code, old.title_ar, old.title_en, old.title_es, old.title_fr,
        old.title_ru, old.title_zh, old.section_title_ar, old.section_title_en,
        old.section_title_es, old.section_title_fr, old.section_title_ru,
        old.section_title_zh, old.subsection_title_ar, old.subsection_title_en,
        old.subsection_title_es, old.subsection_title_fr, old.subsection_title_ru,
        old.subsection_title_zh, old.text_ar, old.text_en, old.text_es, old.text_fr,
        old.text_ru, old.text_zh);
    INSERT INTO recommendation_fts(
        rowid, code, title_ar, title_en, title_es, title_fr, title_ru, title_zh,
        section_title_ar, section_title_en, section_title_es, section_title_fr,
        section_title_ru, section_title_zh, subsection_title_ar, subsection_title_en,
        subsection_title_es, subsection_title_fr, subsection_title_ru, subsection_title_zh,
        text_ar, text_en, text_es, text_fr, text_ru, text_zh)
    VALUES (
        new.id, new.code, new.title_ar, new.title_en, new.title_es, new.title_fr,
        new.title_ru, new.title_zh, new.section_title_ar, new.section_title_en,
        new.section_title_es, new.section_title_fr, new.section_title_ru,
        new.section_title_zh, new.subsection_title_ar, new.subsection_title_en,
        new.subsection_title_es, new.subsection_title_fr, new.subsection_title_ru,
        new.subsection_title_zh, new.text_ar, new.text_en, new.text_es, new.text_fr,
        new.text_ru, new.text_zh);
END
"""

REBUILD = "INSERT INTO recommendation_fts(recommendation_fts) VALUES ('rebuild')"
DROP = (
    "DROP TRIGGER IF EXISTS recommendation_fts_au",
    "DROP TRIGGER IF EXISTS recommendation_fts_ad",
    "DROP TRIGGER IF EXISTS recommendation_fts_ai",
    "DROP TABLE IF EXISTS recommendation_fts",
)


# SQLite: a column loses its NOT NULL without rebuilding its table (which other tables
# refer to, and foreign keys cannot be turned off within the upgrade's transaction).
SQLITE_NULLABLE = {
    ("source_documents", "title_zh"): (
        "ALTER TABLE source_documents RENAME COLUMN title_zh TO title_zh_required",
        "ALTER TABLE source_documents ADD COLUMN title_zh TEXT",
        "UPDATE source_documents SET title_zh = title_zh_required",
        "ALTER TABLE source_documents DROP COLUMN title_zh_required",
    ),
    ("source_documents", "title_en"): (
        "ALTER TABLE source_documents RENAME COLUMN title_en TO title_en_required",
        "ALTER TABLE source_documents ADD COLUMN title_en TEXT",
        "UPDATE source_documents SET title_en = title_en_required",
        "ALTER TABLE source_documents DROP COLUMN title_en_required",
    ),
    ("recommendations", "title_en"): (
        "ALTER TABLE recommendations RENAME COLUMN title_en TO title_en_required",
        "ALTER TABLE recommendations ADD COLUMN title_en TEXT",
        "UPDATE recommendations SET title_en = title_en_required",
        "ALTER TABLE recommendations DROP COLUMN title_en_required",
    ),
}


def _nullable(table: str, column: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_NULLABLE[(table, column)]:
            op.execute(statement)
    else:
        op.alter_column(table, column, existing_type=sa.Text(), nullable=True)


def _add_columns() -> None:
    with op.batch_alter_table("source_documents") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=32), nullable=True))
        for lang in NEW_LANGUAGES:
            batch.add_column(sa.Column("title_" + lang, sa.Text(), nullable=True))
    with op.batch_alter_table("recommendations") as batch:
        for prefix in ("section_title_", "subsection_title_"):
            for lang in NEW_LANGUAGES:
                batch.add_column(sa.Column(prefix + lang, sa.Text(), nullable=True))
        for lang in LANGUAGES:
            if lang != "en":
                batch.add_column(sa.Column("title_" + lang, sa.Text(), nullable=True))
        batch.add_column(sa.Column("withdrawn_on", sa.Date(), nullable=True))
    for table, column in SQLITE_NULLABLE:
        _nullable(table, column)


def _fill() -> None:
    documents = sa.table("source_documents", sa.column("code"), sa.column("kind"))
    for code, kind in KINDS:
        op.execute(documents.update().where(documents.c.code == code).values(kind=kind))
    addressees = sa.table("recommendation_addressees", sa.column("addressee"))
    op.execute(
        addressees.update().where(addressees.c.addressee == "unodc").values(addressee="secretariat")
    )


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the index names the columns: rebuilt over the new ones
        for statement in DROP:
            op.execute(statement)
    _add_columns()
    _fill()
    if sqlite:
        for statement in (CREATE_TABLE, AFTER_INSERT, AFTER_DELETE, AFTER_UPDATE, REBUILD):
            op.execute(statement)


def _search_of_0002() -> Any:
    """Revision 0002's search index, put back by a downgrade."""
    path = Path(__file__).with_name("0002_recommendation_search.py")
    spec = importlib.util.spec_from_file_location("fwgdesk_migration_0002", path)
    assert spec is not None and spec.loader is not None, f"no revision 0002 beside {path}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in DROP:
            op.execute(statement)
    addressees = sa.table("recommendation_addressees", sa.column("addressee"))
    op.execute(
        addressees.update().where(addressees.c.addressee == "secretariat").values(addressee="unodc")
    )
    with op.batch_alter_table("recommendations") as batch:
        batch.drop_column("withdrawn_on")
        for lang in LANGUAGES:
            if lang != "en":
                batch.drop_column("title_" + lang)
        for prefix in ("section_title_", "subsection_title_"):
            for lang in NEW_LANGUAGES:
                batch.drop_column(prefix + lang)
    with op.batch_alter_table("source_documents") as batch:
        for lang in NEW_LANGUAGES:
            batch.drop_column("title_" + lang)
        batch.drop_column("kind")
    if sqlite:
        _search_of_0002().upgrade()
