"""Erasing the personal data of removed people from the stored audit trail.

After a verified backup (SQLite), every recorded change of a person who is no longer in the
database has its personal values replaced, in one transaction: text by ``[removed]``,
gender by "undisclosed", languages by an empty list (so the values keep their type). The
changes of the import that can still be undone are left alone: undoing it re-creates the
people it deleted from them. A SQLite file is then rebuilt (``VACUUM``) and its write-ahead
log emptied, so the old values do not linger in free pages.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AuditEntry
from fwgdesk.exchange.undo import last_import
from fwgdesk.services.audit_privacy import (
    check_keep,
    decode,
    encode,
    erase_rules,
    mask,
    personal_count,
    removed_people_entries,
)
from fwgdesk.services.backups import backup_before

FORGET_CHOICES = ("nothing", "names")


@dataclass
class ForgetReport:
    people: int = 0  # removed people found in the audit trail
    erased: int = 0  # values replaced
    kept_for_undo: int = 0  # values left in the changes of the import that can be undone
    undoable_batch: int | None = None
    backup: Path | None = None
    file_backup: bool = True  # False: not a SQLite file (no backup made by fwgdesk)
    compacted: bool = False


def _erase(entry: AuditEntry, rules: dict[str, object]) -> int:
    old, old_count = mask(entry.field, decode(entry.old_value), rules)
    new, new_count = mask(entry.field, decode(entry.new_value), rules)
    if old_count:
        entry.old_value = encode(old)
    if new_count:
        entry.new_value = encode(new)
    return old_count + new_count


def _sweep(session: Session, keep: str, write: bool) -> ForgetReport:
    """Count (and with *write*, erase) the personal values of removed people."""
    rules = erase_rules(keep)
    batch = last_import(session)
    report = ForgetReport(undoable_batch=batch.id if batch is not None else None)
    people: set[str] = set()
    for entry in session.scalars(removed_people_entries().order_by(AuditEntry.id)):
        people.add(entry.row_key)
        if batch is not None and entry.batch_id == batch.id:
            report.kept_for_undo += personal_count(entry, rules)
        elif write:
            report.erased += _erase(entry, rules)
        else:
            report.erased += personal_count(entry, rules)
    report.people = len(people)
    return report


def planned_forget(database: Database, keep: str = "nothing") -> ForgetReport:
    """What ``forget_removed_people`` would do, without changing anything."""
    check_keep(keep, FORGET_CHOICES)
    with database.session() as session:
        report = _sweep(session, keep, write=False)
    report.file_backup = database.path is not None
    return report


def _compact(database: Database) -> bool:
    """Rebuild a SQLite file and empty its write-ahead log; False when it could not be."""
    if database.path is None:
        return False
    connection = database.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("VACUUM")
        row = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
        return row is None or row[0] == 0
    except sqlite3.Error:  # another connection is busy: the values are erased all the same
        return False
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.close()


def forget_removed_people(database: Database, keep: str = "nothing") -> ForgetReport:
    """Erase the personal values of removed people from the audit trail (*keep*: "names"
    keeps their names). A SQLite database is backed up first, and compacted after."""
    plan = planned_forget(database, keep)
    if plan.erased == 0:
        plan.compacted = plan.people > 0 and _compact(database)
        return plan
    backup = backup_before(database, "pre-forget")
    with database.session() as session:
        report = _sweep(session, keep, write=True)
    report.backup = backup
    report.file_backup = database.path is not None
    report.compacted = _compact(database)
    return report
