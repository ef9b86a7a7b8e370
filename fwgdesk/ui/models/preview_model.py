"""Tree model of an import preview: one parent a row of the update, one child a field.

Parents show the table, the row's key and what happens to it (added, changed, unchanged,
deleted); children show a field's current value and the update's value. Conflicts (fields
changed locally since the last import and changed by the update too) are highlighted and
carry the user's decision: keep mine, or take the update's.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from fwgdesk.db.engine import Database
from fwgdesk.exchange.apply import Choice, Resolution
from fwgdesk.exchange.preview import FieldChange, Preview, RowChange
from fwgdesk.exchange.suspicion import suspicion
from fwgdesk.services.row_names import RowNames, row_names
from fwgdesk.ui.row_words import RowWords, field_label
from fwgdesk.ui.wording import translated

Index = QModelIndex | QPersistentModelIndex
DecisionKey = tuple[str, str, str]

UNDECIDED_COLOUR = QColor("#f9d6d5")
DECIDED_COLOUR = QColor("#fff1c2")
KIND_COLOURS = {"added": QColor("#1b6e20"), "deleted": QColor("#b00020")}
QUIET_KINDS = ("unchanged", "absent")
NO_PARENT = 0


SUSPICIOUS_COLOUR = QColor("#b00020")  # a change that looks like damage


def _t(text: str) -> str:
    return QCoreApplication.translate("PreviewModel", text)


def _tn(text: str, count: int) -> str:
    return QCoreApplication.translate("PreviewModel", text, None, count)


def kind_label(kind: str) -> str:
    labels = {
        "added": _t("Added"),
        "changed": _t("Changed"),
        "unchanged": _t("Unchanged"),
        "deleted": _t("Deleted"),
        "absent": _t("Already absent"),
    }
    return labels.get(kind, kind)


def table_label(table: str) -> str:
    labels = {
        "states": _t("States"),
        "focal_points": _t("Focal points"),
        "reviews": _t("Reviews"),
        "stage_events": _t("Stage history"),
        "assistance_requests": _t("Assistance requests"),
        "recommendation_links": _t("Recommendations"),
        "sources": _t("Source documents"),
        "recommendations": _t("Catalogue items"),
    }
    return labels.get(table, table)


def choice_label(choice: Choice | None) -> str:
    if choice == "local":
        return _t("Keep mine")
    if choice == "incoming":
        return _t("Take the update's")
    return _t("Undecided")


def decision_texts(conflicts: int) -> list[str]:
    """Every text the Decision column may show, a row having at most *conflicts*."""
    return [
        *(choice_label(choice) for choice in ("local", "incoming", None)),
        _tn("{count} conflict(s) to decide", conflicts).format(count=conflicts),
        _tn("{count} conflict(s) decided", conflicts).format(count=conflicts),
    ]


def row_values(row: RowChange) -> dict[str, Any]:
    """What the update says of *row*: the values that name a row not in the database."""
    return {change.column: change.new for change in row.fields if change.new is not None}


def preview_names(database: Database, preview: Preview) -> RowNames:
    """The names of the people and requests a preview's rows are."""
    keys = {table: [r.key_text for r in preview.rows if r.table == table] for table in NAMED}
    return row_names(database, keys["focal_points"], keys["assistance_requests"])


NAMED = ("focal_points", "assistance_requests")


class PreviewModel(QAbstractItemModel):
    COLUMN_ITEM = 0
    COLUMN_TABLE = 1
    COLUMN_CHANGE = 2
    COLUMN_OLD = 3
    COLUMN_NEW = 4
    COLUMN_DECISION = 5
    COLUMN_COUNT = 6

    RowChangeRole = Qt.ItemDataRole.UserRole + 1
    FieldChangeRole = Qt.ItemDataRole.UserRole + 2
    ConflictRole = Qt.ItemDataRole.UserRole + 3
    DecisionRole = Qt.ItemDataRole.UserRole + 4
    KindRole = Qt.ItemDataRole.UserRole + 5

    HEADERS: ClassVar[tuple[str, ...]] = (
        "Row / field",
        "Table",
        "Change",
        "In this database",
        "In the update",
        "Decision",
    )

    decisions_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[RowChange] = []
        self._rows: list[RowChange] = []
        self._hide_unchanged = True
        self._only_conflicts = False
        self._decisions: dict[DecisionKey, Choice] = {}
        self._conflict_keys: set[DecisionKey] = set()
        self._words = RowWords()
        self._row_texts: dict[int, str] = {}

    # --- content -------------------------------------------------------------------------

    def set_preview(self, preview: Preview, names: RowNames | None = None) -> None:
        self.beginResetModel()
        self._words = RowWords(names)
        self._row_texts = {
            id(row): self._words.row(row.table, row.key_text, row_values(row))
            for row in preview.rows
        }
        self._all = list(preview.rows)
        self._decisions = {}
        self._conflict_keys = {
            (row.table, row.key_text, change.column) for row, change in preview.conflicts()
        }
        self._rows = self._visible()
        self.endResetModel()

    def set_hide_unchanged(self, hide: bool) -> None:
        self._hide_unchanged = hide
        self._refilter()

    def set_only_conflicts(self, only: bool) -> None:
        self._only_conflicts = only
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[RowChange]:
        rows = self._all
        if self._hide_unchanged:
            rows = [r for r in rows if r.kind not in QUIET_KINDS]
        if self._only_conflicts:
            rows = [r for r in rows if any(f.conflict for f in r.fields)]
        return rows

    def row_change(self, row: int) -> RowChange:
        return self._rows[row]

    # --- decisions -----------------------------------------------------------------------

    @property
    def conflict_count(self) -> int:
        return len(self._conflict_keys)

    def undecided_count(self) -> int:
        return sum(1 for key in self._conflict_keys if key not in self._decisions)

    def decision(self, row: RowChange, change: FieldChange) -> Choice | None:
        return self._decisions.get((row.table, row.key_text, change.column))

    def decide(self, index: Index, choice: Choice | None) -> bool:
        """Decide the conflict at *index* (a field); False when it is not a conflict."""
        change = index.data(self.FieldChangeRole)
        if not isinstance(change, FieldChange) or not change.conflict:
            return False
        row = self._rows[index.parent().row()]
        key = (row.table, row.key_text, change.column)
        if choice is None:
            self._decisions.pop(key, None)
        else:
            self._decisions[key] = choice
        self.dataChanged.emit(
            self.index(index.row(), 0, index.parent()),
            self.index(index.row(), self.COLUMN_COUNT - 1, index.parent()),
        )
        parent = index.parent()
        self.dataChanged.emit(
            self.index(parent.row(), 0), self.index(parent.row(), self.COLUMN_COUNT - 1)
        )
        self.decisions_changed.emit()
        return True

    def decide_all(self, choice: Choice) -> None:
        self._decisions = dict.fromkeys(self._conflict_keys, choice)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            for row, changed in enumerate(self._rows):
                if any(f.conflict for f in changed.fields):
                    parent = self.index(row, 0)
                    bottom = self.index(len(changed.fields) - 1, self.COLUMN_COUNT - 1, parent)
                    self.dataChanged.emit(self.index(0, 0, parent), bottom)
        self.decisions_changed.emit()

    def resolution(self) -> Resolution:
        return Resolution(choices=dict(self._decisions))

    # --- tree structure ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() != NO_PARENT or parent.column() != 0:
            return 0
        return len(self._rows[parent.row()].fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PreviewModel", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COLUMN_DECISION and index.data(self.ConflictRole):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COLUMN_DECISION:
            return False
        if value not in ("local", "incoming", None):
            return False
        return self.decide(index, value)

    # --- data ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == NO_PARENT:
            if not 0 <= index.row() < len(self._rows):
                return None
            return self._row_data(self._rows[index.row()], index.column(), role)
        parent_row = index.internalId() - 1
        if not 0 <= parent_row < len(self._rows):
            return None
        row = self._rows[parent_row]
        if not 0 <= index.row() < len(row.fields):
            return None
        return self._field_data(row, row.fields[index.row()], index.column(), role)

    def _row_data(self, row: RowChange, column: int, role: int) -> Any:
        conflicts = sum(1 for f in row.fields if f.conflict)
        if role == self.RowChangeRole:
            return row
        if role == self.KindRole:
            return row.kind
        if role == self.ConflictRole:
            return conflicts > 0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_display(row, column, conflicts)
        if role == Qt.ItemDataRole.FontRole and conflicts:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_CHANGE:
            colour = KIND_COLOURS.get(row.kind)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and conflicts:
            undecided = any(f.conflict and self.decision(row, f) is None for f in row.fields)
            return QBrush(UNDECIDED_COLOUR if undecided else DECIDED_COLOUR)
        return None

    def _row_display(self, row: RowChange, column: int, conflicts: int) -> str:
        if column == self.COLUMN_ITEM:
            return self._row_texts.get(id(row), row.key_text)
        if column == self.COLUMN_TABLE:
            return table_label(row.table)
        if column == self.COLUMN_CHANGE:
            if row.kind == "changed":
                return _tn("Changed · {count} field(s)", len(row.fields)).format(
                    count=len(row.fields)
                )
            return kind_label(row.kind)
        if column == self.COLUMN_DECISION and conflicts:
            undecided = sum(1 for f in row.fields if f.conflict and self.decision(row, f) is None)
            if undecided:
                return _tn("{count} conflict(s) to decide", undecided).format(count=undecided)
            return _tn("{count} conflict(s) decided", conflicts).format(count=conflicts)
        return ""

    def _field_data(self, row: RowChange, change: FieldChange, column: int, role: int) -> Any:
        choice = self.decision(row, change) if change.conflict else None
        if role == self.RowChangeRole:
            return row
        if role == self.FieldChangeRole:
            return change
        if role == self.ConflictRole:
            return change.conflict
        if role == self.DecisionRole or (
            role == Qt.ItemDataRole.EditRole and column == self.COLUMN_DECISION
        ):
            return choice
        if role == self.KindRole:
            return row.kind
        damage = suspicion(change.column, change.old, change.new)
        if role == Qt.ItemDataRole.ToolTipRole and damage is not None:
            return translated(damage)
        if role == Qt.ItemDataRole.ForegroundRole and damage is not None:
            return QBrush(SUSPICIOUS_COLOUR) if column == self.COLUMN_NEW else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN_CHANGE and damage is not None and not change.conflict:
                return _t("⚠ Check")
            return self._field_display(row, change, column, choice)
        if role == Qt.ItemDataRole.BackgroundRole and change.conflict:
            return QBrush(UNDECIDED_COLOUR if choice is None else DECIDED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and change.conflict:
            font = QFont()
            font.setStrikeOut(self._struck(column, choice))
            return font
        return None

    def _struck(self, column: int, choice: Choice | None) -> bool:
        """The value the decision drops is shown struck out."""
        return (column == self.COLUMN_OLD and choice == "incoming") or (
            column == self.COLUMN_NEW and choice == "local"
        )

    def _field_display(
        self, row: RowChange, change: FieldChange, column: int, choice: Choice | None
    ) -> str:
        if column == self.COLUMN_ITEM:
            return field_label(change.column)
        if column == self.COLUMN_CHANGE:
            return _t("Conflict") if change.conflict else ""
        if column == self.COLUMN_OLD:
            return self._words.value(row.table, change.column, change.old)
        if column == self.COLUMN_NEW:
            return self._words.value(row.table, change.column, change.new)
        if column == self.COLUMN_DECISION and change.conflict:
            return choice_label(choice)
        return ""
