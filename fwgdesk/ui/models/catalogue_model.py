"""Table model of the recommendation catalogue."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fwgdesk.domain.records import CatalogueItem

Index = QModelIndex | QPersistentModelIndex


class CatalogueModel(QAbstractTableModel):
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
        self._items: list[CatalogueItem] = []
        self._theme_names = theme_names or {}

    def set_items(self, items: list[CatalogueItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> CatalogueItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CatalogueModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
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
            self.COLUMN_THEMES: ", ".join(self._theme_names.get(t, t) for t in item.themes),
            self.COLUMN_ARTICLES: ", ".join(str(a) for a in item.articles),
        }
        return values.get(column, "")
