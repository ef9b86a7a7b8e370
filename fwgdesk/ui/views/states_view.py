"""The States place: the filterable table of all States, and a State's page."""

from __future__ import annotations

import zlib
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.db.changes import Changes
from fwgdesk.domain.enums import ProtocolStatus, RegionalGroup, Stage
from fwgdesk.services.summaries import list_state_summaries
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.labels import protocol_status_label, regional_group_label, stage_label
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.models.states_model import StatesFilterModel, StatesModel
from fwgdesk.ui.refresh import Refresher
from fwgdesk.ui.settings_store import bool_value, int_value
from fwgdesk.ui.widgets.combos import compact
from fwgdesk.ui.widgets.tables import row_table

SETTINGS_PREFIX = "states_view/"


def _header_key() -> str:
    """Where the table's header (widths, sort) is kept: per layout of its columns, so a
    header saved with other columns is not laid over these."""
    layout = zlib.crc32("|".join(StatesModel.HEADERS).encode())
    return f"{SETTINGS_PREFIX}header-{layout:08x}"


PARTIAL_LIMIT = 12  # more States changed than this: the table is read again whole


class StatesTable(QWidget):
    """All States with filters; Enter or a double click opens one."""

    state_opened = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = StatesModel(ctx.language, self)
        self.proxy = StatesFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self._build_table()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters_layout)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.clear_button)
        layout.addLayout(bottom)
        self.reload()
        self.restore_settings()

    def _combo(self, label: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(label, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._apply_filters)
        return compact(combo)

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name (any language) or code…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filters)
        self.regional_group = self._combo(
            self.tr("All regional groups"),
            [(regional_group_label(g.value), g.value) for g in RegionalGroup],
        )
        self.review_group = self._combo(
            self.tr("All review groups"), [(self.tr("Group {n}").format(n=n), n) for n in (1, 2, 3)]
        )
        self.stage = self._combo(
            self.tr("All stages"), [(stage_label(s.value), s.value) for s in Stage]
        )
        self.protocol = self._combo(
            self.tr("Any Protocol status"),
            [(protocol_status_label(s.value), s.value) for s in ProtocolStatus],
        )
        self.without_focal_point = QCheckBox(self.tr("&No focal point designated"), self)
        self.without_focal_point.toggled.connect(self._apply_filters)
        row = QHBoxLayout()
        for widget in (self.regional_group, self.review_group, self.stage, self.protocol):
            row.addWidget(widget, 1)
        row.addWidget(self.without_focal_point)
        rows = QVBoxLayout()
        rows.addWidget(self.search)
        rows.addLayout(row)
        self._filters_layout = rows

    def _build_table(self) -> None:
        self.table = row_table(self, self.proxy)
        size_columns(self.table, self.model)
        self.table.horizontalHeader().setStretchLastSection(True)  # a wide screen's room
        self._show_name_columns()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(StatesModel.COLUMN_ISO3, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.count_label = QLabel(self)
        self.clear_button = QPushButton(self.tr("Show &all States"), self)
        self.clear_button.clicked.connect(self.clear_filters)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            text=self.search.text().strip(),
            regional_group=self.regional_group.currentData(),
            review_group=self.review_group.currentData(),
            stage=self.stage.currentData(),
            protocol_status=self.protocol.currentData(),
            without_focal_point=self.without_focal_point.isChecked(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{shown} of {total} States", "", total).format(shown=shown, total=total)
            if shown < total
            else self.tr("All {total} States", "", total).format(total=total)
        )
        self.clear_button.setVisible(shown < total)

    def clear_filters(self) -> None:
        """Every State again: the search emptied, every filter back to "all"."""
        self.search.clear()
        for combo in self._combos().values():
            combo.setCurrentIndex(0)
        self.without_focal_point.setChecked(False)

    def _open(self, index: QModelIndex) -> None:
        iso3 = self.proxy.data(index, StatesModel.Iso3Role)
        if iso3:
            self.state_opened.emit(iso3)

    def _show_name_columns(self) -> None:
        """In English the name is the English name: one column, not two alike (whatever
        the header saved in another language said)."""
        self.table.setColumnHidden(StatesModel.COLUMN_NAME_EN, self._ctx.language == "en")

    def reload(self) -> None:
        self.model.set_rows(list_state_summaries(self._ctx.database))
        self._apply_filters()

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(_header_key(), self.table.horizontalHeader().saveState())
        for name, combo in self._combos().items():
            settings.setValue(SETTINGS_PREFIX + name, combo.currentIndex())
        settings.setValue(SETTINGS_PREFIX + "no_focal_point", self.without_focal_point.isChecked())

    def restore_settings(self) -> None:
        settings = QSettings()
        header = settings.value(_header_key())
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self._show_name_columns()
        for name, combo in self._combos().items():
            combo.setCurrentIndex(int_value(settings, SETTINGS_PREFIX + name))
        self.without_focal_point.setChecked(
            bool_value(settings, SETTINGS_PREFIX + "no_focal_point")
        )

    def _combos(self) -> dict[str, QComboBox]:
        return {
            "regional_group": self.regional_group,
            "review_group": self.review_group,
            "stage": self.stage,
            "protocol": self.protocol,
        }


class StatesPlace(QStackedWidget):
    """The table, or one State's page in its stead."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.table = StatesTable(ctx, self)
        self.table.state_opened.connect(self.open_state)
        self.addWidget(self.table)
        self.page: QWidget | None = None
        self.refresher = Refresher(
            self.table, ctx.events, self.table.reload, on_changes=self._changed
        )

    def open_state(self, iso3: str) -> None:
        from fwgdesk.ui.views.state_page import StatePage

        self.close_state()
        page = StatePage(self._ctx, iso3, self)
        page.back_requested.connect(self.close_state)
        self.page = page
        self.addWidget(page)
        self.setCurrentWidget(page)

    def close_state(self) -> None:
        if self.page is not None:
            self.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.setCurrentWidget(self.table)

    def _changed(self, changes: Changes) -> None:
        """The rows of the States that changed; all of them after an import."""
        if changes.everything or not changes.states or len(changes.states) > PARTIAL_LIMIT:
            self.table.reload()
            return
        for iso3 in sorted(changes.states):
            for summary in list_state_summaries(self._ctx.database, only=iso3):
                self.table.model.update_row(summary)
