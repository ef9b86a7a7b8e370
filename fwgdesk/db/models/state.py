"""States and their links to catalogue recommendations."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fwgdesk.db.base import Audited, Base, Versioned
from fwgdesk.db.types import UTCDateTime, text_enum, utcnow
from fwgdesk.domain.enums import LinkStatus, ProtocolStatus, RegionalGroup

if TYPE_CHECKING:
    from fwgdesk.db.models.catalogue import Recommendation
    from fwgdesk.db.models.people import FocalPoint
    from fwgdesk.db.models.review import Review


class State(Versioned, Audited, Base):
    """A UN Member State, or the European Union (``EUU``)."""

    __tablename__ = "states"

    iso3: Mapped[str] = mapped_column(String(3), primary_key=True)
    iso2: Mapped[str | None] = mapped_column(String(2))
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    name_es: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200))
    regional_group: Mapped[RegionalGroup] = mapped_column(text_enum(RegionalGroup))
    protocol_status: Mapped[ProtocolStatus] = mapped_column(
        text_enum(ProtocolStatus), default=ProtocolStatus.UNKNOWN
    )
    protocol_status_date: Mapped[date | None] = mapped_column(Date)
    protocol_status_source: Mapped[str | None] = mapped_column(String(200))

    focal_points: Mapped[list[FocalPoint]] = relationship(back_populates="state")
    reviews: Mapped[list[Review]] = relationship(
        back_populates="state", foreign_keys="Review.state_iso3"
    )
    links: Mapped[list[RecommendationLink]] = relationship(back_populates="state")

    def audit_key(self) -> str:
        return self.iso3

    def audit_state(self) -> str | None:
        return self.iso3

    def name(self, language: str) -> str:
        """The State's name in one of the six UN languages (English when unknown)."""
        return str(getattr(self, f"name_{language}", None) or self.name_en)


class RecommendationLink(Versioned, Audited, Base):
    """A recommendation linked to a State, with its implementation status there."""

    __tablename__ = "recommendation_links"
    __table_args__ = (UniqueConstraint("state_iso3", "recommendation_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), index=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendations.id"), index=True)
    status: Mapped[LinkStatus] = mapped_column(
        text_enum(LinkStatus), default=LinkStatus.NOT_ASSESSED
    )
    note: Mapped[str | None] = mapped_column(Text)
    updated_on: Mapped[date | None] = mapped_column(Date)

    state: Mapped[State] = relationship(back_populates="links")
    recommendation: Mapped[Recommendation] = relationship()

    def audit_key(self) -> str:
        code = self.recommendation.code if self.recommendation else str(self.recommendation_id)
        return f"{self.state_iso3}/{code}"

    def audit_state(self) -> str | None:
        return self.state_iso3


class LinkDismissal(Base):
    """A suggested recommendation the user chose not to link to a State."""

    __tablename__ = "link_dismissals"

    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    dismissed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
