"""Exporting a State's history (its audit trail) as CSV or JSON.

Contact details are left out unless asked for; of people no longer in the database the user
keeps nothing, their names, or everything. The export runs in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.services.audit_export import AuditExportRequest, AuditExportResult, export_audit_trail
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.errors import describe

SUFFIXES = {"csv": ".csv", "json": ".json"}


def with_suffix(text: str, suffix: str) -> str:
    """*text* with a known suffix replaced by *suffix*."""
    for known in SUFFIXES.values():
        if text.lower().endswith(known):
            return text[: -len(known)] + suffix
    return text + suffix


class HistoryExportDialog(QDialog):
    exported = Signal(object)  # AuditExportResult

    def __init__(self, ctx: UiContext, iso3: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.iso3 = iso3
        self.task: Task | None = None
        self.written: AuditExportResult | None = None
        self.choose_path: Callable[[], str | None] = self._ask_path
        self.setWindowTitle(self.tr("Export the history of {iso3}").format(iso3=iso3))
        self.resize(560, 320)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_options())
        layout.addWidget(self._build_note())
        layout.addStretch(1)
        layout.addLayout(self._build_buttons())
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._update_state()

    # --- building ------------------------------------------------------------------------

    def _build_options(self) -> QFormLayout:
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("CSV file (for a spreadsheet)"), "csv")
        self.format_combo.addItem(self.tr("JSON file"), "json")
        self.path_edit = QLineEdit(self)
        self.path_edit.setText(str(self._suggested_path()))
        self.path_edit.textChanged.connect(self._update_state)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.contacts_box = QCheckBox(self.tr("Include contact details (e-mail, &phone)"), self)
        self.keep_combo = QComboBox(self)
        self.keep_combo.addItem(self.tr("Nothing"), "nothing")
        self.keep_combo.addItem(self.tr("Names only"), "names")
        self.keep_combo.addItem(self.tr("Everything"), "everything")
        format_label = QLabel(self.tr("&Format:"), self)
        format_label.setBuddy(self.format_combo)
        path_label = QLabel(self.tr("&Save to:"), self)
        path_label.setBuddy(self.path_edit)
        keep_label = QLabel(self.tr("&Keep data of removed people:"), self)
        keep_label.setBuddy(self.keep_combo)
        form = QFormLayout()
        form.addRow(format_label, self.format_combo)
        form.addRow(path_label, path_row)
        form.addRow("", self.contacts_box)
        form.addRow(keep_label, self.keep_combo)
        return form

    def _build_note(self) -> QLabel:
        note = QLabel(
            self.tr(
                "Removed people are people an import deleted, or an undone import took back:"
                " their changes stay in the history. Unless you keep them, their name, title,"
                " institution, contact details, gender and languages are written as"
                " “[removed]”. Contact details of everyone else are written as “[withheld]”"
                " unless you include them. Role, State and dates are always written."
            ),
            self,
        )
        note.setWordWrap(True)
        return note

    def _build_buttons(self) -> QHBoxLayout:
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        self.export_button = QPushButton(self.tr("E&xport"), self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.export_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        return row

    def _suggested_path(self) -> Path:
        stamp = datetime.now().strftime("%Y-%m-%d")
        return Path.home() / f"fwgdesk-history-{self.iso3}-{stamp}.csv"

    # --- choices -------------------------------------------------------------------------

    def format_key(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, key: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

    def keep_removed(self) -> str:
        return str(self.keep_combo.currentData())

    def set_keep_removed(self, key: str) -> None:
        self.keep_combo.setCurrentIndex(self.keep_combo.findData(key))

    def request(self) -> AuditExportRequest:
        return AuditExportRequest(
            fmt=self.format_key(),
            state=self.iso3,
            include_contacts=self.contacts_box.isChecked(),
            keep_removed=self.keep_removed(),
        )

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(with_suffix(text, SUFFIXES[self.format_key()]))

    def _ask_path(self) -> str | None:
        suffix = SUFFIXES[self.format_key()]
        filters = self.tr("History files (*{suffix})").format(suffix=suffix)
        caption = self.tr("Export the history to")
        path, _ = QFileDialog.getSaveFileName(self, caption, self.path_edit.text(), filters)
        return path or None

    def browse(self) -> None:
        path = self.choose_path()
        if path:
            self.path_edit.setText(path)

    def problem(self) -> str | None:
        if not self.path_edit.text().strip():
            return self.tr("Choose where to save the history.")
        return None

    def _update_state(self) -> None:
        problem = self.problem()
        self.export_button.setEnabled(self.task is None and problem is None)
        for widget in (
            self.format_combo,
            self.path_edit,
            self.browse_button,
            self.contacts_box,
            self.keep_combo,
        ):
            widget.setEnabled(self.task is None)
        if self.task is None:
            self.status.setText(problem or "")

    # --- exporting -----------------------------------------------------------------------

    def accept(self) -> None:
        """Start the export; the dialog closes when it is written."""
        if self.task is not None or self.problem() is not None:
            return
        database, request = self.ctx.database, self.request()
        path = Path(self.path_edit.text().strip()).expanduser()

        def work(task: Task) -> AuditExportResult:
            return export_audit_trail(database, path, request, task.check)

        self.progress.setVisible(True)
        self.status.setText(self.tr("Exporting…"))
        self.task = self.ctx.tasks.run(
            work, on_done=self._written, on_error=self._failed, on_cancel=self._cancelled
        )
        self._update_state()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()

    def _finish(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self._update_state()

    def _written(self, result: AuditExportResult) -> None:
        self._finish()
        self.written = result
        self.exported.emit(result)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.status.setText(self.tr("Not exported: {error}").format(error=describe(error)))

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Export cancelled: nothing was written."))
