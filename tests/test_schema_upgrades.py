"""Controlled schema upgrades: a shared database waits for the user's word, a newer one
says which version it needs, clients starting together migrate one after the other."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from fwgdesk.cli.main import main
from fwgdesk.db.migrate import HEAD_REVISION, alembic_config, current_revision
from fwgdesk.domain.errors import DatabaseError, UpgradeNeededError
from fwgdesk.domain.wording import english
from fwgdesk.paths import DataPaths
from fwgdesk.services.startup import open_database
from tests.postgresql import fresh_database


def test_a_database_of_a_newer_version_says_which_it_needs(data_paths: DataPaths) -> None:
    open_database(data_paths).database.dispose()
    engine = create_engine(data_paths.sqlite_url())
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(DatabaseError) as refused:
        open_database(data_paths)
    said = english(refused.value)
    assert "upgraded by a newer version of fwgdesk (schema 0099)" in said, said
    assert f"knows schema {HEAD_REVISION}" in said, said


def _at_revision(url: str, revision: str) -> None:
    from alembic import command

    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


@pytest.mark.postgresql
def test_a_shared_database_is_upgraded_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with fresh_database() as url:
        _at_revision(url, "0004")
        with pytest.raises(UpgradeNeededError) as waiting:
            open_database(DataPaths(tmp_path), url)
        assert "fwgdesk db upgrade" in english(waiting.value), english(waiting.value)
        engine = create_engine(url)
        assert current_revision(engine) == "0004", "the shared schema was upgraded unasked"
        code = main(["stats", "--database", url, "--data-dir", str(tmp_path)])
        assert code == 3, capsys.readouterr().err
        assert current_revision(engine) == "0004", "a command upgraded the shared schema"
        assert main(["db", "upgrade", "--database", url, "--data-dir", str(tmp_path)]) == 0
        assert current_revision(engine) == HEAD_REVISION, "db upgrade did not upgrade"
        engine.dispose()


@pytest.mark.postgresql
def test_three_clients_starting_on_an_empty_database_at_once(tmp_path: Path) -> None:
    with fresh_database() as url:
        outcomes: list[str] = []
        barrier = threading.Barrier(3)

        def start(number: int) -> None:
            barrier.wait()
            try:
                open_database(DataPaths(tmp_path / str(number)), url).database.dispose()
                outcomes.append("opened")
            except Exception as error:
                outcomes.append(f"{type(error).__name__}: {error}")

        threads = [threading.Thread(target=start, args=(n,)) for n in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert outcomes == ["opened"] * 3, f"outcomes: {outcomes}"
