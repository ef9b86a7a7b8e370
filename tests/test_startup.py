"""Opening the database: first start, backups before migrations, restore on failure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from fwgdesk.db.backup import quick_check
from fwgdesk.db.engine import create_db_engine
from fwgdesk.db.migrate import HEAD_REVISION, alembic_config, current_revision
from fwgdesk.db.models import Recommendation, State
from fwgdesk.db.rotation import backups
from fwgdesk.domain.errors import DatabaseError, ReadOnlyError
from fwgdesk.domain.wording import english
from fwgdesk.paths import DataPaths
from fwgdesk.services import startup
from fwgdesk.services.checking import check_database, repair_database
from fwgdesk.services.startup import open_database


def database_at(paths: DataPaths, revision: str) -> None:
    """Create the data folder's database at an older *revision* of the schema."""
    paths.root.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(paths.sqlite_url())
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


def count(paths: DataPaths, model: type) -> int:
    engine = create_db_engine(paths.sqlite_url())
    with engine.connect() as connection:
        result = connection.execute(select(func.count()).select_from(model)).scalar_one()
    engine.dispose()
    return int(result)


def test_first_start_creates_and_fills_the_database(data_paths: DataPaths) -> None:
    opened = open_database(data_paths)
    assert opened.migrated and opened.bundled_updated and opened.backup is None
    assert current_revision(opened.database.engine) == HEAD_REVISION
    opened.database.dispose()
    assert count(data_paths, State) == 194
    assert count(data_paths, Recommendation) == 132


def test_second_start_changes_nothing(data_paths: DataPaths) -> None:
    open_database(data_paths).database.dispose()
    again = open_database(data_paths)
    assert not again.migrated and not again.bundled_updated and again.backup is None
    again.database.dispose()
    assert [b.reason for b in backups(data_paths.backups)] == ["daily"]


def test_a_pending_migration_is_preceded_by_a_backup(data_paths: DataPaths) -> None:
    database_at(data_paths, "0001")
    opened = open_database(data_paths)
    opened.database.dispose()
    assert opened.migrated and opened.backup is not None
    assert opened.backup.parent == data_paths.backups
    assert "pre-migration" in opened.backup.name and quick_check(opened.backup) == []
    with sqlite3.connect(opened.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_failed_migration_restores_the_backup(data_paths: DataPaths) -> None:
    database_at(data_paths, "0001")
    with sqlite3.connect(data_paths.database) as connection:
        # a table in the way of revision 0002 makes it fail half-way
        connection.execute("CREATE TABLE recommendation_fts (x)")
        connection.execute("CREATE TABLE user_marker (note TEXT)")
        connection.execute("INSERT INTO user_marker VALUES ('keep me')")
    with pytest.raises(DatabaseError, match="restored from the backup"):
        open_database(data_paths)
    with sqlite3.connect(data_paths.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT note FROM user_marker").fetchone() == ("keep me",)


def test_a_failed_check_after_migration_restores_the_backup(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    database_at(data_paths, "0001")
    from fwgdesk.db.integrity import IntegrityReport

    monkeypatch.setattr(
        startup, "check_integrity", lambda _engine: IntegrityReport(["quick_check: page 3 bad"])
    )
    with pytest.raises(DatabaseError, match=r"failed its check.*restored"):
        open_database(data_paths)
    with sqlite3.connect(data_paths.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_file_that_is_not_a_database_is_reported(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.database.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="not a usable fwgdesk database"):
        open_database(data_paths)
    assert data_paths.database.read_bytes().startswith(b"this is not a database")


def test_a_read_only_data_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if _writable(folder):
            pytest.skip("running with privileges that ignore file permissions")
        with pytest.raises(ReadOnlyError, match="read-only"):
            open_database(DataPaths(folder))
    finally:
        folder.chmod(0o700)


def _writable(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_database_files_are_private(data_paths: DataPaths) -> None:
    open_database(data_paths).database.dispose()
    assert data_paths.root.stat().st_mode & 0o077 == 0
    assert data_paths.database.stat().st_mode & 0o077 == 0


def test_rows_pointing_to_missing_rows_warn_and_check_database_repairs_them(
    data_paths: DataPaths,
) -> None:
    open_database(data_paths).database.dispose()
    connection = sqlite3.connect(data_paths.database)
    connection.execute("PRAGMA foreign_keys = OFF")
    with connection:
        connection.execute(
            "INSERT INTO recommendation_links (state_iso3, recommendation_id, status, version,"
            " created_at, updated_at) VALUES ('FRA', 99999, 'in_progress', 1,"
            " '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
    connection.close()

    opened = open_database(data_paths)
    said = [english(w) for w in opened.warnings]
    assert any("rows that no longer exist" in w for w in said), f"no warning: {said}"
    result = check_database(opened.database)
    assert result.rules is not None, "the rules did not run"
    repaired = repair_database(opened.database, [f.key for f in result.rules.repairable])
    assert repaired.problems == (), f"SQLite still finds: {repaired.problems}"
    opened.database.dispose()
    assert not any("no longer exist" in english(w) for w in open_database(data_paths).warnings)
