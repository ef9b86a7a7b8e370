"""The same code on PostgreSQL: migrations, bundled data, search, audit, concurrency, CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from fwgdesk.cli.main import main
from fwgdesk.db.engine import Database
from fwgdesk.db.migrate import HEAD_REVISION, current_revision
from fwgdesk.db.models import AuditEntry, State
from fwgdesk.domain.enums import Origin
from fwgdesk.domain.errors import ConflictError
from fwgdesk.paths import DataPaths
from fwgdesk.services.catalogue import search
from fwgdesk.services.startup import open_database
from fwgdesk.services.states import list_states
from tests.postgresql import fresh_database

pytestmark = pytest.mark.postgresql


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with fresh_database() as url:
        yield url


@pytest.fixture(scope="module")
def pg_database(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    opened = open_database(DataPaths(tmp_path_factory.mktemp("pg")), pg_url)
    assert opened.migrated and opened.backup is None  # no file to back up on a server
    yield opened.database
    opened.database.dispose()


def test_migrations_and_bundled_data(pg_database: Database) -> None:
    assert pg_database.dialect == "postgresql"
    assert current_revision(pg_database.engine) == HEAD_REVISION
    states = list_states(pg_database)
    assert len(states) == 194
    assert next(s for s in states if s.iso3 == "BOL").names["zh"] == "多民族玻利维亚国"


def test_search_works_without_fts5(pg_database: Database) -> None:
    short = {item.code for item in search(pg_database, "弹药")}
    assert {f"WG9-R{n}" for n in range(4, 18)} <= short
    assert "CS-DP6" in {item.code for item in search(pg_database, "模块化武器")}
    assert {item.code for item in search(pg_database, "AMMUNITION")}


def test_audit_and_optimistic_concurrency(pg_database: Database) -> None:
    with pg_database.session() as session:
        stale = session.get_one(State, "NOR")
    with pg_database.session() as session:
        session.get_one(State, "NOR").name_en = "Norway (edited)"
    with pytest.raises(ConflictError), pg_database.session() as session:
        mine = session.merge(stale, load=False)
        mine.name_en = "Norway (mine)"
        session.flush()
    with pg_database.session() as session:
        change = session.scalars(
            select(AuditEntry).where(AuditEntry.row_key == "NOR", AuditEntry.field == "name_en")
        ).one()
        assert change.origin is Origin.LOCAL_EDIT and change.new_value == '"Norway (edited)"'
        assert change.at.tzinfo is not None


def test_cli_on_a_shared_database(
    pg_database: Database, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["states", "list", "--json", "--database", pg_url, "--data-dir", str(tmp_path)]) == 0
    )
    assert len(json.loads(capsys.readouterr().out)) == 194
    assert main(["db", "backup", "--database", pg_url, "--data-dir", str(tmp_path)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.name.endswith(".fwgdump.json.gz"), f"not a dump: {made}"
    assert made.is_relative_to(tmp_path), "the dump is not in the data folder"


def test_import_and_undo_on_a_shared_database(pg_database: Database) -> None:
    from datetime import date

    from fwgdesk.exchange.apply import Provenance, Resolution, apply_update
    from fwgdesk.exchange.model import Update, UpdateRow
    from fwgdesk.exchange.problems import Location
    from fwgdesk.exchange.undo import undo_last_import
    from fwgdesk.services.links import list_links
    from fwgdesk.services.people import list_focal_points

    where = Location("pg.json")
    update = Update(
        "pg.json",
        "json",
        "UNODC Secretariat",
        1,
        tables={
            "focal_points": [
                UpdateRow(
                    "focal_points",
                    {
                        "id": "pg-1",
                        "state": "ARG",
                        "role": "focal_point",
                        "name": "María José Núñez",
                        "languages": ["es"],
                        "designated_on": date(2023, 5, 2),
                    },
                    where,
                )
            ],
            "recommendation_links": [
                UpdateRow(
                    "recommendation_links",
                    {"state": "ARG", "recommendation": "WG9-R7", "status": "in_progress"},
                    where,
                )
            ],
        },
    )
    batch, _ = apply_update(pg_database, update, Provenance("pg.json"), Resolution())
    assert batch is not None
    assert [p.name for p in list_focal_points(pg_database, "ARG")] == ["María José Núñez"]
    assert [link.code for link in list_links(pg_database, "ARG")] == ["WG9-R7"]
    undo_last_import(pg_database)
    assert list_focal_points(pg_database, "ARG") == []
    assert list_links(pg_database, "ARG") == []
