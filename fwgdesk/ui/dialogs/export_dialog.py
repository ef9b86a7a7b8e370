"""Exporting data as an update, for the Secretariat or another focal point.

What: the user's own State (the default when it is set), chosen States, or everything.
How: JSON, XLSX, a folder of CSV files, or a ZIP of CSV files. Personal contact details are
left out unless asked for. The export runs in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.exchange.containers import write_update
from fwgdesk.exchange.export import build_export
from fwgdesk.services.states import list_states
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.file_export_base import FileExportDialog
from fwgdesk.ui.tasks import Task

# format key -> (container, suffix)
FORMATS: dict[str, tuple[str, str]] = {
    "json": ("json", ".json"),
    "xlsx": ("xlsx", ".xlsx"),
    "csv_folder": ("csv", ""),
    "csv_zip": ("csv", ".zip"),
}


class ExportDialog(FileExportDialog[int]):
    exported = Signal(int, str)  # rows written, path

    SUFFIXES: ClassVar[dict[str, str]] = {key: suffix for key, (_, suffix) in FORMATS.items()}

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows_written: int | None = None
        self.setWindowTitle(self.tr("Export data"))
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_scope(), 1)
        layout.addLayout(self._build_options())
        layout.addLayout(self._build_buttons())
        for radio in (self.own_radio, self.chosen_radio, self.all_radio):
            radio.toggled.connect(self._scope_changed)
        self._fill_states()
        self._scope_changed()

    # --- building ------------------------------------------------------------------------

    def _build_scope(self) -> QWidget:
        box = QWidget(self)
        own = self.ctx.settings.own_state
        self.own_radio = QRadioButton(
            self.tr("&My State ({iso3})").format(iso3=own)
            if own
            else self.tr("&My State (not set in the settings)"),
            box,
        )
        self.own_radio.setEnabled(bool(own))
        self.chosen_radio = QRadioButton(self.tr("C&hosen States"), box)
        self.all_radio = QRadioButton(self.tr("&Everything (every State)"), box)
        self.scope_group = QButtonGroup(box)
        for radio in (self.own_radio, self.chosen_radio, self.all_radio):
            self.scope_group.addButton(radio)
        (self.own_radio if own else self.chosen_radio).setChecked(True)
        self.filter_edit = QLineEdit(box)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or ISO3"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_states)
        self.states_list = QListWidget(box)
        self.states_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.states_list.setAccessibleName(self.tr("States to export"))
        self.states_list.itemSelectionChanged.connect(self._update_state)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>What to export</b>"), box))
        layout.addWidget(self.own_radio)
        layout.addWidget(self.chosen_radio)
        indented = QVBoxLayout()
        indented.setContentsMargins(24, 0, 0, 0)
        indented.addWidget(self.filter_edit)
        indented.addWidget(self.states_list, 1)
        layout.addLayout(indented, 1)
        layout.addWidget(self.all_radio)
        return box

    def _build_options(self) -> QFormLayout:
        format_label, format_combo = self._format_row(
            {
                "json": self.tr("JSON file"),
                "xlsx": self.tr("Excel workbook (XLSX)"),
                "csv_folder": self.tr("CSV files in a folder"),
                "csv_zip": self.tr("CSV files in a ZIP archive"),
            }
        )
        self.contacts_box = QCheckBox(
            self.tr("Include personal contact details (e-mail, &phone)"), self
        )
        path_label, path_row = self._path_row()
        form = QFormLayout()
        form.addRow(format_label, format_combo)
        form.addRow("", self.contacts_box)
        form.addRow(path_label, path_row)
        return form

    def _fill_states(self) -> None:
        language = self.ctx.language
        for state in list_states(self.ctx.database):
            item = QListWidgetItem(f"{state.name(language)} ({state.iso3})")
            item.setData(Qt.ItemDataRole.UserRole, state.iso3)
            self.states_list.addItem(item)
        self.states_list.sortItems()

    def _suggested_path(self) -> Path:
        scope = self.ctx.settings.own_state or "all"
        stamp = datetime.now().strftime("%Y-%m-%d")
        return Path.home() / f"fwgdesk-export-{scope}-{stamp}.json"

    # --- choices -------------------------------------------------------------------------

    def select_states(self, codes: list[str]) -> None:
        self.chosen_radio.setChecked(True)
        wanted = set(codes)
        for row in range(self.states_list.count()):
            item = self.states_list.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in wanted)

    def states(self) -> list[str] | None:
        """The States to export; None for everything."""
        if self.all_radio.isChecked():
            return None
        if self.own_radio.isChecked() and self.ctx.settings.own_state:
            return [self.ctx.settings.own_state]
        return sorted(
            str(item.data(Qt.ItemDataRole.UserRole)) for item in self.states_list.selectedItems()
        )

    def _filter_states(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.states_list.count()):
            item = self.states_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _scope_changed(self) -> None:
        chosen = self.chosen_radio.isChecked()
        self.states_list.setEnabled(chosen)
        self.filter_edit.setEnabled(chosen)
        self._update_state()

    def _ask_path(self) -> str | None:
        key = self.format_key()
        if key == "csv_folder":
            caption = self.tr("Name of the new folder for the CSV files")
            filters = self.tr("Folder (*)")
        else:
            caption = self.tr("Export to")
            filters = self.tr("Update files (*{suffix})").format(suffix=self.suffix())
        path, _ = QFileDialog.getSaveFileName(self, caption, self.path_edit.text(), filters)
        return path or None

    def problem(self) -> str | None:
        """What keeps the export from running, or None."""
        states = self.states()
        if states is not None and not states:
            return self.tr("Choose at least one State.")
        if not self.path_edit.text().strip():
            return self.tr("Choose where to save the export.")
        return None

    # --- exporting -----------------------------------------------------------------------

    def _work(self, path: Path) -> Callable[[Task], int]:
        database, states = self.ctx.database, self.states()
        container = FORMATS[self.format_key()][0]
        contacts = self.contacts_box.isChecked()
        publisher = f"fwgdesk {self.ctx.settings.own_state or 'desk'}"

        def work(task: Task) -> int:
            issued = datetime.now(UTC).replace(microsecond=0)
            update = build_export(database, states, publisher, issued, contacts)
            task.check()
            write_update(update, path, container)
            return update.count()

        return work

    def _on_written(self, rows: int, path: Path) -> None:
        self.rows_written = rows
        self.status.setText(
            self.tr("{rows} row(s) written to {path}", "", rows).format(rows=rows, path=path)
        )
        self.exported.emit(rows, str(path))
