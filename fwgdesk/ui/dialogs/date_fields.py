"""A date field that may be left empty: a check box that turns a date editor on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    """``value()`` is a date when the box is checked, else None."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("yyyy-MM-dd")
        self.editor.setDate(QDate.currentDate())
        self.editor.setEnabled(False)
        self.check.toggled.connect(self.editor.setEnabled)
        self.check.toggled.connect(self.changed)
        self.editor.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return qdate_to_date(self.editor.date())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.editor.setDate(date_to_qdate(value))


def qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
