"""List model of the links suggested to a State, each with a check box to accept or dismiss."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from fwgdesk.domain.records import CatalogueItem
from fwgdesk.ui.catalogue_text import item_text, item_title

Index = QModelIndex | QPersistentModelIndex


class SuggestionsModel(QAbstractListModel):
    """One row a suggested catalogue item; checks survive a reload for items still offered."""

    CodeRole = Qt.ItemDataRole.UserRole + 1
    TextRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[CatalogueItem] = []
        self._checked: set[str] = set()

    def set_items(self, items: list[CatalogueItem]) -> None:
        """Show *items*; the same items again change nothing (the view keeps its place)."""
        if items == self._items:
            return
        self.beginResetModel()
        self._items = list(items)
        self._checked &= {item.code for item in self._items}
        self.endResetModel()

    def item_at(self, row: int) -> CatalogueItem:
        return self._items[row]

    def checked_codes(self) -> list[str]:
        """The checked items' codes, in catalogue order."""
        return [item.code for item in self._items if item.code in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {item.code for item in self._items} if checked else set()
        if self._items:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._items) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.code} — {item_title(item)}"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item.code in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return item_text(item)
        if role == self.CodeRole:
            return item.code
        if role == self.TextRole:
            return item_text(item)
        return None

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        code = self._items[index.row()].code
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
