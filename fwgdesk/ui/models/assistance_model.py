"""Table model of a State's technical-assistance requests."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt

from fwgdesk.domain.enums import AssistanceStatus, AssistanceTopic
from fwgdesk.domain.reviews import AssistanceRecord
from fwgdesk.ui.labels import assistance_status_label, topic_label
from fwgdesk.ui.models.base import Index
from fwgdesk.ui.models.columns import Column, ColumnsModel


class AssistanceModel(ColumnsModel[AssistanceRecord]):
    """One row a request, in the order of the requests' dates."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column(
            "Topic",
            lambda _m, r: topic_label(r.topic),
            width=lambda: [topic_label(topic) for topic in AssistanceTopic],
            most=220,
        ),
        Column("Requested on", lambda _m, r: _iso(r.requested_on), width=lambda: ["0000-00-00"]),
        Column(
            "Status",
            lambda _m, r: assistance_status_label(r.status),
            width=lambda: [assistance_status_label(status) for status in AssistanceStatus],
        ),
        Column("Note", lambda _m, r: r.note or "", tooltip=lambda _m, r: r.note, stretch=True),
    )
    COLUMN_TOPIC, COLUMN_REQUESTED, COLUMN_STATUS, COLUMN_NOTE = range(4)

    RecordRole = Qt.ItemDataRole.UserRole + 1

    def update_rows(self, requests: list[AssistanceRecord]) -> None:
        """Show *requests*: changed rows in place when the rows are the same, else a reset."""
        self.merge_rows(requests, key=lambda request: request.id)

    def request_at(self, row: int) -> AssistanceRecord:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        request = self.record(index)
        if request is None:
            return None
        if role == self.RecordRole:
            return request
        if role == Qt.ItemDataRole.ForegroundRole and request.status is AssistanceStatus.CLOSED:
            return Qt.GlobalColor.gray
        return self.column_data(request, index.column(), role)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""
