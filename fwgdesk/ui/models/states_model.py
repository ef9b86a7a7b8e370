"""Table model of the States list."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fwgdesk.domain.records import StateRecord

Index = QModelIndex | QPersistentModelIndex


class StatesModel(QAbstractTableModel):
    """One row a State; the name column follows the interface language."""

    COLUMN_ISO3 = 0
    COLUMN_NAME = 1
    COLUMN_NAME_EN = 2
    COLUMN_GROUP = 3
    COLUMN_PROTOCOL = 4
    COLUMN_PROTOCOL_DATE = 5
    COLUMN_COUNT = 6

    Iso3Role = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    HEADERS: ClassVar[tuple[str, ...]] = (
        QCoreApplication.translate("StatesModel", "ISO3"),
        QCoreApplication.translate("StatesModel", "Name"),
        QCoreApplication.translate("StatesModel", "Name (English)"),
        QCoreApplication.translate("StatesModel", "Regional group"),
        QCoreApplication.translate("StatesModel", "Firearms Protocol"),
        QCoreApplication.translate("StatesModel", "Status as of"),
    )

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._states: list[StateRecord] = []
        self._language = language

    def set_states(self, states: list[StateRecord]) -> None:
        self.beginResetModel()
        self._states = list(states)
        self.endResetModel()

    def state_at(self, row: int) -> StateRecord:
        return self._states[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._states)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StatesModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._states):
            return None
        state = self._states[index.row()]
        if role == self.Iso3Role:
            return state.iso3
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            return self._display(state, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COLUMN_PROTOCOL:
            return state.protocol_status_source
        return None

    def _display(self, state: StateRecord, column: int) -> str:
        if column == self.COLUMN_ISO3:
            return state.iso3
        if column == self.COLUMN_NAME:
            return state.name(self._language)
        if column == self.COLUMN_NAME_EN:
            return state.names["en"]
        if column == self.COLUMN_GROUP:
            return state.regional_group
        if column == self.COLUMN_PROTOCOL:
            return protocol_label(state.protocol_status)
        if column == self.COLUMN_PROTOCOL_DATE:
            return state.protocol_status_date.isoformat() if state.protocol_status_date else ""
        return ""


def protocol_label(status: str) -> str:
    labels = {
        "party": QCoreApplication.translate("StatesModel", "Party"),
        "signatory": QCoreApplication.translate("StatesModel", "Signatory"),
        "non_signatory": QCoreApplication.translate("StatesModel", "Non-signatory"),
        "unknown": QCoreApplication.translate("StatesModel", "Not recorded"),
    }
    return labels.get(status, status)
