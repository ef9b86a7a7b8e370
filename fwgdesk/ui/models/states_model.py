"""Table model of the States list, and the proxy that filters it."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from fwgdesk.domain.summaries import StateSummary
from fwgdesk.ui.labels import joined, overdue_label, protocol_status_label, stage_label
from fwgdesk.ui.models.base import Index, RecordTableModel

OVERDUE_COLOUR = QColor("#b00020")


def protocol_label(status: str) -> str:
    return protocol_status_label(status)


class StatesModel(RecordTableModel[StateSummary]):
    """One row a State; the name column follows the interface language."""

    COLUMN_ISO3 = 0
    COLUMN_NAME = 1
    COLUMN_NAME_EN = 2
    COLUMN_GROUP = 3
    COLUMN_PROTOCOL = 4
    COLUMN_REVIEW_GROUPS = 5
    COLUMN_STAGE = 6
    COLUMN_FOCAL_POINTS = 7
    COLUMN_OVERDUE = 8
    COLUMN_COUNT = 9

    Iso3Role = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    SummaryRole = Qt.ItemDataRole.UserRole + 3

    HEADERS: ClassVar[tuple[str, ...]] = (
        "ISO3",
        "Name",
        "Name (English)",
        "Regional group",
        "Firearms Protocol",
        "Review group",
        "Stage",
        "Active people",
        "Overdue",
    )

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def update_row(self, summary: StateSummary) -> None:
        """Replace one State's line and signal only that row."""
        row = self.find_row(lambda current: current.iso3 == summary.iso3)
        if row is not None:
            self.replace_row(row, summary)

    def summary_at(self, row: int) -> StateSummary:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.record(index)
        if summary is None:
            return None
        column = index.column()
        if role == self.Iso3Role:
            return summary.iso3
        if role == self.SummaryRole:
            return summary
        if role == self.SortRole:
            return self._sort_key(summary, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_PROTOCOL:
            return summary.state.protocol_status_source
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_OVERDUE:
            return QBrush(OVERDUE_COLOUR) if summary.overdue else None
        return None

    def _sort_key(self, summary: StateSummary, column: int) -> Any:
        if column == self.COLUMN_FOCAL_POINTS:
            return summary.active_focal_points
        if column == self.COLUMN_OVERDUE:
            return len(summary.overdue)
        return self._display(summary, column)

    def _display(self, summary: StateSummary, column: int) -> str:
        state = summary.state
        values = {
            self.COLUMN_ISO3: lambda: state.iso3,
            self.COLUMN_NAME: lambda: state.name(self._language),
            self.COLUMN_NAME_EN: lambda: state.names["en"],
            self.COLUMN_GROUP: lambda: state.regional_group,
            self.COLUMN_PROTOCOL: lambda: protocol_label(state.protocol_status),
            self.COLUMN_REVIEW_GROUPS: lambda: joined(str(g) for g in summary.review_groups),
            self.COLUMN_STAGE: lambda: joined(stage_label(s) for s in summary.stages),
            self.COLUMN_FOCAL_POINTS: lambda: str(summary.active_focal_points),
            self.COLUMN_OVERDUE: lambda: joined(overdue_label(o) for o in summary.overdue),
        }
        return values[column]() if column in values else ""


class StatesFilterModel(QSortFilterProxyModel):
    """Filters by regional group, review group, stage, Protocol status, focal point, text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.regional_group: str | None = None
        self.review_group: int | None = None
        self.stage: str | None = None
        self.protocol_status: str | None = None
        self.without_focal_point = False
        self.text = ""
        self.setSortRole(StatesModel.SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(self, **values: Any) -> None:
        """Change any of the filters at once (keyword = attribute name) and re-filter."""
        self.beginFilterChange()
        for name, value in values.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, StatesModel):
            return True
        summary = model.summary_at(source_row)
        state = summary.state
        checks = (
            self.regional_group is None or state.regional_group == self.regional_group,
            self.review_group is None or self.review_group in summary.review_groups,
            self.stage is None or self.stage in summary.stages,
            self.protocol_status is None or state.protocol_status == self.protocol_status,
            not self.without_focal_point or not summary.has_focal_point,
        )
        return all(checks) and self._matches_text(model, source_row)

    def _matches_text(self, model: StatesModel, row: int) -> bool:
        if not self.text:
            return True
        needle = self.text.casefold()
        state = model.summary_at(row).state
        return needle in state.iso3.casefold() or any(
            needle in name.casefold() for name in state.names.values()
        )
