"""The main window: navigation to the places of the desk, menus, undo and redo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from fwgdesk import __version__
from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.paths import DataPaths, default_data_dir
from fwgdesk.services.states import list_states
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.database_actions import DatabaseActions
from fwgdesk.ui.dialogs.settings_dialog import SettingsDialog
from fwgdesk.ui.settings_store import int_value
from fwgdesk.ui.views.catalogue_view import CatalogueView
from fwgdesk.ui.views.imports_view import ImportsView
from fwgdesk.ui.views.reports_view import ReportsView
from fwgdesk.ui.views.states_view import StatesPlace
from fwgdesk.ui.widgets.busy import BusyRow
from fwgdesk.ui.widgets.errors import show_error

if TYPE_CHECKING:
    from fwgdesk.ui.views.dashboard_view import DashboardView


class MainWindow(QMainWindow):
    PLACE_DASHBOARD = 0
    PLACE_STATES = 1
    PLACE_RECOMMENDATIONS = 2
    PLACE_IMPORTS = 3
    PLACE_REPORTS = 4

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("fwgdesk — Firearms Protocol desk"))
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget(self)
        self._factories: list[Callable[[], QWidget]] = [
            self._make_dashboard,
            lambda: StatesPlace(ctx, self),
            lambda: CatalogueView(ctx, self),
            lambda: ImportsView(ctx, self),
            lambda: ReportsView(ctx, self),
        ]
        self._built: dict[int, QWidget] = {}
        for title in (
            self.tr("Dashboard"),
            self.tr("States"),
            self.tr("Recommendations"),
            self.tr("Imports"),
            self.tr("Reports"),
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(QWidget(self))
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(190)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1196])
        self.setCentralWidget(self.splitter)
        self.busy = BusyRow(self)  # what the writer is doing, when no place shows it
        self.statusBar().addPermanentWidget(self.busy)
        ctx.writer.default_busy = self.busy
        self._build_menus()
        self._restore()
        self._open_own_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        self.database_actions = DatabaseActions(self.ctx, self)
        self.database_actions.add_to(file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.ctx.history.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.ctx.history.redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.ctx.history.changed.connect(self._update_undo_actions)
        self._update_undo_actions()

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

    def _update_undo_actions(self) -> None:
        history = self.ctx.history
        self.undo_action.setEnabled(history.can_undo())
        self.redo_action.setEnabled(history.can_redo())
        undo, redo = history.undo_text(), history.redo_text()
        self.undo_action.setText(
            self.tr("&Undo {edit}").format(edit=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {edit}").format(edit=redo) if redo else self.tr("&Redo")
        )

    def _make_dashboard(self) -> QWidget:
        from fwgdesk.ui.views.dashboard_view import DashboardView  # QtCharts on first use

        return DashboardView(self.ctx, self)

    def place(self, row: int) -> QWidget:
        """The widget of a place, built the first time it is needed."""
        if row not in self._built:
            widget = self._factories[row]()
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, widget)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[row] = widget
        return self._built[row]

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentWidget(self.place(row))

    @property
    def dashboard(self) -> DashboardView:
        from fwgdesk.ui.views.dashboard_view import DashboardView

        widget = self.place(self.PLACE_DASHBOARD)
        assert isinstance(widget, DashboardView)
        return widget

    @property
    def states(self) -> StatesPlace:
        widget = self.place(self.PLACE_STATES)
        assert isinstance(widget, StatesPlace)
        return widget

    @property
    def catalogue(self) -> CatalogueView:
        widget = self.place(self.PLACE_RECOMMENDATIONS)
        assert isinstance(widget, CatalogueView)
        return widget

    @property
    def imports(self) -> ImportsView:
        widget = self.place(self.PLACE_IMPORTS)
        assert isinstance(widget, ImportsView)
        return widget

    @property
    def reports(self) -> ReportsView:
        widget = self.place(self.PLACE_REPORTS)
        assert isinstance(widget, ReportsView)
        return widget

    def show_place(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
        self._show_row(row)

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
        before = self.ctx.settings.own_state
        self.ctx.settings = dialog.result_settings
        own = dialog.result_settings.own_state
        reports = self._built.get(self.PLACE_REPORTS)
        if own != before and isinstance(reports, ReportsView):  # else built with it later
            reports.form.select_state(own or "")
        try:
            self.ctx.save_settings()
            chosen = default_data_dir()
            if chosen != self.ctx.paths.root:
                dialog.result_settings.save(DataPaths(chosen).settings)
        except FwgdeskError as error:
            show_error(self, error)

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
        if self.PLACE_STATES in self._built:
            self.states.table.save_settings()
        if self.PLACE_RECOMMENDATIONS in self._built:
            self.catalogue.save_settings()
        self.ctx.writer.wait()
        self.ctx.tasks.wait()
        super().closeEvent(event)
