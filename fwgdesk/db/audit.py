"""The audit trail: every insert, update and delete of an audited row is recorded.

A ``before_flush`` hook compares each audited object with its loaded state and adds
``AuditEntry`` rows in the same transaction, so the trail can never disagree with the
data. The session's ``info`` carries the origin (local edit, import, bundled data) and
the import batch.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from fwgdesk.db.base import Audited, Versioned
from fwgdesk.db.bulk import insert_rows
from fwgdesk.db.changes import WRITTEN, Written
from fwgdesk.db.models.audit import AuditEntry
from fwgdesk.db.types import utcnow
from fwgdesk.domain.enums import AuditAction, Origin

Entry = dict[str, Any]  # the columns of one audit_entries row
WHO = "who"  # the key, in ``Session.info``, of the identity columns of every entry


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _json_default(value: Any) -> Any:
    """What ``json`` cannot write itself: dates (enums are ``StrEnum``, hence text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot record {type(value).__name__} in the audit trail")


# One encoder for every entry: ``json.dumps`` with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=_json_default)


def encode_value(value: Any) -> str | None:
    """A column value as JSON text (None stays None)."""
    if value is None:
        return None
    return _ENCODER.encode(_plain(value))


def decode_value(text: str | None) -> Any:
    """A value as :func:`encode_value` recorded it (dates stay ISO text)."""
    return None if text is None else json.loads(text)


def _columns(obj: Audited) -> list[str]:
    mapper = inspect(type(obj))
    return [attr.key for attr in mapper.column_attrs if attr.key not in obj.audit_ignore]


def _snapshot(obj: Audited) -> str:
    values = {key: _plain(getattr(obj, key)) for key in _columns(obj)}
    return _ENCODER.encode(values)


def _row_version(obj: Audited, action: AuditAction) -> int | None:
    """The version the row has once this flush is written (the ORM adds one per update)."""
    version = getattr(obj, "version", None)
    if not isinstance(obj, Versioned):
        return None
    if action is AuditAction.INSERT:
        return version or 1
    if action is AuditAction.UPDATE:
        return (version or 0) + 1
    return version


def _entry(session: Session, obj: Audited, action: AuditAction, **values: Any) -> Entry:
    return {
        "at": utcnow(),
        "row_version": _row_version(obj, action),
        **session.info.get(WHO, {}),
        "table_name": type(obj).__table__.name,  # type: ignore[attr-defined]
        "row_key": obj.audit_key(),
        "state_iso3": obj.audit_state(),
        "action": action,
        "field": None,
        "old_value": None,
        "new_value": None,
        "origin": session.info.get("origin", Origin.LOCAL_EDIT),
        "batch_id": session.info.get("batch_id"),
        **values,
    }


def _updates(session: Session, obj: Audited) -> list[Entry]:
    state = inspect(obj)
    entries = []
    for key in _columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if _plain(old) == _plain(new):
            continue
        entries.append(
            _entry(
                session,
                obj,
                AuditAction.UPDATE,
                field=key,
                old_value=encode_value(old),
                new_value=encode_value(new),
            )
        )
    return entries


def _record_changes(session: Session, _context: Any, _instances: Any) -> None:
    """Write the entries of this flush straight into the table, in the flush's transaction
    (as ORM objects they would cost a unit-of-work insert each)."""
    with session.no_autoflush:
        entries = _collect(session)
    _write(session, entries)


def _write(session: Session, entries: list[Entry]) -> None:
    """Insert *entries* and note them as written by this session's transaction."""
    if not entries:
        return
    insert_rows(session.connection(), cast(Table, AuditEntry.__table__), entries)
    written = session.info.get(WRITTEN)
    if written is None:
        written = session.info[WRITTEN] = Written()
    written.add(entries)


def _collect(session: Session) -> list[Entry]:
    entries: list[Entry] = []
    for obj in session.new:
        if isinstance(obj, Audited):
            entries.append(_entry(session, obj, AuditAction.INSERT, new_value=_snapshot(obj)))
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            entries.extend(_updates(session, obj))
    deleted = [obj for obj in session.deleted if isinstance(obj, Audited)]
    for obj in _orphans(session):
        if obj not in deleted:
            deleted.append(obj)
    for obj in deleted:
        entries.append(_entry(session, obj, AuditAction.DELETE, old_value=_snapshot(obj)))
    return entries


def _orphans(session: Session) -> list[Audited]:
    """Rows removed from a delete-orphan collection: the flush deletes them by cascade,
    after this hook has looked at ``session.deleted``."""
    found: list[Audited] = []
    for obj in list(session.dirty) + list(session.new):
        state = inspect(obj)
        for relationship in state.mapper.relationships:
            if not relationship.cascade.delete_orphan:
                continue
            for child in state.attrs[relationship.key].history.deleted or ():
                if isinstance(child, Audited) and inspect(child).persistent:
                    found.append(child)
    return found


def install_audit_hooks(factory: sessionmaker[Session]) -> None:
    """Record the changes of every session *factory* makes; call it once per new factory.

    No ``event.contains`` guard: SQLAlchemy's event registry is keyed by ``id()``, so a new
    factory that reuses the address of a freed one (whose session class the cyclic
    collector has not reclaimed yet) looks as if it were listened to already, and its
    sessions would write no audit trail at all."""
    event.listen(factory, "before_flush", _record_changes)


def bulk_insert_entries(
    session: Session, table_name: str, rows: list[tuple[str, str | None, dict[str, Any]]]
) -> None:
    """Record rows inserted in bulk (bypassing the unit of work): (row key, State, values).

    The entries are the ones the flush hook would have written for the same rows."""
    if not rows:
        return
    now = utcnow()
    origin = session.info.get("origin", Origin.LOCAL_EDIT)
    batch_id = session.info.get("batch_id")
    encode = _ENCODER.encode
    who = session.info.get(WHO, {})
    _write(
        session,
        [
            {
                "at": now,
                "table_name": table_name,
                "row_key": key,
                "state_iso3": state,
                "action": AuditAction.INSERT,
                "origin": origin,
                "batch_id": batch_id,
                "new_value": encode(values),
                "row_version": 1,
                **who,
            }
            for key, state, values in rows
        ],
    )
