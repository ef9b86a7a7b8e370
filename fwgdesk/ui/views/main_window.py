"""The main window: navigation to the places of the desk, menus, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from fwgdesk import __version__
from fwgdesk.paths import DataPaths, default_data_dir
from fwgdesk.services.states import list_states
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.settings_dialog import SettingsDialog
from fwgdesk.ui.settings_store import int_value
from fwgdesk.ui.views.catalogue_view import CatalogueView
from fwgdesk.ui.views.dashboard_view import DashboardView
from fwgdesk.ui.views.imports_view import ImportsView
from fwgdesk.ui.views.states_view import StatesPlace


class MainWindow(QMainWindow):
    PLACE_DASHBOARD = 0
    PLACE_STATES = 1
    PLACE_RECOMMENDATIONS = 2
    PLACE_IMPORTS = 3

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("fwgdesk — Firearms Protocol desk"))
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget(self)
        self.dashboard = DashboardView(ctx, self)
        self.states = StatesPlace(ctx, self)
        self.catalogue = CatalogueView(ctx, self)
        self.imports = ImportsView(ctx, self)
        for title, page in (
            (self.tr("Dashboard"), self.dashboard),
            (self.tr("States"), self.states),
            (self.tr("Recommendations"), self.catalogue),
            (self.tr("Imports"), self.imports),
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setMaximumWidth(220)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._restore()
        self._open_own_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(self.navigation.count()):
            action = QAction(self.navigation.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.show_place(r))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About fwgdesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def show_place(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def _open_own_state(self) -> None:
        own = self.ctx.settings.own_state
        if own:
            self.show_place(self.PLACE_STATES)
            self.states.open_state(own)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self.ctx.settings, list_states(self.ctx.database), self.ctx.paths.root, self
        )
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.open()
        return dialog

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        self.ctx.settings = dialog.result_settings
        self.ctx.save_settings()
        chosen = default_data_dir()
        if chosen != self.ctx.paths.root:
            dialog.result_settings.save(DataPaths(chosen).settings)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About fwgdesk"),
            self.tr("fwgdesk {version}\nData folder: {folder}").format(
                version=__version__, folder=self.ctx.paths.root
            ),
        )

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.show_place(int_value(settings, "main_window/place"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.setValue("main_window/place", self.navigation.currentRow())
        self.states.table.save_settings()
        self.catalogue.save_settings()
        self.ctx.tasks.wait()
        super().closeEvent(event)
