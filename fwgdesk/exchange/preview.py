"""What an update would do to the database, row by row and field by field.

A field is in **conflict** when the user changed it locally since the last import that
touched its row (or ever, for a row no import touched) and the update changes it too.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fwgdesk.db.models import AuditEntry, ImportBatch, Recommendation
from fwgdesk.domain.enums import Origin
from fwgdesk.exchange.adapters import ADAPTERS, APPLY_ORDER, Adapter, Context, Key, load_reviews
from fwgdesk.exchange.deletions import deletion_key
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Location
from fwgdesk.exchange.spec import TABLES

ALL_FIELDS = "*"
LIST_COLUMNS = {"languages", "working_languages", "reviewing_states", "themes"}
UNORDERED_COLUMNS = {"articles", "addressees"}  # lists whose order means nothing


@dataclass(slots=True)
class FieldChange:
    column: str
    old: Any
    new: Any
    conflict: bool = False


@dataclass(slots=True)
class RowChange:
    table: str
    key: Key
    kind: str  # added, changed, unchanged, deleted, absent
    where: Location
    fields: list[FieldChange] = field(default_factory=list)

    @property
    def key_text(self) -> str:
        return ADAPTERS[self.table].audit_key(self.key)


@dataclass
class Preview:
    update: Update
    rows: list[RowChange]
    high_water: int = 0  # the newest audit entry when computed: the data it describes

    def counts(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for row in self.rows:
            counts[row.table][row.kind] += 1
        return {table: dict(kinds) for table, kinds in counts.items()}

    def conflicts(self) -> list[tuple[RowChange, FieldChange]]:
        return [(row, f) for row in self.rows for f in row.fields if f.conflict]

    @property
    def has_changes(self) -> bool:
        return any(row.kind in ("added", "changed", "deleted") for row in self.rows)


def same(column: str, old: Any, new: Any) -> bool:
    if column in LIST_COLUMNS:
        return list(old or []) == list(new or [])
    if column in UNORDERED_COLUMNS:
        return sorted(old or []) == sorted(new or [])
    if isinstance(old, float) and isinstance(new, float):
        return math.isclose(old, new, abs_tol=1e-9)
    return bool(old == new)


def local_edits(session: Session, table: str) -> dict[str, set[str]]:
    """Per row key, the fields edited locally since the last import that touched the row."""
    tables = [table, "review_reviewers"] if table == "reviews" else [table]
    query = (
        select(
            AuditEntry.table_name,
            AuditEntry.row_key,
            AuditEntry.field,
            AuditEntry.origin,
            func.max(AuditEntry.id),
        )
        .outerjoin(ImportBatch, AuditEntry.batch_id == ImportBatch.id)
        .where(AuditEntry.table_name.in_(tables), ImportBatch.undone_at.is_(None))
        .group_by(AuditEntry.table_name, AuditEntry.row_key, AuditEntry.field, AuditEntry.origin)
    )
    last_import: dict[str, int] = defaultdict(int)
    local: list[tuple[str, str, int]] = []
    for table_name, row_key, column, origin, newest in session.execute(query):
        if table_name == "review_reviewers":
            row_key, column = row_key.split("/reviewer/")[0], "reviewing_states"
        if origin is Origin.IMPORT:
            last_import[row_key] = max(last_import[row_key], newest)
        elif origin is Origin.LOCAL_EDIT:
            local.append((row_key, column or ALL_FIELDS, newest))
    edited: dict[str, set[str]] = defaultdict(set)
    for row_key, column, newest in local:
        if newest > last_import[row_key]:
            edited[row_key].add(column)
    return edited


_KEY_COLUMNS = {name: frozenset(table.key) for name, table in TABLES.items()}


def _row_change(adapter: Adapter, row: UpdateRow, existing: Any, edited: set[str]) -> RowChange:
    key_columns = _KEY_COLUMNS[adapter.table]
    fields = adapter.fields
    columns = [c for c in row.values if c not in key_columns and c in fields]
    if existing is None:
        changes = [FieldChange(c, None, row.values[c]) for c in columns]
        return RowChange(adapter.table, row.key, "added", row.where, changes)
    changes = []
    for column in columns:
        old, new = adapter.current(existing, column), row.values[column]
        if not same(column, old, new):
            conflict = column in edited or ALL_FIELDS in edited
            changes.append(FieldChange(column, old, new, conflict))
    kind = "changed" if changes else "unchanged"
    return RowChange(adapter.table, row.key, kind, row.where, changes)


def load_context(session: Session) -> tuple[Context, dict[str, dict[Key, Any]]]:
    reviews = load_reviews(session)
    recommendations = {r.code: r for r in session.scalars(select(Recommendation))}
    ctx = Context(session, reviews, recommendations)
    existing = {
        table: (dict(reviews) if table == "reviews" else ADAPTERS[table].load(session))
        for table in APPLY_ORDER
    }
    return ctx, existing


def compute_preview(
    session: Session, update: Update, loaded: dict[str, dict[Key, Any]] | None = None
) -> Preview:
    """The preview of *update* against the database of *session* (which it does not change).

    *loaded* are the existing rows by table (``load_context``), when the caller has them."""
    return _compute(session, update, loaded)


def _compute(session: Session, update: Update, loaded: dict[str, dict[Key, Any]] | None) -> Preview:
    existing = loaded if loaded is not None else load_context(session)[1]
    rows: list[RowChange] = []
    for table in APPLY_ORDER:
        if not update.rows(table):
            continue
        adapter = ADAPTERS[table]
        edited = local_edits(session, table)
        for row in update.rows(table):
            current = existing[table].get(row.key)
            rows.append(
                _row_change(adapter, row, current, edited.get(adapter.audit_key(row.key), set()))
            )
    for row in update.rows("deletions"):
        result = deletion_key(row)
        if isinstance(result, tuple):
            table, key = result
            kind = "deleted" if key in existing[table] else "absent"
            rows.append(RowChange(table, key, kind, row.where))
    return Preview(update, rows, audit_high_water(session))


def audit_high_water(session: Session) -> int:
    """The id of the newest audit entry: any change to the data moves it."""
    return int(session.scalar(select(func.max(AuditEntry.id))) or 0)
