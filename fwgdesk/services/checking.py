"""Check database: SQLite's checks, the application's rules, and the repairs a user chose.

Checking changes nothing: it runs SQLite's integrity and foreign-key checks, then finds
what breaks the rules (``services.consistency``). Repairing applies the findings the user
chose (``services.repairs``) in one transaction, after a backup on SQLite. Rows left
pointing to a missing row are for the rules to repair, so only a damaged file stops the
check.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fwgdesk.db.engine import Database
from fwgdesk.db.integrity import check_integrity
from fwgdesk.services.backups import backup_before
from fwgdesk.services.consistency import CheckReport, find_problems
from fwgdesk.services.repairs import RepairReport, apply_repairs

PRE_REPAIR = "pre-repair"


@dataclass(frozen=True)
class DatabaseCheck:
    """What checking the database found."""

    problems: tuple[str, ...]  # SQLite's findings
    rules: CheckReport | None  # None: the file is damaged and the rules did not run

    @property
    def clean(self) -> bool:
        return not self.problems and self.rules is not None and self.rules.clean


@dataclass(frozen=True)
class Repaired:
    """What repairing did: the repairs, the backup made before, and SQLite's findings left."""

    report: RepairReport
    backup: Path | None
    problems: tuple[str, ...]


def check_database(database: Database, today: date | None = None) -> DatabaseCheck:
    """SQLite's thorough checks, then the rules; nothing is changed."""
    integrity = check_integrity(database.engine, thorough=True)
    if not integrity.file_sound:
        return DatabaseCheck(tuple(integrity.problems), None)
    return DatabaseCheck(tuple(integrity.problems), find_problems(database, today))


def repair_database(
    database: Database,
    chosen: Collection[str],
    keep: Mapping[str, str] | None = None,
    today: date | None = None,
) -> Repaired:
    """Repair the chosen findings (by key) in one transaction, after a backup on SQLite;
    *keep*: who stays the active focal point, by the finding's key."""
    made: list[Path] = []

    def backup() -> None:
        kept = backup_before(database, PRE_REPAIR)
        if kept is not None:
            made.append(kept)

    report = apply_repairs(database, chosen, keep, today, backup)
    integrity = check_integrity(database.engine)
    return Repaired(report, made[0] if made else None, tuple(integrity.problems))
