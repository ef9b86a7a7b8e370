"""A State's technical-assistance requests: the list, a new request, a request's status."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.enums import AssistanceStatus
from fwgdesk.domain.reviews import AssistanceRecord
from fwgdesk.ui.labels import assistance_status_label
from fwgdesk.ui.models.assistance_model import AssistanceModel
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.widgets.tables import row_table, select_row


class AssistancePanel(QGroupBox):
    add_requested = Signal()
    status_requested = Signal(object, object)  # AssistanceRecord, AssistanceStatus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Technical assistance"))
        self.model = AssistanceModel(self)
        self.table = row_table(self, self.model)
        self.table.setWordWrap(False)
        size_columns(self.table, self.model)
        self.add_button = QPushButton(self.tr("Re&quest assistance…"), self)
        self.status = QComboBox(self)
        for status in AssistanceStatus:
            self.status.addItem(assistance_status_label(status), status.value)
        status_label = QLabel(self.tr("St&atus:"), self)
        status_label.setBuddy(self.status)
        self.add_button.clicked.connect(self.add_requested)
        self.status.activated.connect(self._status_chosen)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(status_label)
        row.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._selection_changed()

    def show_requests(self, requests: list[AssistanceRecord]) -> None:
        selected = self.selected_request()
        self.model.update_rows(requests)
        open_count = sum(1 for r in requests if r.status is not AssistanceStatus.CLOSED)
        self.setTitle(
            self.tr("Technical assistance ({count} open)", "", open_count).format(count=open_count)
        )
        if selected is not None:
            self.select(selected.external_id)
        self._selection_changed()

    def select(self, external_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.request_at(row).external_id == external_id:
                select_row(self.table, row)
                return

    def selected_request(self) -> AssistanceRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.request_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        request = self.selected_request()
        self.status.setEnabled(request is not None)
        if request is not None:
            self.status.setCurrentIndex(self.status.findData(request.status.value))

    def _status_chosen(self) -> None:
        request = self.selected_request()
        status = AssistanceStatus(self.status.currentData())
        if request is not None and status is not request.status:
            self.status_requested.emit(request, status)
