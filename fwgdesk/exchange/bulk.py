"""Fast insertion of many new rows (people, assistance requests, links) in one statement.

The ORM's unit of work inserts rows one by one to learn their ids; new rows that nothing
else in the update refers to are inserted in bulk instead, with the audit entries the
flush hook would have written.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, inspect

from fwgdesk.db.audit import bulk_insert_entries
from fwgdesk.db.bulk import insert_rows
from fwgdesk.db.models import AssistanceRequest, FocalPoint, RecommendationLink
from fwgdesk.db.types import utcnow
from fwgdesk.domain.enums import AssistanceStatus, Gender, LinkStatus
from fwgdesk.exchange.adapters import ADAPTERS, Context
from fwgdesk.exchange.preview import RowChange

BULK_MODELS: dict[str, type[Any]] = {
    "focal_points": FocalPoint,
    "assistance_requests": AssistanceRequest,
    "recommendation_links": RecommendationLink,
}
DEFAULTS: dict[str, dict[str, Any]] = {
    "focal_points": {"languages": [], "gender": Gender.UNDISCLOSED},
    "assistance_requests": {"status": AssistanceStatus.OPEN},
    "recommendation_links": {"status": LinkStatus.NOT_ASSESSED},
}


def bulk_ready(row: RowChange) -> bool:
    return row.kind == "added" and row.table in BULK_MODELS


def _values(ctx: Context, row: RowChange, columns: list[str]) -> dict[str, Any]:
    adapter = ADAPTERS[row.table]
    values: dict[str, Any] = dict(DEFAULTS[row.table])
    if row.table == "recommendation_links":
        values["state_iso3"] = row.key[0]
        values["recommendation_id"] = ctx.recommendations[row.key[1]].id
    else:
        values["external_id"] = row.key[0]
    for change in row.fields:
        value = change.new
        enum = adapter.enums.get(change.column)
        if enum is not None and value is not None:
            value = enum(value)
        if change.column in ("languages",) and value is None:
            value = []
        values[adapter.fields[change.column]] = value
    return {name: values.get(name) for name in columns}


def insert_new_rows(ctx: Context, rows: list[RowChange]) -> None:
    """Insert the added rows of the bulk tables, table by table, audited."""
    now = utcnow()
    for table, model in BULK_MODELS.items():
        mine = [row for row in rows if row.table == table]
        if not mine:
            continue
        columns = [a.key for a in inspect(model).column_attrs if a.key != "id"]
        records = [_values(ctx, row, columns) for row in mine]
        for record in records:
            record.update(version=1, created_at=now, updated_at=now)
        insert_rows(ctx.session.connection(), cast(Table, model.__table__), records)
        ignored = model.audit_ignore
        bulk_insert_entries(
            ctx.session,
            model.__tablename__,
            [
                (
                    ADAPTERS[table].audit_key(row.key),
                    record.get("state_iso3"),
                    {"id": None, **{k: v for k, v in record.items() if k not in ignored}},
                )
                for row, record in zip(mine, records, strict=True)
            ],
        )
