"""A State's page, "Focal points": everyone the State designated, with add, edit and end.

People are never deleted from here: a designation ends and its row stays, so the table
also shows who held each role before. Every edit is an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.people import FocalPointInput, FocalPointRecord
from fwgdesk.services import people as people_service
from fwgdesk.services.focal_review_queries import focal_point_id
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.focal_point_dialog import EndDesignationDialog, FocalPointDialog
from fwgdesk.ui.models.focal_points_model import FocalPointsModel, history_order
from fwgdesk.ui.undo import ServiceCommand, push
from fwgdesk.ui.widgets.errors import show_error
from fwgdesk.ui.widgets.tables import row_table, select_row


class FocalPointsTab(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        iso3: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.iso3 = iso3
        self.today = today
        self.report_error: Callable[[QWidget | None, BaseException], None] = show_error
        self._people: list[FocalPointRecord] = []
        self._build()
        ctx.events.state_changed.connect(self._on_state_changed)
        ctx.events.everything_changed.connect(self.reload)
        self.reload()

    def _build(self) -> None:
        self.model = FocalPointsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(FocalPointsModel.SortRole)
        self.table = row_table(self, self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.activated.connect(lambda _index: self.open_edit_dialog())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.end_button = QPushButton(self.tr("E&nd designation…"), self)
        self.show_ended = QCheckBox(self.tr("&Show ended designations"), self)
        self.show_ended.setChecked(True)
        self.summary = QLabel(self)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.end_button.clicked.connect(self.open_end_dialog)
        self.show_ended.toggled.connect(self._show_rows)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.end_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.show_ended)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    # --- showing -------------------------------------------------------------------------

    def _on_state_changed(self, iso3: str) -> None:
        if iso3 == self.iso3:
            self.reload()

    def reload(self) -> None:
        self._people = history_order(people_service.list_focal_points(self.ctx.database, self.iso3))
        self._show_rows()

    def _show_rows(self) -> None:
        selected = self.selected_person()
        first_load = self.model.rowCount() == 0
        shown = [p for p in self._people if p.active or self.show_ended.isChecked()]
        self.model.update_rows(shown)
        if first_load and shown:
            self._fit_columns()
        active = sum(1 for p in self._people if p.active)
        self.summary.setText(
            self.tr("{active} active · {ended} ended").format(
                active=active, ended=len(self._people) - active
            )
        )
        if selected is not None:
            self.select(selected.external_id)
        self._update_buttons()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(
            FocalPointsModel.COLUMN_TITLE,
            min(header.sectionSize(FocalPointsModel.COLUMN_TITLE), 220),
        )
        header.setSectionResizeMode(
            FocalPointsModel.COLUMN_INSTITUTION, QHeaderView.ResizeMode.Stretch
        )

    def select(self, external_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.person_at(row).external_id == external_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                select_row(self.table, index.row())
                return

    def selected_person(self) -> FocalPointRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        person: FocalPointRecord = self.model.person_at(source.row())
        return person

    def _update_buttons(self) -> None:
        person = self.selected_person()
        self.edit_button.setEnabled(person is not None)
        self.end_button.setEnabled(person is not None and person.active)

    # --- dialogs -------------------------------------------------------------------------

    def open_add_dialog(self) -> FocalPointDialog:
        dialog = FocalPointDialog(self.add, None, self)
        dialog.open()
        return dialog

    def open_edit_dialog(self) -> FocalPointDialog | None:
        person = self.selected_person()
        if person is None:
            return None
        dialog = FocalPointDialog(lambda data: self.edit(person, data), person, self)
        dialog.open()
        return dialog

    def open_end_dialog(self) -> EndDesignationDialog | None:
        person = self.selected_person()
        if person is None or not person.active:
            return None
        dialog = EndDesignationDialog(lambda day: self.end(person, day), person, self.today(), self)
        dialog.open()
        return dialog

    # --- edits (each an undoable command) ------------------------------------------------

    def add(self, data: FocalPointInput) -> FocalPointRecord:
        database, iso3 = self.ctx.database, self.iso3
        saved: list[FocalPointRecord] = []

        def do() -> FocalPointRecord:
            if saved:
                person = people_service.restore_focal_point(database, saved[0])
            else:
                person = people_service.add_focal_point(database, iso3, data)
                saved.append(person)
            return person

        def undo(person: FocalPointRecord) -> None:
            people_service.remove_focal_point(database, person.id)

        text = self.tr("Add {name}").format(name=data.name.strip())
        person: FocalPointRecord = push(
            self.ctx.undo_stack, ServiceCommand(text, self.ctx.events, iso3, do, undo)
        )
        self.select(person.external_id)
        return person

    def edit(self, person: FocalPointRecord, data: FocalPointInput) -> FocalPointRecord:
        text = self.tr("Edit {name}").format(name=person.name)
        return self._update(text, person, data, person.as_input())

    def end(self, person: FocalPointRecord, day: date) -> FocalPointRecord:
        database, key = self.ctx.database, person.external_id
        previous = person.as_input()

        def do() -> FocalPointRecord:
            return people_service.end_focal_point(database, focal_point_id(database, key), day)

        def undo(_ended: FocalPointRecord) -> None:
            restored = replace(previous, ended_on=None)
            people_service.update_focal_point(database, focal_point_id(database, key), restored)

        text = self.tr("End the designation of {name}").format(name=person.name)
        ended: FocalPointRecord = push(
            self.ctx.undo_stack, ServiceCommand(text, self.ctx.events, self.iso3, do, undo)
        )
        return ended

    def _update(
        self, text: str, person: FocalPointRecord, data: FocalPointInput, before: FocalPointInput
    ) -> FocalPointRecord:
        database, key = self.ctx.database, person.external_id

        def do() -> FocalPointRecord:
            return people_service.update_focal_point(database, focal_point_id(database, key), data)

        def undo(_updated: FocalPointRecord) -> None:
            people_service.update_focal_point(database, focal_point_id(database, key), before)

        updated: FocalPointRecord = push(
            self.ctx.undo_stack, ServiceCommand(text, self.ctx.events, self.iso3, do, undo)
        )
        return updated
