"""What an update's catalogue rows (sources, recommendations) must agree with: the sources
and themes the database holds or the update adds, the item's own code, and the rule that
an item a State links to is withdrawn, never deleted. Each is a problem at its row."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fwgdesk.db.models import Recommendation, RecommendationLink, SourceDocument, Theme
from fwgdesk.exchange import catalogue_codes as codes
from fwgdesk.exchange.deletions import Key, deleted_keys
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Problem

NEEDED_BY_A_NEW_ITEM = ("source", "number")


def source_of_code(code: str) -> str:
    """The source code an item's code begins with (``WG9-R3`` → ``WG9``)."""
    return code.rsplit("-", 1)[0]


@dataclass
class Catalogue:
    """The catalogue as the database holds it, and as the update leaves it."""

    items: dict[str, str]  # code -> source code (database)
    sources: set[str]  # the database's and the update's, less those it deletes
    themes: list[str]
    links: Counter[str]  # code -> links to it in the database
    deleted: dict[str, set[Key]]

    @property
    def deleted_items(self) -> set[str]:
        return {key[0] for key in self.deleted.get("recommendations", set())}


def load_catalogue(update: Update, session: Session) -> Catalogue:
    deleted = deleted_keys(update)
    gone = {key[0] for key in deleted.get("sources", set())}
    query = select(Recommendation.code, Recommendation.source_code)
    items: dict[str, str] = dict(session.execute(query).all())
    sources = set(session.scalars(select(SourceDocument.code))) - gone
    sources |= {row.key[0] for row in update.rows("sources") if row.key[0] is not None}
    themes = list(session.scalars(select(Theme.code).order_by(Theme.sort_order)))
    counted = (
        select(Recommendation.code, func.count(RecommendationLink.id))
        .join(RecommendationLink.recommendation)
        .group_by(Recommendation.code)
    )
    links: Counter[str] = Counter(dict(session.execute(counted).all()))
    return Catalogue(items, sources, themes, links, deleted)


def catalogue_codes(update: Update, session: Session) -> set[str]:
    """The catalogue codes the database holds, with those *update* adds, less those it
    deletes: what a link may name."""
    known = set(session.scalars(select(Recommendation.code)))
    known |= {row.key[0] for row in update.rows("recommendations") if row.key[0] is not None}
    return known - {key[0] for key in deleted_keys(update).get("recommendations", set())}


def _item_problems(row: UpdateRow, catalogue: Catalogue) -> Iterator[Problem]:
    code = row.key[0]
    if code is None:
        return
    known_source = catalogue.items.get(code)
    if known_source is None:
        for column in NEEDED_BY_A_NEW_ITEM:
            if row.values.get(column) is None:
                yield Problem.of(row.where.at(column), codes.NEW_ITEM_NEEDS, column=column)
    source = row.values.get("source")
    if source is not None and source not in catalogue.sources:
        yield Problem.of(row.where.at("source"), codes.UNKNOWN_SOURCE, code=source)
    if source is not None and known_source is not None and source != known_source:
        yield Problem.of(
            row.where.at("source"), codes.SOURCE_MOVED, code=code, old=known_source, new=source
        )
    owner = source or known_source
    if owner is not None and source_of_code(code) != owner:
        yield Problem.of(row.where.at("code"), codes.CODE_NOT_OF_SOURCE, code=code, source=owner)
    for theme in row.values.get("themes") or ():
        if theme not in catalogue.themes:
            known = ", ".join(catalogue.themes)
            yield Problem.of(row.where.at("themes"), codes.UNKNOWN_THEME, code=theme, known=known)


def _deletion_problems(update: Update, catalogue: Catalogue) -> Iterator[Problem]:
    kept_items = Counter(
        source for code, source in catalogue.items.items() if code not in catalogue.deleted_items
    )
    for row in update.rows("recommendations"):
        if row.key[0] not in catalogue.items and row.values.get("source"):
            kept_items[row.values["source"]] += 1
    links = Counter(catalogue.links)
    links.subtract(Counter(key[1] for key in catalogue.deleted.get("recommendation_links", ())))
    for row in update.rows("deletions"):
        key = row.values.get("key") or {}
        table, code = row.values.get("table"), str(key.get("code"))
        if table == "recommendations" and links[code] > 0:
            yield Problem.of(
                row.where.at("key"), codes.LINKED_NOT_DELETED, code=code, count=links[code]
            )
        if table == "sources" and kept_items[code] > 0:
            yield Problem.of(
                row.where.at("key"), codes.SOURCE_STILL_USED, code=code, count=kept_items[code]
            )


def catalogue_problems(update: Update, session: Session) -> list[Problem]:
    """Every catalogue row of *update* the database (with what the update adds and
    deletes) does not agree with."""
    if not (update.rows("sources") or update.rows("recommendations") or update.rows("deletions")):
        return []
    catalogue = load_catalogue(update, session)
    problems = [
        problem
        for row in update.rows("recommendations")
        for problem in _item_problems(row, catalogue)
    ]
    problems.extend(_deletion_problems(update, catalogue))
    return problems
