"""Table model of a review's stage changes, oldest first: its timeline."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from fwgdesk.domain.reviews import StageEventRecord
from fwgdesk.ui.labels import stage_label
from fwgdesk.ui.models.base import Index, RecordTableModel


class StageEventsModel(RecordTableModel[StageEventRecord]):
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

    def event_at(self, row: int) -> StageEventRecord:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.record(index)
        if event is None:
            return None
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
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
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
