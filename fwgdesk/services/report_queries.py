"""Look-ups the status sheets need that the other services do not offer.

A batch of sheets reads its States' rows a chunk of States at a time, in one session and
a handful of queries, rather than several sessions per State; the rows come out as the
same records the other services return.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import contains_eager, selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import (
    AssistanceRequest,
    FocalPoint,
    Recommendation,
    RecommendationLink,
    Review,
    State,
)
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.domain.people import FocalPointRecord
from fwgdesk.domain.records import LinkRecord, StateRecord
from fwgdesk.domain.reviews import AssistanceRecord, ReviewRecord
from fwgdesk.services.links import link_record
from fwgdesk.services.people import record as person_record
from fwgdesk.services.reviews import assistance_record, review_record


@dataclass
class StateRows:
    """One State's own rows: people, reviews, assistance requests, linked items."""

    focal_points: list[FocalPointRecord] = field(default_factory=list)
    reviews: list[ReviewRecord] = field(default_factory=list)
    assistance: list[AssistanceRecord] = field(default_factory=list)
    links: list[LinkRecord] = field(default_factory=list)  # in catalogue order


def states_under_review(database: Database, group: int) -> list[str]:
    """The States with a review in review group *group*, in code order."""
    query = (
        select(Review.state_iso3)
        .where(Review.review_group == group)
        .distinct()
        .order_by(Review.state_iso3)
    )
    with database.session() as session:
        return list(session.scalars(query))


def state_rows(database: Database, codes: Sequence[str]) -> dict[str, StateRows]:
    """The rows of the States *codes* (every code gets an entry, maybe empty)."""
    wanted = list(dict.fromkeys(codes))
    found = {code: StateRows() for code in wanted}
    people_query = select(FocalPoint).where(FocalPoint.state_iso3.in_(wanted))
    reviews_query = (
        select(Review)
        .where(Review.state_iso3.in_(wanted))
        .options(selectinload(Review.reviewers), selectinload(Review.stage_events))
        .order_by(Review.review_group, Review.cluster)
    )
    requests_query = (
        select(AssistanceRequest)
        .where(AssistanceRequest.state_iso3.in_(wanted))
        .order_by(AssistanceRequest.requested_on, AssistanceRequest.id)
    )
    links_query = (
        select(RecommendationLink)
        .join(RecommendationLink.recommendation)
        .where(RecommendationLink.state_iso3.in_(wanted))
        .options(
            contains_eager(RecommendationLink.recommendation).selectinload(Recommendation.themes)
        )
        .order_by(Recommendation.sort_order)
    )
    with database.session() as session:
        for person in session.scalars(people_query):
            found[person.state_iso3].focal_points.append(person_record(person))
        for review in session.scalars(reviews_query):
            found[review.state_iso3].reviews.append(review_record(review))
        for request in session.scalars(requests_query):
            found[request.state_iso3].assistance.append(assistance_record(request))
        for link in session.scalars(links_query).unique():
            found[link.state_iso3].links.append(link_record(link))
    return found


def state_directory(database: Database) -> list[StateRecord]:
    """Every State as a record, in code order (columns only: no ORM objects)."""
    columns = [
        State.iso3,
        *(getattr(State, f"name_{lang}") for lang in UN_LANGUAGES),
        State.regional_group,
        State.protocol_status,
        State.protocol_status_date,
        State.protocol_status_source,
    ]
    with database.session() as session:
        rows = session.execute(select(*columns).order_by(State.iso3)).all()
    count = len(UN_LANGUAGES)
    return [
        StateRecord(
            iso3=row[0],
            names=dict(zip(UN_LANGUAGES, row[1 : 1 + count], strict=True)),
            regional_group=row[1 + count].value,
            protocol_status=row[2 + count].value,
            protocol_status_date=row[3 + count],
            protocol_status_source=row[4 + count],
        )
        for row in rows
    ]


def first_review_groups(database: Database) -> dict[str, int]:
    """Each State under review: the first review group it is reviewed in."""
    query = select(Review.state_iso3, func.min(Review.review_group)).group_by(Review.state_iso3)
    with database.session() as session:
        return {row[0]: row[1] for row in session.execute(query)}
