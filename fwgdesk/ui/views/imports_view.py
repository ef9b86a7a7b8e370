"""The Imports place: every update applied to this database, newest first; import, undo, export.

Importing reads and checks the update in the background (cancellable), then shows its
preview, where the user confirms and applies it. A refused update lists all its problems.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.exchange.apply import changed_anything
from fwgdesk.exchange.problems import UpdateRejectedError
from fwgdesk.exchange.undo import UndoReport
from fwgdesk.services.batches import BatchRecord, list_batches
from fwgdesk.services.imports import ImportPlan, ImportResult, prepare_import, undo_import
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.export_dialog import ExportDialog
from fwgdesk.ui.dialogs.import_parts import ProblemsDialog
from fwgdesk.ui.dialogs.import_preview_dialog import IMPORTED, ImportPreviewDialog
from fwgdesk.ui.dialogs.undo_import_dialog import UndoImportDialog
from fwgdesk.ui.models.batches_model import BatchesModel
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.operations import Operation
from fwgdesk.ui.refresh import Refresher
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.busy import BusyRow
from fwgdesk.ui.widgets.errors import show_error
from fwgdesk.ui.wording import translated

# title, text, details (may be empty)
Inform = Callable[[str, str, str], None]


class ImportsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self._import_name = ""
        self.preview_dialog: ImportPreviewDialog | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.undo_dialog: UndoImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.inform: Inform = self._message_box
        self.report_error: Callable[[QWidget | None, BaseException, str | None], None] = show_error
        self.model = BatchesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        size_columns(self.table, self.model)
        intro = QLabel(
            self.tr(
                "Updates applied to this database: the bundled reference data and every import,"
                " with the file, its publisher and sequence, who signed it and what it changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._build_buttons())
        self.busy = BusyRow(self, bar_width=240)
        layout.addWidget(self.busy)
        layout.addWidget(self.table)
        self.refresher = Refresher(self, ctx.events, self.reload, ("import_batches",))
        self.reload()

    def _build_buttons(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("&Import update…"), self)
        menu = QMenu(self.import_button)
        self.import_file_action = menu.addAction(
            self.tr("Update &file (JSON, XLSX, CSV in a ZIP)…"), self.choose_file
        )
        self.import_folder_action = menu.addAction(
            self.tr("Folder of &CSV files…"), self.choose_folder
        )
        self.import_button.setMenu(menu)
        self.undo_button = QPushButton(self.tr("&Undo last import…"), self)
        self.undo_button.clicked.connect(self.open_undo_dialog)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.clicked.connect(self.open_export_dialog)
        row = QHBoxLayout()
        for button in (self.import_button, self.undo_button, self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        self.model.set_rows(list_batches(self._ctx.database))
        self._update_buttons()

    def last_import(self) -> BatchRecord | None:
        """The import an undo would take back: the newest one not undone."""
        rows = [self.model.batch_at(r) for r in range(self.model.rowCount())]
        return next(
            (
                b
                for b in rows
                if b.origin == "import" and b.undone_at is None and changed_anything(b.counts)
            ),
            None,
        )

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.import_button.setEnabled(idle)
        self.undo_button.setEnabled(idle and self.last_import() is not None)
        self.export_button.setEnabled(idle)

    def _message_box(self, title: str, text: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        if details:
            box.setDetailedText(details)
        box.open()

    # --- importing -----------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an update"),
            "",
            self.tr("Updates (*.json *.xlsx *.zip);;All files (*)"),
        )
        if path:
            self.start_import(Path(path))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of CSV files"))
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        """Read and check *path* in the background, then show its preview."""
        if self.task is not None:
            return
        database, data_dir = self._ctx.database, self._ctx.paths.root
        self._import_name = Path(path).name

        def work(task: Task) -> ImportPlan:
            plan = prepare_import(database, Path(path), data_dir)
            task.check()  # cancelled meanwhile: the plan is dropped
            return plan

        self.task = self._ctx.tasks.run(
            work,
            on_done=self._prepared,
            on_error=self._prepare_failed,
            on_cancel=self._idle,
            busy=self.busy,
            text=self.tr("Reading and checking {file}…").format(file=Path(path).name),
        )
        self._update_buttons()

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _idle(self) -> None:
        self.task = None
        self._update_buttons()

    def _prepared(self, plan: ImportPlan) -> None:
        cancelled = self.task is None or self.task.is_cancelled
        self._idle()
        if cancelled:
            return
        self.preview_dialog = ImportPreviewDialog(self._ctx, plan, self)
        self.preview_dialog.applied.connect(self._applied)
        self.preview_dialog.open()

    def _prepare_failed(self, error: BaseException) -> None:
        self._idle()
        if isinstance(error, UpdateRejectedError):
            self.problems_dialog = ProblemsDialog(self._import_name, error.problems, self)
            self.problems_dialog.open()
            return
        self.report_error(self, error, self.tr("Not imported"))

    def _applied(self, result: ImportResult) -> None:
        self._ctx.history.clear()  # edits before the import must not be undone over it
        if result.batch_id is None:
            self.inform(
                self.tr("Import"),
                self.tr("Nothing to change: the database already holds this update."),
                "",
            )
            return
        self.inform(
            self.tr("Import applied"),
            self.tr(
                "The update was applied as import {batch}. A backup of the database before it"
                " was saved as {backup}."
            ).format(batch=result.batch_id, backup=result.backup or "—"),
            "",
        )

    # --- undo ----------------------------------------------------------------------------

    def open_undo_dialog(self) -> UndoImportDialog | None:
        batch = self.last_import()
        if batch is None or self.task is not None:
            return None
        self.undo_dialog = UndoImportDialog(batch, self)
        self.undo_dialog.accepted.connect(lambda: self.undo_last_import(self._undo_keep_local()))
        self.undo_dialog.open()
        return self.undo_dialog

    def _undo_keep_local(self) -> bool:
        return self.undo_dialog.keep_local if self.undo_dialog is not None else True

    def undo_last_import(self, keep_local: bool = True) -> None:
        if self.task is not None:
            return
        database = self._ctx.database
        # an undo is short and one transaction: not cancellable
        self.task = self._ctx.writer.run(
            Operation(
                lambda _task: undo_import(database, keep_local),
                self.tr("Undoing the last import…"),  # one transaction: not cancellable
                on_success=self._undone,
                on_failure=self._undo_failed,
                on_cancel=self._idle,
                busy=self.busy,
                declared=IMPORTED,
            )
        )
        self._update_buttons()

    def _undone(self, outcome: tuple[UndoReport, Path | None]) -> None:
        self._idle()
        report, backup = outcome
        self._ctx.history.clear()
        text = self.tr(
            "Import {batch} ({file}) was undone: {reverted} change(s) reverted.",
            "",
            report.reverted,
        ).format(batch=report.batch_id, file=report.file_name or "", reverted=report.reverted)
        kept = [translated(change) for change in report.kept()]
        if kept:
            text += " " + self.tr(
                "{count} local change(s) made after the import were kept (see the details).",
                "",
                len(kept),
            ).format(count=len(kept))
        if backup is not None:
            text += " " + self.tr("Backup: {backup}").format(backup=backup)
        self.inform(self.tr("Import undone"), text, "\n".join(kept))

    def _undo_failed(self, error: BaseException) -> None:
        self._idle()
        self.report_error(self, error, self.tr("Not undone"))

    # --- export --------------------------------------------------------------------------

    def open_export_dialog(self) -> ExportDialog:
        self.export_dialog = ExportDialog(self._ctx, self)
        self.export_dialog.exported.connect(self._exported)
        self.export_dialog.open()
        return self.export_dialog

    def _exported(self, rows: int, path: str) -> None:
        self.inform(
            self.tr("Exported"),
            self.tr("{rows} row(s) written to {path}", "", rows).format(rows=rows, path=path),
            "",
        )
