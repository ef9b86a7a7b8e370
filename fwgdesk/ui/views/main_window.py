"""The main window: a navigation list beside the places of the desk."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QListWidget, QMainWindow, QSplitter, QStackedWidget, QWidget

from fwgdesk.db.engine import Database
from fwgdesk.ui.views.catalogue_view import CatalogueView
from fwgdesk.ui.views.states_view import StatesView


class MainWindow(QMainWindow):
    def __init__(self, database: Database, language: str = "en") -> None:
        super().__init__()
        self.setWindowTitle(self.tr("fwgdesk — Firearms Protocol desk"))
        self.navigation = QListWidget(self)
        self.pages = QStackedWidget(self)
        self.states_view = StatesView(database, language, self)
        self.catalogue_view = CatalogueView(database, self)
        self._add_place(self.tr("States"), self.states_view)
        self._add_place(self.tr("Recommendations"), self.catalogue_view)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        self.navigation.setMaximumWidth(200)

        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._restore_geometry()

    def _add_place(self, title: str, page: QWidget) -> None:
        self.navigation.addItem(title)
        self.pages.addWidget(page)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 720)

    def closeEvent(self, event: object) -> None:  # noqa: N802
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)  # type: ignore[arg-type]
