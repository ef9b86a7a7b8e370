"""Exporting data as an update, for the Secretariat or another focal point.

What: the user's own State (the default when it is set), chosen States, or everything.
How: JSON, XLSX, a folder of CSV files, or a ZIP of CSV files. Personal contact details are
left out unless asked for. The export runs in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.exchange.containers import write_update
from fwgdesk.exchange.export import build_export
from fwgdesk.services.states import list_states
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.errors import describe

# format key -> (container, suffix)
FORMATS: dict[str, tuple[str, str]] = {
    "json": ("json", ".json"),
    "xlsx": ("xlsx", ".xlsx"),
    "csv_folder": ("csv", ""),
    "csv_zip": ("csv", ".zip"),
}
KNOWN_SUFFIXES = (".json", ".xlsx", ".zip")


def with_suffix(text: str, suffix: str) -> str:
    """*text* with a known export suffix replaced by *suffix*."""
    for known in KNOWN_SUFFIXES:
        if text.lower().endswith(known):
            return text[: -len(known)] + suffix
    return text + suffix


class ExportDialog(QDialog):
    exported = Signal(int, str)  # rows written, path

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.rows_written: int | None = None
        self.choose_path: Callable[[], str | None] = self._ask_path
        self.setWindowTitle(self.tr("Export data"))
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_scope(), 1)
        layout.addLayout(self._build_options())
        layout.addLayout(self._build_buttons())
        self.format_combo.currentIndexChanged.connect(self._format_changed)
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
        self.format_combo = QComboBox(self)
        labels = {
            "json": self.tr("JSON file"),
            "xlsx": self.tr("Excel workbook (XLSX)"),
            "csv_folder": self.tr("CSV files in a folder"),
            "csv_zip": self.tr("CSV files in a ZIP archive"),
        }
        for key, label in labels.items():
            self.format_combo.addItem(label, key)
        self.contacts_box = QCheckBox(
            self.tr("Include personal contact details (e-mail, &phone)"), self
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setText(str(self._suggested_path()))
        self.path_edit.textChanged.connect(self._update_state)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        format_label = QLabel(self.tr("&Format:"), self)
        format_label.setBuddy(self.format_combo)
        path_label = QLabel(self.tr("&Save to:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(format_label, self.format_combo)
        form.addRow("", self.contacts_box)
        form.addRow(path_label, path_row)
        return form

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

    def format_key(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, key: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

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

    def _format_changed(self) -> None:
        suffix = FORMATS[self.format_key()][1]
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(with_suffix(text, suffix))

    def _ask_path(self) -> str | None:
        key = self.format_key()
        if key == "csv_folder":
            caption = self.tr("Name of the new folder for the CSV files")
            filters = self.tr("Folder (*)")
        else:
            caption = self.tr("Export to")
            filters = self.tr("Update files (*{suffix})").format(suffix=FORMATS[key][1])
        path, _ = QFileDialog.getSaveFileName(self, caption, self.path_edit.text(), filters)
        return path or None

    def browse(self) -> None:
        path = self.choose_path()
        if path:
            self.path_edit.setText(path)

    def problem(self) -> str | None:
        """What keeps the export from running, or None."""
        states = self.states()
        if states is not None and not states:
            return self.tr("Choose at least one State.")
        if not self.path_edit.text().strip():
            return self.tr("Choose where to save the export.")
        return None

    def _update_state(self) -> None:
        problem = self.problem()
        self.export_button.setEnabled(self.task is None and problem is None)
        if self.task is None:
            self.status.setText(problem or "")

    # --- exporting -----------------------------------------------------------------------

    def accept(self) -> None:
        """Start the export; the dialog closes when it is written."""
        if self.task is not None or self.problem() is not None:
            return
        database, states = self.ctx.database, self.states()
        container = FORMATS[self.format_key()][0]
        path = Path(self.path_edit.text().strip()).expanduser()
        contacts = self.contacts_box.isChecked()
        publisher = f"fwgdesk {self.ctx.settings.own_state or 'desk'}"

        def work(task: Task) -> int:
            issued = datetime.now(UTC).replace(microsecond=0)
            update = build_export(database, states, publisher, issued, contacts)
            task.check()
            write_update(update, path, container)
            return update.count()

        self.progress.setVisible(True)
        self.status.setText(self.tr("Exporting…"))
        self.task = self.ctx.tasks.run(
            work,
            on_done=lambda rows: self._written(rows, str(path)),
            on_error=self._failed,
            on_cancel=self._cancelled,
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

    def _written(self, rows: int, path: str) -> None:
        self._finish()
        self.rows_written = rows
        self.status.setText(self.tr("{rows} row(s) written to {path}").format(rows=rows, path=path))
        self.exported.emit(rows, path)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.status.setText(self.tr("Not exported: {error}").format(error=describe(error)))

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Export cancelled: nothing was written."))
