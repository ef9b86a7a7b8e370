"""Check database: finding what breaks the application's rules, and what a repair would do.

fwgdesk keeps its rules at every write (``fwgdesk.db.rules_guard``), so data it wrote
passes; what this finds was left by an older version or another program. Finding changes
nothing: each :class:`Finding` says which rule, which rows, and what its repair would do,
so the user sees it first (the window lists them to confirm; ``fwgdesk db check``
reports, ``--repair`` applies). A repair never throws newer information away: a review
whose stage is newer than its history gets the missing stage change recorded, and of
several active focal points the user says who stays. Some findings are only reported,
as only the user knows the right value (dates in the future). ``fwgdesk.services.repairs``
applies the chosen repairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import (
    AssistanceRequest,
    FocalPoint,
    Recommendation,
    RecommendationLink,
    Review,
    State,
)
from fwgdesk.db.models.review import review_key
from fwgdesk.db.stages import latest_change
from fwgdesk.domain.enums import Role, Stage
from fwgdesk.domain.messages import Message, message
from fwgdesk.domain.rules import RuleId
from fwgdesk.services import repair_codes as codes

REQUEST_IN_FUTURE = "request_in_future"
SUBMITTED_IN_FUTURE = "submitted_in_future"


@dataclass(frozen=True)
class Choice:
    """One way to repair a finding (of several active focal points: who stays)."""

    key: str
    label: Message


@dataclass(frozen=True)
class Finding:
    """A rule broken (``rule``), or a value to look at (``reported``), with the repair."""

    key: str  # stable: the same finding has the same key in the next check
    subject: Message  # the rows concerned
    repair: Message | None  # what the repair does; None: only reported
    rule: RuleId | None = None
    reported: str | None = None
    choices: tuple[Choice, ...] = ()
    default: str | None = None  # the choice taken unless the user says otherwise

    @property
    def repairable(self) -> bool:
        return self.repair is not None


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def repairable(self) -> list[Finding]:
        return [f for f in self.findings if f.repairable]


# --- reviews ---------------------------------------------------------------------------


def stage_repair(review: Review) -> Message | None:
    """What the repair of a review's stage does, or None when it follows its history."""
    latest = latest_change(review)
    current = (review.stage, review.stage_since)
    if latest is None:
        if current == (Stage.NOT_STARTED, None):
            return None
        on = review.stage_since or review.updated_at.date()
        return message(codes.RECORD_STAGE_CHANGE, stage=review.stage, on=on)
    if current == (latest.stage, latest.on):
        return None
    if review.stage_since is not None and review.stage_since >= latest.on:
        return message(codes.RECORD_STAGE_CHANGE, stage=review.stage, on=review.stage_since)
    return message(codes.TAKE_LATEST_CHANGE, stage=latest.stage, on=latest.on)


def _review_findings(review: Review, today: date) -> Iterator[Finding]:
    key = review_key(review.state_iso3, review.review_group, review.cluster)
    subject = message(codes.THE_REVIEW, review=key)
    repair = stage_repair(review)
    if repair is not None:
        yield Finding(f"stage:{key}", subject, repair, RuleId.STAGE_IS_LATEST_CHANGE)
    if review.suspended_reason and review.stage is not Stage.SUSPENDED:
        repair = message(codes.REMOVE_REASON, reason=review.suspended_reason)
        yield Finding(f"reason:{key}", subject, repair, RuleId.REASON_ONLY_WHEN_SUSPENDED)
    if any(r.state_iso3 == review.state_iso3 for r in review.reviewers):
        repair = message(codes.REMOVE_SELF_REVIEW, iso3=review.state_iso3)
        yield Finding(f"self:{key}", subject, repair, RuleId.NO_SELF_REVIEW)
    progress = review.saq_progress
    if progress is not None and not 0 <= progress <= 1:
        repair = message(codes.SET_PROGRESS, value=min(1.0, max(0.0, progress)))
        yield Finding(f"progress:{key}", subject, repair, RuleId.PROGRESS_IS_A_SHARE)
    if review.saq_submitted_on is not None and review.saq_submitted_on > today:
        yield Finding(
            f"submitted:{key}",
            message(codes.SUBMITTED_ON, review=key, on=review.saq_submitted_on),
            None,
            reported=SUBMITTED_IN_FUTURE,
        )


def _reviews(session: Session, today: date) -> Iterator[Finding]:
    query = select(Review).options(
        selectinload(Review.stage_events), selectinload(Review.reviewers)
    )
    for review in session.scalars(query.order_by(Review.state_iso3, Review.id)):
        yield from _review_findings(review, today)


# --- focal points ----------------------------------------------------------------------


def designation_order(person: FocalPoint) -> tuple[date, int]:
    """Later designations sort last; among equal (or unknown) dates, the later added."""
    return (person.designated_on or date.min, person.id)


def _person(person: FocalPoint) -> Message:
    return message(codes.PERSON_SINCE, name=person.name, since=person.designated_on)


def _several_active(session: Session) -> Iterator[Finding]:
    active = select(FocalPoint).where(
        FocalPoint.role == Role.FOCAL_POINT, FocalPoint.ended_on.is_(None)
    )
    by_state: dict[str, list[FocalPoint]] = defaultdict(list)
    for person in session.scalars(active):
        by_state[person.state_iso3].append(person)
    for iso3, found in sorted(by_state.items()):
        if len(found) < 2:
            continue
        found.sort(key=designation_order)
        choices = tuple(Choice(p.external_id, _person(p)) for p in found)
        yield Finding(
            f"focal_points:{iso3}",
            message(codes.ACTIVE_FOCAL_POINTS, iso3=iso3, people=[c.label for c in choices]),
            message(codes.KEEP_ONE_ACTIVE),
            RuleId.ONE_ACTIVE_FOCAL_POINT,
            choices=choices,
            default=found[-1].external_id,
        )


def _ended_early(session: Session) -> Iterator[Finding]:
    query = select(FocalPoint).where(FocalPoint.ended_on < FocalPoint.designated_on)
    for person in session.scalars(query.order_by(FocalPoint.id)):
        yield Finding(
            f"designation:{person.external_id}",
            message(codes.DESIGNATION_OF, name=person.name, iso3=person.state_iso3),
            message(codes.END_WHEN_BEGUN, on=person.designated_on),
            RuleId.DESIGNATION_ENDS_AFTER_IT_BEGINS,
        )


# --- links and dates -------------------------------------------------------------------


def orphan_links(session: Session) -> list[RecommendationLink]:
    query = select(RecommendationLink).where(
        or_(
            RecommendationLink.recommendation_id.not_in(select(Recommendation.id)),
            RecommendationLink.state_iso3.not_in(select(State.iso3)),
        )
    )
    return list(session.scalars(query.order_by(RecommendationLink.id)))


def _orphans(session: Session) -> Iterator[Finding]:
    for link in orphan_links(session):
        yield Finding(
            f"link:{link.id}",
            message(codes.LINK_OF, iso3=link.state_iso3, id=link.recommendation_id),
            message(codes.REMOVE_LINK),
            RuleId.LINKS_POINT_TO_EXISTING_ROWS,
        )


def _future_requests(session: Session, today: date) -> Iterator[Finding]:
    query = select(AssistanceRequest).where(AssistanceRequest.requested_on > today)
    for request in session.scalars(query.order_by(AssistanceRequest.id)):
        yield Finding(
            f"requested:{request.external_id}",
            message(codes.REQUESTED_ON, iso3=request.state_iso3, on=request.requested_on),
            None,
            reported=REQUEST_IN_FUTURE,
        )


def findings_in(session: Session, today: date) -> list[Finding]:
    return [
        *_reviews(session, today),
        *_several_active(session),
        *_ended_early(session),
        *_orphans(session),
        *_future_requests(session, today),
    ]


def find_problems(database: Database, today: date | None = None) -> CheckReport:
    """Every rule broken and every value to look at; nothing is changed."""
    with database.session() as session:
        return CheckReport(findings_in(session, today or date.today()))
