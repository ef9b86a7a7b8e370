"""Table model of the recommendation catalogue."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from fwgdesk.domain.records import CatalogueItem
from fwgdesk.ui.catalogue_text import item_text, item_title, languages_text, themes_text
from fwgdesk.ui.labels import joined
from fwgdesk.ui.models.base import Index
from fwgdesk.ui.models.columns import Column, ColumnsModel
from fwgdesk.ui.row_words import ltr_date

CODE_SAMPLE = "RES11.6-P00"
"""One of the longest codes of the catalogue."""


def _status(item: CatalogueItem) -> str:
    if item.withdrawn_on is None:
        return QCoreApplication.translate("CatalogueModel", "Current")
    return QCoreApplication.translate("CatalogueModel", "Withdrawn {date}").format(
        date=ltr_date(item.withdrawn_on)
    )


def _statuses() -> list[str]:
    withdrawn = QCoreApplication.translate("CatalogueModel", "Withdrawn {date}")
    return [
        QCoreApplication.translate("CatalogueModel", "Current"),
        withdrawn.format(date="0000-00-00"),
    ]


class CatalogueModel(ColumnsModel[CatalogueItem]):
    """One row an item of the catalogue; the title is cut, the whole text in its tooltip."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column("Code", lambda _m, i: i.code, width=lambda: [CODE_SAMPLE]),
        Column("Source", lambda _m, i: i.source, width=lambda: ["RES11.6"]),
        Column("Section", lambda _m, i: i.section or "", width=lambda: ["A"]),
        Column(
            "Title",
            lambda _m, i: item_title(i),
            tooltip=lambda _m, i: item_text(i),
            stretch=True,
        ),
        Column(
            "Themes",
            lambda m, i: m.themes_text(i),
            whole_in_tooltip=True,
            width=160,
        ),
        Column(
            "Protocol articles",
            lambda _m, i: joined(str(a) for a in i.articles),
            width=lambda: ["10, 11, 12"],
            most=100,
        ),
        Column(
            "Status",
            lambda _m, i: _status(i),
            whole_in_tooltip=True,
            width=_statuses,
            most=120,
        ),
        Column(
            "Full text in",
            lambda _m, i: languages_text(i.text_languages),
            whole_in_tooltip=True,
            width=lambda: [languages_text(("en", "es", "fr"))],
            most=120,
        ),
    )
    COLUMN_CODE, COLUMN_SOURCE, COLUMN_SECTION, COLUMN_TITLE = range(4)
    COLUMN_THEMES, COLUMN_ARTICLES, COLUMN_STATUS, COLUMN_LANGUAGES = range(4, 8)

    CodeRole = Qt.ItemDataRole.UserRole + 1
    TextRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None, theme_names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._theme_names = theme_names or {}

    def set_items(self, items: list[CatalogueItem]) -> None:
        self.set_rows(items)

    def item_at(self, row: int) -> CatalogueItem:
        return self.row_at(row)

    def themes_text(self, item: CatalogueItem) -> str:
        return themes_text(self._theme_names, item.themes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index)
        if item is None:
            return None
        if role == self.CodeRole:
            return item.code
        if role == self.TextRole:
            return item_text(item)
        return self.column_data(item, index.column(), role)
