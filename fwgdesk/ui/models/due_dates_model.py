"""A review's due dates under the Mechanism's rules, with the overdue ones flagged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from fwgdesk.domain.enums import Role
from fwgdesk.domain.people import FocalPointRecord
from fwgdesk.domain.reviews import ReviewRecord
from fwgdesk.ui.labels import due_date_label
from fwgdesk.ui.models.base import Index
from fwgdesk.ui.models.columns import Column, ColumnsModel
from fwgdesk.ui.row_words import ltr_date

OVERDUE_COLOR = QColor("#b00020")
DUE_KINDS = ("focal_point", "self_assessment", "written_feedback")
"""What a review's due dates are for (``DueDate.what``)."""


@dataclass(frozen=True)
class DueRow:
    what: str
    due_on: date
    met_on: date | None
    met: bool
    overdue: bool
    days: int  # days late when overdue, days left when pending


def focal_point_since(people: list[FocalPointRecord]) -> tuple[date | None, bool]:
    """The earliest designation of an active focal point, and whether one is active at all."""
    active = [p for p in people if p.active and p.role is Role.FOCAL_POINT]
    dates = [p.designated_on for p in active if p.designated_on is not None]
    return (min(dates) if dates else None), bool(active)


def due_rows(review: ReviewRecord, people: list[FocalPointRecord], today: date) -> list[DueRow]:
    """The review's due dates; an active focal point without a date counts as designated."""
    since, has_focal_point = focal_point_since(people)
    rows = []
    for due in review.due_dates(since):
        met = due.met_on is not None or (due.what == "focal_point" and has_focal_point)
        overdue = not met and today > due.due_on
        days = (today - due.due_on).days if overdue else (due.due_on - today).days
        rows.append(DueRow(due.what, due.due_on, due.met_on, met, overdue, days))
    return rows


def _due_kinds() -> list[str]:
    return [due_date_label(what) for what in DUE_KINDS]


class DueDatesModel(ColumnsModel[DueRow]):
    """One row a due date; the overdue ones in bold red."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column("Due", lambda _m, r: due_date_label(r.what), width=_due_kinds, most=220),
        Column("By", lambda _m, r: r.due_on.isoformat(), width=lambda: ["0000-00-00"]),
        Column("Status", lambda _m, r: status_text(r), stretch=True),
    )
    COLUMN_WHAT, COLUMN_DUE, COLUMN_STATUS = range(3)

    RecordRole = Qt.ItemDataRole.UserRole + 1
    OverdueRole = Qt.ItemDataRole.UserRole + 3

    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.overdue)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record(index)
        if row is None:
            return None
        if role == self.RecordRole:
            return row
        if role == self.OverdueRole:
            return row.overdue
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.FontRole and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return self.column_data(row, index.column(), role)


def status_text(row: DueRow) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("DueDatesModel", text)

    if row.met and row.met_on is not None and row.met_on > row.due_on:
        return tr("Met late, on {date}").format(date=ltr_date(row.met_on))
    if row.met and row.met_on is not None:
        return tr("Met on {date}").format(date=ltr_date(row.met_on))
    if row.met:
        return tr("Met (date not recorded)")
    if row.overdue:
        return tr("Overdue by {days} days").format(days=row.days)
    return tr("Due in {days} days").format(days=row.days)
