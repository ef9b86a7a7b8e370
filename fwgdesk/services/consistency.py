"""The application's own consistency rules, checked and repaired in one transaction.

SQLite's checks say the file is sound; these say the data makes sense:
* a review's stage and date are those of its latest stage change;
* a suspended reason belongs to suspended reviews only;
* a State does not review itself;
* the self-assessment progress is a share from 0 to 1.
What cannot be decided for the user (two active focal points of one State, an end date
before the designation) is reported, not changed. Repairs are audited as ``repair``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import FocalPoint, Review
from fwgdesk.domain.enums import Origin, Role, Stage


@dataclass
class ConsistencyReport:
    repaired: Counter[str] = field(default_factory=Counter)
    reported: Counter[str] = field(default_factory=Counter)

    @property
    def clean(self) -> bool:
        return not self.repaired and not self.reported


def _reviews(session: Session, report: ConsistencyReport) -> None:
    query = select(Review).options(
        selectinload(Review.stage_events), selectinload(Review.reviewers)
    )
    for review in session.scalars(query):
        events = sorted(review.stage_events, key=lambda e: (e.on, e.id))
        if events and (review.stage, review.stage_since) != (events[-1].stage, events[-1].on):
            review.stage, review.stage_since = events[-1].stage, events[-1].on
            report.repaired["review stage differs from its latest stage change"] += 1
        if review.suspended_reason and review.stage is not Stage.SUSPENDED:
            review.suspended_reason = None
            report.repaired["suspended reason on a review that is not suspended"] += 1
        own = [r for r in review.reviewers if r.state_iso3 == review.state_iso3]
        for reviewer in own:
            review.reviewers.remove(reviewer)
            report.repaired["a State reviewing itself"] += 1
        progress = review.saq_progress
        if progress is not None and not 0 <= progress <= 1:
            review.saq_progress = min(1.0, max(0.0, progress))
            report.repaired["self-assessment progress outside 0-100%"] += 1


def _people(session: Session, report: ConsistencyReport) -> None:
    active = Counter(
        session.scalars(
            select(FocalPoint.state_iso3).where(
                FocalPoint.role == Role.FOCAL_POINT, FocalPoint.ended_on.is_(None)
            )
        )
    )
    for _iso3, count in active.items():
        if count > 1:
            report.reported["a State with more than one active focal point"] += 1
    for person in session.scalars(select(FocalPoint).where(FocalPoint.ended_on.is_not(None))):
        if person.designated_on and person.ended_on and person.ended_on < person.designated_on:
            report.reported["a designation ending before it began"] += 1


class _LookOnlyError(Exception):
    """Ends the first, looking-only pass: its transaction is rolled back."""


def _apply_rules(session: Session, report: ConsistencyReport) -> None:
    _reviews(session, report)
    _people(session, report)


def check_consistency(
    database: Database, before_repair: Callable[[], object] | None = None
) -> ConsistencyReport:
    """Check every rule; when something needs repair, call *before_repair* (a backup)
    and repair what can be repaired, all in one transaction."""
    looked = ConsistencyReport()
    try:
        with database.session(origin=Origin.REPAIR) as session:
            _apply_rules(session, looked)
            raise _LookOnlyError
    except _LookOnlyError:
        pass
    if not looked.repaired:
        return looked
    if before_repair is not None:
        before_repair()
    repaired = ConsistencyReport()
    with database.session(origin=Origin.REPAIR) as session:
        _apply_rules(session, repaired)
    return repaired
