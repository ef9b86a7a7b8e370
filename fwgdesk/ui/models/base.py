"""The scaffolding shared by the table models: one row a record, headers translated."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """A flat table of records of type *T*, one row each and ``COLUMN_COUNT`` columns.

    ``HEADERS`` are translated in ``TRANSLATION_CONTEXT``: by default the name of the
    first class below this one (a subclass of a model keeps its parent's context, as the
    translation files key the headers by that name).
    """

    COLUMN_COUNT: ClassVar[int] = 0
    HEADERS: ClassVar[tuple[str, ...]] = ()
    TRANSLATION_CONTEXT: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.TRANSLATION_CONTEXT:
            cls.TRANSLATION_CONTEXT = cls.__name__

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Iterable[T]) -> None:
        """Show *rows* instead of the current ones (a reset of the model)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def record(self, index: Index) -> T | None:
        """The record of *index*'s row; None for an invalid index or a row out of range."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def replace_row(self, row: int, record: T) -> None:
        """Put *record* in *row* and tell the views that only this row changed."""
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def find_row(self, matches: Callable[[T], bool]) -> int | None:
        """The first row whose record *matches*, or None."""
        for row, record in enumerate(self._rows):
            if matches(record):
                return row
        return None

    def merge_rows(self, rows: Iterable[T], key: Callable[[T], Hashable]) -> None:
        """Show *rows*: the changed ones in place when the keys are the same, else a reset."""
        rows = list(rows)
        if [key(r) for r in rows] != [key(r) for r in self._rows]:
            self.set_rows(rows)
            return
        for row, (record, known) in enumerate(zip(rows, list(self._rows), strict=True)):
            if record != known:
                self.replace_row(row, record)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # a cut header whole
        if orientation == Qt.Orientation.Horizontal and role in shown:
            return QCoreApplication.translate(self.TRANSLATION_CONTEXT, self.HEADERS[section])
        return None
