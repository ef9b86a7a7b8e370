"""A date field that may be left empty: a check box that turns a date editor on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

NO_DATE = QDate(1900, 1, 1)
"""The editor's lowest date, shown as a dash: the field has no date."""


def iso_date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date editor showing an ISO date (2024-02-01) left to right, in a right-to-left
    window too, with a calendar.

    The direction is set before the format: a right-to-left QDateEdit takes its format in
    reverse order (dd-MM-yyyy), which read right if its digits were Arabic-Indic, and reads
    "01-02-2024" in Western ones."""
    editor = QDateEdit(parent)
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    editor.setDisplayFormat("yyyy-MM-dd")
    editor.setCalendarPopup(True)
    return editor


class OptionalDateEdit(QWidget):
    """``value()`` is a date when the box is checked, else None. Unchecked, the greyed
    editor shows a dash, not a date the field does not have; checking it proposes the date
    last shown, or today."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.editor = iso_date_edit(self)
        self.editor.setMinimumDate(NO_DATE)
        self.editor.setSpecialValueText("—")
        self.editor.setDate(NO_DATE)
        self.editor.setEnabled(False)
        self._last = QDate.currentDate()
        self.check.toggled.connect(self._toggled)
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
        if value is not None:
            self._last = date_to_qdate(value)
            self.editor.setDate(self._last)
        self.check.setChecked(value is not None)
        if value is None:
            self.editor.setDate(NO_DATE)

    def _toggled(self, checked: bool) -> None:
        if checked and self.editor.date() == NO_DATE:
            self.editor.setDate(self._last)
        elif not checked and self.editor.date() != NO_DATE:
            self._last = self.editor.date()
            self.editor.setDate(NO_DATE)
        self.editor.setEnabled(checked)
        self.changed.emit()


def qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
