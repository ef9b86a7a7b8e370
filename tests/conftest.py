"""Shared fixtures. Everything a test writes goes under its ``tmp_path``."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One locale for every run, whatever the machine's: Qt and Python read it at start.
os.environ.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
os.environ.pop("LANGUAGE", None)

from collections.abc import Iterator
from pathlib import Path

import pytest

from fwgdesk.db.backup import copy_database
from fwgdesk.db.engine import Database
from fwgdesk.paths import DataPaths
from fwgdesk.services.startup import open_database
from tests.postgresql import TemplateDatabase, pg_template_database


@pytest.fixture(autouse=True)
def isolated_configuration(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a test does reaches the user's real configuration or QSettings."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("FWGDESK_CONFIG_DIR", str(config))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("FWGDESK_DATA_DIR", str(config / "default-data"))
    monkeypatch.setenv("FWGDESK_CACHE_DIR", str(config / "cache"))


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated and filled with the bundled data once for the whole run."""
    paths = DataPaths(tmp_path_factory.mktemp("template"))
    opened = open_database(paths)
    opened.database.dispose()
    return paths.database


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


ENGINES = ("sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql))
HERE = Path(__file__).resolve().parent


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The database, services, exchange, migration and command-line tests (``tests/*.py``)
    that take a ``database`` run on both engines; the window's tests (``tests/ui``) and
    those about the SQLite file itself (marked ``file_only``) on SQLite."""
    if "database" not in metafunc.fixturenames:
        return
    if Path(str(metafunc.definition.path)).resolve().parent != HERE:
        return
    if metafunc.definition.get_closest_marker("file_only") is not None:
        return
    metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine of this test's ``database`` (SQLite unless parametrised)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def database(
    engine: str, request: pytest.FixtureRequest, data_paths: DataPaths, template_database: Path
) -> Iterator[Database]:
    """A fresh, fully set-up database of this test's own: a SQLite file, or a copy of the
    PostgreSQL template (skipped without a server)."""
    if engine == "sqlite":
        copy_database(template_database, data_paths.database)
        opened = open_database(data_paths)
        yield opened.database
        opened.database.dispose()
        return
    template: TemplateDatabase = request.getfixturevalue("pg_template")
    with template.copy() as url:
        opened = open_database(data_paths, url)
        yield opened.database
        opened.database.dispose()


@pytest.fixture(scope="session")
def pg_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TemplateDatabase]:
    """On a PostgreSQL server (skipped without one): the migrated, filled template."""

    def prepare(url: str) -> None:
        open_database(DataPaths(tmp_path_factory.mktemp("pg-template")), url).database.dispose()

    with pg_template_database(prepare) as template:
        yield template


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def any_database(
    request: pytest.FixtureRequest, data_paths: DataPaths, template_database: Path
) -> Iterator[Database]:
    """A fresh, set-up database of this test's own: a SQLite file, then a PostgreSQL copy."""
    if request.param == "sqlite":
        copy_database(template_database, data_paths.database)
        opened = open_database(data_paths)
        yield opened.database
        opened.database.dispose()
        return
    template: TemplateDatabase = request.getfixturevalue("pg_template")
    with template.copy() as url:
        opened = open_database(data_paths, url)
        yield opened.database
        opened.database.dispose()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many tests ran on each engine (those that take no database count as SQLite's)."""
    passed = terminalreporter.stats.get("passed", [])
    on_server = sum(1 for report in passed if "postgresql" in report.keywords)
    terminalreporter.write_line(
        f"passed on PostgreSQL: {on_server}; on SQLite or without a database: "
        f"{len(passed) - on_server}"
    )
