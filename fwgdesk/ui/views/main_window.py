"""The main window: navigation to the places of the desk, menus, undo and redo.

The interface's language changes without a restart (:meth:`MainWindow.switch_language`):
the new translator is installed, the window's own texts are set again and the places are
built anew, so every text, the layout direction and the formats follow at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QMainWindow,
    QMenu,
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
from fwgdesk.ui.i18n import install_language
from fwgdesk.ui.settings_store import int_value
from fwgdesk.ui.widgets.busy import BusyRow
from fwgdesk.ui.widgets.errors import show_error

if TYPE_CHECKING:
    from fwgdesk.ui.views.catalogue_view import CatalogueView
    from fwgdesk.ui.views.dashboard_view import DashboardView
    from fwgdesk.ui.views.imports_view import ImportsView
    from fwgdesk.ui.views.reports_view import ReportsView
    from fwgdesk.ui.views.states_view import StatesPlace

W = TypeVar("W", bound=QWidget)


class MainWindow(QMainWindow):
    PLACE_DASHBOARD = 0
    PLACE_STATES = 1
    PLACE_RECOMMENDATIONS = 2
    PLACE_IMPORTS = 3
    PLACE_REPORTS = 4

    language_changed = Signal(str)  # after the window and its places follow the language

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget(self)
        self._factories: list[Callable[[], QWidget]] = [
            self._make_dashboard,
            self._make_states,
            self._make_catalogue,
            self._make_imports,
            self._make_reports,
        ]
        self._built: dict[int, QWidget] = {}
        for _factory in self._factories:
            self.navigation.addItem("")
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
        self._translate()
        self._restore()
        self._open_own_state()

    def _build_menus(self) -> None:
        """The menus and their actions, named by :meth:`_translate`."""
        bar = self.menuBar()
        self.menus: list[QMenu] = [bar.addMenu("") for _ in range(4)]
        file_menu, edit_menu, go_menu, help_menu = self.menus
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.database_actions = DatabaseActions(self.ctx, self)
        self.database_actions.add_to(file_menu)
        file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.ctx.history.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.ctx.history.redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.ctx.history.changed.connect(self._update_undo_actions)

        self.go_actions: list[QAction] = []
        for row in range(self.navigation.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.show_place(r))
            go_menu.addAction(action)
            self.go_actions.append(action)

        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        help_menu.addAction(self.about_action)

    def _translate(self) -> None:
        """The window's own texts in the interface's language: title, places, menus."""
        self.setWindowTitle(self.tr("fwgdesk — Firearms Protocol desk"))
        places = (
            self.tr("Dashboard"),
            self.tr("States"),
            self.tr("Recommendations"),
            self.tr("Imports"),
            self.tr("Reports"),
        )
        for row, title in enumerate(places):
            self.navigation.item(row).setText(title)
            self.go_actions[row].setText(title)
        menu_titles = (self.tr("&File"), self.tr("&Edit"), self.tr("&Go"), self.tr("&Help"))
        for menu, title in zip(self.menus, menu_titles, strict=True):
            menu.setTitle(title)
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About fwgdesk"))
        self.database_actions.retranslate()
        self._update_undo_actions()

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

    # A place's module is imported when the place is first shown: the window appears
    # without the modules of the places not visited yet (QtCharts, imports and their
    # signing keys, the reports).

    def _make_dashboard(self) -> QWidget:
        from fwgdesk.ui.views.dashboard_view import DashboardView

        return DashboardView(self.ctx, self)

    def _make_states(self) -> QWidget:
        from fwgdesk.ui.views.states_view import StatesPlace

        return StatesPlace(self.ctx, self)

    def _make_catalogue(self) -> QWidget:
        from fwgdesk.ui.views.catalogue_view import CatalogueView

        return CatalogueView(self.ctx, self)

    def _make_imports(self) -> QWidget:
        from fwgdesk.ui.views.imports_view import ImportsView

        return ImportsView(self.ctx, self)

    def _make_reports(self) -> QWidget:
        from fwgdesk.ui.views.reports_view import ReportsView

        return ReportsView(self.ctx, self)

    def _typed(self, row: int, kind: type[W]) -> W:
        widget = self.place(row)
        assert isinstance(widget, kind), f"place {row} is a {type(widget).__name__}"
        return widget

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

        return self._typed(self.PLACE_DASHBOARD, DashboardView)

    @property
    def states(self) -> StatesPlace:
        from fwgdesk.ui.views.states_view import StatesPlace

        return self._typed(self.PLACE_STATES, StatesPlace)

    @property
    def catalogue(self) -> CatalogueView:
        from fwgdesk.ui.views.catalogue_view import CatalogueView

        return self._typed(self.PLACE_RECOMMENDATIONS, CatalogueView)

    @property
    def imports(self) -> ImportsView:
        from fwgdesk.ui.views.imports_view import ImportsView

        return self._typed(self.PLACE_IMPORTS, ImportsView)

    @property
    def reports(self) -> ReportsView:
        from fwgdesk.ui.views.reports_view import ReportsView

        return self._typed(self.PLACE_REPORTS, ReportsView)

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
        language_before = self.ctx.settings.language
        self.ctx.settings = dialog.result_settings
        if dialog.result_settings.language != language_before:
            self.switch_language(dialog.result_settings.language)
        own = dialog.result_settings.own_state
        if own != before and self.PLACE_REPORTS in self._built:  # else built with it later
            self.reports.form.select_state(own or "")
        try:
            self.ctx.save_settings()
            chosen = default_data_dir()
            if chosen != self.ctx.paths.root:
                dialog.result_settings.save(DataPaths(chosen).settings)
        except FwgdeskError as error:
            show_error(self, error)

    def switch_language(self, language: str) -> None:
        """Show the interface in *language* now: its translator installed, the window's
        texts set again, the places built anew where they were (the open State and tab
        too), so texts, layout direction (Arabic from right to left) and formats follow."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        current = self.navigation.currentRow()
        page = self.states.page if self.PLACE_STATES in self._built else None
        tabs = getattr(page, "tabs", None)
        opened = (getattr(page, "iso3", None), tabs.currentIndex() if tabs is not None else 0)
        self._save_places()
        self.ctx.writer.wait()  # no result arrives at a place about to go
        self.ctx.tasks.wait()
        QCoreApplication.processEvents()
        self.ctx.settings.language = language
        install_language(app, language)
        self._drop_places()
        self._translate()
        self.show_place(current)
        if opened[0] is not None:
            self.states.open_state(opened[0])
            reopened = getattr(self.states.page, "tabs", None)
            if reopened is not None:
                reopened.setCurrentIndex(opened[1])
        self.language_changed.emit(language)

    def _drop_places(self) -> None:
        """Every place built so far replaced by a placeholder, to be built again on use."""
        for row, widget in sorted(self._built.items()):
            placeholder = QWidget(self)
            self.pages.insertWidget(row, placeholder)
            self.pages.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._built.clear()

    def _save_places(self) -> None:
        if self.PLACE_STATES in self._built:
            self.states.table.save_settings()
        if self.PLACE_RECOMMENDATIONS in self._built:
            self.catalogue.save_settings()

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
        self._save_places()
        self.ctx.writer.wait()
        self.ctx.tasks.wait()
        super().closeEvent(event)
