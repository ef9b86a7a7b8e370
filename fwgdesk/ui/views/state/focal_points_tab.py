"""A State's page, "Focal points": everyone the State designated, with add, edit and end.

People are never deleted from here: a designation ends and its row stays, so the table
also shows who held each role before. Every edit is an undoable operation
(``focal_point_edits``).
"""

from __future__ import annotations

from collections.abc import Callable
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
from fwgdesk.services.meanwhile import person_edited_meanwhile
from fwgdesk.services.people import Designation
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.focal_point_dialog import EndDesignationDialog, FocalPointDialog
from fwgdesk.ui.dialogs.saving import Done, Failed, Save
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.models.focal_points_model import FocalPointsModel, history_order
from fwgdesk.ui.refresh import Refresher
from fwgdesk.ui.row_words import ltr_date
from fwgdesk.ui.views.state.focal_point_edits import FocalPointEdits
from fwgdesk.ui.widgets.errors import show_error
from fwgdesk.ui.widgets.tables import row_table, select_row
from fwgdesk.ui.wording import isolated

PEOPLE_TABLES = ("focal_points",)


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
        self.end_dialog: EndDesignationDialog | None = None
        self._editing: tuple[FocalPointDialog, list[FocalPointRecord]] | None = None
        self.edits = FocalPointEdits(ctx, iso3, self, self.ask_predecessor_end, self.reload)
        self._build()
        self.refresher = Refresher(self, ctx.events, self.reload, PEOPLE_TABLES, iso3)
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

    def reload(self) -> None:
        self._people = history_order(people_service.list_focal_points(self.ctx.database, self.iso3))
        self._show_rows()
        self._flag_if_changed_meanwhile()

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
        size_columns(self.table, self.model)

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
        def save(data: FocalPointInput, done: Done, failed: Failed) -> None:
            def added(result: Designation) -> None:
                self.select(result.person.external_id)
                done(result)

            self.edits.add(data, added, failed)

        dialog = FocalPointDialog(save, None, self)
        dialog.open()
        return dialog

    def open_edit_dialog(self) -> FocalPointDialog | None:
        person = self.selected_person()
        if person is None:
            return None

        edited = [person]  # as read: a change someone else made since is refused

        def save(data: FocalPointInput, done: Done, failed: Failed) -> None:
            self.edits.edit(edited[0], data, done, failed)

        def take_theirs() -> None:
            newer = self._person(person.external_id)
            if newer is not None:
                edited[0] = newer
                dialog.load(newer)
                dialog.changed_banner.clear()

        dialog = FocalPointDialog(save, person, self)
        dialog.changed_banner.reload_requested.connect(take_theirs)
        self._editing = (dialog, edited)
        dialog.finished.connect(lambda _result: setattr(self, "_editing", None))
        dialog.open()
        return dialog

    def _person(self, external_id: str) -> FocalPointRecord | None:
        return next((p for p in self._people if p.external_id == external_id), None)

    def _flag_if_changed_meanwhile(self) -> None:
        """The person being edited in the open dialog, when someone else changed them
        since the dialog read them, is flagged there at once (the save will be refused)."""
        if self._editing is None:
            return
        dialog, edited = self._editing
        person = edited[0]
        newer = self._person(person.external_id)
        if newer is not None and (newer.version == person.version or self.edits.wrote(newer)):
            return  # unchanged, or as this window's own write left it
        notice = person_edited_meanwhile(
            self.ctx.database, person.external_id, person.name, self.iso3, person.version
        )
        if notice is not None:
            dialog.changed_banner.flag(notice, can_reload=newer is not None)

    def open_end_dialog(self) -> EndDesignationDialog | None:
        person = self.selected_person()
        if person is None or not person.active:
            return None

        def save(day: date, done: Done, failed: Failed) -> None:
            self.edits.end(person, day, done, failed)

        dialog = EndDesignationDialog(save, person, self.today(), self)
        dialog.open()
        return dialog

    def ask_predecessor_end(
        self, predecessor: FocalPointRecord, day: date, save: Save[date]
    ) -> EndDesignationDialog:
        """Ask when the active focal point's designation ends, to designate another."""
        intro = self.tr(
            "{name} is the active focal point (since {since}). A State has one: their"
            " designation ends when the new one begins."
        ).format(
            name=isolated(predecessor.name),
            since=ltr_date(predecessor.designated_on) if predecessor.designated_on else "?",
        )
        self.end_dialog = EndDesignationDialog(save, predecessor, day, self, intro)
        self.end_dialog.open()
        return self.end_dialog
