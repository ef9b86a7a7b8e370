"""A State's reviews: details, stage changes with their history, assistance requests."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AssistanceRequest, Review, ReviewReviewer, StageEvent, State
from fwgdesk.db.stages import record_stage_change, stage_from_history
from fwgdesk.domain import codes as domain_codes
from fwgdesk.domain.enums import AssistanceStatus, AssistanceTopic, Stage
from fwgdesk.domain.errors import UsageError, ValidationError
from fwgdesk.domain.messages import Message, message
from fwgdesk.domain.reviews import AssistanceRecord, ReviewRecord, StageEventRecord
from fwgdesk.services import codes
from fwgdesk.services.naming import state_named
from fwgdesk.services.versions import check_version, removed

LANGUAGE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True)
class ReviewDetails:
    """Everything of a review a user edits directly (the stage changes through events)."""

    reviewing_states: tuple[str, ...] = ()
    working_languages: tuple[str, ...] = ()
    language_agreement: bool | None = None
    saq_progress: float | None = None
    saq_submitted_on: date | None = None
    suspended_reason: str | None = None

    def problems(self, under_review: str, known_states: set[str]) -> dict[str, Message]:
        found: dict[str, Message] = {}
        unknown = [s for s in self.reviewing_states if s not in known_states]
        if unknown:
            found["reviewing_states"] = message(domain_codes.UNKNOWN_STATE_CODES, codes=unknown)
        elif under_review in self.reviewing_states:
            found["reviewing_states"] = message(domain_codes.REVIEWS_ITSELF)
        elif len(set(self.reviewing_states)) != len(self.reviewing_states):
            found["reviewing_states"] = message(domain_codes.REVIEWER_TWICE)
        bad = [lang for lang in self.working_languages if not LANGUAGE.match(lang)]
        if bad:
            found["working_languages"] = message(domain_codes.NOT_LANGUAGE_CODES, codes=bad)
        if self.saq_progress is not None and not 0 <= self.saq_progress <= 1:
            found["saq_progress"] = message(domain_codes.PROGRESS_OUT_OF_RANGE)
        return found


@dataclass(frozen=True)
class StageChange:
    """What a stage change did, so that it can be taken back: the event it recorded, the
    suspended reason it replaced, and the review's version once changed."""

    review_id: int
    event_id: int
    previous_reason: str | None
    version: int


def review_record(review: Review) -> ReviewRecord:
    return ReviewRecord(
        id=review.id,
        state_iso3=review.state_iso3,
        review_group=review.review_group,
        cluster=review.cluster,
        stage=review.stage,
        stage_since=review.stage_since,
        suspended_reason=review.suspended_reason,
        reviewing_states=tuple(r.state_iso3 for r in review.reviewers),
        working_languages=tuple(review.working_languages or ()),
        language_agreement=review.language_agreement,
        saq_progress=review.saq_progress,
        saq_submitted_on=review.saq_submitted_on,
        events=tuple(
            StageEventRecord(e.id, e.stage, e.on, e.note)
            for e in sorted(review.stage_events, key=lambda e: (e.on, e.id))
        ),
        version=review.version,
    )


def described(review: Review) -> Message:
    """*review* named for a person: its State, group and cluster."""
    session = object_session(review)
    assert session is not None, "a review is named within its session"
    return named_review(session, review.state_iso3, review.review_group, review.cluster)


def named_review(session: Session, iso3: str, group: int, cluster: int) -> Message:
    state = state_named(session, iso3)
    return message(codes.WHAT_REVIEW, state=state, group=group, cluster=cluster)


def described_request(session: Session, request: AssistanceRequest) -> Message:
    """An assistance request named for a person: its topic, day and State."""
    state = state_named(session, request.state_iso3)
    return message(codes.WHAT_ASSISTANCE, topic=request.topic, on=request.requested_on, state=state)


def _load(session: Session, review_id: int, expected: int | None = None) -> Review:
    review = session.get(
        Review,
        review_id,
        options=[selectinload(Review.reviewers), selectinload(Review.stage_events)],
    )
    if review is None:
        if expected is not None:
            raise removed(message(codes.WHAT_REVIEW_NUMBER, id=review_id))
        raise UsageError(codes.NO_REVIEW_ID, id=review_id)
    check_version(session, review, expected, described(review))
    return review


def list_reviews(database: Database, iso3: str) -> list[ReviewRecord]:
    query = (
        select(Review)
        .where(Review.state_iso3 == iso3)
        .options(selectinload(Review.reviewers), selectinload(Review.stage_events))
        .order_by(Review.review_group, Review.cluster)
    )
    with database.session() as session:
        return [review_record(r) for r in session.scalars(query)]


def create_review(database: Database, iso3: str, group: int, cluster: int) -> ReviewRecord:
    problems = {}
    if group not in (1, 2, 3):
        problems["group"] = message(domain_codes.GROUP_OUT_OF_RANGE)
    if cluster not in (1, 2, 3, 4):
        problems["cluster"] = message(domain_codes.CLUSTER_OUT_OF_RANGE)
    if problems:
        raise ValidationError(problems)
    with database.session() as session:
        if session.get(State, iso3) is None:
            raise UsageError(codes.UNKNOWN_STATE, iso3=iso3)
        exists = session.scalar(
            select(Review.id).where(
                Review.state_iso3 == iso3, Review.review_group == group, Review.cluster == cluster
            )
        )
        if exists:
            raise ValidationError(
                {
                    "group": message(
                        domain_codes.REVIEW_EXISTS, iso3=iso3, group=group, cluster=cluster
                    )
                }
            )
        review = Review(
            state_iso3=iso3,
            review_group=group,
            cluster=cluster,
            stage=Stage.NOT_STARTED,
            working_languages=[],
        )
        review.reviewers = []
        review.stage_events = []
        session.add(review)
        session.flush()
        return review_record(review)


def update_review(
    database: Database,
    review_id: int,
    details: ReviewDetails,
    expected_version: int | None = None,
) -> ReviewRecord:
    with database.session() as session:
        review = _load(session, review_id, expected_version)
        known = set(session.scalars(select(State.iso3)))
        problems = details.problems(review.state_iso3, known)
        if problems:
            raise ValidationError(problems)
        current = [r.state_iso3 for r in review.reviewers]
        if current != list(details.reviewing_states):
            review.reviewers = [
                ReviewReviewer(state_iso3=code, position=position)
                for position, code in enumerate(details.reviewing_states)
            ]
        review.working_languages = list(details.working_languages)
        review.language_agreement = details.language_agreement
        review.saq_progress = details.saq_progress
        review.saq_submitted_on = details.saq_submitted_on
        review.suspended_reason = details.suspended_reason
        session.flush()
        return review_record(review)


def change_stage(
    database: Database,
    review_id: int,
    stage: Stage,
    on: date,
    note: str | None = None,
    suspended_reason: str | None = None,
    expected_version: int | None = None,
) -> StageChange:
    """Move a review to *stage* on *on*, recorded in its stage history."""
    with database.session() as session:
        review = _load(session, review_id, expected_version)
        if stage is review.stage:
            raise ValidationError({"stage": message(domain_codes.ALREADY_AT_STAGE, stage=stage)})
        latest = max((e.on for e in review.stage_events), default=None)
        if latest is not None and on < latest:
            raise ValidationError(
                {"on": message(domain_codes.BEFORE_LAST_STAGE_CHANGE, latest=latest)}
            )
        previous_reason = review.suspended_reason
        event = record_stage_change(review, stage, on, note or None)
        review.suspended_reason = suspended_reason if stage is Stage.SUSPENDED else None
        session.flush()
        return StageChange(review.id, event.id, previous_reason, review.version)


def revert_stage_change(database: Database, change: StageChange) -> ReviewRecord:
    """Take a stage change back: its event goes, and the review is again at the stage of
    its latest remaining change (with the suspended reason it had then)."""
    with database.session() as session:
        review = _load(session, change.review_id, change.version)
        event = session.get(StageEvent, change.event_id)
        if event is not None:
            review.stage_events.remove(event)
        stage_from_history(review)
        review.suspended_reason = (
            change.previous_reason if review.stage is Stage.SUSPENDED else None
        )
        session.flush()
        return review_record(review)


def assistance_record(request: AssistanceRequest) -> AssistanceRecord:
    return AssistanceRecord(
        id=request.id,
        external_id=request.external_id,
        state_iso3=request.state_iso3,
        topic=request.topic,
        requested_on=request.requested_on,
        status=request.status,
        note=request.note,
        version=request.version,
    )


def list_assistance(database: Database, iso3: str) -> list[AssistanceRecord]:
    query = select(AssistanceRequest).where(AssistanceRequest.state_iso3 == iso3)
    with database.session() as session:
        requests = session.scalars(query.order_by(AssistanceRequest.requested_on))
        return [assistance_record(r) for r in requests]


def add_assistance(
    database: Database,
    iso3: str,
    topic: AssistanceTopic,
    requested_on: date | None,
    note: str | None = None,
    external_id: str | None = None,
) -> AssistanceRecord:
    with database.session() as session:
        request = AssistanceRequest(
            external_id=external_id or f"local-{uuid.uuid4().hex}",
            state_iso3=iso3,
            topic=topic,
            requested_on=requested_on,
            status=AssistanceStatus.OPEN,
            note=note or None,
        )
        session.add(request)
        session.flush()
        return assistance_record(request)


def set_assistance_status(
    database: Database,
    request_id: int,
    status: AssistanceStatus,
    expected_version: int | None = None,
) -> AssistanceRecord:
    with database.session() as session:
        request = session.get(AssistanceRequest, request_id)
        if request is None:
            raise UsageError(codes.NO_ASSISTANCE_ID, id=request_id)
        what = described_request(session, request)
        check_version(session, request, expected_version, what)
        request.status = status
        session.flush()
        return assistance_record(request)


def remove_assistance(database: Database, request_id: int) -> None:
    """Only to take back an addition (undo)."""
    with database.session() as session:
        request = session.get(AssistanceRequest, request_id)
        if request is not None:
            session.delete(request)
