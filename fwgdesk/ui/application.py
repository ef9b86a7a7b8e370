"""The Qt application object, made without loading the database layer."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from fwgdesk import __version__
from fwgdesk.paths import APP_NAME, icon_file
from fwgdesk.ui.collector import GuiThreadCollector
from fwgdesk.ui.fonts import apply_default_font, register_fonts


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
