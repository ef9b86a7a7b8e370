"""The window's database entries: back up now, the backups, and checking the database.

Backups and restoring are for the SQLite file fwgdesk keeps itself; on a shared
PostgreSQL database they are disabled, as they are the server administrator's job.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from fwgdesk.services.maintenance import back_up_now
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.backups_dialog import BackupsDialog, left_to_right
from fwgdesk.ui.dialogs.check_dialog import CheckDatabaseDialog
from fwgdesk.ui.operations import Operation
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.errors import show_error

MESSAGE_MS = 10000


class DatabaseActions(QObject):
    """The actions, their dialogs, and backing up from the menu (told in the status bar)."""

    def __init__(self, ctx: UiContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self.task: Task | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.check_dialog: CheckDatabaseDialog | None = None
        self.report_error: Callable[[QWidget | None, BaseException, str | None], None] = show_error
        self.back_up_action = QAction(window)
        self.back_up_action.triggered.connect(self.back_up)
        self.backups_action = QAction(window)
        self.backups_action.triggered.connect(self.open_backups)
        self.check_action = QAction(window)
        self.check_action.triggered.connect(self.open_check)
        ctx.events.changed.connect(lambda _changes: self.update_enabled())  # a restore, say
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' texts in the interface's language (again, after it changed)."""
        self.back_up_action.setText(self.tr("&Back up now"))
        self.backups_action.setText(self.tr("Bac&kups…"))
        self.check_action.setText(self.tr("&Check database…"))
        self.update_enabled()

    def add_to(self, menu: QMenu) -> None:
        menu.setToolTipsVisible(True)
        for action in (self.back_up_action, self.backups_action, self.check_action):
            menu.addAction(action)

    def update_enabled(self) -> None:
        own_file = self._ctx.database.path is not None
        tip = (
            ""
            if own_file
            else self.tr(
                "The database is shared on a server: backing it up and restoring it is the"
                " server administrator's job (for example with pg_dump)."
            )
        )
        self.back_up_action.setEnabled(own_file and self.task is None)
        self.backups_action.setEnabled(own_file)
        for action in (self.back_up_action, self.backups_action):
            action.setToolTip(tip or action.text().replace("&", ""))
            action.setStatusTip(tip)

    def notify(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)

    def back_up(self) -> None:
        if self.task is not None or self._ctx.database.path is None:
            return
        database = self._ctx.database
        self.task = self._ctx.writer.run(  # after the writes asked before it
            Operation(
                lambda _task: back_up_now(database),
                self.tr("Backing up the database…"),
                on_success=self._backed_up,
                on_failure=self._failed,
            )
        )
        self.update_enabled()

    def _backed_up(self, path: Path) -> None:
        self.task = None
        self.update_enabled()
        self.notify(self.tr("Backup saved as {file}.").format(file=left_to_right(path.name)))
        if self.backups_dialog is not None and self.backups_dialog.isVisible():
            self.backups_dialog.reload()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.update_enabled()
        self._window.statusBar().clearMessage()
        self.report_error(self._window, error, self.tr("No backup made"))

    def open_backups(self) -> BackupsDialog | None:
        if self._ctx.database.path is None:
            return None
        if self.backups_dialog is not None:
            self.backups_dialog.deleteLater()
        self.backups_dialog = BackupsDialog(self._ctx, self._window)
        self.backups_dialog.open()
        return self.backups_dialog

    def open_check(self) -> CheckDatabaseDialog:
        if self.check_dialog is not None:
            self.check_dialog.deleteLater()
        self.check_dialog = CheckDatabaseDialog(self._ctx, self._window)
        self.check_dialog.open()
        self.check_dialog.start()
        return self.check_dialog
