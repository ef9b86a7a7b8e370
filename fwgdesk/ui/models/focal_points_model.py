"""Table model of the people a State designated: active first, the ended greyed."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from fwgdesk.domain.enums import Role
from fwgdesk.domain.people import FocalPointRecord
from fwgdesk.ui.labels import gender_label, joined, language_label, role_label
from fwgdesk.ui.models.base import Index, RecordTableModel

ROLE_ORDER: tuple[Role, ...] = tuple(Role)


def history_order(people: list[FocalPointRecord]) -> list[FocalPointRecord]:
    """Active people first; within each, by role, then the latest designation first."""

    def key(person: FocalPointRecord) -> tuple[bool, int, int, str]:
        since = -(person.designated_on or date.min).toordinal()
        return (not person.active, ROLE_ORDER.index(person.role), since, person.name)

    return sorted(people, key=key)


class FocalPointsModel(RecordTableModel[FocalPointRecord]):
    """One row a person; rows keep the order given to :meth:`set_rows`."""

    COLUMN_ROLE = 0
    COLUMN_NAME = 1
    COLUMN_TITLE = 2
    COLUMN_INSTITUTION = 3
    COLUMN_GENDER = 4
    COLUMN_LANGUAGES = 5
    COLUMN_DESIGNATED = 6
    COLUMN_ENDED = 7
    COLUMN_COUNT = 8

    RecordRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    ActiveRole = Qt.ItemDataRole.UserRole + 3

    HEADERS: ClassVar[tuple[str, ...]] = (
        QCoreApplication.translate("FocalPointsModel", "Role"),
        QCoreApplication.translate("FocalPointsModel", "Name"),
        QCoreApplication.translate("FocalPointsModel", "Title"),
        QCoreApplication.translate("FocalPointsModel", "Institution"),
        QCoreApplication.translate("FocalPointsModel", "Gender"),
        QCoreApplication.translate("FocalPointsModel", "Languages"),
        QCoreApplication.translate("FocalPointsModel", "Designated on"),
        QCoreApplication.translate("FocalPointsModel", "Ended on"),
    )

    def update_rows(self, people: list[FocalPointRecord]) -> None:
        """Show *people*: changed rows in place when the rows are the same, else a reset."""
        self.merge_rows(people, key=lambda person: person.id)

    def person_at(self, row: int) -> FocalPointRecord:
        return self.row_at(row)

    def row_of(self, person_id: int) -> int | None:
        return self.find_row(lambda person: person.id == person_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.record(index)
        if person is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == self.SortRole:
            return self._sort_key(person, column)
        if role == self.RecordRole:
            return person
        if role == self.ActiveRole:
            return person.active
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return _greyed()
        if role == Qt.ItemDataRole.FontRole and not person.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person)
        return None

    def _display(self, person: FocalPointRecord, column: int) -> str:
        values = {
            self.COLUMN_ROLE: lambda: role_label(person.role),
            self.COLUMN_NAME: lambda: person.name,
            self.COLUMN_TITLE: lambda: person.title or "",
            self.COLUMN_INSTITUTION: lambda: person.institution or "",
            self.COLUMN_GENDER: lambda: gender_label(person.gender),
            self.COLUMN_LANGUAGES: lambda: joined(language_label(c) for c in person.languages),
            self.COLUMN_DESIGNATED: lambda: _iso(person.designated_on),
            self.COLUMN_ENDED: lambda: _iso(person.ended_on),
        }
        return values[column]() if column in values else ""

    def _sort_key(self, person: FocalPointRecord, column: int) -> Any:
        if column == self.COLUMN_ROLE:
            return ROLE_ORDER.index(person.role)
        return self._display(person, column)

    def _tooltip(self, person: FocalPointRecord) -> str:
        lines = [person.name]
        if person.email:
            lines.append(person.email)
        if person.phone:
            lines.append(person.phone)
        if not person.active:
            lines.append(
                QCoreApplication.translate("FocalPointsModel", "Ended on {date}").format(
                    date=_iso(person.ended_on)
                )
            )
        return "\n".join(lines)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _greyed() -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return QColor(Qt.GlobalColor.gray)
