"""Shared fixtures. Everything a test writes goes under its ``tmp_path``."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One locale for every run, whatever the machine's: Qt and Python read it at start.
os.environ.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
os.environ.pop("LANGUAGE", None)

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
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


@contextmanager
def fresh_database(
    engine: str, request: pytest.FixtureRequest, data_paths: DataPaths, template: Path
) -> Iterator[Database]:
    """A fresh, fully set-up database: a copy of the SQLite *template*, or of the
    PostgreSQL template (the test is skipped without a server)."""
    with ExitStack() as copies:  # a server's copy is dropped once the database is closed
        url = None
        if engine == "sqlite":
            copy_database(template, data_paths.database)
        else:
            server: TemplateDatabase = request.getfixturevalue("pg_template")
            url = copies.enter_context(server.copy())
        opened = open_database(data_paths, url)
        try:
            yield opened.database
        finally:
            opened.database.dispose()


@pytest.fixture
def database(
    engine: str, request: pytest.FixtureRequest, data_paths: DataPaths, template_database: Path
) -> Iterator[Database]:
    """A database of this test's own, on its ``engine``."""
    with fresh_database(engine, request, data_paths, template_database) as opened:
        yield opened


@pytest.fixture(scope="session")
def pg_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TemplateDatabase]:
    """On a PostgreSQL server (skipped without one): the migrated, filled template."""

    def prepare(url: str) -> None:
        open_database(DataPaths(tmp_path_factory.mktemp("pg-template")), url).database.dispose()

    with pg_template_database(prepare) as template:
        yield template


@pytest.fixture(params=ENGINES)
def any_database(
    request: pytest.FixtureRequest, data_paths: DataPaths, template_database: Path
) -> Iterator[Database]:
    """A database of this test's own on each engine, wherever the test lives."""
    with fresh_database(request.param, request, data_paths, template_database) as opened:
        yield opened


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many tests ran on each engine (those that take no database count as SQLite's)."""
    passed = terminalreporter.stats.get("passed", [])
    on_server = sum(1 for report in passed if "postgresql" in report.keywords)
    terminalreporter.write_line(
        f"passed on PostgreSQL: {on_server}; on SQLite or without a database: "
        f"{len(passed) - on_server}"
    )
