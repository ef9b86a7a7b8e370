"""The Recommendations place: the catalogue with search, source filter and full text."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.db.engine import Database
from fwgdesk.domain.records import CatalogueItem
from fwgdesk.services.catalogue import list_items, list_sources
from fwgdesk.ui.models.catalogue_model import CatalogueModel

SEARCH_DELAY_MS = 150


class CatalogueView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.model = CatalogueModel(self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the full text (Chinese, English, codes)…"))
        self.search.setClearButtonEnabled(True)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("All source documents"), None)
        for source in list_sources(database):
            self.source.addItem(f"{source.code} — {source.title_en}", source.code)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.source.currentIndexChanged.connect(self.reload)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            CatalogueModel.COLUMN_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.detail = QTextBrowser(self)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.source, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        items = list_items(
            self._database, source=self.source.currentData(), query=self.search.text()
        )
        self.model.set_items(items)
        self.table.resizeColumnToContents(CatalogueModel.COLUMN_CODE)
        self.detail.clear()

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.detail.setHtml(item_html(self.model.item_at(indexes[0].row())))


def item_html(item: CatalogueItem) -> str:
    from html import escape

    section = escape(item.section_title_zh or "")
    text = escape(item.text_zh or "").replace("\n", "<br>")
    return (
        f"<h3>{escape(item.code)} — {escape(item.title_en)}</h3>"
        f"<p><i>{section}</i></p><p style='font-size:large'>{text}</p>"
    )
