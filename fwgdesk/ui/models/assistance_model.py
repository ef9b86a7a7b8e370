"""Table model of a State's technical-assistance requests."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from fwgdesk.domain.enums import AssistanceStatus
from fwgdesk.domain.reviews import AssistanceRecord
from fwgdesk.ui.labels import assistance_status_label, topic_label
from fwgdesk.ui.models.base import Index, RecordTableModel


class AssistanceModel(RecordTableModel[AssistanceRecord]):
    """One row a request, in the order of the requests' dates."""

    COLUMN_TOPIC = 0
    COLUMN_REQUESTED = 1
    COLUMN_STATUS = 2
    COLUMN_NOTE = 3
    COLUMN_COUNT = 4

    RecordRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    HEADERS: ClassVar[tuple[str, ...]] = (
        QCoreApplication.translate("AssistanceModel", "Topic"),
        QCoreApplication.translate("AssistanceModel", "Requested on"),
        QCoreApplication.translate("AssistanceModel", "Status"),
        QCoreApplication.translate("AssistanceModel", "Note"),
    )

    def update_rows(self, requests: list[AssistanceRecord]) -> None:
        """Show *requests*: changed rows in place when the rows are the same, else a reset."""
        self.merge_rows(requests, key=lambda request: request.id)

    def request_at(self, row: int) -> AssistanceRecord:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        request = self.record(index)
        if request is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            return self._display(request, index.column())
        if role == self.RecordRole:
            return request
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COLUMN_NOTE:
            return request.note
        if role == Qt.ItemDataRole.ForegroundRole and request.status is AssistanceStatus.CLOSED:
            return Qt.GlobalColor.gray
        return None

    def _display(self, request: AssistanceRecord, column: int) -> str:
        if column == self.COLUMN_TOPIC:
            return topic_label(request.topic)
        if column == self.COLUMN_REQUESTED:
            return request.requested_on.isoformat() if request.requested_on else ""
        if column == self.COLUMN_STATUS:
            return assistance_status_label(request.status)
        if column == self.COLUMN_NOTE:
            return request.note or ""
        return ""
