"""The window's start in two steps: painted at once, filled in when the data is there.

The first window (:class:`StartingWindow`) needs Qt and the settings only: it shows the
places and "Opening the database…" where the main window will be, while a thread imports
the database layer (SQLAlchemy alone takes most of a second) and opens the database. The
main window then takes its place, at the same geometry. A database that asks something
(damaged, or older than this version) is opened again on the GUI thread, with its
questions. Nothing here imports the database layer before the first paint; a test checks it.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.paths import DataPaths
from fwgdesk.services.settings import Settings
from fwgdesk.ui.application import create_application
from fwgdesk.ui.i18n import install_language

FIRST_PAINT_WAIT_MS = 300
PLACES = ("Dashboard", "States", "Recommendations", "Imports", "Reports")  # as MainWindow's


class StartingWindow(QMainWindow):
    """What the main window will show, without its data: the places, and a busy line.
    ``painted`` once it is on the screen."""

    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        tr = QCoreApplication.translate
        self.setWindowTitle(tr("MainWindow", "fwgdesk — Firearms Protocol desk"))
        navigation = QListWidget(self)
        navigation.addItems([tr("MainWindow", place) for place in PLACES])
        navigation.setEnabled(False)
        navigation.setMinimumWidth(150)
        navigation.setMaximumWidth(190)
        self.message = QLabel(tr("StartingWindow", "Opening the database…"), self)
        self.message.setObjectName("opening")
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # how long is not known
        bar.setMaximumWidth(240)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addStretch(1)
        column.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        splitter = QSplitter(self)
        splitter.addWidget(navigation)
        splitter.addWidget(body)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 1196])
        self.setCentralWidget(splitter)
        for menu in ("&File", "&Edit", "&Go", "&Help"):
            self.menuBar().addMenu(tr("MainWindow", menu)).setEnabled(False)
        geometry = QSettings().value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1366, 768)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)  # after this paint reaches the screen


class Opener(QObject):
    """Imports the database layer and opens the database on a thread of its own;
    ``done`` then reaches the GUI thread, with :attr:`opened` or :attr:`error` set."""

    done = Signal()

    def __init__(self, paths: DataPaths, database_url: str | None) -> None:
        super().__init__()
        self.paths = paths
        self.database_url = database_url
        self.opened: Any = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._open, name="fwgdesk-open", daemon=True)

    def start(self) -> None:
        if not self._thread.is_alive() and self.opened is None and self.error is None:
            self._thread.start()

    def _open(self) -> None:
        try:
            from fwgdesk.services.startup import open_database

            self.opened = open_database(self.paths, self.database_url)
        except BaseException as error:  # handed to the GUI thread
            self.error = error
        self.done.emit()


def run_window(paths: DataPaths, database_url: str | None = None) -> int:
    """Paint the first window, open the database meanwhile, then show the main window."""
    app = create_application()
    try:
        settings = Settings.load(paths.settings)
    except FwgdeskError:
        from fwgdesk.ui.app import run_application  # says what is wrong with the file

        return run_application(paths, database_url)
    install_language(app, settings.language)
    first = StartingWindow()
    first.show()
    opener = Opener(paths, database_url)
    kept: dict[str, Any] = {}

    def fill_in() -> None:
        kept["window"] = _main_window(first, opener, settings)

    opener.done.connect(fill_in, Qt.ConnectionType.QueuedConnection)
    first.painted.connect(opener.start)  # once the first window is on the screen
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, opener.start)  # or a hidden one, soon
    code = app.exec()
    window = kept.get("window")
    if window is not None and not isinstance(window, int):
        window.ctx.database.dispose()
    return code if not isinstance(window, int) else window


def _main_window(first: StartingWindow, opener: Opener, settings: Settings) -> object:
    from fwgdesk.ui import app as window_app

    app = create_application()
    if opener.error is None:
        window: Any = window_app.window_for(opener.opened, opener.paths, settings)
    elif isinstance(opener.error, FwgdeskError):  # asked again on this thread, with questions
        first.hide()
        window = window_app.open_window_or_say_why(opener.paths, opener.database_url)
        if isinstance(window, int):
            app.exit(window)
            return window
    else:
        raise opener.error
    window.setGeometry(first.geometry())
    window_app.show_window(window)
    first.close()
    return window
