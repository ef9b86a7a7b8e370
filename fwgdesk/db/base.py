"""Declarative base, constraint naming convention and shared column mixins."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from fwgdesk.db.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Audited:
    """A row whose every change is written to the audit trail.

    ``audit_key`` names the row by its stable key (the exchange format's key), and
    ``audit_state`` the State the row belongs to, so a State's history can be listed.
    Columns named in ``audit_ignore`` (bookkeeping) are not recorded.
    """

    audit_ignore: ClassVar[frozenset[str]] = frozenset({"version", "created_at", "updated_at"})

    def audit_key(self) -> str:
        raise NotImplementedError

    def audit_state(self) -> str | None:
        return None


class Versioned:
    """An editable row: a version counter for optimistic concurrency and UTC timestamps.

    When two users of a shared database edit the same row, the second write finds a
    different version and fails with ``StaleDataError`` instead of overwriting.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr takes the class
        return {"version_id_col": cls.version}
