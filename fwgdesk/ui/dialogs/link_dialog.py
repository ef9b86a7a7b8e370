"""Choosing recommendations from the catalogue to link to a State: some, or a whole theme."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.db.engine import Database
from fwgdesk.services.catalogue import list_items, list_sources, theme_labels
from fwgdesk.ui.catalogue_text import item_html, source_title
from fwgdesk.ui.models.catalogue_model import CatalogueModel
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.models.links_model import Index
from fwgdesk.ui.widgets.combos import compact

SEARCH_DELAY_MS = 150


class PickModel(CatalogueModel):
    """The catalogue with theme names, and the items already linked shown but not selectable."""

    TRANSLATION_CONTEXT = "CatalogueModel"  # the columns' headers are the catalogue's

    def __init__(self, linked: set[str], theme_names: dict[str, str], parent: Any = None):
        super().__init__(parent, theme_names)
        self._linked = set(linked)

    def is_linked(self, row: int) -> bool:
        return self.item_at(row).code in self._linked

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.is_linked(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        linked = self.is_linked(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and linked:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and linked:
            return QCoreApplication.translate("LinkDialog", "Already linked to this State")
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.COLUMN_CODE and linked:
            return f"{self.item_at(index.row()).code} ✓"
        return super().data(index, role)


class LinkDialog(QDialog):
    """Search, filter by source and theme, and pick several items or a theme's every item.

    The dialog only chooses; whoever opened it links :meth:`chosen_codes` when accepted.
    """

    def __init__(
        self,
        database: Database,
        language: str,
        linked: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link recommendations"))
        self._database = database
        self._themes = dict(theme_labels(database, language))
        self.model = PickModel(linked, self._themes, self)
        self._build_filters()
        self._build_table()
        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.link_button = self.buttons.addButton(
            self.tr("&Link chosen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.resize(1000, 640)
        self.reload()

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search titles and full texts in any language, or codes…")
        )
        self.search.setClearButtonEnabled(True)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("All source documents"), None)
        for source in list_sources(self._database):
            self.source.addItem(f"{source.code} — {source_title(source)}", source.code)
        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("All themes"), None)
        for code, name in self._themes.items():
            self.theme.addItem(name, code)
        for combo in (self.source, self.theme):
            compact(combo, 18)
        self.whole_theme = QCheckBox(self.tr("Link &every item of this theme"), self)
        self.whole_theme.setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.source.currentIndexChanged.connect(self.reload)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.whole_theme.toggled.connect(self._whole_theme_toggled)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        size_columns(self.table, self.model)
        self.detail = QTextBrowser(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _lay_out(self) -> None:
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme)
        searching = QHBoxLayout()  # a line of its own: its hint is read whole
        searching.addWidget(search_label)
        searching.addWidget(self.search, 1)
        choosing = QHBoxLayout()
        choosing.addWidget(self.source, 1)
        choosing.addWidget(theme_label)
        choosing.addWidget(self.theme, 1)
        choosing.addWidget(self.whole_theme)
        filters = QVBoxLayout()
        filters.addLayout(searching)
        filters.addLayout(choosing)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 160])
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

    def reload(self) -> None:
        whole = self.whole_theme.isChecked()
        items = list_items(
            self._database,
            source=None if whole else self.source.currentData(),
            theme=self.theme.currentData(),
            query="" if whole else self.search.text(),
        )
        self.model.set_items(items)
        self.detail.clear()
        self._update_summary()

    def chosen_codes(self) -> list[str]:
        """The codes to link: the theme's every item or the selected rows, not yet linked."""
        if self.whole_theme.isChecked():
            rows = list(range(self.model.rowCount()))
        else:
            rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.item_at(row).code for row in rows if not self.model.is_linked(row)]

    def accept(self) -> None:
        if self.chosen_codes():
            super().accept()

    def _theme_chosen(self) -> None:
        has_theme = self.theme.currentData() is not None
        self.whole_theme.setEnabled(has_theme)
        if not has_theme:
            self.whole_theme.setChecked(False)
        self.reload()

    def _whole_theme_toggled(self, whole: bool) -> None:
        self.search.setEnabled(not whole)
        self.source.setEnabled(not whole)
        self.table.setSelectionMode(
            QTableView.SelectionMode.SingleSelection
            if whole
            else QTableView.SelectionMode.ExtendedSelection
        )
        self.reload()

    def _selection_changed(self) -> None:
        current = self.table.selectionModel().selectedRows()
        if current:
            self.detail.setHtml(item_html(self.model.item_at(current[-1].row())))
        self._update_summary()

    def _update_summary(self) -> None:
        chosen = len(self.chosen_codes())
        if self.whole_theme.isChecked():
            text = self.tr(
                "{count} items of “{theme}” will be linked (all not linked yet).", "", chosen
            )
            text = text.format(count=chosen, theme=self.theme.currentText())
        else:
            text = self.tr("{count} chosen of {shown} shown.", "", chosen).format(
                count=chosen, shown=self.model.rowCount()
            )
        self.summary.setText(text)
        self.link_button.setEnabled(chosen > 0)
