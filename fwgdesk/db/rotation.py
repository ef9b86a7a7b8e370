"""Which backups to keep: the last 7 daily, the last 4 weekly, and the backups made
before an operation (migration, import, undo, restore) of the last 30 days.

Backups are named ``fwgdesk-<UTC time>-<reason>.sqlite3`` (a server's dumps
``….fwgdump.json.gz``); the time and reason are read
back from the name. A backup is only rotated out after a newer one was written and
checked (``create_backup`` renames a copy into place only once it passed quick_check).
A copy that never got that far (the program was killed while copying) is left as a
``.partial`` file; rotation removes it once it is a day old, when no copy can still be
in progress.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fwgdesk.db.backup import list_backups

NAME = re.compile(r"^fwgdesk-(\d{8}T\d{6})(\d{6})?Z-([a-z-]+)\.(?:sqlite3|fwgdump\.json\.gz)$")
PARTIAL = re.compile(r"^fwgdesk-(\d{8}T\d{6})(\d{6})?Z-([a-z-]+)\.partial(-wal|-shm)?$")
STALE_PARTIAL = timedelta(days=1)
DAILY = "daily"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_OPERATIONS = timedelta(days=30)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str


def parse(path: Path) -> BackupFile | None:
    match = NAME.match(path.name)
    if match is None:
        return None
    made = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    return BackupFile(path, made, match.group(3))


def backups(folder: Path) -> list[BackupFile]:
    """The backups of *folder*, newest first (files with other names are ignored)."""
    found = [parse(path) for path in list_backups(folder)]
    return sorted((b for b in found if b is not None), key=lambda b: b.made_at, reverse=True)


def to_keep(files: list[BackupFile], now: datetime) -> set[Path]:
    keep: set[Path] = set()
    daily = [b for b in files if b.reason == DAILY]
    days: dict[object, BackupFile] = {}
    weeks: dict[object, BackupFile] = {}
    for backup in daily:  # newest first: the first seen of a day or week is its newest
        days.setdefault(backup.made_at.date(), backup)
        weeks.setdefault(backup.made_at.isocalendar()[:2], backup)
    keep.update(b.path for b in list(days.values())[:KEEP_DAILY])
    keep.update(b.path for b in list(weeks.values())[:KEEP_WEEKLY])
    keep.update(b.path for b in files if b.reason != DAILY and now - b.made_at <= KEEP_OPERATIONS)
    if files:
        keep.add(files[0].path)  # never remove the newest backup of all
    return keep


def stale_partials(folder: Path, now: datetime) -> list[Path]:
    """Copies left unfinished (and their journal files) more than a day ago."""
    if not folder.is_dir():
        return []
    stale = []
    for path in folder.iterdir():
        match = PARTIAL.match(path.name)
        if match is None:
            continue
        made = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        if now - made >= STALE_PARTIAL:
            stale.append(path)
    return sorted(stale)


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rules no longer keep, and stale unfinished copies; return
    them."""
    moment = now or datetime.now(UTC)
    files = backups(folder)
    keep = to_keep(files, moment)
    removed = [b.path for b in files if b.path not in keep] + stale_partials(folder, moment)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_due(folder: Path, now: datetime | None = None) -> bool:
    """True when no daily backup was made in the last 24 hours."""
    moment = now or datetime.now(UTC)
    latest = next((b for b in backups(folder) if b.reason == DAILY), None)
    return latest is None or moment - latest.made_at >= timedelta(hours=24)
