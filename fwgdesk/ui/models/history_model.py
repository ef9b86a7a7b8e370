"""Table model of a State's audit trail: what changed, when, and where the change came from."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from fwgdesk.domain.enums import AuditAction, Origin
from fwgdesk.domain.records import AuditRecord
from fwgdesk.services.row_names import RowNames
from fwgdesk.ui.labels import label_of
from fwgdesk.ui.models.base import Index, RecordTableModel
from fwgdesk.ui.row_words import RowWords, field_label

LONG_VALUE = 120
"""Values longer than this are cut in the cell; the tooltip holds them whole."""


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
        "source_documents": _t("Source document"),
    }
    return labels.get(table, table)


def origin_label(origin: str, batch_label: str | None) -> str:
    if origin == Origin.IMPORT and batch_label:
        return _t("Import: {batch}").format(batch=batch_label)
    return label_of(Origin, origin)


def recorded_rows(entries: Iterable[AuditRecord]) -> dict[tuple[str, str], dict[str, Any]]:
    """The rows the trail recorded whole (when added or removed), by table and key: what
    names a row no longer in the database."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in entries:
        for encoded in (entry.new_value, entry.old_value):
            if entry.field is None and encoded:
                try:
                    value = json.loads(encoded)
                except ValueError:
                    continue
                if isinstance(value, dict):
                    found.setdefault((entry.table_name, entry.row_key), value)
    return found


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
        self._words = RowWords()
        self._recorded: dict[tuple[str, str], dict[str, Any]] = {}

    def set_rows(self, rows: Iterable[AuditRecord], names: RowNames | None = None) -> None:
        """Show *rows*, their cells' texts worked out once here (the table can be long),
        rows named with *names*."""
        self.beginResetModel()
        self._rows = list(rows)
        self._words = RowWords(names)
        self._recorded = recorded_rows(self._rows)
        self._texts = [self._row_texts(entry) for entry in self._rows]
        self.endResetModel()

    def replace_row(self, row: int, record: AuditRecord) -> None:
        self._texts[row] = self._row_texts(record)
        super().replace_row(row, record)

    def set_entries(self, entries: list[AuditRecord], names: RowNames | None = None) -> None:
        self.set_rows(entries, names)

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
        words, key = self._words, (entry.table_name, entry.row_key)
        return (
            entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            table_label(entry.table_name),
            words.row(entry.table_name, entry.row_key, self._recorded.get(key)),
            label_of(AuditAction, entry.action),
            field_label(entry.field) if entry.field else "",
            words.encoded(entry.table_name, entry.field, entry.old_value),
            words.encoded(entry.table_name, entry.field, entry.new_value),
            origin_label(entry.origin, entry.batch_label),
            entry.who or "",
        )


def _shorten(text: str) -> str:
    return text if len(text) <= LONG_VALUE else text[: LONG_VALUE - 1] + "…"
