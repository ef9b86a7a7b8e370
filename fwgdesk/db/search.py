"""Full-text search over the recommendation catalogue, behind one interface.

SQLite: FTS5 with the trigram tokenizer finds any substring of three characters or
more, Chinese included. Shorter terms (common in Chinese: 弹药, 标识) cannot be found by
trigrams and fall back to LIKE. PostgreSQL: ILIKE on the same columns.
Terms separated by spaces must all match.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, bindparam, literal_column, or_, select, text

from fwgdesk.db.models import Recommendation
from fwgdesk.domain.enums import UN_LANGUAGES

# Every language's title, headings and text (the SQLite index, migration 0006, holds the
# same columns).
SEARCHED_PREFIXES = ("title", "section_title", "subsection_title", "text")
SEARCHED_COLUMNS = (
    Recommendation.code,
    *(
        getattr(Recommendation, f"{prefix}_{lang}")
        for prefix in SEARCHED_PREFIXES
        for lang in UN_LANGUAGES
    ),
)
TRIGRAM = 3

SelectT = TypeVar("SelectT", bound=Select[Any])


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(term: str, dialect: str) -> ColumnElement[bool]:
    pattern = f"%{_escape_like(term)}%"
    if dialect == "postgresql":
        return or_(*(column.ilike(pattern, escape="\\") for column in SEARCHED_COLUMNS))
    return or_(*(column.like(pattern, escape="\\") for column in SEARCHED_COLUMNS))


_FTS_MATCH = "SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH :phrase"


def _fts(term: str) -> ColumnElement[bool]:
    """Rows whose indexed text contains *term* (a quoted FTS5 phrase: no query syntax)."""
    phrase = '"' + term.replace('"', '""') + '"'
    matching = text(_FTS_MATCH).bindparams(bindparam("phrase", phrase, unique=True))
    return Recommendation.id.in_(
        select(literal_column("rowid")).select_from(
            matching.columns(literal_column("rowid")).subquery()
        )
    )


def search_condition(query: str, dialect: str) -> ColumnElement[bool] | None:
    """A WHERE condition matching *query*, or None when the query is blank."""
    terms = query.split()
    if not terms:
        return None
    conditions = [
        _fts(term) if dialect == "sqlite" and len(term) >= TRIGRAM else _like(term, dialect)
        for term in terms
    ]
    return and_(*conditions)


def apply_search(statement: SelectT, query: str, dialect: str) -> SelectT:
    condition = search_condition(query, dialect)
    return statement if condition is None else statement.where(condition)
