"""Table model of the recommendation catalogue."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from fwgdesk.domain.records import CatalogueItem
from fwgdesk.ui.labels import joined
from fwgdesk.ui.models.base import Index, RecordTableModel


class CatalogueModel(RecordTableModel[CatalogueItem]):
    COLUMN_CODE = 0
    COLUMN_SOURCE = 1
    COLUMN_SECTION = 2
    COLUMN_TITLE = 3
    COLUMN_THEMES = 4
    COLUMN_ARTICLES = 5
    COLUMN_COUNT = 6

    CodeRole = Qt.ItemDataRole.UserRole + 1
    TextRole = Qt.ItemDataRole.UserRole + 2

    HEADERS: ClassVar[tuple[str, ...]] = (
        QCoreApplication.translate("CatalogueModel", "Code"),
        QCoreApplication.translate("CatalogueModel", "Source"),
        QCoreApplication.translate("CatalogueModel", "Section"),
        QCoreApplication.translate("CatalogueModel", "Title"),
        QCoreApplication.translate("CatalogueModel", "Themes"),
        QCoreApplication.translate("CatalogueModel", "Protocol articles"),
    )

    def __init__(self, parent: Any = None, theme_names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._theme_names = theme_names or {}

    def set_items(self, items: list[CatalogueItem]) -> None:
        self.set_rows(items)

    def item_at(self, row: int) -> CatalogueItem:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index)
        if item is None:
            return None
        if role == self.CodeRole:
            return item.code
        if role == self.TextRole:
            return item.text_zh
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COLUMN_TITLE:
            return item.text_zh
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        return None

    def _display(self, item: CatalogueItem, column: int) -> str:
        values = {
            self.COLUMN_CODE: item.code,
            self.COLUMN_SOURCE: item.source,
            self.COLUMN_SECTION: item.section or "",
            self.COLUMN_TITLE: item.title_en,
            self.COLUMN_THEMES: joined(self._theme_names.get(t, t) for t in item.themes),
            self.COLUMN_ARTICLES: joined(str(a) for a in item.articles),
        }
        return values.get(column, "")
