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
from fwgdesk.ui.models.base import Index, RecordTableModel
from fwgdesk.ui.row_words import ltr_date

OVERDUE_COLOR = QColor("#b00020")


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


class DueDatesModel(RecordTableModel[DueRow]):
    COLUMN_WHAT = 0
    COLUMN_DUE = 1
    COLUMN_STATUS = 2
    COLUMN_COUNT = 3

    RecordRole = Qt.ItemDataRole.UserRole + 1
    OverdueRole = Qt.ItemDataRole.UserRole + 2

    HEADERS: ClassVar[tuple[str, ...]] = (
        QCoreApplication.translate("DueDatesModel", "Due"),
        QCoreApplication.translate("DueDatesModel", "By"),
        QCoreApplication.translate("DueDatesModel", "Status"),
    )

    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.overdue)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
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
        return None

    def _display(self, row: DueRow, column: int) -> str:
        if column == self.COLUMN_WHAT:
            return due_date_label(row.what)
        if column == self.COLUMN_DUE:
            return row.due_on.isoformat()
        if column == self.COLUMN_STATUS:
            return status_text(row)
        return ""


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
