"""The recommendation catalogue: listing, filtering and full-text search."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import (
    Recommendation,
    RecommendationArticle,
    RecommendationTheme,
    SourceDocument,
    Theme,
)
from fwgdesk.db.search import apply_search, search_condition
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.languages import texts_of
from fwgdesk.domain.messages import MessageCode, message
from fwgdesk.domain.records import CatalogueItem, SourceRecord, Texts
from fwgdesk.services.codes import (
    EMPTY_SEARCH,
    KIND_SOURCE,
    KIND_THEME,
    UNKNOWN_FILTER,
)


def item_record(rec: Recommendation) -> CatalogueItem:
    return CatalogueItem(
        code=rec.code,
        source=rec.source_code,
        number=rec.number,
        section=rec.section,
        section_titles=texts_of(rec, "section_title"),
        subsection_titles=texts_of(rec, "subsection_title"),
        titles=texts_of(rec, "title"),
        texts=texts_of(rec, "text"),
        themes=tuple(rec.theme_codes),
        articles=tuple(rec.article_numbers),
        addressees=tuple(a.value for a in rec.addressee_values),
        withdrawn_on=rec.withdrawn_on,
    )


def list_sources(database: Database) -> list[SourceRecord]:
    with database.session() as session:
        documents = session.scalars(select(SourceDocument).order_by(SourceDocument.sort_order))
        return [
            SourceRecord(
                d.code,
                d.kind.value if d.kind else None,
                texts_of(d, "title"),
                d.meeting,
                d.issued_on,
                d.symbol,
            )
            for d in documents
        ]


def theme_codes(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(Theme.code).order_by(Theme.sort_order)))


def _check_filter(kind: MessageCode, value: str | None, known: list[str]) -> None:
    if value is not None and value not in known:
        raise UsageError(UNKNOWN_FILTER, kind=message(kind), value=value, known=known)


def list_sections(database: Database, source: str) -> list[tuple[str, Texts]]:
    """The sections of one source document, in the document's order: (section, its
    heading by language)."""
    query = (
        select(Recommendation)
        .where(Recommendation.source_code == source, Recommendation.section.is_not(None))
        .order_by(Recommendation.sort_order)
    )
    sections: dict[str, Texts] = {}
    with database.session() as session:
        for item in session.scalars(query):
            sections.setdefault(str(item.section), texts_of(item, "section_title"))
    return list(sections.items())


def list_items(
    database: Database,
    source: str | None = None,
    theme: str | None = None,
    query: str = "",
    section: str | None = None,
    article: int | None = None,
) -> list[CatalogueItem]:
    """Catalogue items in catalogue order, filtered by source, section, theme, Protocol
    article and search text."""
    _check_filter(KIND_SOURCE, source, [s.code for s in list_sources(database)])
    _check_filter(KIND_THEME, theme, theme_codes(database))
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
    if section:
        statement = statement.where(Recommendation.section == section)
    if article is not None:
        statement = statement.where(
            Recommendation.articles.any(RecommendationArticle.article == article)
        )
    statement = apply_search(statement, query, database.dialect)
    with database.session() as session:
        rows = session.scalars(statement.order_by(Recommendation.sort_order))
        return [item_record(rec) for rec in rows]


def items_by_code(database: Database, codes: Iterable[str]) -> dict[str, CatalogueItem]:
    """The catalogue items of *codes* (those that exist), by code."""
    wanted = list(dict.fromkeys(codes))
    if not wanted:
        return {}
    statement = (
        select(Recommendation)
        .where(Recommendation.code.in_(wanted))
        .options(
            selectinload(Recommendation.themes),
            selectinload(Recommendation.articles),
            selectinload(Recommendation.addressees),
        )
    )
    with database.session() as session:
        return {rec.code: item_record(rec) for rec in session.scalars(statement)}


def matching_codes(database: Database, query: str) -> set[str] | None:
    """Codes of the items matching the search *query* (one query); None for a blank one."""
    condition = search_condition(query, database.dialect)
    if condition is None:
        return None
    with database.session() as session:
        return set(session.scalars(select(Recommendation.code).where(condition)))


def count_items(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Recommendation)) or 0)


def search(database: Database, query: str) -> list[CatalogueItem]:
    if not query.strip():
        raise UsageError(EMPTY_SEARCH)
    return list_items(database, query=query)


def theme_labels(database: Database, language: str) -> list[tuple[str, str]]:
    """(code, label in *language*) of every theme, in the controlled list's order
    (English when *language* is not one of the six UN languages)."""
    lang = language if language in UN_LANGUAGES else "en"
    with database.session() as session:
        themes = session.scalars(select(Theme).order_by(Theme.sort_order))
        return [(t.code, getattr(t, f"name_{lang}") or t.name_en) for t in themes]
