"""Fixtures for window tests: a UI context over a test's own database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.paths import DataPaths
from fwgdesk.services.settings import Settings
from fwgdesk.ui.collector import GuiThreadCollector
from fwgdesk.ui.context import UiContext, make_context
from fwgdesk.ui.fonts import apply_default_font, register_fonts
from fwgdesk.ui.i18n import current_language, install_language


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collection(qapp: object) -> Iterator[GuiThreadCollector]:
    """As in the application: cycles are collected on the GUI thread only."""
    collector = GuiThreadCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def widgets_kept_until_closed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Widgets given to ``qtbot`` live until its teardown closes and deletes them.

    ``qtbot`` holds them weakly, and processes events between a test's end and that
    teardown: the collector's timer could then free a widget in the middle of a
    collection, while its Python parts are half cleared, as the window never does."""
    kept: list[object] = []
    add_widget = qtbot.addWidget

    def keep(widget: Any, *, before_close_func: Any = None) -> None:
        kept.append(widget)
        add_widget(widget, before_close_func=before_close_func)

    monkeypatch.setattr(qtbot, "addWidget", keep)
    yield
    kept.clear()


class UnexpectedMessageBoxError(AssertionError):
    """A message box opened that the test did not expect (it would wait for a click)."""


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box would wait for a click that never comes: fail instead, saying what it
    said. Tests that expect one replace the function that opens it."""

    def refuse(*args: Any, **_kwargs: Any) -> Any:
        texts = [str(arg) for arg in args if isinstance(arg, str)]
        raise UnexpectedMessageBoxError(" | ".join(texts) or "a message box")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: refuse(box.text()))


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


@pytest.fixture(autouse=True)
def english_locale(qapp: object) -> Iterator[None]:
    """Every window test starts in US English, whatever an earlier test or the machine set."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def english_interface(qapp: QApplication) -> Iterator[None]:
    """A test that switched the window's language leaves the interface in English."""
    yield
    if current_language() != "en":
        install_language(qapp, "en")


@pytest.fixture
def ui_context(database: Database, data_paths: DataPaths, qtbot: QtBot) -> Iterator[UiContext]:
    ctx = make_context(database, data_paths, Settings())
    yield ctx
    ctx.writer.wait()
    ctx.tasks.wait()


@pytest.fixture
def bundled_fonts(qapp: QApplication) -> Iterator[None]:
    """The application's fonts (Noto Naskh Arabic's lines are taller than Latin ones)."""
    before = QFont(qapp.font())
    register_fonts()
    apply_default_font(qapp)
    yield
    qapp.setFont(before)
