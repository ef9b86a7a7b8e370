"""Starting the window: application object, language, fonts, database, main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from fwgdesk import __version__
from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.paths import DataPaths
from fwgdesk.services.settings import Settings
from fwgdesk.services.startup import open_database
from fwgdesk.ui.context import DataEvents, UiContext
from fwgdesk.ui.fonts import apply_default_font, register_fonts
from fwgdesk.ui.i18n import install_language
from fwgdesk.ui.tasks import TaskRunner
from fwgdesk.ui.views.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("fwgdesk")
    app.setApplicationName("fwgdesk")
    app.setApplicationVersion(__version__)
    register_fonts()
    apply_default_font(app)
    return app


def build_window(paths: DataPaths, database_url: str | None = None) -> MainWindow:
    """Open the database and build the main window (raises ``FwgdeskError``)."""
    settings = Settings.load(paths.settings)
    opened = open_database(paths, database_url)
    app = create_application()
    install_language(app, settings.language)
    ctx = UiContext(
        database=opened.database,
        paths=paths,
        settings=settings,
        undo_stack=QUndoStack(app),
        tasks=TaskRunner(app),
        events=DataEvents(app),
    )
    return MainWindow(ctx)


def run_application(paths: DataPaths, database_url: str | None = None) -> int:
    app = create_application()
    try:
        window = build_window(paths, database_url)
    except FwgdeskError as error:
        QMessageBox.critical(None, app.translate("app", "fwgdesk cannot start"), error.message)
        return error.exit_code
    window.show()
    try:
        return app.exec()
    finally:
        window.ctx.database.dispose()
