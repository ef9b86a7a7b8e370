"""Undoing the last applied import, from its audit trail.

Every change an import made is in the audit trail under its batch: updated fields are
set back to their old values, inserted rows are deleted, deleted rows are re-created
from their snapshot. A change the user made locally after the import wins (it is kept,
and reported), unless the caller asks to discard it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Enum, select
from sqlalchemy.orm import Session

from fwgdesk.db.engine import Database
from fwgdesk.db.models import (
    AssistanceRequest,
    AuditEntry,
    FocalPoint,
    ImportBatch,
    Recommendation,
    RecommendationAddressee,
    RecommendationArticle,
    RecommendationLink,
    RecommendationTheme,
    Review,
    ReviewReviewer,
    SourceDocument,
    StageEvent,
    State,
)
from fwgdesk.db.types import UTCDateTime, utcnow
from fwgdesk.domain.enums import AuditAction, Origin
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.adapters import plain
from fwgdesk.exchange.apply import changed_anything

MODELS: dict[str, type[Any]] = {
    "states": State,
    "source_documents": SourceDocument,
    "recommendations": Recommendation,
    "reviews": Review,
    "focal_points": FocalPoint,
    "assistance_requests": AssistanceRequest,
    "recommendation_links": RecommendationLink,
    "review_reviewers": ReviewReviewer,
    "stage_events": StageEvent,
    "recommendation_themes": RecommendationTheme,
    "recommendation_articles": RecommendationArticle,
    "recommendation_addressees": RecommendationAddressee,
}
# A catalogue item's list rows: (model, the column holding the list's value)
ITEM_LISTS: dict[str, tuple[type[Any], str]] = {
    "recommendation_themes": (RecommendationTheme, "theme_code"),
    "recommendation_articles": (RecommendationArticle, "article"),
    "recommendation_addressees": (RecommendationAddressee, "addressee"),
}
PARENTS_FIRST = list(MODELS)


@dataclass
class UndoReport:
    """What an undo did. ``kept_local``: the local changes kept ("table key field", or "table
    key" for a row); ``exists_again``: deleted rows not re-created, made again locally."""

    batch_id: int
    file_name: str | None
    reverted: int = 0
    kept_local: list[str] = field(default_factory=list)
    exists_again: list[str] = field(default_factory=list)

    def kept(self) -> list[Message]:
        """Every local change the undo kept, as the user reads it."""
        return [Message(codes.KEPT_CHANGE, {"change": kept}) for kept in self.kept_local] + [
            Message(codes.KEPT_EXISTS_AGAIN, {"row": row}) for row in self.exists_again
        ]


def _review(session: Session, key: str) -> Review | None:
    iso3, group, cluster = key.split("/")[:3]
    query = select(Review).where(
        Review.state_iso3 == iso3, Review.review_group == int(group), Review.cluster == int(cluster)
    )
    return session.scalars(query).one_or_none()


def _item_list_row(session: Session, table: str, key: str) -> Any:
    code, _list, value = key.rsplit("/", 2)
    model, column = ITEM_LISTS[table]
    item = session.scalars(select(Recommendation).where(Recommendation.code == code)).first()
    if item is None:
        return None
    typed = decode(model, column, int(value) if column == "article" else value)
    return session.get(model, (item.id, typed))


def locate(session: Session, table: str, key: str) -> Any:
    """The row an audit entry names, or None when it is gone."""
    if table in ("states", "source_documents"):
        return session.get(MODELS[table], key)
    if table == "recommendations":
        return session.scalars(
            select(Recommendation).where(Recommendation.code == key)
        ).one_or_none()
    if table in ITEM_LISTS:
        return _item_list_row(session, table, key)
    if table in ("focal_points", "assistance_requests"):
        model = MODELS[table]
        return session.scalars(select(model).where(model.external_id == key)).one_or_none()
    if table == "recommendation_links":
        iso3, code = key.split("/", 1)
        query = (
            select(RecommendationLink)
            .join(RecommendationLink.recommendation)
            .where(RecommendationLink.state_iso3 == iso3, Recommendation.code == code)
        )
        return session.scalars(query).one_or_none()
    review = _review(session, key)
    if table == "reviews" or review is None:
        return review
    parts = key.split("/")
    if table == "review_reviewers":
        return session.get(ReviewReviewer, (review.id, parts[-1]))
    stage, on = parts[3], date.fromisoformat(parts[4])
    return next((e for e in review.stage_events if e.stage.value == stage and e.on == on), None)


def decode(model: type[Any], attribute: str, value: Any) -> Any:
    """A JSON value of the audit trail as the column's Python value."""
    if value is None:
        return None
    column_type = model.__table__.columns[attribute].type
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    return value


def _edited_after(session: Session, entry: AuditEntry) -> bool:
    query = select(AuditEntry.id).where(
        AuditEntry.table_name == entry.table_name,
        AuditEntry.row_key == entry.row_key,
        AuditEntry.origin == Origin.LOCAL_EDIT,
        AuditEntry.id > entry.id,
    )
    if entry.field is not None:
        query = query.where(AuditEntry.field == entry.field)
    return session.scalar(query.limit(1)) is not None


def _revert_update(session: Session, entry: AuditEntry, keep: bool, report: UndoReport) -> None:
    obj = locate(session, entry.table_name, entry.row_key)
    if obj is None or entry.field is None:
        return
    model = type(obj)
    incoming = decode(model, entry.field, json.loads(entry.new_value or "null"))
    if plain(getattr(obj, entry.field)) != plain(incoming) and keep:
        report.kept_local.append(f"{entry.table_name} {entry.row_key} {entry.field}")
        return
    setattr(obj, entry.field, decode(model, entry.field, json.loads(entry.old_value or "null")))
    report.reverted += 1


def _remove_inserted(session: Session, entry: AuditEntry, keep: bool, report: UndoReport) -> None:
    obj = locate(session, entry.table_name, entry.row_key)
    if obj is None:
        return
    if keep and _edited_after(session, entry):
        report.kept_local.append(f"{entry.table_name} {entry.row_key}")
        return
    session.delete(obj)
    session.flush()
    report.reverted += 1


def _recreate(session: Session, entry: AuditEntry, report: UndoReport) -> None:
    if locate(session, entry.table_name, entry.row_key) is not None:
        report.exists_again.append(f"{entry.table_name} {entry.row_key}")
        return
    model = MODELS[entry.table_name]
    snapshot = json.loads(entry.old_value or "{}")
    values = {name: decode(model, name, value) for name, value in snapshot.items()}
    obj = model(**values)
    if "review_id" in values:  # a child of a review: attached, or the cascade drops it
        obj.review = session.get(Review, values["review_id"])
    if "recommendation_id" in values and entry.table_name in ITEM_LISTS:
        obj.recommendation = session.get(Recommendation, values["recommendation_id"])
    session.add(obj)
    session.flush()
    report.reverted += 1


def last_import(session: Session) -> ImportBatch | None:
    """The newest import that changed something and is not undone yet."""
    query = (
        select(ImportBatch)
        .where(ImportBatch.origin == Origin.IMPORT, ImportBatch.undone_at.is_(None))
        .order_by(ImportBatch.id.desc())
    )
    return next((b for b in session.scalars(query) if changed_anything(b.counts or {})), None)


def undo_last_import(database: Database, keep_local: bool = True) -> UndoReport:
    """Undo the newest import that is not undone yet, in one transaction."""
    with database.session(origin=Origin.IMPORT) as session:
        batch = last_import(session)
        if batch is None:
            raise UsageError(codes.NOTHING_TO_UNDO)
        session.info["batch_id"] = batch.id
        report = UndoReport(batch.id, batch.file_name)
        entries = list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.batch_id == batch.id).order_by(AuditEntry.id)
            )
        )
        for entry in reversed(entries):
            if entry.action is AuditAction.UPDATE:
                _revert_update(session, entry, keep_local, report)
        session.flush()
        inserted = [e for e in entries if e.action is AuditAction.INSERT]
        for entry in sorted(inserted, key=lambda e: -PARENTS_FIRST.index(e.table_name)):
            _remove_inserted(session, entry, keep_local, report)
        deleted = [e for e in entries if e.action is AuditAction.DELETE]
        for entry in sorted(deleted, key=lambda e: PARENTS_FIRST.index(e.table_name)):
            _recreate(session, entry, report)
        batch.undone_at = utcnow()
        return report
