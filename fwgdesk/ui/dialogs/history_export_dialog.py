"""Exporting a State's history (its audit trail) as CSV or JSON.

Contact details are left out unless asked for; of people no longer in the database the user
keeps nothing, their names, or everything. The export runs in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.services.audit_export import AuditExportRequest, AuditExportResult, export_audit_trail
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.file_export_base import FileExportDialog
from fwgdesk.ui.tasks import Task


class HistoryExportDialog(FileExportDialog[AuditExportResult]):
    exported = Signal(object)  # AuditExportResult

    SUFFIXES: ClassVar[dict[str, str]] = {"csv": ".csv", "json": ".json"}

    def __init__(self, ctx: UiContext, iso3: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.iso3 = iso3
        self.written: AuditExportResult | None = None
        self.setWindowTitle(self.tr("Export the history of {iso3}").format(iso3=iso3))
        self.resize(560, 320)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_options())
        layout.addWidget(self._build_note())
        layout.addStretch(1)
        layout.addLayout(self._build_buttons())
        self._update_state()

    # --- building ------------------------------------------------------------------------

    def _build_options(self) -> QFormLayout:
        format_label, format_combo = self._format_row(
            {"csv": self.tr("CSV file (for a spreadsheet)"), "json": self.tr("JSON file")}
        )
        path_label, path_row = self._path_row()
        self.contacts_box = QCheckBox(self.tr("Include contact details (e-mail, &phone)"), self)
        self.keep_combo = QComboBox(self)
        self.keep_combo.addItem(self.tr("Nothing"), "nothing")
        self.keep_combo.addItem(self.tr("Names only"), "names")
        self.keep_combo.addItem(self.tr("Everything"), "everything")
        keep_label = QLabel(self.tr("&Keep data of removed people:"), self)
        keep_label.setBuddy(self.keep_combo)
        form = QFormLayout()
        form.addRow(format_label, format_combo)
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

    def _suggested_path(self) -> Path:
        stamp = datetime.now().strftime("%Y-%m-%d")
        return Path.home() / f"fwgdesk-history-{self.iso3}-{stamp}.csv"

    # --- choices -------------------------------------------------------------------------

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

    def _ask_path(self) -> str | None:
        filters = self.tr("History files (*{suffix})").format(suffix=self.suffix())
        caption = self.tr("Export the history to")
        path, _ = QFileDialog.getSaveFileName(self, caption, self.path_edit.text(), filters)
        return path or None

    def problem(self) -> str | None:
        if not self.path_edit.text().strip():
            return self.tr("Choose where to save the history.")
        return None

    def _update_state(self) -> None:
        super()._update_state()
        for widget in (
            self.format_combo,
            self.path_edit,
            self.browse_button,
            self.contacts_box,
            self.keep_combo,
        ):
            widget.setEnabled(self.task is None)

    # --- exporting -----------------------------------------------------------------------

    def _work(self, path: Path) -> Callable[[Task], AuditExportResult]:
        database, request = self.ctx.database, self.request()

        def work(task: Task) -> AuditExportResult:
            return export_audit_trail(database, path, request, task.check)

        return work

    def _on_written(self, result: AuditExportResult, path: Path) -> None:
        self.written = result
        self.exported.emit(result)
