"""Table columns declared once each: header, value, sort key, tooltip and width hint, as
Picard's ``ui/itemviews/columns.py`` does; a model built from them derives its column
count, its headers and its ``COLUMN_*`` numbers from the one declaration."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from fwgdesk.ui.models.base import Index, RecordTableModel

T = TypeVar("T")
PADDING = 28  # the cell's margins and the sort indicator
HEADER_MOST = 180  # a longer header is cut (its tooltip has it whole)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: *header* (English, translated in the model's context), the text a
    record shows, its sort key (else the text), its tooltip, and the width it needs: a
    number of pixels, the widest of some texts (at most *most* pixels, when given: a
    language's longer words are cut rather than crowd out the other columns), or the rest
    of the table (*stretch*); *whole_in_tooltip*: the text again as its tooltip."""

    header: str
    value: Callable[[Any, T], str]  # (the model, a record)
    sort: Callable[[Any, T], Any] | None = None
    tooltip: Callable[[Any, T], str | None] | None = None
    width: int | Callable[[], Sequence[str]] | None = None
    stretch: bool = False
    most: int | None = None
    whole_in_tooltip: bool = False  # the tooltip is the text itself, read whole when cut

    def width_hint(self, metrics: QFontMetrics, header: str) -> int | None:
        """The width asked for, never narrower than the header (up to HEADER_MOST): a
        cap cuts a long value, not the name of the column."""
        if self.width is None:
            return None
        titled = min(metrics.horizontalAdvance(header) + PADDING, HEADER_MOST)
        if isinstance(self.width, int):
            return max(self.width, titled)
        wanted = max(metrics.horizontalAdvance(text) for text in self.width()) + PADDING
        return max(wanted if self.most is None else min(wanted, self.most), titled)


class ColumnsModel(RecordTableModel[T]):
    """A table model whose columns are ``COLUMNS``; ``SortRole`` gives the sort keys."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = ()
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # headers are translated in the context of the class that declares them
        cls.TRANSLATION_CONTEXT = cls.__dict__.get("TRANSLATION_CONTEXT") or cls.__name__
        cls.COLUMN_COUNT = len(cls.COLUMNS)
        cls.HEADERS = tuple(column.header for column in cls.COLUMNS)

    def column_data(self, record: T, column: int, role: int) -> Any:
        """What a record's cell holds in the standard roles, from its column's declaration."""
        spec = self.COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.value(self, record)
        if role == self.SortRole:
            return spec.sort(self, record) if spec.sort else spec.value(self, record)
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip is not None:
            return spec.tooltip(self, record)
        if role == Qt.ItemDataRole.ToolTipRole and spec.whole_in_tooltip:
            return spec.value(self, record)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        return None if record is None else self.column_data(record, index.column(), role)

    def header_text(self, column: int) -> str:
        return QCoreApplication.translate(self.TRANSLATION_CONTEXT, self.HEADERS[column])


def size_columns(table: QTableView, model: ColumnsModel[Any]) -> None:
    """Give each column of *table* (showing *model*, or a proxy of it) the width its
    declaration asks for."""
    header = table.horizontalHeader()
    header.setHighlightSections(False)  # a selected row would set every header in bold,
    metrics = table.fontMetrics()  # wider than the widths measured here
    for number, column in enumerate(model.COLUMNS):
        if column.stretch:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            continue
        width = column.width_hint(metrics, model.header_text(number))
        if width is not None:
            header.resizeSection(number, width)
