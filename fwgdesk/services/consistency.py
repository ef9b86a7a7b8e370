"""The application's own consistency rules, checked and repaired in one transaction.

SQLite's checks say the file is sound; these say the data makes sense. Repaired:
* a review's stage and date are those of its latest stage change;
* a suspended reason belongs to suspended reviews only;
* a State does not review itself;
* the self-assessment progress is a share from 0 to 1;
* a State has one active focal point: of several, the most recently designated one
  stays and the others end on its designation date (today when it is unknown);
* a designation does not end before it began: its end moves to its designation date;
* a recommendation link points to an existing recommendation and State (a link left
  behind while foreign keys were off is deleted).
Reported, not changed, as only the user knows the right date:
* an assistance request dated in the future;
* a self-assessment submitted on a date in the future.
Repairs are audited as ``repair``. Each kind below is the key of its count in the report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
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
from fwgdesk.domain.enums import Origin, Role, Stage

STAGE_NOT_LATEST = "review stage differs from its latest stage change"
REASON_NOT_SUSPENDED = "suspended reason on a review that is not suspended"
SELF_REVIEW = "a State reviewing itself"
PROGRESS_OUT_OF_RANGE = "self-assessment progress outside 0-100%"
SEVERAL_FOCAL_POINTS = "a State with more than one active focal point"
ENDED_BEFORE_BEGUN = "a designation ending before it began"
ORPHAN_LINK = "a recommendation link to a recommendation or State that does not exist"
REPAIRED_KINDS: tuple[str, ...] = (
    STAGE_NOT_LATEST,
    REASON_NOT_SUSPENDED,
    SELF_REVIEW,
    PROGRESS_OUT_OF_RANGE,
    SEVERAL_FOCAL_POINTS,
    ENDED_BEFORE_BEGUN,
    ORPHAN_LINK,
)

REQUEST_IN_FUTURE = "an assistance request dated in the future"
SUBMITTED_IN_FUTURE = "a self-assessment submitted on a date in the future"
REPORTED_KINDS: tuple[str, ...] = (REQUEST_IN_FUTURE, SUBMITTED_IN_FUTURE)


@dataclass
class ConsistencyReport:
    repaired: Counter[str] = field(default_factory=Counter)
    reported: Counter[str] = field(default_factory=Counter)

    @property
    def clean(self) -> bool:
        return not self.repaired and not self.reported


def _reviews(session: Session, report: ConsistencyReport, today: date) -> None:
    query = select(Review).options(
        selectinload(Review.stage_events), selectinload(Review.reviewers)
    )
    for review in session.scalars(query):
        events = sorted(review.stage_events, key=lambda e: (e.on, e.id))
        if events and (review.stage, review.stage_since) != (events[-1].stage, events[-1].on):
            review.stage, review.stage_since = events[-1].stage, events[-1].on
            report.repaired[STAGE_NOT_LATEST] += 1
        if review.suspended_reason and review.stage is not Stage.SUSPENDED:
            review.suspended_reason = None
            report.repaired[REASON_NOT_SUSPENDED] += 1
        own = [r for r in review.reviewers if r.state_iso3 == review.state_iso3]
        for reviewer in own:
            review.reviewers.remove(reviewer)
            report.repaired[SELF_REVIEW] += 1
        progress = review.saq_progress
        if progress is not None and not 0 <= progress <= 1:
            review.saq_progress = min(1.0, max(0.0, progress))
            report.repaired[PROGRESS_OUT_OF_RANGE] += 1
        if review.saq_submitted_on is not None and review.saq_submitted_on > today:
            report.reported[SUBMITTED_IN_FUTURE] += 1


def _designation_order(person: FocalPoint) -> tuple[date, int]:
    """Later designations sort last; among equal (or unknown) dates, the later added."""
    return (person.designated_on or date.min, person.id)


def _focal_points(session: Session, report: ConsistencyReport, today: date) -> None:
    active = session.scalars(
        select(FocalPoint).where(FocalPoint.role == Role.FOCAL_POINT, FocalPoint.ended_on.is_(None))
    )
    by_state: dict[str, list[FocalPoint]] = defaultdict(list)
    for person in active:
        by_state[person.state_iso3].append(person)
    for people in by_state.values():
        if len(people) < 2:
            continue
        *older, newest = sorted(people, key=_designation_order)
        for person in older:
            person.ended_on = newest.designated_on or today
        report.repaired[SEVERAL_FOCAL_POINTS] += 1


def _designations(session: Session, report: ConsistencyReport) -> None:
    ended_early = session.scalars(
        select(FocalPoint).where(FocalPoint.ended_on < FocalPoint.designated_on)
    )
    for person in ended_early:
        person.ended_on = person.designated_on
        report.repaired[ENDED_BEFORE_BEGUN] += 1


def _orphan_links(session: Session, report: ConsistencyReport) -> None:
    orphans = session.scalars(
        select(RecommendationLink).where(
            or_(
                RecommendationLink.recommendation_id.not_in(select(Recommendation.id)),
                RecommendationLink.state_iso3.not_in(select(State.iso3)),
            )
        )
    )
    for link in orphans:
        session.delete(link)
        report.repaired[ORPHAN_LINK] += 1


def _assistance(session: Session, report: ConsistencyReport, today: date) -> None:
    future = session.scalar(select(func.count()).where(AssistanceRequest.requested_on > today))
    if future:
        report.reported[REQUEST_IN_FUTURE] += future


class _LookOnlyError(Exception):
    """Ends the first, looking-only pass: its transaction is rolled back."""


def _apply_rules(session: Session, report: ConsistencyReport, today: date) -> None:
    _reviews(session, report, today)
    _focal_points(session, report, today)
    _designations(session, report)
    _orphan_links(session, report)
    _assistance(session, report, today)


def check_consistency(
    database: Database,
    before_repair: Callable[[], object] | None = None,
    today: date | None = None,
) -> ConsistencyReport:
    """Check every rule; when something needs repair, call *before_repair* (a backup)
    and repair what can be repaired, all in one transaction."""
    day = today or date.today()
    looked = ConsistencyReport()
    try:
        with database.session(origin=Origin.REPAIR) as session:
            _apply_rules(session, looked, day)
            raise _LookOnlyError
    except _LookOnlyError:
        pass
    if not looked.repaired:
        return looked
    if before_repair is not None:
        before_repair()
    repaired = ConsistencyReport()
    with database.session(origin=Origin.REPAIR) as session:
        _apply_rules(session, repaired, day)
    return repaired
