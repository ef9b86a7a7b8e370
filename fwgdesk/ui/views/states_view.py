"""The States place: a sortable, searchable table of all States."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from fwgdesk.db.engine import Database
from fwgdesk.services.states import list_states
from fwgdesk.ui.models.states_model import StatesModel


class StatesView(QWidget):
    def __init__(self, database: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.model = StatesModel(language, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(StatesModel.SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search States by name or code…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(StatesModel.COLUMN_ISO3, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(StatesModel.COLUMN_NAME, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        self.model.set_states(list_states(self._database))
        self.table.resizeColumnsToContents()
