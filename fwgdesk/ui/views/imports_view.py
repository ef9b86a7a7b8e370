"""The Imports place: every update applied to this database, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from fwgdesk.services.batches import list_batches
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.batches_model import BatchesModel


class ImportsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = BatchesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            BatchesModel.COLUMN_COUNTS, QHeaderView.ResizeMode.Stretch
        )
        intro = QLabel(
            self.tr(
                "Updates applied to this database: the bundled reference data and every import,"
                " with the file, its publisher and sequence, who signed it and what it changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        ctx.events.everything_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_batches(self._ctx.database))
        self.table.resizeColumnsToContents()
