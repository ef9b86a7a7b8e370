"""The audit trail, import batches and application metadata."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fwgdesk.db.base import Base
from fwgdesk.db.types import UTCDateTime, text_enum, utcnow
from fwgdesk.domain.enums import AuditAction, Origin


class ImportBatch(Base):
    """One application of data to the database: a named import, or the bundled data."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[Origin] = mapped_column(text_enum(Origin))
    file_name: Mapped[str | None] = mapped_column(String(500))
    sha256: Mapped[str | None] = mapped_column(String(64))
    container: Mapped[str | None] = mapped_column(String(16))
    publisher: Mapped[str | None] = mapped_column(String(200))
    sequence: Mapped[int | None] = mapped_column(Integer)
    signer: Mapped[str | None] = mapped_column(String(200))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    as_of: Mapped[date | None] = mapped_column(Date)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    os_user: Mapped[str | None] = mapped_column(String(200))
    host: Mapped[str | None] = mapped_column(String(200))
    db_user: Mapped[str | None] = mapped_column(String(200))


class AuditEntry(Base):
    """One recorded change: a row inserted or deleted, or one field of it updated.

    Values are stored as JSON text so that any column type round-trips.
    """

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(String(200), index=True)
    state_iso3: Mapped[str | None] = mapped_column(String(3), index=True)
    action: Mapped[AuditAction] = mapped_column(text_enum(AuditAction))
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[Origin] = mapped_column(text_enum(Origin))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)
    row_version: Mapped[int | None] = mapped_column(Integer)  # the row's version after it
    os_user: Mapped[str | None] = mapped_column(String(200))  # who: the system's user,
    host: Mapped[str | None] = mapped_column(String(200))  # on which computer,
    db_user: Mapped[str | None] = mapped_column(String(200))  # as which database role


class AppMeta(Base):
    """Key-value facts about the database itself (e.g. which bundled data it holds)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
