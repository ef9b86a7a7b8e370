"""The database's data as an update in the exchange format (for the Secretariat or a peer)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import (
    AssistanceRequest,
    FocalPoint,
    Recommendation,
    RecommendationLink,
    Review,
    SourceDocument,
    State,
)
from fwgdesk.exchange.adapters import ADAPTERS
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Location
from fwgdesk.exchange.spec import TABLES

CONTACT_COLUMNS = ("email", "phone")


def _row(table: str, key: dict[str, Any], obj: Any, skip: Iterable[str] = ()) -> UpdateRow:
    adapter = ADAPTERS[table]
    values = dict(key)
    for column in TABLES[table].columns:
        if column.name in values or column.name in skip or column.name not in adapter.fields:
            continue
        values[column.name] = adapter.current(obj, column.name)
    return UpdateRow(table, values, Location("export", table))


def _selected(query: Any, column: Any, states: set[str] | None) -> Any:
    return query if states is None else query.where(column.in_(states))


def _tables(
    session: Session, states: set[str] | None, contacts: bool
) -> dict[str, list[UpdateRow]]:
    skip = () if contacts else CONTACT_COLUMNS
    tables: dict[str, list[UpdateRow]] = {name: [] for name in ADAPTERS}
    for state in session.scalars(_selected(select(State), State.iso3, states).order_by(State.iso3)):
        tables["states"].append(_row("states", {"iso3": state.iso3}, state))
    people = _selected(select(FocalPoint), FocalPoint.state_iso3, states)
    for person in session.scalars(people.order_by(FocalPoint.external_id)):
        tables["focal_points"].append(
            _row("focal_points", {"id": person.external_id}, person, skip)
        )
    reviews = _selected(
        select(Review).options(selectinload(Review.reviewers), selectinload(Review.stage_events)),
        Review.state_iso3,
        states,
    ).order_by(Review.state_iso3, Review.review_group, Review.cluster)
    for review in session.scalars(reviews):
        key = {"state": review.state_iso3, "group": review.review_group, "cluster": review.cluster}
        tables["reviews"].append(_row("reviews", key, review))
        for event in sorted(review.stage_events, key=lambda e: (e.on, e.stage.value)):
            event_key = {**key, "stage": event.stage.value, "on": event.on}
            tables["stage_events"].append(_row("stage_events", event_key, event))
    requests = _selected(select(AssistanceRequest), AssistanceRequest.state_iso3, states)
    for request in session.scalars(requests.order_by(AssistanceRequest.external_id)):
        tables["assistance_requests"].append(
            _row("assistance_requests", {"id": request.external_id}, request)
        )
    links = _selected(
        select(RecommendationLink, Recommendation.code).join(RecommendationLink.recommendation),
        RecommendationLink.state_iso3,
        states,
    ).order_by(RecommendationLink.state_iso3, Recommendation.sort_order)
    for link, code in session.execute(links):
        key = {"state": link.state_iso3, "recommendation": code}
        tables["recommendation_links"].append(_row("recommendation_links", key, link))
    return {name: rows for name, rows in tables.items() if rows}


def _catalogue(session: Session) -> dict[str, list[UpdateRow]]:
    """The catalogue's sources and items, each with every column it has."""
    sources = [
        _row("sources", {"code": source.code}, source)
        for source in session.scalars(select(SourceDocument).order_by(SourceDocument.sort_order))
    ]
    query = select(Recommendation).options(
        selectinload(Recommendation.themes),
        selectinload(Recommendation.articles),
        selectinload(Recommendation.addressees),
    )
    items = [
        _row("recommendations", {"code": item.code}, item)
        for item in session.scalars(query.order_by(Recommendation.sort_order))
    ]
    return {"sources": sources, "recommendations": items}


def build_export(
    database: Database,
    states: Iterable[str] | None,
    publisher: str,
    issued_at: datetime,
    include_contacts: bool = False,
    as_of: date | None = None,
    catalogue: bool = False,
) -> Update:
    """An update holding the selected States' data (None: everything; empty: none), and
    the recommendation catalogue when *catalogue*.

    Personal contact details (e-mail, phone) are left out unless *include_contacts*.
    The sequence is the issue time in seconds, so a publisher's exports always grow.
    """
    selected = None if states is None else {code.upper() for code in states}
    with database.session() as session:
        tables = {} if selected == set() else _tables(session, selected, include_contacts)
        if catalogue:
            tables = {**_catalogue(session), **tables}
    return Update(
        name="export",
        container="json",
        publisher=publisher,
        sequence=int(issued_at.timestamp()),
        issued_at=issued_at,
        as_of=as_of or issued_at.date(),
        tables=tables,
    )
