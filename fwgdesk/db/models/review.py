"""A State's reviews in the Mechanism, their stage history and assistance requests."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, object_session, relationship

from fwgdesk.db.base import Audited, Base, Versioned
from fwgdesk.db.types import text_enum
from fwgdesk.domain.enums import AssistanceStatus, AssistanceTopic, Stage

if TYPE_CHECKING:
    from fwgdesk.db.models.state import State


ReviewKey = tuple[str, int, int]  # State under review, review group, cluster


def review_key(iso3: str, group: int, cluster: int) -> str:
    """A review's key in the audit trail; the keys of its stage changes and reviewing
    States start with it."""
    return f"{iso3}/{group}/{cluster}"


def parse_review_key(row_key: str) -> ReviewKey | None:
    """The review a key of the audit trail belongs to (a review, a stage change or a
    reviewing State), or None for a key of a review that no longer existed."""
    parts = row_key.split("/")
    if len(parts) < 3 or not parts[1].isdigit() or not parts[2].isdigit():
        return None
    return parts[0], int(parts[1]), int(parts[2])


class Review(Versioned, Audited, Base):
    """One State under review in one review group and thematic cluster.

    ``language_agreement`` is None when nothing is recorded; False with no working
    languages means the States could not agree.
    """

    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("state_iso3", "review_group", "cluster"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), index=True)
    review_group: Mapped[int] = mapped_column(Integer)
    cluster: Mapped[int] = mapped_column(Integer)
    stage: Mapped[Stage] = mapped_column(text_enum(Stage), default=Stage.NOT_STARTED)
    stage_since: Mapped[date | None] = mapped_column(Date)
    suspended_reason: Mapped[str | None] = mapped_column(Text)
    working_languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    language_agreement: Mapped[bool | None] = mapped_column(Boolean)
    saq_progress: Mapped[float | None] = mapped_column(Float)
    saq_submitted_on: Mapped[date | None] = mapped_column(Date)

    state: Mapped[State] = relationship(back_populates="reviews", foreign_keys=[state_iso3])
    reviewers: Mapped[list[ReviewReviewer]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="ReviewReviewer.position"
    )
    stage_events: Mapped[list[StageEvent]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="StageEvent.on"
    )

    def audit_key(self) -> str:
        return review_key(self.state_iso3, self.review_group, self.cluster)

    def audit_state(self) -> str | None:
        return self.state_iso3


class ReviewReviewer(Audited, Base):
    """A reviewing State of a review."""

    __tablename__ = "review_reviewers"

    review_id: Mapped[int] = mapped_column(
        ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True
    )
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    review: Mapped[Review] = relationship(back_populates="reviewers")

    def audit_key(self) -> str:
        return f"{_review_key(self.review, self.review_id, self)}/reviewer/{self.state_iso3}"

    def audit_state(self) -> str | None:
        review = _owning_review(self.review, self.review_id, self)
        return review.state_iso3 if review else None


class StageEvent(Versioned, Audited, Base):
    """A dated change of a review's stage."""

    __tablename__ = "stage_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    stage: Mapped[Stage] = mapped_column(text_enum(Stage))
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    review: Mapped[Review] = relationship(back_populates="stage_events")

    def audit_key(self) -> str:
        prefix = _review_key(self.review, self.review_id, self)
        return f"{prefix}/{self.stage.value}/{self.on.isoformat()}"

    def audit_state(self) -> str | None:
        review = _owning_review(self.review, self.review_id, self)
        return review.state_iso3 if review else None


def _owning_review(review: Review | None, review_id: int | None, child: object) -> Review | None:
    """The review of a child row, even once the child was taken out of its collection."""
    if review is not None:
        return review
    session = object_session(child)
    return session.get(Review, review_id) if session is not None and review_id else None


def _review_key(review: Review | None, review_id: int | None, child: object) -> str:
    owner = _owning_review(review, review_id, child)
    return owner.audit_key() if owner is not None else str(review_id)


class AssistanceRequest(Versioned, Audited, Base):
    """A State's request for technical assistance in its review."""

    __tablename__ = "assistance_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), index=True)
    topic: Mapped[AssistanceTopic] = mapped_column(text_enum(AssistanceTopic))
    requested_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[AssistanceStatus] = mapped_column(
        text_enum(AssistanceStatus), default=AssistanceStatus.OPEN
    )
    note: Mapped[str | None] = mapped_column(Text)

    def audit_key(self) -> str:
        return self.external_id

    def audit_state(self) -> str | None:
        return self.state_iso3
