"""The States table: every State with its reviews, focal points and overdue deadlines."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import FocalPoint, Review, State
from fwgdesk.domain.enums import Role
from fwgdesk.domain.reviews import ReviewRecord
from fwgdesk.domain.summaries import StateSummary
from fwgdesk.services.reviews import review_record
from fwgdesk.services.states import state_record


def _focal_point_facts(
    database: Database, only: str | None
) -> tuple[dict[str, int], dict[str, date]]:
    """Active people per State, and when each State's earliest active focal point began."""
    active: ColumnElement[bool] = FocalPoint.ended_on.is_(None)
    if only is not None:
        active = and_(active, FocalPoint.state_iso3 == only)
    with database.session() as session:
        counted = session.execute(
            select(FocalPoint.state_iso3, func.count())
            .where(active)
            .group_by(FocalPoint.state_iso3)
        )
        counts = {iso3: int(number) for iso3, number in counted}
        since: dict[str, date] = {}
        rows = session.execute(
            select(FocalPoint.state_iso3, FocalPoint.designated_on).where(
                active, FocalPoint.role == Role.FOCAL_POINT
            )
        )
        for iso3, designated in rows:
            day = designated or date.min
            since[iso3] = min(since.get(iso3, day), day)
    return counts, since


def _reviews_by_state(database: Database, only: str | None) -> dict[str, list[ReviewRecord]]:
    query = select(Review).options(
        selectinload(Review.reviewers), selectinload(Review.stage_events)
    )
    if only is not None:
        query = query.where(Review.state_iso3 == only)
    grouped: dict[str, list[ReviewRecord]] = defaultdict(list)
    with database.session() as session:
        for review in session.scalars(query.order_by(Review.review_group, Review.cluster)):
            grouped[review.state_iso3].append(review_record(review))
    return grouped


def overdue_items(
    reviews: list[ReviewRecord], focal_point_since: date | None, today: date
) -> tuple[str, ...]:
    found: list[str] = []
    for review in reviews:
        met_since = None if focal_point_since is None else focal_point_since
        for due in review.due_dates(met_since):
            if due.overdue(today) and due.what not in found:
                found.append(due.what)
    return tuple(found)


def oldest_overdue(
    reviews: list[ReviewRecord], focal_point_since: date | None, today: date
) -> date | None:
    """The earliest due date passed without being met, or None."""
    missed = [
        due.due_on
        for review in reviews
        for due in review.due_dates(focal_point_since)
        if due.overdue(today)
    ]
    return min(missed, default=None)


def list_state_summaries(
    database: Database, today: date | None = None, only: str | None = None
) -> list[StateSummary]:
    """A line per State (or only for the State *only*), in code order."""
    today = today or date.today()
    counts, since = _focal_point_facts(database, only)
    reviews = _reviews_by_state(database, only)
    query = select(State).order_by(State.iso3)
    if only is not None:
        query = query.where(State.iso3 == only)
    with database.session() as session:
        states = [state_record(s) for s in session.scalars(query)]
    summaries = []
    for state in states:
        own = reviews.get(state.iso3, [])
        summaries.append(
            StateSummary(
                state=state,
                review_groups=tuple(sorted({r.review_group for r in own})),
                stages=tuple(r.stage.value for r in own),
                active_focal_points=counts.get(state.iso3, 0),
                has_focal_point=state.iso3 in since,
                overdue=overdue_items(own, since.get(state.iso3), today),
                overdue_since=oldest_overdue(own, since.get(state.iso3), today),
            )
        )
    return summaries
