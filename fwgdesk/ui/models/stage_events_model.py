"""Table model of a review's stage changes, oldest first: its timeline."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from fwgdesk.domain.reviews import StageEventRecord
from fwgdesk.ui.labels import stage_label

Index = QModelIndex | QPersistentModelIndex


class StageEventsModel(QAbstractTableModel):
    """One row a stage change; the latest (the current stage) in bold."""

    COLUMN_DATE = 0
    COLUMN_STAGE = 1
    COLUMN_NOTE = 2
    COLUMN_COUNT = 3

    RecordRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    HEADERS: ClassVar[tuple[str, ...]] = (
        QCoreApplication.translate("StageEventsModel", "Date"),
        QCoreApplication.translate("StageEventsModel", "Stage"),
        QCoreApplication.translate("StageEventsModel", "Note"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[StageEventRecord] = []

    def set_rows(self, events: list[StageEventRecord] | tuple[StageEventRecord, ...]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> StageEventRecord:
        return self._events[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StageEventsModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, index.column())
        if role == self.SortRole:
            if index.column() == self.COLUMN_DATE:
                return event.on.toordinal()
            return self._display(event, index.column())
        if role == self.RecordRole:
            return event
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COLUMN_NOTE:
            return event.note
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._events) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, event: StageEventRecord, column: int) -> str:
        if column == self.COLUMN_DATE:
            return event.on.isoformat()
        if column == self.COLUMN_STAGE:
            return stage_label(event.stage)
        if column == self.COLUMN_NOTE:
            return event.note or ""
        return ""
