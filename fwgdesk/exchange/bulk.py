"""Fast insertion of many new rows (people, assistance requests, links) in one statement.

The ORM's unit of work inserts rows one by one to learn their ids; new rows that nothing
else in the update refers to are inserted in bulk instead, with the audit entries the
flush hook would have written.
"""

from __future__ import annotations

from datetime import datetime
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


class _RowBuilder:
    """Builds the column values and the audited values of one table's added rows.

    Every row starts from the same defaults (all columns present, as the driver needs
    them) and takes the fields the update carries."""

    def __init__(self, table: str, model: type[Any], now: datetime) -> None:
        self.table = table
        self.adapter = ADAPTERS[table]
        columns = [a.key for a in inspect(model).column_attrs if a.key != "id"]
        base: dict[str, Any] = dict.fromkeys(columns)
        base.update(DEFAULTS[table])
        audited = {k: v for k, v in base.items() if k not in model.audit_ignore}
        self.audit_base: dict[str, Any] = {"id": None, **audited}
        base.update(version=1, created_at=now, updated_at=now)
        self.base = base

    def own(self, ctx: Context, row: RowChange) -> dict[str, Any]:
        """The values this row sets itself (its key and its fields)."""
        adapter = self.adapter
        values: dict[str, Any] = {}
        if self.table == "recommendation_links":
            values["state_iso3"] = row.key[0]
            values["recommendation_id"] = ctx.recommendations[row.key[1]].id
        else:
            values["external_id"] = row.key[0]
        fields = adapter.fields
        for change in row.fields:  # enumerations stay text: their column type checks them
            value = change.new
            if value is None and change.column == "languages":
                value = []
            values[fields[change.column]] = value
        return values


def insert_new_rows(ctx: Context, rows: list[RowChange]) -> None:
    """Insert the added rows of the bulk tables, table by table, audited."""
    now = utcnow()
    for table, model in BULK_MODELS.items():
        mine = [row for row in rows if row.table == table]
        if not mine:
            continue
        builder = _RowBuilder(table, model, now)
        owns = [builder.own(ctx, row) for row in mine]
        base, audit_base = builder.base, builder.audit_base
        records = [{**base, **own} for own in owns]
        insert_rows(ctx.session.connection(), cast(Table, model.__table__), records)
        audit_key = builder.adapter.audit_key
        bulk_insert_entries(
            ctx.session,
            model.__tablename__,
            [
                (audit_key(row.key), record["state_iso3"], {**audit_base, **own})
                for row, record, own in zip(mine, records, owns, strict=True)
            ],
        )
