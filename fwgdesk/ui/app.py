"""Starting the window: application object, language, fonts, database, main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from fwgdesk.db.codes import SERVER_PERMISSION_DENIED
from fwgdesk.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    FwgdeskError,
    UpgradeNeededError,
)
from fwgdesk.domain.messages import Message
from fwgdesk.paths import DataPaths
from fwgdesk.services.maintenance import restore_database
from fwgdesk.services.settings import Settings
from fwgdesk.services.startup import OpenedDatabase, open_database
from fwgdesk.ui.application import create_application as create_application
from fwgdesk.ui.context import UiContext, make_context
from fwgdesk.ui.i18n import install_language
from fwgdesk.ui.views.main_window import MainWindow
from fwgdesk.ui.watcher import ChangeWatcher
from fwgdesk.ui.wording import translated

STARTUP_WARNINGS = "startupWarnings"


def build_window(
    paths: DataPaths, database_url: str | None = None, upgrade: bool = False
) -> MainWindow:
    """Open the database and build the main window (raises ``FwgdeskError``)."""
    settings = Settings.load(paths.settings)
    opened = open_database(paths, database_url, upgrade)
    app = create_application()
    install_language(app, settings.language)
    return window_for(opened, paths, settings)


def window_for(opened: OpenedDatabase, paths: DataPaths, settings: Settings) -> MainWindow:
    """The main window over a database opened already, its language installed."""
    app = create_application()
    ctx = make_context(opened.database, paths, settings, app)
    window = MainWindow(ctx)
    ChangeWatcher(ctx, window)  # others' changes appear: another user, another window
    if opened.read_only:
        show_read_only(window, ctx)
    startup_warnings(window, opened.warnings)
    return window


def show_read_only(window: MainWindow, ctx: UiContext) -> None:
    """A role that may only read: every change refused at once, and said in the window."""
    ctx.writer.refusal = DatabaseError(SERVER_PERMISSION_DENIED, database=ctx.database.display_name)
    label = QLabel(window)
    label.setObjectName("read_only")

    def say() -> None:
        label.setText(
            QCoreApplication.translate("app", "Read only: your database role may not change data")
        )

    say()
    window.language_changed.connect(say)  # the status bar stays when the places are rebuilt
    window.statusBar().addPermanentWidget(label)


def startup_warnings(window: MainWindow, warnings: list[Message]) -> QMessageBox | None:
    """The start-up warnings (a network share, a backup not made) in the status bar and in
    a warning box that does not block; :func:`run_application` shows the box."""
    if not warnings:
        return None
    texts = [translated(warning) for warning in warnings]
    window.statusBar().showMessage(texts[0])
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("app", "fwgdesk started with a warning"),
        "\n\n".join(texts),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName(STARTUP_WARNINGS)
    box.setWindowModality(Qt.WindowModality.NonModal)
    return box


def offer_restore(error: DamagedDatabaseError, ask: Callable[[str], bool]) -> bool:
    """Offer the newest good backup of a damaged database; restore it if the user agrees."""
    if error.good_backup is None:
        return False
    question = QCoreApplication.translate(
        "app",
        "The database is damaged:\n{problem}\n\nRestore the newest good backup, {backup}? "
        "The damaged file is kept beside the backups.",
    ).format(problem=translated(error.params["problem"]), backup=Path(str(error.good_backup)).name)
    if not ask(question):
        return False
    restore_database(Path(str(error.database_file)), Path(str(error.good_backup)))
    return True


def _ask(question: str) -> bool:
    title = QCoreApplication.translate("app", "Restore a backup?")
    answer = QMessageBox.question(None, title, question)
    return answer == QMessageBox.StandardButton.Yes


def _open_window(paths: DataPaths, database_url: str | None) -> MainWindow:
    try:
        return build_window(paths, database_url)
    except DamagedDatabaseError as error:
        if not offer_restore(error, _ask):
            raise
        return build_window(paths, database_url)
    except UpgradeNeededError as error:
        if not _ask_upgrade(error):
            raise
        return build_window(paths, database_url, upgrade=True)


def _ask_upgrade(error: UpgradeNeededError) -> bool:
    """Whether the user upgrades the shared database now (everyone then needs this version)."""
    title = QCoreApplication.translate("app", "Upgrade the shared database?")
    question = (
        translated(error)
        + "\n\n"
        + QCoreApplication.translate(
            "app", "Upgrade it now? Everyone who uses it will need this version of fwgdesk."
        )
    )
    answer = QMessageBox.question(None, title, question)
    return answer == QMessageBox.StandardButton.Yes


def run_application(paths: DataPaths, database_url: str | None = None) -> int:
    app = create_application()
    window = open_window_or_say_why(paths, database_url)
    if isinstance(window, int):
        return window
    show_window(window)
    try:
        return app.exec()
    finally:
        window.ctx.database.dispose()


def open_window_or_say_why(paths: DataPaths, database_url: str | None) -> MainWindow | int:
    """The main window, after the questions a damaged or old database asks; else the exit
    code, once the user has read why fwgdesk cannot start."""
    try:
        return _open_window(paths, database_url)
    except FwgdeskError as error:
        title = QCoreApplication.translate("app", "fwgdesk cannot start")
        QMessageBox.critical(None, title, translated(error))
        return error.exit_code


def show_window(window: MainWindow) -> None:
    """Show the main window, then its start-up warnings."""
    window.show()
    warnings = window.findChild(QMessageBox, STARTUP_WARNINGS)
    if isinstance(warnings, QMessageBox):
        warnings.show()
