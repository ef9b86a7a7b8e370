"""Exporting the audit trail (every State, or one; optionally a date range) as CSV or JSON.

Personal values of removed people (see ``audit_privacy``) are replaced by ``[removed]``
unless the user keeps their names or everything; the e-mail and phone of everyone are
replaced by ``[withheld]`` unless contact details are included, as in a data export. The
stored trail is only read. CSV is UTF-8 with a BOM and cells a spreadsheet would take for a
formula start with ``'``; the file is written whole or not at all.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AuditEntry, ImportBatch, State
from fwgdesk.domain.errors import UsageError
from fwgdesk.exchange.containers.cells import escape_formula
from fwgdesk.exchange.containers.write import replace_file
from fwgdesk.services import codes
from fwgdesk.services.audit_privacy import (
    PEOPLE_TABLE,
    check_keep,
    decode,
    export_rules,
    mask,
    removed_people_keys,
)

FORMATS = ("csv", "json")
FORMAT_NAME = "fwgdesk-audit-trail"
COLUMNS = (
    "when",
    "state",
    "table",
    "row",
    "action",
    "field",
    "old",
    "new",
    "origin",
    "user",
    "computer",
    "database_role",
    "import_batch",
)
CHECK_EVERY = 500  # entries between two looks at whether the user cancelled


@dataclass(frozen=True)
class AuditExportRequest:
    """What to export, and what of people to show."""

    fmt: str = "csv"
    state: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    include_contacts: bool = False
    keep_removed: str = "nothing"


@dataclass
class AuditExportResult:
    path: Path
    entries: int = 0
    withheld: int = 0  # personal values replaced by a marker
    removed_people: int = 0  # removed people with entries in the export


def _check(request: AuditExportRequest) -> None:
    if request.fmt not in FORMATS:
        raise UsageError(codes.UNKNOWN_HISTORY_FORMAT, fmt=request.fmt, formats=list(FORMATS))
    check_keep(request.keep_removed)
    if request.since and request.until and request.until < request.since:
        raise UsageError(codes.END_BEFORE_START, until=request.until, since=request.since)


def _query(request: AuditExportRequest) -> Select[AuditEntry, ImportBatch]:
    query = select(AuditEntry, ImportBatch).outerjoin(
        ImportBatch, AuditEntry.batch_id == ImportBatch.id
    )
    if request.state:
        query = query.where(AuditEntry.state_iso3 == request.state.upper())
    if request.since:
        query = query.where(AuditEntry.at >= datetime.combine(request.since, time(), UTC))
    if request.until:
        end = datetime.combine(request.until + timedelta(days=1), time(), UTC)
        query = query.where(AuditEntry.at < end)
    return query.order_by(AuditEntry.id)


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def _rows(
    session: Session,
    request: AuditExportRequest,
    result: AuditExportResult,
    seen: set[str],
) -> Iterator[dict[str, Any]]:
    """The exported entries as plain values, personal ones masked; *seen* collects the
    removed people met."""
    removed = set(session.scalars(removed_people_keys()))
    for entry, batch in session.execute(_query(request)):
        values = {"old": decode(entry.old_value), "new": decode(entry.new_value)}
        if entry.table_name == PEOPLE_TABLE:
            gone = entry.row_key in removed
            if gone:
                seen.add(entry.row_key)
            rules = export_rules(gone, request.keep_removed, request.include_contacts)
            for side in ("old", "new"):
                values[side], count = mask(entry.field, values[side], rules)
                result.withheld += count
        result.entries += 1
        yield {
            "when": _when(entry.at),
            "state": entry.state_iso3,
            "table": entry.table_name,
            "row": entry.row_key,
            "action": entry.action.value,
            "field": entry.field,
            "old": values["old"],
            "new": values["new"],
            "origin": entry.origin.value,
            "user": entry.os_user,
            "computer": entry.host,
            "database_role": entry.db_user,
            "import_batch": batch.file_name if batch is not None else None,
        }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return escape_formula(text)


def csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    """UTF-8 with a BOM (spreadsheet programs then read it as UTF-8), RFC 4180 quoting."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(row[column]) for column in COLUMNS])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def json_bytes(rows: list[dict[str, Any]], request: AuditExportRequest, withheld: int) -> bytes:
    document = {
        "format": FORMAT_NAME,
        "version": 1,
        "exported_at": _when(datetime.now(UTC)),
        "state": request.state.upper() if request.state else None,
        "since": request.since.isoformat() if request.since else None,
        "until": request.until.isoformat() if request.until else None,
        "include_contacts": request.include_contacts,
        "keep_removed": request.keep_removed,
        "withheld": withheld,
        "entries": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def export_audit_trail(
    database: Database,
    path: Path,
    request: AuditExportRequest,
    check: Callable[[], None] | None = None,
) -> AuditExportResult:
    """Write the audit trail *request* selects to *path*; *check* is called now and then and
    may raise to stop (nothing is written then)."""
    _check(request)
    result = AuditExportResult(Path(path))
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    with database.session() as session:
        if request.state and session.get(State, request.state.upper()) is None:
            raise UsageError(codes.UNKNOWN_STATE_ISO3, iso3=request.state)
        for number, row in enumerate(_rows(session, request, result, seen), 1):
            rows.append(row)
            if check is not None and number % CHECK_EVERY == 0:
                check()
    if check is not None:
        check()
    csv_format = request.fmt == "csv"
    data = csv_bytes(rows) if csv_format else json_bytes(rows, request, result.withheld)
    result.removed_people = len(seen)
    replace_file(result.path, data)
    return result
