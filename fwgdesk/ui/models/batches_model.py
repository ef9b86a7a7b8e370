"""Table model of the applied imports and bundled-data loads."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from fwgdesk.services.batches import BatchRecord
from fwgdesk.ui.labels import joined
from fwgdesk.ui.models.base import Index
from fwgdesk.ui.models.columns import Column, ColumnsModel


def origin_label(origin: str) -> str:
    labels = {
        "import": QCoreApplication.translate("BatchesModel", "Import"),
        "bundled": QCoreApplication.translate("BatchesModel", "Bundled data"),
        "local_edit": QCoreApplication.translate("BatchesModel", "Local edit"),
        "repair": QCoreApplication.translate("BatchesModel", "Repair"),
    }
    return labels.get(origin, origin)


def _origins() -> list[str]:
    return [origin_label(origin) for origin in ("import", "bundled", "local_edit", "repair")]


def _stamp(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def _file(batch: BatchRecord) -> str:
    # only an import has a file; the bundled data and repairs carry an internal name
    return (batch.file_name or "") if batch.origin == "import" else ""


def _signer(batch: BatchRecord) -> str:
    if batch.signer or batch.origin != "import":
        return batch.signer or ""
    return QCoreApplication.translate("BatchesModel", "not signed by a trusted key")


class BatchesModel(ColumnsModel[BatchRecord]):
    """One row an applied import or load of the bundled data, the file's digest its tooltip."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column("Applied", lambda _m, b: _stamp(b.applied_at), width=lambda: ["0000-00-00 00:00"]),
        Column("Kind", lambda _m, b: origin_label(b.origin), width=_origins),
        Column(
            "File",
            lambda _m, b: _file(b),
            tooltip=lambda _m, b: b.sha256,
            width=lambda: ["fwg-update-2024-05-02.xlsx"],
            most=220,
        ),
        Column("Publisher", lambda _m, b: b.publisher or "", width=lambda: ["UNODC Secretariat"]),
        Column(
            "Sequence",
            lambda _m, b: "" if b.sequence is None else str(b.sequence),
            sort=lambda _m, b: -1 if b.sequence is None else b.sequence,
            width=lambda: ["0000"],
        ),
        Column("Signed by", lambda _m, b: _signer(b), width=lambda: ["UNODC Secretariat"]),
        Column("Changes", lambda _m, b: counts_text(b.counts), stretch=True),
        Column("Undone", lambda _m, b: _stamp(b.undone_at), width=lambda: ["0000-00-00 00:00"]),
    )
    COLUMN_APPLIED, COLUMN_ORIGIN, COLUMN_FILE, COLUMN_PUBLISHER = range(4)
    COLUMN_SEQUENCE, COLUMN_SIGNER, COLUMN_COUNTS, COLUMN_UNDONE = range(4, 8)

    BatchIdRole = Qt.ItemDataRole.UserRole + 1

    def batch_at(self, row: int) -> BatchRecord:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        batch = self.record(index)
        if batch is None:
            return None
        if role == self.BatchIdRole:
            return batch.id
        return self.column_data(batch, index.column(), role)


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
