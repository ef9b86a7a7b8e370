"""What an update refers to in the database: States, catalogue codes, reviews, and the rows
that still refer to a State it deletes. Each is a problem at the row (and column) that
refers, found before anything is written: the database would refuse it when applied."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fwgdesk.db.models import (
    AssistanceRequest,
    FocalPoint,
    LinkDismissal,
    Recommendation,
    RecommendationLink,
    Review,
    ReviewReviewer,
    State,
)
from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.catalogue_checks import catalogue_codes
from fwgdesk.exchange.deletions import Key, deleted_keys
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Problem


def _state_codes(row: UpdateRow) -> Iterator[tuple[str, str]]:
    """The States a row names: (column, code)."""
    code = row.values.get("state")
    if code is not None:
        yield "state", code
    for code in row.values.get("reviewing_states") or ():
        yield "reviewing_states", code


def _complete(key: Key) -> bool:
    return None not in key


def _state_problems(row: UpdateRow, states: set[str], gone: set[str]) -> Iterator[Problem]:
    for column, code in _state_codes(row):
        if code in gone:
            yield Problem.of(row.where.at(column), codes.STATE_DELETED_HERE, code=code)
        elif code not in states:
            yield Problem.of(row.where.at(column), codes.UNKNOWN_STATE, code=code)


def reference_problems(update: Update, session: Session) -> list[Problem]:
    """Every row naming a State, catalogue code or review that the database (with what the
    update adds and deletes) does not hold; every State deleted while rows refer to it."""
    deleted = deleted_keys(update)
    gone = {key[0] for key in deleted.get("states", set())}
    added = {row.key[0] for row in update.rows("states") if _complete(row.key)}
    states = (set(session.scalars(select(State.iso3))) - gone) | added
    catalogue = catalogue_codes(update, session)
    query = select(Review.state_iso3, Review.review_group, Review.cluster)
    reviews = {tuple(found) for found in session.execute(query)}
    reviews |= {row.key for row in update.rows("reviews") if _complete(row.key)}
    problems: list[Problem] = []
    for table, rows in update.tables.items():
        for row in rows:
            problems.extend(_state_problems(row, states, gone))
            recommendation = row.values.get("recommendation")
            if recommendation is not None and recommendation not in catalogue:
                where = row.where.at("recommendation")
                problems.append(
                    Problem.of(where, codes.UNKNOWN_RECOMMENDATION, code=recommendation)
                )
            review = row.key[:3]
            if table == "stage_events" and _complete(review) and review not in reviews:
                problems.append(Problem.of(row.where, codes.NO_SUCH_REVIEW))
    if gone:
        problems.extend(_states_still_used(update, session, deleted, gone))
    return problems


# -- a State deleted while rows refer to it ---------------------------------------------------


def _users(session: Session, gone: set[str]) -> Iterator[tuple[str, str, str, Key]]:
    """The database's rows naming a State of *gone*: (table, State, owner, owner's key),
    the owner being the row of the format whose deletion or change removes the reference."""
    people = select(FocalPoint.state_iso3, FocalPoint.external_id)
    for state, key in session.execute(people.where(FocalPoint.state_iso3.in_(gone))):
        yield "focal_points", state, "focal_points", (key,)
    requests = select(AssistanceRequest.state_iso3, AssistanceRequest.external_id)
    for state, key in session.execute(requests.where(AssistanceRequest.state_iso3.in_(gone))):
        yield "assistance_requests", state, "assistance_requests", (key,)
    reviews = select(Review.state_iso3, Review.review_group, Review.cluster)
    for state, group, cluster in session.execute(reviews.where(Review.state_iso3.in_(gone))):
        yield "reviews", state, "reviews", (state, group, cluster)
    reviewers = select(
        ReviewReviewer.state_iso3, Review.state_iso3, Review.review_group, Review.cluster
    ).join(ReviewReviewer.review)
    for state, *review in session.execute(reviewers.where(ReviewReviewer.state_iso3.in_(gone))):
        yield "review_reviewers", state, "reviewing_states", tuple(review)
    links = select(RecommendationLink.state_iso3, Recommendation.code).join(
        RecommendationLink.recommendation
    )
    for state, code in session.execute(links.where(RecommendationLink.state_iso3.in_(gone))):
        yield "recommendation_links", state, "recommendation_links", (state, code)
    dismissals = select(LinkDismissal.state_iso3).where(LinkDismissal.state_iso3.in_(gone))
    for state in session.scalars(dismissals):
        yield "link_dismissals", state, "", ()


def _released(update: Update, deleted: dict[str, set[Key]]) -> dict[str, set[Key]]:
    """The rows whose reference to a State the update removes: by owner, their keys."""
    released: dict[str, set[Any]] = defaultdict(set)
    for table, keys in deleted.items():
        released[table] |= keys
    released["reviewing_states"] |= deleted.get("reviews", set())
    for table, column, owner in (
        ("focal_points", "state", "focal_points"),
        ("assistance_requests", "state", "assistance_requests"),
        ("reviews", "reviewing_states", "reviewing_states"),
    ):
        released[owner] |= {row.key for row in update.rows(table) if column in row.values}
    return released


def _states_still_used(
    update: Update, session: Session, deleted: dict[str, set[Key]], gone: set[str]
) -> Iterable[Problem]:
    released = _released(update, deleted)
    users: dict[str, Counter[str]] = defaultdict(Counter)
    for table, state, owner, key in _users(session, gone):
        if key not in released.get(owner, set()):
            users[state][table] += 1
    for row in update.rows("deletions"):
        named = row.values.get("key") or {}
        code = named.get("iso3")
        if row.values.get("table") != "states" or code not in users:
            continue
        used = [
            Message(codes.ROWS_OF, {"count": count, "table": name})
            for name, count in sorted(users[code].items())
        ]
        yield Problem.of(row.where.at("key"), codes.STATE_STILL_USED, code=code, rows=used)
