"""A State's history: the audit trail of its rows, newest first, with a filter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.services.audit_export import AuditExportResult
from fwgdesk.services.history import state_history
from fwgdesk.services.row_names import row_names
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.history_export_dialog import HistoryExportDialog
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.models.history_model import HistoryModel
from fwgdesk.ui.refresh import Refresher

TABLES = ("focal_points", "assistance_requests")  # rows named from the database


class HistoryTab(QWidget):
    def __init__(self, ctx: UiContext, iso3: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.iso3 = iso3
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(HistoryModel.SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter: a field, a value, a person's name…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter)
        self.count = QLabel(self)
        self.export_dialog: HistoryExportDialog | None = None
        self.inform: Callable[[str, str], None] = self._message_box
        self.export_button = QPushButton(self.tr("&Export history…"), self)
        self.export_button.clicked.connect(self.open_export_dialog)

        self.table = self._make_table()
        self.details = QTextEdit(self)  # a plain-text edit would not align right to left
        self.details.setObjectName("change_details")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a change to read it whole here."))
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.proxy.modelReset.connect(self.details.clear)
        self._build_layout(filter_label)

        self.refresher = Refresher(self, ctx.events, self.refresh, iso3=iso3)
        self.refresh()

    def _make_table(self) -> QTableView:
        """The changes, newest first, sortable by any column."""
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(HistoryModel.COLUMN_WHEN, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        size_columns(table, self.model)
        return table

    def _build_layout(self, filter_label: QLabel) -> None:
        """The filter, the count and the Export button above the table."""
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setSizes([330, 190])  # a change of a whole row reads whole, about 8 lines
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)

    def _show_details(self, current: QModelIndex) -> None:
        """The selected change whole, below the table: cut cells are read there."""
        if not current.isValid():
            self.details.clear()
            return
        self.details.setPlainText(self.model.details(self.proxy.mapToSource(current).row()))

    def refresh(self) -> None:
        entries = state_history(self._ctx.database, self.iso3)
        keys = {table: {e.row_key for e in entries if e.table_name == table} for table in TABLES}
        names = row_names(self._ctx.database, keys["focal_points"], keys["assistance_requests"])
        self.model.set_entries(entries, names)
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total} changes", "", self.model.rowCount()).format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def open_export_dialog(self) -> HistoryExportDialog:
        self.export_dialog = HistoryExportDialog(self._ctx, self.iso3, self)
        self.export_dialog.exported.connect(self._exported)
        self.export_dialog.open()
        return self.export_dialog

    def _exported(self, result: AuditExportResult) -> None:
        text = self.tr("{entries} change(s) written to {path}.", "", result.entries).format(
            entries=result.entries, path=result.path
        )
        if result.withheld:
            text += " " + self.tr(
                "{withheld} personal value(s) were left out (contact details, and data of"
                " people no longer in the database).",
                "",
                result.withheld,
            ).format(withheld=result.withheld)
        self.inform(self.tr("History exported"), text)

    def _message_box(self, title: str, text: str) -> None:
        QMessageBox(QMessageBox.Icon.Information, title, text, parent=self).open()
