"""Table model of a State's audit trail: what changed, when, and where the change came from."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from fwgdesk.domain.records import AuditRecord
from fwgdesk.ui.labels import link_status_label
from fwgdesk.ui.models.base import Index, RecordTableModel

LONG_VALUE = 120
"""Values longer than this are cut in the cell; the tooltip holds them whole."""

HIDDEN_KEYS = frozenset({"id", "state_iso3"})
"""Keys of a recorded row left out when it is shown: internal ids, and the State (its page)."""


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


def table_label(table: str) -> str:
    labels = {
        "states": _t("State"),
        "focal_points": _t("Focal point"),
        "reviews": _t("Review"),
        "review_reviewers": _t("Reviewing State"),
        "stage_events": _t("Review stage"),
        "assistance_requests": _t("Assistance request"),
        "recommendation_links": _t("Recommendation link"),
        "recommendations": _t("Recommendation"),
    }
    return labels.get(table, table)


def action_label(action: str) -> str:
    labels = {"insert": _t("Added"), "update": _t("Changed"), "delete": _t("Removed")}
    return labels.get(action, action)


def origin_label(origin: str, batch_label: str | None) -> str:
    if origin == "import":
        if batch_label:
            return _t("Import: {batch}").format(batch=batch_label)
        return _t("Import")
    labels = {
        "local_edit": _t("Local edit"),
        "bundled": _t("Bundled data"),
        "repair": _t("Repair"),
    }
    return labels.get(origin, origin)


def plain_value(encoded: str | None, table: str = "", field: str | None = None) -> str:
    """A value of the audit trail (JSON text) as a person reads it."""
    if encoded is None:
        return ""
    try:
        value = json.loads(encoded)
    except ValueError:
        return encoded
    if table == "recommendation_links" and field == "status" and isinstance(value, str):
        return link_status_label(value)
    return _plain(value)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, list):
        return ", ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        shown = [
            f"{key}: {_plain(item)}"
            for key, item in value.items()
            if item not in (None, "") and key not in HIDDEN_KEYS and not key.endswith("_id")
        ]
        return "; ".join(shown)
    return str(value)


class HistoryModel(RecordTableModel[AuditRecord]):
    """One row a recorded change, newest first as the service gives them."""

    COLUMN_WHEN = 0
    COLUMN_WHAT = 1
    COLUMN_ROW = 2
    COLUMN_ACTION = 3
    COLUMN_FIELD = 4
    COLUMN_OLD = 5
    COLUMN_NEW = 6
    COLUMN_ORIGIN = 7
    COLUMN_WHO = 8
    COLUMN_COUNT = 9

    SortRole = Qt.ItemDataRole.UserRole + 1
    OriginRole = Qt.ItemDataRole.UserRole + 2
    TableRole = Qt.ItemDataRole.UserRole + 3

    HEADERS: ClassVar[tuple[str, ...]] = (
        QCoreApplication.translate("HistoryModel", "When"),
        QCoreApplication.translate("HistoryModel", "What"),
        QCoreApplication.translate("HistoryModel", "Row"),
        QCoreApplication.translate("HistoryModel", "Change"),
        QCoreApplication.translate("HistoryModel", "Field"),
        QCoreApplication.translate("HistoryModel", "Old value"),
        QCoreApplication.translate("HistoryModel", "New value"),
        QCoreApplication.translate("HistoryModel", "Origin"),
        QCoreApplication.translate("HistoryModel", "Who"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: Iterable[AuditRecord]) -> None:
        """Show *rows*, their cells' texts worked out once here (the table can be long)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._row_texts(entry) for entry in self._rows]
        self.endResetModel()

    def replace_row(self, row: int, record: AuditRecord) -> None:
        self._texts[row] = self._row_texts(record)
        super().replace_row(row, record)

    def set_entries(self, entries: list[AuditRecord]) -> None:
        self.set_rows(entries)

    def entry_at(self, row: int) -> AuditRecord:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.record(index)
        if entry is None:
            return None
        row, column = index.row(), index.column()
        text = self._texts[row][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return _shorten(text) if column in (self.COLUMN_OLD, self.COLUMN_NEW) else text
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COLUMN_OLD, self.COLUMN_NEW):
            return text.replace("; ", "\n") if text else None
        if role == self.SortRole:
            return entry.at.isoformat() if column == self.COLUMN_WHEN else text
        if role == self.OriginRole:
            return entry.origin
        if role == self.TableRole:
            return entry.table_name
        return None

    def _row_texts(self, entry: AuditRecord) -> tuple[str, ...]:
        return (
            entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            table_label(entry.table_name),
            entry.row_key,
            action_label(entry.action),
            (entry.field or "").replace("_", " "),
            plain_value(entry.old_value, entry.table_name, entry.field),
            plain_value(entry.new_value, entry.table_name, entry.field),
            origin_label(entry.origin, entry.batch_label),
            entry.who or "",
        )


def _shorten(text: str) -> str:
    return text if len(text) <= LONG_VALUE else text[: LONG_VALUE - 1] + "…"
