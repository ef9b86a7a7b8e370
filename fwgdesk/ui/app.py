"""Starting the window: application object, language, fonts, database, main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from fwgdesk import __version__
from fwgdesk.db.codes import SERVER_PERMISSION_DENIED
from fwgdesk.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    FwgdeskError,
    UpgradeNeededError,
)
from fwgdesk.domain.messages import Message
from fwgdesk.paths import APP_NAME, DataPaths, icon_file
from fwgdesk.services.maintenance import restore_database
from fwgdesk.services.settings import Settings
from fwgdesk.services.startup import open_database
from fwgdesk.ui.collector import GuiThreadCollector
from fwgdesk.ui.context import UiContext, make_context
from fwgdesk.ui.fonts import apply_default_font, register_fonts
from fwgdesk.ui.i18n import install_language
from fwgdesk.ui.views.main_window import MainWindow
from fwgdesk.ui.watcher import ChangeWatcher
from fwgdesk.ui.wording import translated

STARTUP_WARNINGS = "startupWarnings"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)  # QSettings' folder; the data folder has the same name
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)  # the taskbar finds the desktop entry's icon by it
    app.setWindowIcon(QIcon(str(icon_file())))
    GuiThreadCollector(app)  # owned by the application, which keeps it while it runs
    register_fonts()
    apply_default_font(app)
    return app


def build_window(
    paths: DataPaths, database_url: str | None = None, upgrade: bool = False
) -> MainWindow:
    """Open the database and build the main window (raises ``FwgdeskError``)."""
    settings = Settings.load(paths.settings)
    opened = open_database(paths, database_url, upgrade)
    app = create_application()
    install_language(app, settings.language)
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
    try:
        window = _open_window(paths, database_url)
    except FwgdeskError as error:
        QMessageBox.critical(None, app.translate("app", "fwgdesk cannot start"), translated(error))
        return error.exit_code
    window.show()
    warnings = window.findChild(QMessageBox, STARTUP_WARNINGS)
    if isinstance(warnings, QMessageBox):
        warnings.show()
    try:
        return app.exec()
    finally:
        window.ctx.database.dispose()
