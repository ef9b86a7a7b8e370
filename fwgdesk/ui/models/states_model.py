"""Table model of the States list, and the proxy that filters it."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from fwgdesk.domain.enums import ProtocolStatus, RegionalGroup, Stage
from fwgdesk.domain.summaries import StateSummary
from fwgdesk.ui.labels import (
    joined,
    label_of,
    overdue_label,
    protocol_status_label,
    regional_group_label,
    stage_label,
)
from fwgdesk.ui.models.base import Index
from fwgdesk.ui.models.columns import Column, ColumnsModel
from fwgdesk.ui.row_words import ltr_date

OVERDUE_COLOUR = QColor("#b00020")


def protocol_label(status: str) -> str:
    return protocol_status_label(status)


def _t(text: str) -> str:
    return QCoreApplication.translate("StatesModel", text)


def overdue_text(summary: StateSummary) -> str:
    """What is overdue, and since when: "Self-assessment overdue, since 2023-05-02"."""
    if not summary.overdue:
        return ""
    what = joined(overdue_label(o) for o in summary.overdue)
    if summary.overdue_since is None:
        return what
    return _t("{what}, since {date}").format(what=what, date=ltr_date(summary.overdue_since))


def overdue_days(summary: StateSummary, today: date | None = None) -> int:
    """How many days the oldest missed due date is past (-1: nothing overdue): the sort
    key that puts the most urgent first."""
    if summary.overdue_since is None:
        return -1 if not summary.overdue else 0
    return ((today or date.today()) - summary.overdue_since).days


def _both_names(summary: StateSummary, language: str) -> str:
    """The State's name, and its English name when the interface reads another."""
    name, english = summary.state.name(language), summary.state.names.get("en", "")
    return name if not english or english == name else f"{name}\n{english}"


def _names(kind: Any) -> list[str]:
    return [label_of(kind, member.value) for member in kind]


class StatesModel(ColumnsModel[StateSummary]):
    """One row a State; the name column follows the interface language."""

    # what a focal point reads at a glance first (the State, its stage, what is overdue),
    # the reference columns after them: on a narrow screen those are the ones scrolled to
    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column("ISO3", lambda _m, s: s.iso3, width=60),
        Column(
            "Name",
            lambda m, s: s.state.name(m.language),
            tooltip=lambda m, s: _both_names(s, m.language),
            width=180,
        ),
        Column("Name (English)", lambda _m, s: s.state.names["en"], width=150),
        Column(
            "Stage",
            lambda _m, s: joined(stage_label(x) for x in s.stages),
            width=lambda: _names(Stage),
            most=180,
        ),
        Column(
            "Overdue",
            lambda _m, s: overdue_text(s),
            sort=lambda _m, s: overdue_days(s),
            whole_in_tooltip=True,
            width=lambda: [
                _t("{what}, since {date}").format(
                    what=overdue_label("self_assessment"), date="2000-00-00"
                )
            ],
            most=230,
        ),
        Column(
            "Active people",
            lambda _m, s: str(s.active_focal_points),
            sort=lambda _m, s: s.active_focal_points,
            width=lambda: ["00"],
            most=140,
        ),
        Column(
            "Review group",
            lambda _m, s: joined(str(g) for g in s.review_groups),
            width=lambda: ["1, 2"],
            most=110,
        ),
        Column(
            "Regional group",
            lambda _m, s: regional_group_label(s.state.regional_group),
            whole_in_tooltip=True,
            width=lambda: _names(RegionalGroup),
            most=240,
        ),
        Column(
            "Firearms Protocol",
            lambda _m, s: protocol_label(s.state.protocol_status),
            tooltip=lambda _m, s: s.state.protocol_status_source,
            width=lambda: _names(ProtocolStatus),
            most=200,
        ),
    )
    COLUMN_ISO3, COLUMN_NAME, COLUMN_NAME_EN, COLUMN_STAGE, COLUMN_OVERDUE = range(5)
    COLUMN_FOCAL_POINTS, COLUMN_REVIEW_GROUPS, COLUMN_GROUP, COLUMN_PROTOCOL = range(5, 9)

    Iso3Role = Qt.ItemDataRole.UserRole + 1
    SummaryRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language

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
        if role == self.Iso3Role:
            return summary.iso3
        if role == self.SummaryRole:
            return summary
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COLUMN_OVERDUE:
            return QBrush(OVERDUE_COLOUR) if summary.overdue else None
        return self.column_data(summary, index.column(), role)


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
