"""Focal points and other people a State designates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fwgdesk.db.base import Audited, Base, Versioned
from fwgdesk.db.types import text_enum
from fwgdesk.domain.enums import Gender, Role

if TYPE_CHECKING:
    from fwgdesk.db.models.state import State


class FocalPoint(Versioned, Audited, Base):
    """A person a State designated in a role; active while ``ended_on`` is empty.

    People are ended, not deleted, so the history of who held a role stays.
    ``external_id`` is the stable key of the exchange format.
    """

    __tablename__ = "focal_points"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), index=True)
    role: Mapped[Role] = mapped_column(text_enum(Role))
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    institution: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(64))
    gender: Mapped[Gender] = mapped_column(text_enum(Gender), default=Gender.UNDISCLOSED)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    designated_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)

    state: Mapped[State] = relationship(back_populates="focal_points")

    @property
    def active(self) -> bool:
        return self.ended_on is None

    def audit_key(self) -> str:
        return self.external_id

    def audit_state(self) -> str | None:
        return self.state_iso3
