"""Table model of the applied imports and bundled-data loads."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from fwgdesk.services.batches import BatchRecord
from fwgdesk.ui.labels import joined
from fwgdesk.ui.models.base import Index, RecordTableModel


def origin_label(origin: str) -> str:
    labels = {
        "import": QCoreApplication.translate("BatchesModel", "Import"),
        "bundled": QCoreApplication.translate("BatchesModel", "Bundled data"),
        "local_edit": QCoreApplication.translate("BatchesModel", "Local edit"),
        "repair": QCoreApplication.translate("BatchesModel", "Repair"),
    }
    return labels.get(origin, origin)


class BatchesModel(RecordTableModel[BatchRecord]):
    COLUMN_APPLIED = 0
    COLUMN_ORIGIN = 1
    COLUMN_FILE = 2
    COLUMN_PUBLISHER = 3
    COLUMN_SEQUENCE = 4
    COLUMN_SIGNER = 5
    COLUMN_COUNTS = 6
    COLUMN_UNDONE = 7
    COLUMN_COUNT = 8

    BatchIdRole = Qt.ItemDataRole.UserRole + 1

    HEADERS: ClassVar[tuple[str, ...]] = (
        "Applied",
        "Kind",
        "File",
        "Publisher",
        "Sequence",
        "Signed by",
        "Changes",
        "Undone",
    )

    def batch_at(self, row: int) -> BatchRecord:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        batch = self.record(index)
        if batch is None:
            return None
        if role == self.BatchIdRole:
            return batch.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COLUMN_FILE:
            return batch.sha256
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(batch, index.column())
        return None

    def _display(self, batch: BatchRecord, column: int) -> str:
        values = {
            self.COLUMN_APPLIED: lambda: batch.applied_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            self.COLUMN_ORIGIN: lambda: origin_label(batch.origin),
            # only an import has a file; the bundled data and repairs carry an internal name
            self.COLUMN_FILE: lambda: (batch.file_name or "") if batch.origin == "import" else "",
            self.COLUMN_PUBLISHER: lambda: batch.publisher or "",
            self.COLUMN_SEQUENCE: lambda: "" if batch.sequence is None else str(batch.sequence),
            self.COLUMN_SIGNER: lambda: batch.signer or self._unsigned(batch),
            self.COLUMN_COUNTS: lambda: counts_text(batch.counts),
            self.COLUMN_UNDONE: lambda: (
                batch.undone_at.astimezone().strftime("%Y-%m-%d %H:%M") if batch.undone_at else ""
            ),
        }
        return values[column]() if column in values else ""

    @staticmethod
    def _unsigned(batch: BatchRecord) -> str:
        if batch.origin != "import":
            return ""
        return QCoreApplication.translate("BatchesModel", "not signed by a trusted key")


def counts_text(counts: dict[str, Any]) -> str:
    """The counts of a batch in words, leaving out what is zero."""
    labels = {
        "added": QCoreApplication.translate("BatchesModel", "added {n}"),
        "changed": QCoreApplication.translate("BatchesModel", "changed {n}"),
        "deleted": QCoreApplication.translate("BatchesModel", "deleted {n}"),
        "unchanged": QCoreApplication.translate("BatchesModel", "unchanged {n}"),
        "conflicts": QCoreApplication.translate("BatchesModel", "conflicts {n}"),
        "kept_local": QCoreApplication.translate("BatchesModel", "kept mine {n}"),
        "states": QCoreApplication.translate("BatchesModel", "States {n}"),
        "recommendations": QCoreApplication.translate("BatchesModel", "recommendations {n}"),
    }
    parts = [
        labels[key].format(n=value) for key, value in counts.items() if key in labels and value
    ]
    return joined(parts)
