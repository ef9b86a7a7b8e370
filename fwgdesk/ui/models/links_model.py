"""Table model of the recommendations linked to one State, with status and note editable."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from fwgdesk.domain.enums import LinkStatus
from fwgdesk.domain.records import LinkRecord
from fwgdesk.ui.catalogue_text import item_text, item_title, themes_text
from fwgdesk.ui.labels import link_status_label
from fwgdesk.ui.models.base import Index as Index  # the link dialog imports it from here
from fwgdesk.ui.models.columns import Column, ColumnsModel

LinkEditor = Callable[[LinkRecord, str, str | None], object]  # saves in the background
"""Saves a new status and note of a link (undoably); returns the saved link, or None."""


STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in LinkStatus)


ARROW_ROOM = "\u2003\u2003"
"""Room beside a status for the arrow of the list box the cell is drawn as."""


def _statuses() -> list[str]:
    return [link_status_label(status) + ARROW_ROOM for status in STATUS_ORDER]


class LinksModel(ColumnsModel[LinkRecord]):
    """One row a linked recommendation; the status and note columns are editable."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column(
            "Code",
            lambda _m, link: link.code,
            sort=lambda m, link: m.order(link),  # catalogue order, not text order
            tooltip=lambda _m, link: item_text(link),
            width=110,
        ),
        Column(
            "Recommendation",
            lambda _m, link: item_title(link),
            tooltip=lambda _m, link: item_text(link),
            stretch=True,
        ),
        Column(
            "Themes",
            lambda m, link: m.themes_text(link),
            whole_in_tooltip=True,
            width=230,
        ),
        Column(
            "Status",
            lambda _m, link: link_status_label(link.status),
            sort=lambda _m, link: STATUS_ORDER.index(link.status),
            width=_statuses,
        ),
        Column(
            "Note",
            lambda _m, link: (link.note or "").replace("\n", " "),
            tooltip=lambda _m, link: link.note,
            width=240,
        ),
        Column(
            "Updated on",
            lambda _m, link: link.updated_on.isoformat() if link.updated_on else "",
            width=lambda: ["0000-00-00"],
            most=110,
        ),
    )
    COLUMN_CODE, COLUMN_TITLE, COLUMN_THEMES, COLUMN_STATUS, COLUMN_NOTE = range(5)
    COLUMN_UPDATED = 5

    CodeRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 3
    TextRole = Qt.ItemDataRole.UserRole + 4

    def __init__(
        self,
        theme_names: dict[str, str] | None = None,
        editor: LinkEditor | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._theme_names = dict(theme_names or {})
        self._editor = editor
        self._order: dict[str, int] = {}
        self._read: dict[str, LinkRecord] = {}  # by code: the link a note editor was filled from

    def set_rows(self, rows: Iterable[LinkRecord]) -> None:
        rows = list(rows)
        self._order = {link.code: row for row, link in enumerate(rows)}
        super().set_rows(rows)

    def set_links(self, links: list[LinkRecord]) -> None:
        self.set_rows(links)

    def merge_links(self, links: list[LinkRecord]) -> None:
        """Show *links*: row by row (partial updates) when the same codes, else a reset."""
        self.merge_rows(links, key=lambda link: link.code)

    def replace_link(self, link: LinkRecord) -> None:
        """Put the saved *link* in its row and tell the views that this row changed."""
        row = self.row_of(link.code)
        if row is not None:
            self.replace_row(row, link)

    def row_of(self, code: str) -> int | None:
        return self.find_row(lambda link: link.code == code)

    def order(self, link: LinkRecord) -> int:
        """Where *link* comes in the catalogue order the rows were given in."""
        return self._order.get(link.code, len(self._order))

    def themes_text(self, link: LinkRecord) -> str:
        return themes_text(self._theme_names, link.themes)

    def link_at(self, row: int) -> LinkRecord:
        return self.row_at(row)

    def codes(self) -> list[str]:
        return [link.code for link in self._rows]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.COLUMN_STATUS, self.COLUMN_NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        link = self.record(index)
        if link is None:
            return None
        if role == self.CodeRole:
            return link.code
        if role == self.TextRole:
            return item_text(link)
        if role == self.StatusRole:
            return link.status
        if role == Qt.ItemDataRole.EditRole:
            if index.column() == self.COLUMN_NOTE:  # an editor is filled: its save names this
                self._read[link.code] = link
            return self._edit_value(link, index.column())
        return self.column_data(link, index.column(), role)

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._editor is None:
            return False
        link = self._rows[index.row()]
        status, note = link.status, link.note
        read = link  # the version a save names: a note's, the one its editor was filled from
        if index.column() == self.COLUMN_NOTE:
            read = self._read.pop(link.code, link)
        if index.column() == self.COLUMN_STATUS:
            status = str(value)
            if status not in STATUS_ORDER:
                return False
        elif index.column() == self.COLUMN_NOTE:
            note = (str(value) if value is not None else "").strip() or None
        else:
            return False
        if (status, note) == (link.status, link.note):
            return True
        # saved in the background, shown meanwhile; refused if someone else changed the link
        # since the editor read it
        self._editor(replace(link, version=read.version), status, note)
        self.replace_link(replace(link, status=status, note=note))
        return True

    def _edit_value(self, link: LinkRecord, column: int) -> Any:
        if column == self.COLUMN_STATUS:
            return link.status
        if column == self.COLUMN_NOTE:
            return link.note or ""
        return self.column_data(link, column, Qt.ItemDataRole.DisplayRole)


class LinkStatusDelegate(QStyledItemDelegate):
    """Edits a link's status with a list of the translated statuses; the cell is drawn as
    a list box, so that it shows it can be changed."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(1, 1, -1, -1)
        box.currentText = str(index.data() or "")
        box.direction = option.direction
        box.state = QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        for status in LinkStatus:
            combo.addItem(link_status_label(status.value), status.value)
        combo.activated.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(LinksModel.StatusRole))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
