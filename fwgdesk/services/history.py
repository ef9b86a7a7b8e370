"""The audit trail of a State's rows, with where each change came from."""

from __future__ import annotations

from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AuditEntry, ImportBatch
from fwgdesk.domain.records import AuditRecord, who_text


def state_history(database: Database, iso3: str, limit: int = 2000) -> list[AuditRecord]:
    """Newest first."""
    query = (
        select(AuditEntry, ImportBatch)
        .outerjoin(ImportBatch, AuditEntry.batch_id == ImportBatch.id)
        .where(AuditEntry.state_iso3 == iso3)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    with database.session() as session:
        return [
            AuditRecord(
                at=entry.at,
                table_name=entry.table_name,
                row_key=entry.row_key,
                action=entry.action.value,
                field=entry.field,
                old_value=entry.old_value,
                new_value=entry.new_value,
                origin=entry.origin.value,
                batch_label=_batch_label(batch),
                who=who_text(entry.os_user, entry.host, entry.db_user),
            )
            for entry, batch in session.execute(query)
        ]


def _batch_label(batch: ImportBatch | None) -> str | None:
    if batch is None:
        return None
    parts = [batch.file_name or batch.origin.value]
    if batch.publisher:
        parts.append(batch.publisher)
    if batch.sequence is not None:
        parts.append(f"#{batch.sequence}")
    return " ".join(parts)
