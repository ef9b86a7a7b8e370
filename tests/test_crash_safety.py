"""Crash safety: a child process importing an update or migrating the database is killed
(SIGKILL) at random moments; after every kill the database is sound and holds the whole
import (or migration) or none of it, and the application still starts.

20 kills per scenario; 200 with ``FWGDESK_SLOW=1``. Half of the kills come at a moment
anywhere in the child's life, counted from its launch (Python start-up, opening, the daily
backup, reading the update, the backup before the change, the change, the commit, the
exit); the others are counted from the backup made before the change (a moment inside
the change) or from the change being committed (a moment before the exit), so that the
short phases are hit too. The phases are timed on a complete run. The random moments
come from generators seeded with ``SEED`` and the run's index, printed with any failure.
"""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, func, select

from fwgdesk.db.backup import copy_database, create_backup
from fwgdesk.db.engine import Database, create_db_engine
from fwgdesk.db.migrate import alembic_config
from fwgdesk.db.models import ImportBatch, Recommendation
from fwgdesk.domain.enums import Origin
from fwgdesk.exchange.containers import write_update
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Location
from fwgdesk.paths import DataPaths
from fwgdesk.services.startup import open_database
from tests.support.crash import (
    LAUNCH,
    Kill,
    Probe,
    Timeline,
    child_env,
    file_appears,
    log_tail,
    plan_kills,
    query_answers,
    run_and_kill,
    run_to_end,
    sigkill_status,
)
from tests.support.crash_checks import (
    Snapshot,
    assert_backups_sound,
    assert_only_backups,
    assert_sound,
    content_digest,
    partial_copies,
    revision_of,
    snapshot,
)
from tests.support.modes import repetitions
from tests.support.synthetic import secretariat_2022, state_codes
from tests.test_migrations import SEEDS

pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(
        os.name == "nt" or not hasattr(signal, "SIGKILL"),
        reason="needs SIGKILL: a process killed without any chance to clean up",
    ),
]

SEED = 20261122
RUNS = repetitions(default=12, slow=200)
PEOPLE = 1000
LINKS = 6000
PRE_IMPORT = "*-pre-import.sqlite3"
PRE_MIGRATION = "*-pre-migration.sqlite3"
IMPORT_BACKUP, IMPORT_COMMIT = "the backup before the import", "the import's commit"
MIGRATION_BACKUP, MIGRATION_COMMIT = "the backup before the migration", "the migration's commit"
INSIDE = "killed after the backup, before the commit"


# ---------------------------------------------------------------- shared


def summary(scenario: str, results: list[tuple[str, int]]) -> Counter[str]:
    outcomes = Counter(label for label, _ in results)
    partial = sum(1 for _, left in results if left)
    print(f"{scenario}, {RUNS} runs (seed {SEED}): {dict(outcomes)}; {partial} left a partial copy")
    return outcomes


def run_folder(root: Path, kill: Kill) -> DataPaths:
    folder = root / f"run-{kill.index:03d}"
    shutil.rmtree(folder, ignore_errors=True)
    return DataPaths(folder)


def fwgdesk(paths: DataPaths, *args: str) -> list[str]:
    return [sys.executable, "-m", "fwgdesk", "--data-dir", str(paths.root), *args]


@pytest.fixture(scope="module")
def crash_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return child_env(tmp_path_factory.mktemp("crash-config"))


def test_a_backup_leaves_nothing_beside_it(tmp_path: Path, template_database: Path) -> None:
    """The copy is checked under a temporary name, through a read-only connection that
    leaves -wal and -shm files beside a WAL database; none of them may stay."""
    paths = DataPaths(tmp_path)
    copy_database(template_database, paths.database)
    made = create_backup(paths.database, paths.backups, "pre-import")
    assert sorted(p.name for p in paths.backups.iterdir()) == [made.name]


# ---------------------------------------------------------------- import


def imports_of(database_file: Path) -> int:
    """How many updates were imported (bundled data aside)."""
    database = Database(f"sqlite:///{database_file}")
    try:
        with database.engine.connect() as connection:
            query = select(func.count()).where(ImportBatch.origin == Origin.IMPORT)
            return int(connection.scalar(query) or 0)
    finally:
        database.dispose()


def large_update(database: Database) -> Update:
    """New people and new links: thousands of rows for one transaction."""
    states = state_codes(database)
    with database.engine.connect() as connection:
        codes = sorted(connection.scalars(select(Recommendation.code)))
    where = Location("crash.json")
    people = [
        UpdateRow(
            "focal_points",
            {
                "id": f"crash-{n}",
                "state": states[n % len(states)],
                "role": "governmental_expert",  # many a State; one focal point
                "name": f"Person {n} 李",
                "gender": "female",
                "languages": ["en"],
                "designated_on": date(2021, 1, 1),
            },
            where,
        )
        for n in range(PEOPLE)
    ]
    pairs = itertools.islice(itertools.product(reversed(states), codes), LINKS)
    links = [
        UpdateRow(
            "recommendation_links",
            {"state": s, "recommendation": c, "status": "in_progress", "note": "备注"},
            where,
        )
        for s, c in pairs
    ]
    tables = {"focal_points": people, "recommendation_links": links}
    return Update("crash.json", "json", "Crash test", 1, tables=tables)


def import_probes(paths: DataPaths) -> list[Probe]:
    return [
        file_appears(IMPORT_BACKUP, paths.backups, PRE_IMPORT),
        query_answers(
            IMPORT_COMMIT,
            paths.database,
            "SELECT count(*) FROM import_batches WHERE origin = 'import'",
            1,
        ),
    ]


@dataclass(frozen=True)
class ImportCase:
    source: Path
    update: Path
    before: Snapshot
    after: Snapshot
    timeline: Timeline
    workspace: Path


@pytest.fixture(scope="module")
def import_case(
    tmp_path_factory: pytest.TempPathFactory, template_database: Path, crash_env: dict[str, str]
) -> ImportCase:
    workspace = tmp_path_factory.mktemp("crash-import")
    prepared = DataPaths(workspace / "prepared")
    copy_database(template_database, prepared.database)
    opened = open_database(prepared)
    try:
        secretariat_2022(opened.database)
        update = large_update(opened.database)
    finally:
        opened.database.dispose()
    update_file = workspace / "crash.json"
    write_update(update, update_file, "json")
    calibration = DataPaths(workspace / "calibration")
    copy_database(prepared.database, calibration.database)
    command_line = fwgdesk(calibration, "import", str(update_file), "--yes")
    log = workspace / "calibration.log"
    timeline = run_to_end(command_line, import_probes(calibration), log, crash_env)
    print(f"complete import: {timeline.describe()}")
    assert_only_backups(calibration)
    assert imports_of(prepared.database) == 0
    assert imports_of(calibration.database) == 1
    before, after = snapshot(prepared.database), snapshot(calibration.database)
    assert before.content != after.content
    return ImportCase(prepared.database, update_file, before, after, timeline, workspace)


def import_outcome(case: ImportCase, kill: Kill, crash_env: dict[str, str]) -> tuple[str, int]:
    """Run one import, kill it, check the database and that the application starts;
    return how the kill landed and how many partial backup copies it left."""
    paths = run_folder(case.workspace, kill)
    copy_database(case.source, paths.database)
    log = paths.root / "child.log"
    command_line = fwgdesk(paths, "import", str(case.update), "--yes")
    code = run_and_kill(command_line, import_probes(paths), kill, log, crash_env)
    where = f"{kill.describe()} (exit status {code})"
    assert code in (0, sigkill_status()), f"{where}: the import failed: {log_tail(log)}"
    assert_sound(paths.database, where)
    state = snapshot(paths.database)
    assert state in (case.before, case.after), (
        f"{where}: neither none nor all of the import: {state.counts}; "
        f"before {case.before.counts}; after {case.after.counts}"
    )
    whole = state == case.after
    backed_up = any(paths.backups.glob(PRE_IMPORT))
    assert backed_up or not whole, f"{where}: applied without its backup"
    assert whole or code != 0, f"{where}: the import finished but is not in the database"
    assert_backups_sound(paths, where)
    left = partial_copies(paths)
    open_database(paths).database.dispose()
    shutil.rmtree(paths.root)
    if whole:
        return ("whole: finished" if code == 0 else "whole: killed after the commit"), left
    return (f"none: {INSIDE}" if backed_up else "none: killed before the import"), left


def test_an_import_killed_at_any_moment_is_whole_or_absent(
    import_case: ImportCase, crash_env: dict[str, str]
) -> None:
    anchors = [LAUNCH, IMPORT_BACKUP, LAUNCH, IMPORT_COMMIT]
    kills = plan_kills(RUNS, import_case.timeline, anchors, SEED)
    outcomes = summary("import", [import_outcome(import_case, kill, crash_env) for kill in kills])
    seen = {outcome.split(":")[0] for outcome in outcomes}
    assert seen == {"none", "whole"}, f"seed {SEED}: both outcomes expected: {dict(outcomes)}"
    assert outcomes[f"none: {INSIDE}"] >= 1, (
        f"seed {SEED}: no kill landed inside the import transaction: {dict(outcomes)}"
    )


# ---------------------------------------------------------------- migration


def revisions() -> tuple[str, str]:
    """The newest revision and the one before it."""
    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_current_head()
    assert head is not None
    previous = scripts.get_revision(head).down_revision
    assert isinstance(previous, str)
    return previous, head


def check_migrated_data(database_file: Path, revision: str) -> None:
    """The data seeded at *revision* is there after the upgrade (checked, then rolled back)."""
    engine = create_db_engine(f"sqlite:///{database_file}")
    try:
        with engine.connect() as connection, connection.begin() as transaction:
            SEEDS[revision][1](connection)
            transaction.rollback()
    finally:
        engine.dispose()


def downgrade(database_file: Path, revision: str) -> None:
    """Back to *revision*, keeping the data (foreign keys off while tables are rebuilt)."""
    engine = create_engine(f"sqlite:///{database_file}")
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()


def migration_probes(paths: DataPaths, head: str) -> list[Probe]:
    return [
        file_appears(MIGRATION_BACKUP, paths.backups, PRE_MIGRATION),
        query_answers(
            MIGRATION_COMMIT,
            paths.database,
            "SELECT version_num FROM alembic_version",
            head,
        ),
    ]


@dataclass(frozen=True)
class MigrationCase:
    source: Path
    previous: str
    head: str
    before: str
    timeline: Timeline
    workspace: Path


@pytest.fixture(scope="module")
def migration_case(
    tmp_path_factory: pytest.TempPathFactory, crash_env: dict[str, str]
) -> MigrationCase:
    previous, head = revisions()
    workspace = tmp_path_factory.mktemp("crash-migration")
    prepared = DataPaths(workspace / "prepared")
    prepared.root.mkdir()
    engine = create_db_engine(prepared.sqlite_url())
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), previous)
        with engine.begin() as connection:
            SEEDS[previous][0](connection)
    finally:
        engine.dispose()
    open_database(prepared).database.dispose()  # the bundled data, as a user has it
    downgrade(prepared.database, previous)
    assert revision_of(prepared.database) == previous
    calibration = DataPaths(workspace / "calibration")
    copy_database(prepared.database, calibration.database)
    probes = migration_probes(calibration, head)
    log = workspace / "calibration.log"
    timeline = run_to_end(fwgdesk(calibration, "db", "upgrade"), probes, log, crash_env)
    print(f"complete migration: {timeline.describe()}")
    assert revision_of(calibration.database) == head
    assert_only_backups(calibration)
    check_migrated_data(calibration.database, previous)
    before = content_digest(prepared.database)
    return MigrationCase(prepared.database, previous, head, before, timeline, workspace)


def migration_outcome(
    case: MigrationCase, kill: Kill, crash_env: dict[str, str]
) -> tuple[str, int]:
    """Run one upgrade, kill it, check the database and that the application starts and
    migrates it; return how the kill landed and how many partial backup copies it left."""
    paths = run_folder(case.workspace, kill)
    copy_database(case.source, paths.database)
    log = paths.root / "child.log"
    probes = migration_probes(paths, case.head)
    code = run_and_kill(fwgdesk(paths, "db", "upgrade"), probes, kill, log, crash_env)
    where = f"{kill.describe()} (exit status {code})"
    assert code in (0, sigkill_status()), f"{where}: the upgrade failed: {log_tail(log)}"
    assert_sound(paths.database, where)
    revision = revision_of(paths.database)
    assert revision in (case.previous, case.head), f"{where}: at revision {revision}"
    migrated = revision == case.head
    if migrated:
        check_migrated_data(paths.database, case.previous)
    else:
        assert content_digest(paths.database) == case.before, f"{where}: old data changed"
    backed_up = any(paths.backups.glob(PRE_MIGRATION))
    assert backed_up or not migrated, f"{where}: migrated without a backup first"
    assert migrated or code != 0, f"{where}: the upgrade finished but did not migrate"
    assert_backups_sound(paths, where)
    left = partial_copies(paths)
    open_database(paths).database.dispose()
    assert revision_of(paths.database) == case.head, where
    check_migrated_data(paths.database, case.previous)
    shutil.rmtree(paths.root)
    if migrated:
        return ("head: finished" if code == 0 else "head: killed after the commit"), left
    return (f"old: {INSIDE}" if backed_up else "old: killed before the upgrade"), left


def test_a_migration_killed_at_any_moment_is_done_or_not_started(
    migration_case: MigrationCase, crash_env: dict[str, str]
) -> None:
    anchors = [LAUNCH, MIGRATION_BACKUP, LAUNCH, MIGRATION_COMMIT]
    kills = plan_kills(RUNS, migration_case.timeline, anchors, SEED)
    outcomes = summary(
        "migration", [migration_outcome(migration_case, kill, crash_env) for kill in kills]
    )
    seen = {outcome.split(":")[0] for outcome in outcomes}
    assert seen == {"old", "head"}, f"seed {SEED}: both outcomes expected: {dict(outcomes)}"
    assert outcomes[f"old: {INSIDE}"] >= 1, (
        f"seed {SEED}: no kill landed between the backup and the commit: {dict(outcomes)}"
    )
