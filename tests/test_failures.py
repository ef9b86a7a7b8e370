"""A locked database, a full disk, a read-only file or folder, a network share: told plainly,
nothing changed, nothing half-written left behind."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from fwgdesk import files
from fwgdesk.cli.main import main
from fwgdesk.db import backup as backup_module
from fwgdesk.db.backup import backups_dir_for, copy_database, create_backup
from fwgdesk.db.engine import Database
from fwgdesk.db.failures import FailureKind, database_failure, failure_kind, file_failure
from fwgdesk.db.integrity import check_integrity
from fwgdesk.db.models import ImportBatch
from fwgdesk.domain.enums import Origin
from fwgdesk.domain.errors import (
    DatabaseLockedError,
    DiskFullError,
    FwgdeskError,
    ReadOnlyError,
    StorageError,
)
from fwgdesk.domain.wording import english
from fwgdesk.exchange.apply import Provenance, Resolution, apply_update
from fwgdesk.exchange.containers import write_update
from fwgdesk.exchange.export import build_export
from fwgdesk.paths import DataPaths
from fwgdesk.services import people
from fwgdesk.services.settings import Settings
from fwgdesk.services.startup import open_database
from tests.support.dbdump import full_dump
from tests.support.storage import big_update, fill_up, no_space
from tests.test_desk_services import PERSON


def _modes_ignored() -> bool:
    """Whether this process may write where file modes forbid it (root, usually)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name) / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        try:
            (folder / "probe").write_bytes(b"")
        except OSError:
            return False
        finally:
            folder.chmod(0o700)
        return True


MODES_IGNORED = _modes_ignored()


def imports(database: Database) -> int:
    """How many import batches are recorded (the bundled data has its own)."""
    query = select(func.count()).select_from(ImportBatch).where(ImportBatch.origin == Origin.IMPORT)
    with database.session() as session:
        return int(session.scalar(query) or 0)


# --- the translation ----------------------------------------------------------------------


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__("driver error")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (_sqlite_error("database is locked", 5), FailureKind.LOCKED),
        (_sqlite_error("database table is locked", 6), FailureKind.LOCKED),
        (_sqlite_error("database or disk is full", 13), FailureKind.FULL),
        (_sqlite_error("attempt to write a readonly database", 8), FailureKind.READ_ONLY),
        (_sqlite_error("attempt to write a readonly database", 8 | 3 << 8), FailureKind.READ_ONLY),
        # without SQLite's result code the driver's wording is not read: it is not data
        (sqlite3.OperationalError("database is locked"), None),
        (sqlite3.OperationalError("no such table: x"), None),
        (sqlite3.DatabaseError("file is not a database"), None),
        (OSError(errno.ENOSPC, "No space left on device"), FailureKind.FULL),
        (OSError(errno.EROFS, "Read-only file system"), FailureKind.READ_ONLY),
        (PermissionError(errno.EACCES, "Permission denied"), FailureKind.READ_ONLY),
        (OSError(errno.EPERM, "Operation not permitted"), FailureKind.READ_ONLY),
        (OSError(errno.ENOENT, "No such file"), None),
        (_PgError("55P03"), FailureKind.LOCKED),
        (_PgError("53100"), FailureKind.FULL),
        (_PgError("42P01"), None),
        (ValueError("something else"), None),
    ],
)
def test_failures_are_recognised(error: BaseException, kind: FailureKind | None) -> None:
    assert failure_kind(error) is kind
    wrapped = OperationalError("INSERT …", {}, error)
    assert failure_kind(wrapped) is kind


def test_a_quota_and_a_windows_sharing_violation_are_recognised() -> None:
    if hasattr(errno, "EDQUOT"):
        assert failure_kind(OSError(errno.EDQUOT, "Disk quota exceeded")) is FailureKind.FULL
    sharing = PermissionError(errno.EACCES, "in use")
    sharing.winerror = 32  # type: ignore[attr-defined]
    assert failure_kind(sharing) is FailureKind.LOCKED


def test_the_messages_name_the_place_and_say_what_to_do(tmp_path: Path) -> None:
    file = tmp_path / "fwgdesk.sqlite3"
    locked = database_failure(_sqlite_error("database is locked", 5), file)
    assert isinstance(locked, DatabaseLockedError)
    assert str(file) in english(locked) and "another program" in english(locked)
    assert "nothing was changed" in english(locked)
    full = database_failure(_sqlite_error("database or disk is full", 13), file)
    assert isinstance(full, DiskFullError)
    assert str(tmp_path) in english(full) and "Free some space" in english(full)
    read_only = database_failure(_sqlite_error("attempt to write a readonly database", 8), file)
    assert isinstance(read_only, ReadOnlyError)
    assert "Settings" in english(read_only) and "--data-dir" in english(read_only)
    assert database_failure(sqlite3.OperationalError("no such table: x"), file) is None
    export = tmp_path / "out" / "export.json"
    full_file = file_failure(OSError(errno.ENOSPC, "No space left on device"), export)
    assert isinstance(full_file, DiskFullError) and str(export.parent) in english(full_file)
    assert isinstance(file_failure(OSError(errno.EROFS, "ro"), export), ReadOnlyError)
    server = database_failure(_PgError("55P03"), "postgresql+psycopg://desk@server/fwgdesk")
    assert isinstance(server, DatabaseLockedError) and "desk@server" in english(server)
    assert all(e.exit_code == 5 for e in (locked, full, read_only))


# --- a full disk --------------------------------------------------------------------------


@pytest.mark.file_only  # the file's disk filling up
def test_an_import_on_a_full_disk_changes_nothing(database: Database) -> None:
    before = full_dump(database)
    fill_up(database)
    update = big_update()
    with pytest.raises(DiskFullError) as caught:
        apply_update(database, update, Provenance(update.name), Resolution())
    assert str(database.path) in english(caught.value)
    assert "nothing was changed" in english(caught.value)
    assert full_dump(database) == before
    assert imports(database) == 0
    assert check_integrity(database.engine).ok


@pytest.mark.file_only  # SQLite's backup API
def test_a_backup_on_a_full_disk_leaves_no_partial_file(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database.path is not None
    folder = backups_dir_for(database.path)
    older = create_backup(database.path, folder, "manual")
    before = full_dump(database)
    files_before = sorted(folder.iterdir())

    def half_then_full(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        source.backup(target, pages=1)
        no_space()

    monkeypatch.setattr(backup_module, "copy_pages", half_then_full)
    with pytest.raises(DiskFullError) as caught:
        create_backup(database.path, folder, "pre-import")
    assert str(folder) in english(caught.value)
    assert sorted(folder.iterdir()) == files_before and older.exists()
    assert full_dump(database) == before


@pytest.mark.file_only  # SQLite's backup API
def test_a_real_full_disk_under_the_backup_api_is_told(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database.path is not None
    real_copy = backup_module.copy_pages

    def limited(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        target.execute("PRAGMA max_page_count = 3")
        real_copy(source, target)

    monkeypatch.setattr(backup_module, "copy_pages", limited)
    folder = tmp_path / "backups"
    with pytest.raises(DiskFullError):
        create_backup(database.path, folder, "manual")
    assert list(folder.iterdir()) == []


def half_written(path: Path, data: bytes) -> None:
    path.write_bytes(data[: len(data) // 2])
    no_space()


@pytest.mark.parametrize(("container", "name"), [("json", "x.json"), ("xlsx", "x.xlsx")])
def test_an_export_on_a_full_disk_keeps_the_old_file(
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    container: str,
    name: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    target.write_bytes(b"the export of last week")
    update = build_export(database, ["KEN", "DZA"], "Kenya", datetime(2025, 1, 1, tzinfo=UTC))
    monkeypatch.setattr(files, "write_synced", half_written)
    with pytest.raises(DiskFullError) as caught:
        write_update(update, target, container)
    assert str(out) in english(caught.value)
    assert target.read_bytes() == b"the export of last week"
    assert sorted(p.name for p in out.iterdir()) == [name]


def test_a_csv_export_on_a_full_disk_keeps_the_old_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    zipped = tmp_path / "x.zip"
    zipped.write_bytes(b"old archive")
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "focal_points.csv").write_bytes(b"old csv")
    monkeypatch.setattr(files, "write_synced", half_written)
    with pytest.raises(DiskFullError):
        write_update(big_update(3), zipped, "csv")
    with pytest.raises(DiskFullError):
        write_update(big_update(3), folder, "csv")
    assert zipped.read_bytes() == b"old archive"
    assert [p.name for p in folder.iterdir()] == ["focal_points.csv"]
    assert (folder / "focal_points.csv").read_bytes() == b"old csv"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv", "x.zip"]


def test_a_report_on_a_full_disk_keeps_the_old_file(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fwgdesk.reports import output
    from fwgdesk.reports.state_sheet import render_state_sheet

    real_write = output.write_document

    def full_after_a_page(out: Any, *args: Any, **kwargs: Any) -> None:
        real_write(out, *args, **kwargs)
        no_space()

    out = tmp_path / "out"
    out.mkdir()
    target = out / "KEN.pdf"
    target.write_bytes(b"%PDF old sheet")
    monkeypatch.setattr(output, "write_document", full_after_a_page)
    with pytest.raises(DiskFullError) as caught:
        render_state_sheet(database, "KEN", target)
    assert str(out) in english(caught.value)
    preview = out / "preview.pdf"
    preview.write_bytes(b"%PDF new sheet")

    def copy_half(source: Any, target: Any) -> None:
        target.write(source.read(5))
        no_space()

    monkeypatch.setattr(output, "shutil", SimpleNamespace(copyfileobj=copy_half))
    with pytest.raises(DiskFullError):
        output.copy_file(preview, target)
    assert target.read_bytes() == b"%PDF old sheet"
    assert sorted(p.name for p in out.iterdir()) == ["KEN.pdf", "preview.pdf"]


@pytest.mark.skipif(MODES_IGNORED, reason="this user ignores file modes (root)")
def test_settings_in_a_read_only_folder_keep_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(language="fr").save(path)
    before = path.read_bytes()
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(ReadOnlyError) as caught:
            Settings(language="zh").save(path)
    finally:
        tmp_path.chmod(0o700)
    assert str(path) in english(caught.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_the_cli_says_the_disk_is_full_without_a_traceback(
    data_paths: DataPaths,
    template_database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from fwgdesk.cli import context

    copy_database(template_database, data_paths.database)
    update_file = tmp_path / "big.json"
    write_update(big_update(), update_file, "json")

    def open_on_a_full_disk(*args: Any, **kwargs: Any) -> Any:
        opened = open_database(*args, **kwargs)
        fill_up(opened.database)
        return opened

    monkeypatch.setattr(context, "open_database", open_on_a_full_disk)
    code = main(["import", str(update_file), "--yes", "--data-dir", str(data_paths.root)])
    err = capsys.readouterr().err
    assert code == DiskFullError.exit_code != 0
    assert "disk" in err and "full" in err and "nothing was changed" in err
    assert "Traceback" not in err
    reopened = Database(data_paths.sqlite_url())
    try:
        assert imports(reopened) == 0
    finally:
        reopened.dispose()


# --- a locked database --------------------------------------------------------------------


@pytest.fixture
def held_lock(database: Database) -> Iterator[sqlite3.Connection]:
    """Another program writing: an exclusive transaction held on the database file."""
    other = sqlite3.connect(database.path or "", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    other.rollback()
    other.close()


@pytest.mark.file_only  # SQLite's file lock
def test_a_locked_database_is_told_and_nothing_changes(
    database: Database, held_lock: sqlite3.Connection
) -> None:
    before = full_dump(database)
    impatient = Database(database.url, busy_timeout_ms=50)
    try:
        with pytest.raises(DatabaseLockedError) as caught:
            people.add_focal_point(impatient, "DZA", PERSON)
        message = english(caught.value)
        assert str(database.path) in message and "another program" in message
        assert "Close it and try again" in message and "nothing was changed" in message
        held_lock.rollback()
        assert full_dump(impatient) == before
        people.add_focal_point(impatient, "DZA", PERSON)  # free again: it works
    finally:
        impatient.dispose()


def test_an_import_on_a_locked_database_under_the_cli(
    data_paths: DataPaths,
    template_database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from fwgdesk.services import startup

    copy_database(template_database, data_paths.database)
    open_database(data_paths).database.dispose()
    update_file = tmp_path / "small.json"
    write_update(big_update(3), update_file, "json")
    monkeypatch.setattr(startup, "Database", lambda url: Database(url, busy_timeout_ms=50))
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code = main(["import", str(update_file), "--yes", "--data-dir", str(data_paths.root)])
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert code == DatabaseLockedError.exit_code, err
    assert "another program" in err and "Traceback" not in err


# --- read-only ----------------------------------------------------------------------------


@pytest.mark.skipif(MODES_IGNORED, reason="this user ignores file modes (root)")
def test_a_read_only_database_file_is_told(database: Database) -> None:
    assert database.path is not None
    before = full_dump(database)
    database.dispose()
    database.path.chmod(0o444)
    reopened = Database(database.url)
    try:
        with pytest.raises(ReadOnlyError) as caught:
            people.add_focal_point(reopened, "DZA", PERSON)
        assert str(database.path) in english(caught.value)
        assert "--data-dir" in english(caught.value)
        assert full_dump(reopened) == before
    finally:
        reopened.dispose()
        database.path.chmod(0o600)


@pytest.mark.skipif(MODES_IGNORED, reason="this user ignores file modes (root)")
def test_a_read_only_data_folder_is_told(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReadOnlyError) as caught:
            open_database(DataPaths(folder))
        assert str(folder) in english(caught.value) and "Settings" in english(caught.value)
        with pytest.raises(ReadOnlyError):
            open_database(DataPaths(folder / "inside"))
        with pytest.raises(ReadOnlyError):
            write_update(big_update(3), folder / "x.json", "json")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_storage_errors_are_user_errors() -> None:
    for kind in (DatabaseLockedError, DiskFullError, ReadOnlyError):
        assert issubclass(kind, StorageError) and issubclass(kind, FwgdeskError)


def test_a_deadlock_or_serialization_failure_is_a_conflict_to_repeat() -> None:
    from fwgdesk.db.failures import met_another_transaction

    for state in ("40001", "40P01"):
        wrapped = OperationalError("UPDATE …", {}, _PgError(state))
        assert met_another_transaction(wrapped), f"SQLSTATE {state} not recognised"
    assert not met_another_transaction(OperationalError("x", {}, _PgError("55P03")))


def test_a_servers_refusals_are_told_apart_by_their_sqlstate() -> None:
    from fwgdesk.db.failures import server_failure

    where = "postgresql+psycopg://office@server/fwgdesk"
    expected = {
        "28P01": "refused the user name or password",
        "42501": "may not make this change",
        "57P01": "connection to the database server",
        "08006": "connection to the database server",
    }
    for state, words in expected.items():
        failure = server_failure(OperationalError("x", {}, _PgError(state)), where)
        assert failure is not None, f"SQLSTATE {state} not recognised"
        assert words in english(failure), english(failure)
        assert failure.exit_code == 3, f"SQLSTATE {state}: exit {failure.exit_code}"
    assert server_failure(OperationalError("x", {}, _PgError("23505")), where) is None


@pytest.mark.postgresql
def test_a_wrong_password_or_a_stopped_server_is_told_without_the_password(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from sqlalchemy.engine import make_url

    from tests.postgresql import server_url

    url = server_url()
    if url is None:
        pytest.skip("no PostgreSQL server")
    parsed = make_url(url)
    host = parsed.host or os.environ.get("PGHOST", "localhost")
    port = parsed.port or int(os.environ.get("PGPORT", "5432"))
    user = parsed.username or os.environ.get("PGUSER", "postgres")
    wrong = parsed.set(username=user, password="s3cret-never-shown", host=host, port=port)
    stopped = wrong.set(host="127.0.0.1", port=1)
    for candidate in (wrong, stopped):
        text = candidate.render_as_string(hide_password=False)
        code = main(["states", "list", "--database", text, "--data-dir", str(tmp_path)])
        err = capsys.readouterr().err
        assert code == 3, err
        assert "s3cret-never-shown" not in err, "the password is printed"
        assert "cannot connect to the database server" in err, err
