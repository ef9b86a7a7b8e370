"""The Reports place: a State's status sheet, a batch of them, or the Mechanism overview,
previewed in the window, saved as PDF or printed.

The PDFs are made by :mod:`fwgdesk.reports` (the same files as the command line) off the
GUI thread; a preview is written into a temporary folder of the view, removed when the
view closes or the application quits.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.errors import FwgdeskError, UsageError
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.views.reports_form import KIND_BATCH, ReportForm, ReportRequest, render_request
from fwgdesk.ui.widgets.busy import BusyRow
from fwgdesk.ui.widgets.errors import show_error
from fwgdesk.ui.widgets.pdf_preview import PdfPreview, print_document

if TYPE_CHECKING:
    from fwgdesk.reports import RenderResult

ReportError = Callable[[QWidget | None, BaseException, str | None], None]


class ReportsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.report_error: ReportError = show_error
        self.choose_file: Callable[[str], str] = self._ask_file
        self.choose_folder: Callable[[], str] = self._ask_folder
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self._previews = 0
        self.previewed: ReportRequest | None = None
        self.preview_path: Path | None = None
        self._print_when_shown = False
        self.print_dialog: QPrintDialog | None = None
        self.preview = PdfPreview(self)
        self.preview.empty.setText(
            self.tr("Choose a report, then press Preview: it is shown here to be saved or printed.")
        )
        self.form = ReportForm(ctx, self)
        side = QVBoxLayout()
        side.addWidget(self.form)
        side.addLayout(self._build_buttons())
        self.busy = BusyRow(self)
        side.addWidget(self.busy)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.status)
        side.addStretch(1)
        panel = QWidget(self)
        panel.setLayout(side)
        panel.setFixedWidth(380)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.preview, 1)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cleanup)

    def _build_buttons(self) -> QHBoxLayout:
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.save_button = QPushButton(self.tr("Save &as…"), self)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.start_preview)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.open_print_dialog)
        row = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            row.addWidget(button)
        return row

    # --- running a report ----------------------------------------------------------------

    def _start(
        self,
        request: ReportRequest,
        target: Path,
        on_done: Callable[[RenderResult], None],
        split: bool = False,
    ) -> Task | None:
        if self.task is not None:
            return None
        database = self._ctx.database
        self._enable_buttons(False)
        self.status.clear()
        self.task = self._ctx.tasks.run(
            lambda task: render_request(database, request, target, task, split),
            on_done=lambda result: self._finished(result, on_done),
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancel=self._cancelled,
            busy=self.busy,
            text=self.tr("Making the PDF…"),
            cancellable=request.kind == KIND_BATCH,  # only a batch is worth cancelling
        )
        return self.task

    def _enable_buttons(self, enabled: bool) -> None:
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(enabled)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        text = self.tr("Sheet {done} of {total}").format(done=done, total=total)
        self.busy.progress(done, total, text)

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _idle(self) -> None:
        self.task = None
        self._enable_buttons(True)

    def _finished(self, result: RenderResult, then: Callable[[RenderResult], None]) -> None:
        self._idle()
        then(result)
        if result.missing_glyphs:
            missing = " ".join(sorted(result.missing_glyphs))
            self.status.setText(
                self.status.text()
                + "\n"
                + self.tr("No font could draw these characters: {characters}").format(
                    characters=missing
                )
            )

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self._print_when_shown = False
        self.report_error(self, error, self.tr("No report made"))

    def _cancelled(self) -> None:
        self._idle()
        self._print_when_shown = False
        self.status.setText(self.tr("Cancelled: nothing was written."))

    def _safely(self, action: Callable[[], object]) -> None:
        try:
            action()
        except (FwgdeskError, OSError) as error:
            self.report_error(self, error, self.tr("No report made"))

    # --- preview -------------------------------------------------------------------------

    def _temp_dir(self) -> Path:
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(
                prefix="fwgdesk-preview-", ignore_cleanup_errors=True
            )
        return Path(self._temp.name)

    def start_preview(self) -> None:
        self._safely(self._preview)

    def _preview(self) -> None:
        request = self.form.request()
        self._previews += 1
        target = self._temp_dir() / f"preview-{self._previews}.pdf"
        self._start(request, target, lambda result: self._show(request, target, result))

    def _show(self, request: ReportRequest, path: Path, result: RenderResult) -> None:
        old = self.preview_path
        self.preview.load(path)
        self.previewed, self.preview_path = request, path
        if old is not None and old != path:
            old.unlink(missing_ok=True)
        self.status.setText(
            self.tr("{count} sheet(s) shown.", "", result.sheets).format(count=result.sheets)
        )
        if self._print_when_shown:
            self._print_when_shown = False
            self.open_print_dialog()

    def _preview_matches(self, request: ReportRequest) -> bool:
        return (
            self.previewed is not None
            and replace(self.previewed, split=False) == replace(request, split=False)
            and self.preview.ready
        )

    # --- save ----------------------------------------------------------------------------

    def save_as(self) -> None:
        self._safely(self._ask_and_save)

    def _ask_and_save(self) -> None:
        request = self.form.request()
        chosen = self.choose_folder() if request.split else self.choose_file(request.file_name())
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> None:
        """Write what the form asks for to *path* (a folder for a split batch), copying the
        preview when it shows the same thing."""
        try:
            request = self.form.request()
            if request.split:
                path.mkdir(parents=True, exist_ok=True)
            elif self._preview_matches(request) and self.preview_path is not None:
                from fwgdesk.reports.output import copy_file  # ReportLab on first use

                copy_file(self.preview_path, path)
                self._saved(path, None)
                return
            self._start(request, path, lambda result: self._saved(path, result), request.split)
        except (FwgdeskError, OSError) as error:
            self.report_error(self, error, self.tr("Not saved"))

    def _saved(self, path: Path, result: RenderResult | None) -> None:
        if result is not None and len(result.paths) > 1:
            text = self.tr("{count} file(s) saved in {folder}", "", len(result.paths)).format(
                count=len(result.paths), folder=path
            )
        else:
            text = self.tr("Saved as {path}").format(path=path)
        self.status.setText(text)

    def _ask_file(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the status sheets"))

    # --- print ---------------------------------------------------------------------------

    def open_print_dialog(self) -> QPrintDialog | None:
        """Print what the form asks for: previewed first when the preview shows something
        else; the print dialog then prints the preview's pages."""
        try:
            request = self.form.request()
        except UsageError as error:
            self.report_error(self, error, self.tr("Not printed"))
            return None
        if not self._preview_matches(request):
            self._print_when_shown = True
            self.start_preview()
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(request.file_name())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.preview.document.pageCount())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setModal(True)
        dialog.show()
        self.print_dialog = dialog
        return dialog

    def print_to(self, printer: QPrinter) -> int:
        """Print the previewed pages on *printer*; returns how many were printed."""
        try:
            printed = print_document(self.preview.document, printer)
        except OSError as error:
            self.report_error(self, error, self.tr("Not printed"))
            return 0
        self.status.setText(
            self.tr("{count} page(s) sent to the printer.", "", printed).format(count=printed)
        )
        return printed

    # --- closing -------------------------------------------------------------------------

    def cleanup(self) -> None:
        """Stop a running report and remove the preview files."""
        if self.task is not None:
            self.task.cancel()
            self._ctx.tasks.wait()
        self.preview.clear()
        self.previewed = self.preview_path = None
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.cleanup()
        super().closeEvent(event)
