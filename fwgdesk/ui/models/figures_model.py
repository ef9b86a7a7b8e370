"""Table model of the Mechanism's figures: one row a figure, one column a review group."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fwgdesk.domain.enums import AssistanceTopic, Gender, Stage
from fwgdesk.domain.figures import GroupFigures, MechanismFigures
from fwgdesk.ui.wording import percent

Index = QModelIndex | QPersistentModelIndex
Number = int | float | None


def _stage(stage: Stage) -> Callable[[GroupFigures], int]:
    return lambda g: g.stages.get(stage.value, 0)


class FiguresModel(QAbstractTableModel):
    """The Secretariat's table: counts with their share where a share applies.

    ``ValueRole`` gives the raw figure (an int, or a float share for the last row, None
    when it does not apply); ``ShareRole`` the share shown beside the count, if any.
    """

    ROW_PARTICIPATING = 0
    ROW_WITH_FOCAL_POINT = 1
    ROW_REVIEWS = 2
    ROW_IN_PROGRESS = 3
    ROW_PRELIMINARY_CONSULTATION = 4
    ROW_SELF_ASSESSMENT = 5
    ROW_WRITTEN_FEEDBACK = 6
    ROW_LIST_OF_OBSERVATIONS = 7
    ROW_SUMMARY = 8
    ROW_NOT_STARTED = 9
    ROW_SUSPENDED = 10
    ROW_COMPLETED = 11
    ROW_IDLE_WITHOUT_FOCAL_POINT = 12
    ROW_COUNT = 13

    ValueRole = Qt.ItemDataRole.UserRole + 1
    ShareRole = Qt.ItemDataRole.UserRole + 2
    GroupRole = Qt.ItemDataRole.UserRole + 3

    SUB_ROWS: ClassVar[frozenset[int]] = frozenset(
        range(ROW_PRELIMINARY_CONSULTATION, ROW_NOT_STARTED)
    )

    VALUES: ClassVar[tuple[Callable[[GroupFigures], Number], ...]] = (
        lambda g: g.participating_states,
        lambda g: g.states_with_focal_point,
        lambda g: g.reviews,
        lambda g: g.in_progress,
        _stage(Stage.PRELIMINARY_CONSULTATION),
        _stage(Stage.SELF_ASSESSMENT),
        _stage(Stage.WRITTEN_FEEDBACK),
        _stage(Stage.LIST_OF_OBSERVATIONS),
        _stage(Stage.SUMMARY),
        _stage(Stage.NOT_STARTED),
        _stage(Stage.SUSPENDED),
        _stage(Stage.COMPLETED),
        lambda g: g.no_focal_point_share_of_idle,
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._figures: MechanismFigures | None = None
        self._groups: list[int] = []

    def set_figures(self, figures: MechanismFigures) -> None:
        groups = sorted(figures.groups)
        if groups == self._groups:  # same columns: update in place, keep widths/selection
            self._figures = figures
            if groups:
                last = self.index(self.ROW_COUNT - 1, len(groups) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._figures = figures
        self._groups = groups
        self.endResetModel()

    def figures(self) -> MechanismFigures | None:
        return self._figures

    def group_at(self, column: int) -> int:
        return self._groups[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.ROW_COUNT

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._groups)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._groups):
                return group_label(self._groups[section])
            return None
        if not 0 <= section < self.ROW_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = row_labels()[section]
            return f"    {label}" if section in self.SUB_ROWS else label
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_tooltips().get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._figures is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.ROW_COUNT and 0 <= column < len(self._groups)):
            return None
        group = self._figures.groups[self._groups[column]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, group)
        if role == self.ValueRole:
            return self.VALUES[row](group)
        if role == self.ShareRole:
            return self._share(row, group)
        if role == self.GroupRole:
            return self._groups[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _share(self, row: int, group: GroupFigures) -> float | None:
        if row == self.ROW_WITH_FOCAL_POINT:
            return group.focal_point_share
        if self.ROW_IN_PROGRESS <= row <= self.ROW_COMPLETED:
            value = self.VALUES[row](group)
            return group.share(int(value or 0))
        return None

    def _display(self, row: int, group: GroupFigures) -> str:
        value = self.VALUES[row](group)
        if value is None:
            return "—"
        if row == self.ROW_IDLE_WITHOUT_FOCAL_POINT:
            return percent(float(value))
        share = self._share(row, group)
        if share is None:
            return str(value)
        return f"{value} ({percent(share)})"


def group_label(group: int) -> str:
    return QCoreApplication.translate("FiguresModel", "Group {0}").format(group)


def row_labels() -> tuple[str, ...]:
    tr = QCoreApplication.translate
    return (
        tr("FiguresModel", "States participating"),
        tr("FiguresModel", "States with an active focal point"),
        tr("FiguresModel", "Reviews"),
        tr("FiguresModel", "Reviews in progress"),
        stage_label(Stage.PRELIMINARY_CONSULTATION),
        stage_label(Stage.SELF_ASSESSMENT),
        stage_label(Stage.WRITTEN_FEEDBACK),
        stage_label(Stage.LIST_OF_OBSERVATIONS),
        stage_label(Stage.SUMMARY),
        tr("FiguresModel", "Reviews not started"),
        tr("FiguresModel", "Reviews suspended"),
        tr("FiguresModel", "Reviews completed"),
        tr("FiguresModel", "Not started or suspended, no focal point"),
    )


def row_tooltips() -> dict[int, str]:
    tr = QCoreApplication.translate
    return {
        FiguresModel.ROW_PARTICIPATING: tr(
            "FiguresModel", "States under review or reviewing in a review of the group"
        ),
        FiguresModel.ROW_WITH_FOCAL_POINT: tr(
            "FiguresModel",
            "Participating States with at least one active person in the focal point role",
        ),
        FiguresModel.ROW_IDLE_WITHOUT_FOCAL_POINT: tr(
            "FiguresModel",
            "Share of the reviews not started or suspended whose State under review "
            "has no active focal point",
        ),
    }


def stage_label(stage: Stage) -> str:
    tr = QCoreApplication.translate
    labels = {
        Stage.NOT_STARTED: tr("FiguresModel", "Not started"),
        Stage.PRELIMINARY_CONSULTATION: tr("FiguresModel", "Preliminary consultation"),
        Stage.SELF_ASSESSMENT: tr("FiguresModel", "Self-assessment"),
        Stage.WRITTEN_FEEDBACK: tr("FiguresModel", "Written feedback"),
        Stage.LIST_OF_OBSERVATIONS: tr("FiguresModel", "List of observations"),
        Stage.SUMMARY: tr("FiguresModel", "Summary"),
        Stage.COMPLETED: tr("FiguresModel", "Completed"),
        Stage.SUSPENDED: tr("FiguresModel", "Suspended"),
    }
    return labels[stage]


def gender_label(gender: Gender) -> str:
    tr = QCoreApplication.translate
    labels = {
        Gender.FEMALE: tr("FiguresModel", "Women"),
        Gender.MALE: tr("FiguresModel", "Men"),
        Gender.OTHER: tr("FiguresModel", "Other"),
        Gender.UNDISCLOSED: tr("FiguresModel", "Undisclosed"),
    }
    return labels[gender]


def topic_label(topic: AssistanceTopic) -> str:
    tr = QCoreApplication.translate
    labels = {
        AssistanceTopic.REVMOD: tr("FiguresModel", "Operating RevMod"),
        AssistanceTopic.SELF_ASSESSMENT: tr("FiguresModel", "Self-assessment"),
        AssistanceTopic.DRAFTING_OBSERVATIONS: tr("FiguresModel", "Drafting observations"),
        AssistanceTopic.LEGISLATION: tr("FiguresModel", "Legislation"),
        AssistanceTopic.OTHER: tr("FiguresModel", "Other"),
    }
    return labels[topic]


def language_agreement_label(key: str) -> str:
    tr = QCoreApplication.translate
    labels = {
        "one": tr("FiguresModel", "One"),
        "two": tr("FiguresModel", "Two"),
        "none": tr("FiguresModel", "None"),
    }
    return labels.get(key, key)
