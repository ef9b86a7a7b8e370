"""The backups of the database: list them, back up now, and restore one.

Restoring runs in the background: the current database is closed, kept as a backup of
its own and replaced by the chosen one (checked first), then opened again as at start-up
(upgraded when older, checked). The window then works on the new database: the undo
history is cleared and every view reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.db.changes import Changes
from fwgdesk.db.engine import Database
from fwgdesk.paths import DataPaths
from fwgdesk.services.backups import backups_folder, dump_revision, restore_server
from fwgdesk.services.maintenance import (
    BackupRecord,
    RestoreResult,
    back_up_now,
    list_backup_records,
    restore_database,
)
from fwgdesk.services.startup import open_database
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.backups_model import BackupsModel, made_label, reason_label
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.operations import Operation
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.busy import BusyRow
from fwgdesk.ui.widgets.errors import show_error
from fwgdesk.ui.widgets.tables import row_table, select_row

Restored = tuple[RestoreResult, Database]


def left_to_right(text: object) -> str:
    """A path or file name kept in reading order inside right-to-left text."""
    return f"\u2066{text}\u2069"


def restore_work(database: Database, paths: DataPaths, backup: Path) -> Callable[[Task], Restored]:
    """The work of restoring *backup* over *database*: closed, replaced, opened again."""
    database_file = database.path
    if database_file is None:  # a server's rows replaced in one transaction, in place

        def on_server(_task: Task) -> Restored:
            kept = restore_server(database, backup)
            return RestoreResult(backup, kept, dump_revision(backup)), database

        return on_server

    def work(_task: Task) -> Restored:
        database.dispose()
        result = restore_database(database_file, backup)
        return result, open_database(paths, database.url).database

    return work


class BackupsDialog(QDialog):
    """``restored(RestoreResult)`` once the window works on the restored database."""

    restored = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.report_error: Callable[[QWidget | None, BaseException, str | None], None] = show_error
        self.setWindowTitle(self.tr("Backups"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.table = row_table(self, self.model)
        size_columns(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(self)
        close.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.table, 1)
        self.busy = BusyRow(self, bar_width=200)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(640, 420)
        self.reload()

    def _build_buttons(self) -> QHBoxLayout:
        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.back_up_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        self.folder_button.clicked.connect(self.show_folder)
        row = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- the list ------------------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        return backups_folder(self._ctx.database)

    def reload(self) -> None:
        folder = self.folder
        self.model.set_rows(list_backup_records(folder) if folder is not None else [])
        if self.folder is None:
            self.intro.setText(
                self.tr(
                    "The database is shared on a server: backing it up and restoring it is"
                    " the server administrator's job."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Backups of the database, newest first, in {folder}. fwgdesk makes one each"
                    " day the data changed and before every import, upgrade, restore and repair."
                ).format(folder=left_to_right(self.folder))
            )
        self._update_buttons()

    def selected_backup(self) -> BackupRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0]) if rows else None

    def select_path(self, path: Path) -> None:
        row = self.model.find_row(lambda backup: backup.path == path)
        if row is not None:
            select_row(self.table, row)

    def _update_buttons(self) -> None:
        idle = self.task is None and self.folder is not None
        self.back_up_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected_backup() is not None)
        self.folder_button.setEnabled(self.folder is not None)

    def show_folder(self) -> None:
        folder = self.folder
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- background work -----------------------------------------------------------------

    def _start(
        self,
        text: str,
        work: Callable[[Task], object],
        done: Callable[..., None],
        declared: Changes | None = None,
    ) -> None:
        """Run *work* on the writer: a restore, or a backup, which waits for the writes
        before it. Neither can be cancelled: each runs to its end."""
        self.status.clear()
        operation = Operation(work, text, done, self._failed, busy=self.busy)
        operation.declared = declared or Changes()
        operation.announce_after = True  # a restore's views read the database it opened
        self.task = self._ctx.writer.run(operation)
        self._update_buttons()

    def _idle(self) -> None:
        self.task = None
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self.report_error(self, error, self.tr("Not done"))

    def back_up(self) -> None:
        if self.task is not None or self.folder is None:
            return
        database = self._ctx.database
        self._start(
            self.tr("Backing up the database…"),
            lambda _task: back_up_now(database),
            self._backed_up,
        )

    def _backed_up(self, path: Path) -> None:
        self._idle()
        self.select_path(path)
        self.status.setText(
            self.tr("Backup saved as {file}.").format(file=left_to_right(path.name))
        )

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or self.task is not None or self.folder is None:
            return
        if self._ctx.tasks.busy or self._ctx.writer.busy:
            self.status.setText(self.tr("Other work is still running; restore once it has ended."))
            return
        if not self._confirm(backup):
            return
        work = restore_work(self._ctx.database, self._ctx.paths, backup.path)
        self._start(
            self.tr("Restoring {file}…").format(file=left_to_right(backup.path.name)),
            work,
            self._restored,
            Changes(everything=True),
        )

    def _confirm(self, backup: BackupRecord) -> bool:
        question = self.tr(
            "Replace the database with the backup made on {made} ({kind})?<br><br>"
            "The current database is kept first, as a backup “{before}”, so it can be"
            " restored in turn. Changes made after {made} will no longer show."
        ).format(
            made=made_label(backup),
            kind=escape(reason_label(backup.reason)),
            before=escape(reason_label("pre-restore")),
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restored(self, outcome: Restored) -> None:
        result, database = outcome
        self._ctx.database = database
        self._ctx.history.clear()  # its edits belong to the replaced database
        self._idle()
        kept = result.previous_kept_as
        self.status.setText(
            self.tr("Restored from {file}. The database as it was is kept as {kept}.").format(
                file=left_to_right(result.restored_from.name),
                kept=left_to_right(kept.name) if kept else "—",
            )
        )
        self.restored.emit(result)

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        if self.task is None:  # not while a backup or a restore runs
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.task is not None:
            event.ignore()
            return
        super().closeEvent(event)
