"""Table model of a State's technical-assistance requests."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fwgdesk.domain.enums import AssistanceStatus
from fwgdesk.domain.reviews import AssistanceRecord
from fwgdesk.ui.labels import assistance_status_label, topic_label

Index = QModelIndex | QPersistentModelIndex


class AssistanceModel(QAbstractTableModel):
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

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._requests: list[AssistanceRecord] = []

    def set_rows(self, requests: list[AssistanceRecord]) -> None:
        self.beginResetModel()
        self._requests = list(requests)
        self.endResetModel()

    def update_rows(self, requests: list[AssistanceRecord]) -> None:
        """Show *requests*: changed rows in place when the rows are the same, else a reset."""
        if [r.id for r in requests] != [r.id for r in self._requests]:
            self.set_rows(requests)
            return
        for row, (request, known) in enumerate(zip(requests, self._requests, strict=True)):
            if request != known:
                self._requests[row] = request
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def request_at(self, row: int) -> AssistanceRecord:
        return self._requests[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._requests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AssistanceModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._requests):
            return None
        request = self._requests[index.row()]
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
