"""The record of what was applied to the database: imports and bundled-data loads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import ImportBatch


@dataclass(frozen=True)
class BatchRecord:
    id: int
    origin: str
    file_name: str | None
    sha256: str | None
    container: str | None
    publisher: str | None
    sequence: int | None
    signer: str | None
    counts: dict[str, Any]
    applied_at: datetime
    undone_at: datetime | None
    as_of: date | None = None


def list_batches(database: Database) -> list[BatchRecord]:
    """Newest first."""
    with database.session() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        return [
            BatchRecord(
                id=b.id,
                origin=b.origin.value,
                file_name=b.file_name,
                sha256=b.sha256,
                container=b.container,
                publisher=b.publisher,
                sequence=b.sequence,
                signer=b.signer,
                counts=dict(b.counts or {}),
                applied_at=b.applied_at,
                undone_at=b.undone_at,
                as_of=b.as_of,
            )
            for b in batches
        ]
