"""Table model of the backups beside the database, newest first."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from fwgdesk.services.maintenance import BackupRecord
from fwgdesk.ui.models.base import Index
from fwgdesk.ui.models.columns import Column, ColumnsModel

KIB = 1024
MIB = 1024 * 1024


def reason_label(reason: str) -> str:
    """Why a backup was made, as its file name says."""
    labels = {
        "daily": QCoreApplication.translate("BackupsModel", "Daily"),
        "manual": QCoreApplication.translate("BackupsModel", "Made by hand"),
        "pre-import": QCoreApplication.translate("BackupsModel", "Before an import"),
        "pre-undo": QCoreApplication.translate("BackupsModel", "Before undoing an import"),
        "pre-migration": QCoreApplication.translate("BackupsModel", "Before an upgrade"),
        "pre-restore": QCoreApplication.translate("BackupsModel", "Before a restore"),
        "pre-repair": QCoreApplication.translate("BackupsModel", "Before repairs"),
    }
    return labels.get(reason, reason)


def size_label(size: int) -> str:
    if size >= MIB:
        return QCoreApplication.translate("BackupsModel", "{size} MB").format(
            size=QLocale().toString(size / MIB, "f", 1)  # "2,2" in Russian and Spanish
        )
    return QCoreApplication.translate("BackupsModel", "{size} KB").format(
        size=max(1, round(size / KIB))
    )


def made_label(backup: BackupRecord) -> str:
    """When the backup was made, in local time."""
    return backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


REASONS = (
    "daily",
    "manual",
    "pre-import",
    "pre-undo",
    "pre-migration",
    "pre-restore",
    "pre-repair",
)


class BackupsModel(ColumnsModel[BackupRecord]):
    """One row a backup file; its path is the tooltip."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column("Made", lambda _m, b: made_label(b), width=lambda: ["0000-00-00 00:00:00"]),
        Column("Kind", lambda _m, b: reason_label(b.reason), stretch=True),
        Column(
            "Size",
            lambda _m, b: size_label(b.size),
            sort=lambda _m, b: b.size,
            width=lambda: [size_label(999 * MIB)],
        ),
        Column("Schema", lambda _m, b: b.revision or "—", width=lambda: ["0000"]),
    )
    COLUMN_MADE, COLUMN_KIND, COLUMN_SIZE, COLUMN_SCHEMA = range(4)

    PathRole = Qt.ItemDataRole.UserRole + 1

    def backup_at(self, row: int) -> BackupRecord:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        backup = self.record(index)
        if backup is None:
            return None
        if role in (self.PathRole, Qt.ItemDataRole.ToolTipRole):
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COLUMN_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.column_data(backup, index.column(), role)
