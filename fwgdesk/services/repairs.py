"""Applying the repairs a user chose from Check database's findings, in one transaction.

Each chosen finding is found again in the repair's own transaction (the data may have
moved on since the check): one that is gone is skipped and counted as such. The repairs
are recorded in the audit trail as ``repair``; the rules are checked before the commit
as for any write.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import FocalPoint, RecommendationLink, Review
from fwgdesk.db.models.review import parse_review_key
from fwgdesk.db.stages import latest_change, record_stage_change
from fwgdesk.domain.enums import Origin, Role, Stage
from fwgdesk.domain.rules import RuleId
from fwgdesk.services.consistency import Finding, designation_order, findings_in

REPAIR_NOTE = "Check database"  # the note of a stage change a repair records


@dataclass
class RepairReport:
    repaired: Counter[RuleId] = field(default_factory=Counter)
    gone: int = 0  # chosen findings no longer found when repairing


def _review(session: Session, key: str) -> Review | None:
    parsed = parse_review_key(key)
    if parsed is None:
        return None
    query = (
        select(Review)
        .where(
            Review.state_iso3 == parsed[0],
            Review.review_group == parsed[1],
            Review.cluster == parsed[2],
        )
        .options(selectinload(Review.stage_events), selectinload(Review.reviewers))
    )
    return session.scalars(query).first()


def _repair_stage(review: Review) -> None:
    latest = latest_change(review)
    since = review.stage_since
    if latest is None or (since is not None and since >= latest.on):
        on = since or review.updated_at.date()
        record_stage_change(review, review.stage, on, REPAIR_NOTE)
    else:
        review.stage, review.stage_since = latest.stage, latest.on
        if review.stage is not Stage.SUSPENDED:
            review.suspended_reason = None


def _repair_review(session: Session, finding: Finding) -> None:
    kind, _, key = finding.key.partition(":")
    review = _review(session, key)
    assert review is not None  # the finding was found again in this transaction
    if kind == "stage":
        _repair_stage(review)
    elif kind == "reason":
        review.suspended_reason = None
    elif kind == "self":
        for reviewer in [r for r in review.reviewers if r.state_iso3 == review.state_iso3]:
            review.reviewers.remove(reviewer)
    elif kind == "progress" and review.saq_progress is not None:
        review.saq_progress = min(1.0, max(0.0, review.saq_progress))


def _keep_one(session: Session, finding: Finding, keep: str, today: date) -> None:
    iso3 = finding.key.partition(":")[2]
    active = session.scalars(
        select(FocalPoint).where(
            FocalPoint.state_iso3 == iso3,
            FocalPoint.role == Role.FOCAL_POINT,
            FocalPoint.ended_on.is_(None),
        )
    ).all()
    kept = next((p for p in active if p.external_id == keep), None)
    if kept is None:
        kept = sorted(active, key=designation_order)[-1]
    end = kept.designated_on or today
    for person in active:
        if person is not kept:
            person.ended_on = max(end, person.designated_on or end)


def _apply(session: Session, finding: Finding, keep: Mapping[str, str], today: date) -> None:
    kind, _, key = finding.key.partition(":")
    if finding.rule is RuleId.ONE_ACTIVE_FOCAL_POINT:
        _keep_one(session, finding, keep.get(finding.key) or finding.default or "", today)
    elif kind == "designation":
        person = session.scalars(select(FocalPoint).where(FocalPoint.external_id == key)).one()
        person.ended_on = person.designated_on
    elif kind == "link":
        link = session.get(RecommendationLink, int(key))
        if link is not None:
            session.delete(link)
    else:
        _repair_review(session, finding)
        session.flush()  # the next finding of the same review sees this one's repair


def apply_repairs(
    database: Database,
    chosen: Collection[str],
    keep: Mapping[str, str] | None = None,
    today: date | None = None,
    before_repair: Callable[[], object] | None = None,
) -> RepairReport:
    """Repair the findings whose keys are *chosen*; *keep* names, for a State with several
    active focal points (by the finding's key), the one who stays. *before_repair* (a
    backup) runs first when there is anything to repair."""
    day = today or date.today()
    report = RepairReport()
    if not chosen:
        return report
    if before_repair is not None:
        before_repair()
    with database.session(origin=Origin.REPAIR) as session:
        found = {f.key: f for f in findings_in(session, day) if f.repairable}
        for key in chosen:
            finding = found.get(key)
            if finding is None or finding.rule is None:
                report.gone += 1
                continue
            _apply(session, finding, keep or {}, day)
            report.repaired[finding.rule] += 1
    return report
