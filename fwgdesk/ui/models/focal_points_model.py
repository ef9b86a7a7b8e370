"""Table model of the people a State designated: active first, the ended greyed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from fwgdesk.domain.enums import Role
from fwgdesk.domain.people import FocalPointRecord
from fwgdesk.ui.labels import gender_label, joined, language_label, role_label
from fwgdesk.ui.models.base import Index
from fwgdesk.ui.models.columns import Column, ColumnsModel

ROLE_ORDER: tuple[Role, ...] = tuple(Role)
EMAIL_SAMPLE = "maria.jose.perez@sre.gob.mx"
"""A typical address: the e-mail column is as wide, the institution takes the rest."""
DATE_MOST = 110  # a date fits; a language's longer header is cut rather than the e-mail


def history_order(people: list[FocalPointRecord]) -> list[FocalPointRecord]:
    """Active people first; within each, by role, then the latest designation first."""

    def key(person: FocalPointRecord) -> tuple[bool, int, int, str]:
        since = -(person.designated_on or date.min).toordinal()
        return (not person.active, ROLE_ORDER.index(person.role), since, person.name)

    return sorted(people, key=key)


def _t(text: str) -> str:
    return QCoreApplication.translate("FocalPointsModel", text)


def _widest(*texts: str) -> Callable[[], Sequence[str]]:
    return lambda: texts


def _labels(kind: type[StrEnum], label: Callable[[Any], str]) -> Callable[[], list[str]]:
    return lambda: [label(member) for member in kind]


class FocalPointsModel(ColumnsModel[FocalPointRecord]):
    """One row a person; rows keep the order given to :meth:`set_rows`. E-mail and phone
    are columns of their own, wide enough for a typical address and number; long titles
    and institutions are cut, whole in the tooltip, which also gives the gender (a column
    too many for a laptop's screen)."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column(
            "Role",
            lambda _m, p: role_label(p.role),
            sort=lambda _m, p: ROLE_ORDER.index(p.role),
            width=_labels(Role, role_label),
            most=170,
        ),
        Column("Name", lambda _m, p: p.name, width=150),
        Column("Title", lambda _m, p: p.title or "", width=90),
        Column("Institution", lambda _m, p: p.institution or "", stretch=True),
        Column("E-mail", lambda _m, p: p.email or "", width=_widest(EMAIL_SAMPLE), most=260),
        Column("Phone", lambda _m, p: _ltr(p.phone), width=_widest("+00 00 0000 0000")),
        Column(
            "Languages",
            lambda _m, p: joined(language_label(c) for c in p.languages),
            width=90,
        ),
        Column(
            "Designated on",
            lambda _m, p: _iso(p.designated_on),
            width=_widest("0000-00-00"),
            most=DATE_MOST,
        ),
        Column(
            "Ended on",
            lambda _m, p: _iso(p.ended_on),
            width=_widest("0000-00-00"),
            most=DATE_MOST,
        ),
    )
    COLUMN_ROLE, COLUMN_NAME, COLUMN_TITLE, COLUMN_INSTITUTION, COLUMN_EMAIL = range(5)
    COLUMN_PHONE, COLUMN_LANGUAGES, COLUMN_DESIGNATED, COLUMN_ENDED = range(5, 9)

    RecordRole = Qt.ItemDataRole.UserRole + 1
    ActiveRole = Qt.ItemDataRole.UserRole + 3

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
        return self.column_data(person, index.column(), role)

    @staticmethod
    def _tooltip(person: FocalPointRecord) -> str:
        lines = [person.name, person.title, person.institution, person.email, person.phone]
        lines.append(_t("Gender: {gender}").format(gender=gender_label(person.gender)))
        if not person.active:
            lines.append(_t("Ended on {date}").format(date=_iso(person.ended_on)))
        return "\n".join(line for line in lines if line)


def _ltr(text: str | None) -> str:
    """A phone number kept left to right in a right-to-left table: "+52 55 3686 5100",
    never "5100 3686 55 52+"."""
    return f"\u2066{text}\u2069" if text else ""


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _greyed() -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return QColor(Qt.GlobalColor.gray)
