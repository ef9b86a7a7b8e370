"""The recommendation catalogue: listing, filtering and full-text search."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import Recommendation, RecommendationTheme, SourceDocument, Theme
from fwgdesk.db.search import apply_search
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.records import CatalogueItem, SourceRecord


def item_record(rec: Recommendation) -> CatalogueItem:
    return CatalogueItem(
        code=rec.code,
        source=rec.source_code,
        number=rec.number,
        section=rec.section,
        section_title_zh=rec.section_title_zh,
        section_title_en=rec.section_title_en,
        title_en=rec.title_en,
        text_zh=rec.text_zh,
        themes=tuple(rec.theme_codes),
        articles=tuple(rec.article_numbers),
        addressees=tuple(a.value for a in rec.addressee_values),
    )


def list_sources(database: Database) -> list[SourceRecord]:
    with database.session() as session:
        documents = session.scalars(select(SourceDocument).order_by(SourceDocument.sort_order))
        return [
            SourceRecord(d.code, d.title_en, d.title_zh, d.meeting, d.issued_on, d.symbol)
            for d in documents
        ]


def theme_codes(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(Theme.code).order_by(Theme.sort_order)))


def _check_filter(kind: str, value: str | None, known: list[str]) -> None:
    if value is not None and value not in known:
        raise UsageError(f"unknown {kind} '{value}': choose one of {', '.join(known)}")


def list_items(
    database: Database,
    source: str | None = None,
    theme: str | None = None,
    query: str = "",
) -> list[CatalogueItem]:
    """Catalogue items in catalogue order, filtered by source, theme and search text."""
    _check_filter("source", source, [s.code for s in list_sources(database)])
    _check_filter("theme", theme, theme_codes(database))
    statement = select(Recommendation).options(
        selectinload(Recommendation.themes),
        selectinload(Recommendation.articles),
        selectinload(Recommendation.addressees),
    )
    if source:
        statement = statement.where(Recommendation.source_code == source)
    if theme:
        statement = statement.where(
            Recommendation.themes.any(RecommendationTheme.theme_code == theme)
        )
    statement = apply_search(statement, query, database.dialect)
    with database.session() as session:
        rows = session.scalars(statement.order_by(Recommendation.sort_order))
        return [item_record(rec) for rec in rows]


def search(database: Database, query: str) -> list[CatalogueItem]:
    if not query.strip():
        raise UsageError("the search text is empty")
    return list_items(database, query=query)
