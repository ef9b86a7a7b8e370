"""Alembic migrations: pytest-alembic's built-in tests, and data surviving every revision."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytest_alembic import Config, MigrationContext
from pytest_alembic.tests import (
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Connection, Engine, text

from fwgdesk.db.engine import create_db_engine
from fwgdesk.db.migrate import HEAD_REVISION, script_head
from fwgdesk.paths import migrations_dir

__all__ = [
    "test_model_definitions_match_ddl",
    "test_single_head_revision",
    "test_up_down_consistency",
    "test_upgrade",
]


@pytest.fixture
def alembic_config() -> Config:
    return Config(config_options={"script_location": str(migrations_dir())})


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'migrations.sqlite3'}")
    yield engine
    engine.dispose()


def test_head_constant_matches_the_scripts() -> None:
    assert script_head() == HEAD_REVISION


def seed_initial_schema(connection: Connection) -> None:
    """Data a user may have had at revision 0001."""
    connection.execute(
        text(
            "INSERT INTO states (iso3, name_ar, name_en, name_es, name_fr, name_ru, name_zh,"
            " regional_group, protocol_status, version, created_at, updated_at) VALUES"
            " ('ZZZ', 'ع', 'Testland', 'T', 'T', 'Т', '测试国', 'AFR', 'party', 1,"
            " '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
    )
    connection.execute(
        text(
            "INSERT INTO source_documents (code, title_zh, title_en, sort_order)"
            " VALUES ('T1', '测试文件', 'Test document', 0)"
        )
    )
    connection.execute(
        text(
            "INSERT INTO recommendations (id, code, source_code, number, sort_order, title_en,"
            " text_zh, version, created_at, updated_at) VALUES (7, 'T1-R1', 'T1', '1', 1,"
            " 'Ammunition controls', '各国应加强弹药的管制。', 1,"
            " '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
    )
    connection.execute(
        text(
            "INSERT INTO recommendation_links (state_iso3, recommendation_id, status, note,"
            " version, created_at, updated_at) VALUES ('ZZZ', 7, 'in_progress', '笔记', 1,"
            " '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
    )


def check_initial_schema_data(connection: Connection) -> None:
    link = connection.execute(text("SELECT status, note FROM recommendation_links")).one()
    assert tuple(link) == ("in_progress", "笔记")
    assert connection.execute(text("SELECT name_zh FROM states")).scalar() == "测试国"
    found = connection.execute(
        text("SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH '\"弹药的\"'")
    ).scalar()
    assert found == 7


def seed_search_index(connection: Connection) -> None:
    """Revision 0002: the catalogue searchable, a link with its note."""
    seed_initial_schema(connection)


def check_search_index_data(connection: Connection) -> None:
    check_initial_schema_data(connection)
    connection.execute(
        text(
            "INSERT INTO link_dismissals (state_iso3, recommendation_id, dismissed_at)"
            " VALUES ('ZZZ', 7, '2025-01-01 00:00:00')"
        )
    )
    assert connection.execute(text("SELECT count(*) FROM link_dismissals")).scalar() == 1


def seed_dismissals(connection: Connection) -> None:
    """Revision 0003: a link, a dismissed suggestion and an applied import."""
    seed_initial_schema(connection)
    connection.execute(
        text(
            "INSERT INTO link_dismissals (state_iso3, recommendation_id, dismissed_at)"
            " VALUES ('ZZZ', 7, '2025-01-01 00:00:00')"
        )
    )
    connection.execute(
        text(
            "INSERT INTO import_batches (id, origin, file_name, publisher, sequence, counts,"
            " applied_at) VALUES (3, 'import', 'u.json', 'UNODC', 41, '{}',"
            " '2025-02-01 00:00:00')"
        )
    )


def check_dismissals_data(connection: Connection) -> None:
    check_initial_schema_data(connection)
    assert connection.execute(text("SELECT count(*) FROM link_dismissals")).scalar() == 1
    batch = connection.execute(
        text("SELECT publisher, sequence, as_of FROM import_batches WHERE id = 3")
    ).one()
    assert tuple(batch) == ("UNODC", 41, None)


def seed_import_dates(connection: Connection) -> None:
    """Revision 0004: an import with its dates, and a change recorded under it."""
    seed_initial_schema(connection)
    connection.execute(
        text(
            "INSERT INTO import_batches (id, origin, file_name, publisher, sequence, counts,"
            " applied_at, issued_at, as_of) VALUES (4, 'import', 'u.json', 'UNODC', 42, '{}',"
            " '2025-02-01 00:00:00', '2025-01-30 09:00:00', '2025-01-15')"
        )
    )
    connection.execute(
        text(
            "INSERT INTO audit_entries (at, table_name, row_key, state_iso3, action, field,"
            " old_value, new_value, origin, batch_id) VALUES ('2025-02-01 00:00:00',"
            " 'focal_points', 'fp-1', 'ZZZ', 'update', 'phone', '\"1\"', '\"2\"', 'import', 4)"
        )
    )


def check_import_dates_data(connection: Connection) -> None:
    check_initial_schema_data(connection)
    batch = connection.execute(
        text("SELECT sequence, as_of, os_user FROM import_batches WHERE id = 4")
    ).one()
    assert (batch[0], str(batch[1]), batch[2]) == (42, "2025-01-15", None), f"batch: {batch}"
    entry = connection.execute(
        text("SELECT field, new_value, row_version, os_user FROM audit_entries WHERE batch_id = 4")
    ).one()
    assert tuple(entry) == ("phone", '"2"', None, None), f"entry after the upgrade: {entry}"


def seed_audit_who(connection: Connection) -> None:
    """Revision 0005: the catalogue in English and Chinese, an item addressed to UNODC."""
    seed_initial_schema(connection)
    connection.execute(
        text(
            "INSERT INTO recommendation_addressees (recommendation_id, addressee)"
            " VALUES (7, 'unodc')"
        )
    )


def check_catalogue_languages_data(connection: Connection) -> None:
    check_initial_schema_data(connection)
    item = connection.execute(
        text("SELECT title_en, title_fr, text_zh FROM recommendations WHERE id = 7")
    ).one()
    assert tuple(item) == ("Ammunition controls", None, "各国应加强弹药的管制。"), f"item: {item}"
    addressee = connection.execute(
        text("SELECT addressee FROM recommendation_addressees WHERE recommendation_id = 7")
    ).one()
    assert addressee[0] == "secretariat", "the addressee was not renamed as the format names it"
    connection.execute(text("UPDATE recommendations SET title_fr = 'Contrôle des munitions'"))
    found = connection.execute(
        text("SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH '\"munitions\"'")
    ).scalar()
    assert found == 7, "a French title is not in the search index"


SEEDS: dict[str, tuple[Callable[[Connection], None], Callable[[Connection], None]]] = {
    "0005": (seed_audit_who, check_catalogue_languages_data),
    "0004": (seed_import_dates, check_import_dates_data),
    "0003": (seed_dismissals, check_dismissals_data),
    "0001": (seed_initial_schema, check_initial_schema_data),
    "0002": (seed_search_index, check_search_index_data),
}
"""For every revision but the newest: data to insert there, and how to check it after."""


def test_every_revision_has_seed_data(alembic_runner: MigrationContext) -> None:
    revisions = [rev for rev in alembic_runner.history.revisions if rev not in ("base", "heads")]
    assert set(revisions[:-1]) == set(SEEDS)


@pytest.mark.parametrize("revision", sorted(SEEDS))
def test_data_seeded_at_a_revision_survives_the_upgrade(
    alembic_runner: MigrationContext, alembic_engine: Engine, revision: str
) -> None:
    seed, check = SEEDS[revision]
    alembic_runner.migrate_up_to(revision)
    with alembic_engine.begin() as connection:
        seed(connection)
    alembic_runner.migrate_up_to("heads")
    with alembic_engine.connect() as connection:
        check(connection)
