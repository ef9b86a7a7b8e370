"""Keeping the rules of ``fwgdesk.domain.rules`` at every write, before the commit.

:func:`check_rules` runs at the end of every transaction of ``Database.session``, after
the last flush. It looks only at the rows the transaction wrote (from its audit entries,
so rows the unit of work wrote and rows inserted in bulk alike) and raises a
:class:`~fwgdesk.domain.errors.RuleError` for the first rule they break: the transaction
is then rolled back and nothing is written. Rows an older version left broken, and the
transaction did not touch, are Check database's business.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from fwgdesk.db.changes import WRITTEN, Written
from fwgdesk.db.models import FocalPoint, Review, ReviewReviewer, StageEvent, State
from fwgdesk.db.models.review import ReviewKey, parse_review_key, review_key
from fwgdesk.domain import codes
from fwgdesk.domain.enums import AuditAction, Role, Stage
from fwgdesk.domain.errors import RuleError

STAGE_FIELDS = frozenset({"stage", "stage_since"})
DESIGNATION_FIELDS = frozenset({"role", "ended_on", "state_iso3"})
DATE_FIELDS = frozenset({"designated_on", "ended_on"})
INSERTS = frozenset({AuditAction.INSERT})
WRITES = frozenset({AuditAction.INSERT, AuditAction.UPDATE})


def check_rules(session: Session) -> None:
    """Raise ``RuleError`` if what this transaction wrote breaks a rule."""
    written = session.info.get(WRITTEN)
    if not isinstance(written, Written) or not written:
        return
    _check_reviews(session, written)
    _check_focal_points(session, written)


# --- reviews ---------------------------------------------------------------------------


def _reviews_written(written: Written, fields: frozenset[str]) -> set[ReviewKey]:
    """The reviews inserted, or updated in one of *fields*, by this transaction."""
    keys = written.keys_of("reviews", fields, WRITES)
    return {parsed for key in keys if (parsed := parse_review_key(key)) is not None}


def _children_written(
    written: Written, table: str, actions: frozenset[AuditAction]
) -> set[ReviewKey]:
    keys = written.keys_of(table, actions=actions)
    return {parsed for key in keys if (parsed := parse_review_key(key)) is not None}


def _reviews(session: Session, wanted: set[ReviewKey]) -> list[Review]:
    states = {key[0] for key in wanted}
    query = select(Review).where(Review.state_iso3.in_(states))
    return [
        r for r in session.scalars(query) if (r.state_iso3, r.review_group, r.cluster) in wanted
    ]


def _latest_events(session: Session, ids: list[int]) -> dict[int, tuple[Stage, date]]:
    query = (
        select(StageEvent.review_id, StageEvent.stage, StageEvent.on)
        .where(StageEvent.review_id.in_(ids))
        .order_by(StageEvent.on, StageEvent.id)
    )
    return {review_id: (stage, on) for review_id, stage, on in session.execute(query)}


def _check_reviews(session: Session, written: Written) -> None:
    """Each rule on the reviews whose rows it concerns were written: a review an older
    version left broken is not refused for an unrelated change."""
    stage = _reviews_written(written, STAGE_FIELDS) | _children_written(
        written, "stage_events", frozenset(AuditAction)
    )
    reason = _reviews_written(written, frozenset({"stage", "suspended_reason"}))
    progress = _reviews_written(written, frozenset({"saq_progress"}))
    reviewers = _children_written(written, "review_reviewers", INSERTS)
    wanted = stage | reason | progress | reviewers
    if not wanted:
        return
    reviews = _reviews(session, wanted)
    latest = _latest_events(session, [r.id for r in reviews])
    for review in reviews:
        found = (review.state_iso3, review.review_group, review.cluster)
        key = review_key(*found)
        if found in stage:
            _check_stage(review, latest.get(review.id))
        if found in reason and review.suspended_reason and review.stage is not Stage.SUSPENDED:
            raise RuleError(codes.RULE_REASON_NOT_SUSPENDED, review=key)
        value = review.saq_progress
        if found in progress and value is not None and not 0 <= value <= 1:
            raise RuleError(codes.RULE_PROGRESS, review=key, value=value)
    _check_self_review(
        session, [r for r in reviews if (r.state_iso3, r.review_group, r.cluster) in reviewers]
    )


def _check_stage(review: Review, latest: tuple[Stage, date] | None) -> None:
    key = review_key(review.state_iso3, review.review_group, review.cluster)
    current = (review.stage, review.stage_since)
    if latest is None:
        if current != (Stage.NOT_STARTED, None):
            raise RuleError(
                codes.RULE_STAGE_WITHOUT_CHANGE, review=key, stage=current[0], since=current[1]
            )
        return
    if current != latest:
        raise RuleError(
            codes.RULE_STAGE_NOT_LATEST,
            review=key,
            stage=current[0],
            since=current[1],
            latest_stage=latest[0],
            latest_on=latest[1],
        )


def _check_self_review(session: Session, reviews: list[Review]) -> None:
    ids = {r.id: r for r in reviews}
    if not ids:
        return
    query = select(ReviewReviewer.review_id, ReviewReviewer.state_iso3).where(
        ReviewReviewer.review_id.in_(ids)
    )
    for review_id, iso3 in session.execute(query):
        review = ids[review_id]
        if iso3 == review.state_iso3:
            key = review_key(review.state_iso3, review.review_group, review.cluster)
            raise RuleError(codes.RULE_SELF_REVIEW, iso3=iso3, review=key)


# --- focal points ----------------------------------------------------------------------


def _locked_states(states: set[str]) -> Select[Any]:
    """The States' rows, locked until the commit (PostgreSQL): two transactions that
    designate a focal point of one State then check one after the other. ``FOR NO KEY
    UPDATE``: the new rows' foreign keys already hold a key-share lock on the State, which
    a plain ``FOR UPDATE`` would wait for (a deadlock). SQLite has a single writer."""
    return select(State.iso3).where(State.iso3.in_(states)).with_for_update(key_share=True)


def _check_focal_points(session: Session, written: Written) -> None:
    states = written.states_of("focal_points", DESIGNATION_FIELDS)
    if states:
        session.execute(_locked_states(states)).all()
        active = select(FocalPoint.state_iso3, FocalPoint.name).where(
            FocalPoint.state_iso3.in_(states),
            FocalPoint.role == Role.FOCAL_POINT,
            FocalPoint.ended_on.is_(None),
        )
        names: dict[str, list[str]] = defaultdict(list)
        for iso3, name in session.execute(active.order_by(FocalPoint.id)):
            names[iso3].append(name)
        for iso3, found in sorted(names.items()):
            if len(found) > 1:
                raise RuleError(
                    codes.RULE_TWO_ACTIVE_FOCAL_POINTS, iso3=iso3, count=len(found), names=found
                )
    keys = written.keys_of("focal_points", DATE_FIELDS, WRITES)
    if keys:  # few rows break it, if any: all of them are read, not thousands of keys sent
        early = select(FocalPoint).where(FocalPoint.ended_on < FocalPoint.designated_on)
        for person in session.scalars(early):
            if person.external_id not in keys:
                continue
            raise RuleError(
                codes.RULE_ENDS_BEFORE_BEGINS,
                name=person.name,
                ended_on=person.ended_on,
                designated_on=person.designated_on,
            )
