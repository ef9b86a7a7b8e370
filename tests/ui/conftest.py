"""Fixtures for window tests: a UI context over a test's own database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.paths import DataPaths
from fwgdesk.services.settings import Settings
from fwgdesk.ui.context import DataEvents, UiContext
from fwgdesk.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[None]:
    """QSettings of each test in a folder of its own."""
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("fwgdesk-tests")
    QCoreApplication.setApplicationName("fwgdesk-tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield


@pytest.fixture
def ui_context(database: Database, data_paths: DataPaths, qtbot: QtBot) -> Iterator[UiContext]:
    tasks = TaskRunner()
    ctx = UiContext(database, data_paths, Settings(), QUndoStack(), tasks, DataEvents())
    yield ctx
    tasks.wait()
