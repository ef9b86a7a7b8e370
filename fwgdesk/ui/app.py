"""Starting the window: the application object, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from fwgdesk import __version__
from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.paths import DataPaths
from fwgdesk.services.settings import Settings
from fwgdesk.services.startup import open_database
from fwgdesk.ui.views.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("fwgdesk")
    app.setApplicationName("fwgdesk")
    app.setApplicationVersion(__version__)
    return app


def run_application(paths: DataPaths, database_url: str | None = None) -> int:
    app = create_application()
    try:
        opened = open_database(paths, database_url)
        settings = Settings.load(paths.settings)
    except FwgdeskError as error:
        QMessageBox.critical(None, app.translate("app", "fwgdesk cannot start"), error.message)
        return error.exit_code
    window = MainWindow(opened.database, settings.language)
    window.show()
    try:
        return app.exec()
    finally:
        opened.database.dispose()
