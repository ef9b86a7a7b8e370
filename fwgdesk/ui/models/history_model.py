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
from fwgdesk.ui.models.base import Index
from fwgdesk.ui.models.columns import Column, ColumnsModel
from fwgdesk.ui.row_words import RowWords, field_label, field_separator
from fwgdesk.ui.wording import field_labels, isolated, labelled

LONG_VALUE = 120
"""Values longer than this are cut in the cell; the tooltip holds them whole."""


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


TABLES = (
    "states",
    "focal_points",
    "reviews",
    "review_reviewers",
    "stage_events",
    "assistance_requests",
    "recommendation_links",
    "recommendations",
    "source_documents",
)
"""The tables whose changes a State's history shows."""


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


def _when(entry: AuditRecord) -> str:
    return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _whole(text: str) -> str | None:
    """A long value in the tooltip, a line each of its parts."""
    return text.replace(field_separator(), "\n") if text else None


class HistoryModel(ColumnsModel[AuditRecord]):
    """One row a recorded change, newest first as the service gives them."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column(
            "When",
            lambda _m, e: _when(e),
            sort=lambda _m, e: e.at.isoformat(),
            width=lambda: ["0000-00-00 00:00:00"],
        ),
        Column(
            "What",
            lambda _m, e: table_label(e.table_name),
            width=lambda: [table_label(t) for t in TABLES],
            most=130,
            whole_in_tooltip=True,
        ),
        Column(
            "Row",
            lambda m, e: m.words.row(e.table_name, e.row_key, m.recorded(e)),
            width=180,
            whole_in_tooltip=True,
        ),
        Column(
            "Change",
            lambda _m, e: label_of(AuditAction, e.action),
            width=lambda: [label_of(AuditAction, a) for a in AuditAction],
        ),
        Column(
            "Field",
            lambda _m, e: field_label(e.field) if e.field else "",
            width=lambda: list(field_labels().values()),
            most=130,
            whole_in_tooltip=True,
        ),
        Column(
            "Old value",
            lambda m, e: m.words.encoded(e.table_name, e.field, e.old_value),
            tooltip=lambda m, e: _whole(m.words.encoded(e.table_name, e.field, e.old_value)),
            width=130,
        ),
        Column(
            "New value",
            lambda m, e: m.words.encoded(e.table_name, e.field, e.new_value),
            tooltip=lambda m, e: _whole(m.words.encoded(e.table_name, e.field, e.new_value)),
            stretch=True,
        ),
        Column(
            "Origin",
            lambda _m, e: origin_label(e.origin, e.batch_label),
            width=lambda: [label_of(Origin, origin) for origin in Origin],
            most=110,
            whole_in_tooltip=True,
        ),
        Column("Who", lambda _m, e: e.who or "", width=80, whole_in_tooltip=True),
    )
    COLUMN_WHEN, COLUMN_WHAT, COLUMN_ROW, COLUMN_ACTION, COLUMN_FIELD = range(5)
    COLUMN_OLD, COLUMN_NEW, COLUMN_ORIGIN, COLUMN_WHO = range(5, 9)
    LONG_COLUMNS = (COLUMN_OLD, COLUMN_NEW)
    """Columns cut in the cell, whole in the tooltip."""

    OriginRole = Qt.ItemDataRole.UserRole + 1
    TableRole = Qt.ItemDataRole.UserRole + 3

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

    def recorded(self, entry: AuditRecord) -> dict[str, Any] | None:
        """The row *entry* changed as the trail recorded it whole, if it did."""
        return self._recorded.get((entry.table_name, entry.row_key))

    def details(self, row: int) -> str:
        """The change of *row* whole: a line each column ("Field: value"), a value of
        several fields with a line each of them, indented."""
        lines = []
        for column, text in enumerate(self._texts[row]):
            if not text:
                continue
            parts = text.split(field_separator()) if column in self.LONG_COLUMNS else [text]
            if len(parts) == 1:
                lines.append(labelled(self.header_text(column), isolated(text)))
            else:
                lines.append(labelled(self.header_text(column), "").rstrip())
                lines.extend(f"    {part}" for part in parts)
        return "\n".join(lines)

    @property
    def words(self) -> RowWords:
        return self._words

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.record(index)
        if entry is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts[row][column]
            return _shorten(text) if column in self.LONG_COLUMNS else text
        if role == self.SortRole and self.COLUMNS[column].sort is None:
            return self._texts[row][column]
        if role == self.OriginRole:
            return entry.origin
        if role == self.TableRole:
            return entry.table_name
        return self.column_data(entry, column, role)

    def _row_texts(self, entry: AuditRecord) -> tuple[str, ...]:
        return tuple(column.value(self, entry) for column in self.COLUMNS)


def _shorten(text: str) -> str:
    return text if len(text) <= LONG_VALUE else text[: LONG_VALUE - 1] + "…"
