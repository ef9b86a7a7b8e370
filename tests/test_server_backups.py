"""Backups of a database on a PostgreSQL server: dumps in the user's data folder, made
before risky operations, listed, and restored in one transaction."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import LinkStatus
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.wording import english
from fwgdesk.paths import DataPaths
from fwgdesk.services import links
from fwgdesk.services.backups import backups_folder, restore_server
from fwgdesk.services.maintenance import back_up_now, list_backup_records
from fwgdesk.services.startup import open_database
from tests.postgresql import TemplateDatabase
from tests.support.cli import run
from tests.support.dbdump import dump

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server(data_paths: DataPaths, pg_template: TemplateDatabase) -> Iterator[tuple[Database, str]]:
    with pg_template.copy() as url:
        opened = open_database(data_paths, url)
        yield opened.database, url
        opened.database.dispose()


def test_a_backup_is_a_verified_dump_in_the_data_folder(
    server: tuple[Database, str], data_paths: DataPaths
) -> None:
    database, _ = server
    made = back_up_now(database)
    assert made.parent == backups_folder(database), "the dump is not in the backups folder"
    assert made.is_relative_to(data_paths.root), "the dump is outside the user's data folder"
    records = {r.path: (r.reason, r.revision) for r in list_backup_records(made.parent)}
    assert records[made] == ("manual", "0006"), "the dump is not listed with its kind and schema"
    assert "daily" in {reason for reason, _ in records.values()}, "no daily dump at start"


def test_restoring_puts_every_row_back_and_new_rows_still_fit(server: tuple[Database, str]) -> None:
    database, _ = server
    links.link(database, "KEN", ["WG8-R1"], on=date(2024, 1, 5))
    before = dump(database)
    backup = back_up_now(database)
    links.update_link(database, "KEN", "WG8-R1", LinkStatus.IMPLEMENTED, "done")
    links.link(database, "FRA", ["WG9-R3"])
    kept = restore_server(database, backup)
    assert kept is not None and kept.exists(), "the database as it was is not kept"
    assert dump(database) == before, "the restored rows differ from the backed-up ones"
    links.link(database, "CHN", ["WG9-R4"])  # the id sequences follow the restored rows
    assert [k.code for k in links.list_links(database, "CHN")] == ["WG9-R4"], "no new link"


def test_a_damaged_dump_is_refused_and_changes_nothing(
    server: tuple[Database, str], tmp_path: Path
) -> None:
    database, _ = server
    backup = back_up_now(database)
    links.link(database, "KEN", ["WG8-R2"])
    before = dump(database)
    damaged = tmp_path / backup.name
    damaged.write_bytes(gzip.compress(gzip.decompress(backup.read_bytes())[:-200]))
    with pytest.raises(UsageError) as refused:
        restore_server(database, damaged)
    assert "not an fwgdesk database" in english(refused.value.detail), "no clear refusal"
    assert dump(database) == before, "a refused restore changed the data"


def test_the_command_line_backs_up_lists_and_restores(
    capsys: pytest.CaptureFixture[str], server: tuple[Database, str], data_paths: DataPaths
) -> None:
    database, url = server
    common = ("--data-dir", str(data_paths.root), "--database", url)
    code, out, err = run(capsys, "db", "backup", *common)
    assert code == 0, err
    made = Path(out.strip())
    assert made.is_file(), f"no backup file at {out!r}"
    assert "password" not in out, "the output shows a password"
    code, out, err = run(capsys, "db", "backups", *common)
    assert code == 0, err
    assert str(made) in out, "the backup is not listed"
    links.link(database, "KEN", ["WG8-R3"])
    code, out, err = run(capsys, "db", "restore", str(made), *common)
    assert code == 0, err
    assert links.list_links(database, "KEN") == [], "the restore did not take the link away"
