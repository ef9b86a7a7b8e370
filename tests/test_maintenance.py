"""Daily backups, their rotation, and restoring a backup."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fwgdesk.cli.main import main
from fwgdesk.db.backup import backup_name, backups_dir_for, create_backup
from fwgdesk.db.engine import Database
from fwgdesk.db.rotation import DAILY, backups, daily_due, rotate
from fwgdesk.domain.errors import UsageError
from fwgdesk.paths import DataPaths
from fwgdesk.services import people
from fwgdesk.services.maintenance import (
    back_up_now,
    daily_backup,
    list_backup_records,
    newest_good_backup,
    restore_database,
)
from fwgdesk.services.people import list_focal_points
from tests.test_desk_services import PERSON

NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)


def fake(folder: Path, when: datetime, reason: str) -> Path:
    path = folder / backup_name(reason, when)
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_7_daily_4_weekly_and_a_month_of_operations(tmp_path: Path) -> None:
    dailies = [fake(tmp_path, NOW - timedelta(days=n), DAILY) for n in range(40)]
    recent = fake(tmp_path, NOW - timedelta(days=29), "pre-import")
    old = fake(tmp_path, NOW - timedelta(days=31), "pre-migration")
    (tmp_path / "notes.txt").write_text("not a backup")
    removed = set(rotate(tmp_path, NOW))
    kept = {b.path for b in backups(tmp_path)}
    assert set(dailies[:7]) <= kept and recent in kept
    assert old in removed and (tmp_path / "notes.txt").exists()
    weekly = {b.made_at.isocalendar()[:2] for b in backups(tmp_path) if b.reason == DAILY}
    assert len([b for b in backups(tmp_path) if b.reason == DAILY]) <= 7 + 4
    assert len(weekly) >= 4
    assert rotate(tmp_path, NOW) == []  # a second run keeps the same


def test_the_newest_backup_is_never_rotated_out(tmp_path: Path) -> None:
    only = fake(tmp_path, NOW - timedelta(days=90), "pre-import")
    assert rotate(tmp_path, NOW) == [] and only.exists()


def test_unfinished_copies_are_removed_once_a_day_old(tmp_path: Path) -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    old = tmp_path / "fwgdesk-20260309T110000Z-pre-import.partial"
    fresh = tmp_path / "fwgdesk-20260310T115900Z-daily.partial"
    for path in (old, old.with_name(old.name + "-wal"), fresh):
        path.write_bytes(b"half a copy")
    kept = tmp_path / "fwgdesk-20260301T000000Z-daily.sqlite3"
    kept.write_bytes(b"")
    removed = rotate(tmp_path, now)
    assert sorted(p.name for p in removed) == sorted([old.name, old.name + "-wal"])
    assert fresh.exists() and kept.exists()  # a copy may still be in progress; the newest stays


@pytest.mark.file_only  # copies of the file (dumps: test_server_backups)
def test_a_daily_backup_when_the_data_changed(database: Database) -> None:
    assert database.path is not None
    folder = backups_dir_for(database.path)
    dailies = [b for b in backups(folder) if b.reason == DAILY]
    assert len(dailies) == 1  # made when the database was opened
    assert daily_backup(database) is None and not daily_due(folder)
    old = dailies[0].path
    old.rename(folder / backup_name(DAILY, datetime.now(UTC) - timedelta(days=2)))
    assert daily_backup(database) is None  # due, but nothing changed since
    people.add_focal_point(database, "NPL", PERSON)
    made = daily_backup(database)
    assert made is not None and made.exists()


@pytest.mark.file_only  # copies of the file (dumps: test_server_backups)
def test_restore_brings_the_backup_back_and_keeps_the_current(database: Database) -> None:
    assert database.path is not None
    backup = create_backup(database.path, backups_dir_for(database.path), "manual")
    people.add_focal_point(database, "NPL", PERSON)
    database.dispose()
    result = restore_database(database.path, backup)
    assert result.previous_kept_as is not None and result.previous_kept_as.exists()
    assert list_focal_points(Database(f"sqlite:///{database.path}"), "NPL") == []


@pytest.mark.file_only  # copies of the file (dumps: test_server_backups)
def test_a_damaged_backup_is_refused_and_nothing_changes(
    database: Database, tmp_path: Path
) -> None:
    assert database.path is not None
    people.add_focal_point(database, "NPL", PERSON)
    database.dispose()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = database.path.read_bytes()
    with pytest.raises(UsageError, match=r"bad\.sqlite3"):
        restore_database(database.path, bad)
    assert database.path.read_bytes() == before


def test_restore_over_a_damaged_database_through_the_cli(
    data_paths: DataPaths, template_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_paths.root.mkdir(parents=True)
    good = data_paths.root / "good.sqlite3"
    sqlite3.connect(template_database).backup(sqlite3.connect(good))
    data_paths.database.write_bytes(b"garbage" * 500)
    assert main(["db", "restore", str(good), "--data-dir", str(data_paths.root)]) == 0
    out = capsys.readouterr().out
    assert "restored from" in out and "checked" in out
    assert main(["states", "list", "--json", "--data-dir", str(data_paths.root)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 194
    assert main(["db", "backups", "--data-dir", str(data_paths.root)]) == 0
    listing = capsys.readouterr().out
    assert "daily" in listing
    kept = list(backups_dir_for(data_paths.database).glob("*damaged*"))
    assert kept and kept[0].read_bytes().startswith(b"garbage")


@pytest.mark.file_only  # copies of the file (dumps: test_server_backups)
def test_back_up_now_and_list_the_backups_with_size_and_revision(database: Database) -> None:
    assert database.path is not None
    made = back_up_now(database)
    (made.parent / "notes.txt").write_text("not a backup")
    (made.parent / backup_name("pre-import")).write_bytes(b"not a database")
    records = list_backup_records(backups_dir_for(database.path))
    assert [r.reason for r in records] == ["pre-import", "manual", DAILY]
    broken, manual, daily = records
    assert manual.path == made and manual.size == made.stat().st_size > 0
    assert manual.revision == daily.revision and manual.revision is not None
    assert manual.made_at.tzinfo is not None
    assert broken.revision is None and broken.size == len(b"not a database")


@pytest.mark.file_only  # copies of the file
def test_reading_backups_leaves_nothing_beside_them(database: Database) -> None:
    assert database.path is not None
    made = back_up_now(database)
    list_backup_records(backups_dir_for(database.path))
    assert newest_good_backup(database.path) == made
    assert sorted(p.name for p in made.parent.iterdir()) == sorted(
        b.path.name for b in backups(made.parent)
    )


def test_a_database_without_a_place_for_backups_says_so() -> None:
    in_memory = Database("sqlite://")
    with pytest.raises(UsageError, match="without a data folder"):
        back_up_now(in_memory)
    in_memory.dispose()
