"""Table model of the backups beside the database, newest first."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from fwgdesk.services.maintenance import BackupRecord
from fwgdesk.ui.models.base import Index, RecordTableModel

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
            size=f"{size / MIB:.1f}"
        )
    return QCoreApplication.translate("BackupsModel", "{size} KB").format(
        size=max(1, round(size / KIB))
    )


def made_label(backup: BackupRecord) -> str:
    """When the backup was made, in local time."""
    return backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class BackupsModel(RecordTableModel[BackupRecord]):
    """One row a backup file; its path is the tooltip."""

    COLUMN_MADE = 0
    COLUMN_KIND = 1
    COLUMN_SIZE = 2
    COLUMN_SCHEMA = 3
    COLUMN_COUNT = 4

    PathRole = Qt.ItemDataRole.UserRole + 1

    HEADERS: ClassVar[tuple[str, ...]] = ("Made", "Kind", "Size", "Schema")

    def backup_at(self, row: int) -> BackupRecord:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        backup = self.record(index)
        if backup is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(backup, index.column())
        if role == self.PathRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COLUMN_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, backup: BackupRecord, column: int) -> str:
        if column == self.COLUMN_MADE:
            return made_label(backup)
        if column == self.COLUMN_KIND:
            return reason_label(backup.reason)
        if column == self.COLUMN_SIZE:
            return size_label(backup.size)
        if column == self.COLUMN_SCHEMA:
            return backup.revision or "—"
        return ""
