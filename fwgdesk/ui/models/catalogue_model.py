"""Table model of the recommendation catalogue."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from fwgdesk.domain.records import CatalogueItem
from fwgdesk.ui.catalogue_text import item_text, item_title, languages_text
from fwgdesk.ui.labels import joined
from fwgdesk.ui.models.base import Index, RecordTableModel
from fwgdesk.ui.row_words import ltr_date


class CatalogueModel(RecordTableModel[CatalogueItem]):
    COLUMN_CODE = 0
    COLUMN_SOURCE = 1
    COLUMN_SECTION = 2
    COLUMN_TITLE = 3
    COLUMN_THEMES = 4
    COLUMN_ARTICLES = 5
    COLUMN_STATUS = 6
    COLUMN_LANGUAGES = 7
    COLUMN_COUNT = 8

    CodeRole = Qt.ItemDataRole.UserRole + 1
    TextRole = Qt.ItemDataRole.UserRole + 2

    HEADERS: ClassVar[tuple[str, ...]] = (
        QCoreApplication.translate("CatalogueModel", "Code"),
        QCoreApplication.translate("CatalogueModel", "Source"),
        QCoreApplication.translate("CatalogueModel", "Section"),
        QCoreApplication.translate("CatalogueModel", "Title"),
        QCoreApplication.translate("CatalogueModel", "Themes"),
        QCoreApplication.translate("CatalogueModel", "Protocol articles"),
        QCoreApplication.translate("CatalogueModel", "Status"),
        QCoreApplication.translate("CatalogueModel", "Full text in"),
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
            return item_text(item)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COLUMN_TITLE:
            return item_text(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        return None

    @staticmethod
    def _status(item: CatalogueItem) -> str:
        if item.withdrawn_on is None:
            return QCoreApplication.translate("CatalogueModel", "Current")
        return QCoreApplication.translate("CatalogueModel", "Withdrawn {date}").format(
            date=ltr_date(item.withdrawn_on)
        )

    def _display(self, item: CatalogueItem, column: int) -> str:
        values = {
            self.COLUMN_CODE: item.code,
            self.COLUMN_SOURCE: item.source,
            self.COLUMN_SECTION: item.section or "",
            self.COLUMN_TITLE: item_title(item),
            self.COLUMN_THEMES: joined(self._theme_names.get(t, t) for t in item.themes),
            self.COLUMN_ARTICLES: joined(str(a) for a in item.articles),
            self.COLUMN_STATUS: self._status(item),
            self.COLUMN_LANGUAGES: languages_text(item.text_languages),
        }
        return values.get(column, "")
