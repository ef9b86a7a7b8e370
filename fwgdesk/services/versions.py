"""No lost update: a save names the version it read, and is refused if the row moved on.

Records handed out by the services carry the version of their row. A save passes it
back as ``expected_version``; :func:`check_version` compares it with the row's version
in the save's transaction, and the ORM's version column makes the ``UPDATE`` itself say
``WHERE version = :read``, so a change committed between the two is caught as well. A
refusal is a :class:`~fwgdesk.domain.errors.ConflictError` that lists, from the audit
trail, who changed what since that version; ``current`` lets the user save over it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fwgdesk.db.audit import decode_value
from fwgdesk.db.base import Audited, Versioned
from fwgdesk.db.models import AuditEntry
from fwgdesk.domain.enums import AuditAction
from fwgdesk.domain.errors import ConflictError
from fwgdesk.domain.messages import Message, message
from fwgdesk.domain.wording import Field, FieldValue, Lines
from fwgdesk.services import codes

MAX_LISTED = 12  # changes listed in a refusal; the rest are counted in the audit trail


def who(entry: AuditEntry) -> Message:
    if entry.os_user is None:
        return message(codes.WHO_UNKNOWN)
    user = entry.os_user if entry.db_user in (None, entry.os_user) else entry.db_user
    return message(codes.WHO_ON_HOST, user=user, host=entry.host or "?")


def _line(entry: AuditEntry) -> Message:
    at = entry.at.strftime("%Y-%m-%d %H:%M UTC")
    if entry.action is not AuditAction.UPDATE:
        return message(codes.CHANGE_LINE_ADDED, who=who(entry), at=at)
    table, column = entry.table_name, entry.field or ""
    return message(
        codes.CHANGE_LINE,
        field=Field(column),
        old=FieldValue(table, column, decode_value(entry.old_value)),
        new=FieldValue(table, column, decode_value(entry.new_value)),
        who=who(entry),
        at=at,
    )


def changes_since(session: Session, row: Audited, version: int) -> Lines:
    """What the audit trail says was done to *row* after its *version*."""
    query = (
        select(AuditEntry)
        .where(
            AuditEntry.table_name == type(row).__table__.name,  # type: ignore[attr-defined]
            AuditEntry.row_key == row.audit_key(),
            AuditEntry.row_version > version,
        )
        .order_by(AuditEntry.id)
        .limit(MAX_LISTED)
    )
    return Lines(_line(entry) for entry in session.scalars(query))


def check_version(session: Session, row: Any, expected: int | None, what: Message) -> None:
    """Refuse a save of *row* read at version *expected* (None: do not check)."""
    if expected is None:
        return
    assert isinstance(row, Versioned) and isinstance(row, Audited)
    if row.version == expected:
        return
    raise ConflictError(
        codes.ROW_CHANGED,
        current=row.version,
        what=what,
        changes=changes_since(session, row, expected),
    )


def removed(what: Message) -> ConflictError:
    """The refusal of a save of a row someone else deleted."""
    return ConflictError(codes.ROW_REMOVED, what=what)
