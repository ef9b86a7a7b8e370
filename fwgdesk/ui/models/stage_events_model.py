"""Table model of a review's stage changes, oldest first: its timeline."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from fwgdesk.domain.enums import Stage
from fwgdesk.domain.reviews import ReviewRecord, StageEventRecord
from fwgdesk.ui.labels import stage_label
from fwgdesk.ui.models.base import Index
from fwgdesk.ui.models.columns import Column, ColumnsModel

RECORDED_WITH_REVIEW = 0
"""The id of the timeline's row made from a review's own stage and stage date, when no
stage change is recorded (an imported review, data from before stage changes were kept)."""


def timeline_rows(review: ReviewRecord) -> tuple[StageEventRecord, ...]:
    """The review's stage changes; without any, its stage since its stage date as one row
    (a review that was never started and has no date has none)."""
    if review.events:
        return review.events
    if review.stage_since is None:
        return ()
    return (StageEventRecord(RECORDED_WITH_REVIEW, review.stage, review.stage_since),)


def _t(text: str) -> str:
    return QCoreApplication.translate("StageEventsModel", text)


class StageEventsModel(ColumnsModel[StageEventRecord]):
    """One row a stage change; the latest (the current stage) in bold. A row made from the
    review's own stage (see ``timeline_rows``) says so, in italics."""

    COLUMNS: ClassVar[tuple[Column[Any], ...]] = (
        Column(
            "Date",
            lambda _m, e: e.on.isoformat(),
            sort=lambda _m, e: e.on.toordinal(),
            width=lambda: ["0000-00-00"],
        ),
        Column(
            "Stage",
            lambda _m, e: stage_label(e.stage),
            width=lambda: [stage_label(stage) for stage in Stage],
            most=240,
        ),
        Column("Note", lambda _m, e: _note(e), whole_in_tooltip=True, stretch=True),
    )
    COLUMN_DATE, COLUMN_STAGE, COLUMN_NOTE = range(3)

    RecordRole = Qt.ItemDataRole.UserRole + 1

    def event_at(self, row: int) -> StageEventRecord:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.record(index)
        if event is None:
            return None
        if role == self.RecordRole:
            return event
        if role == Qt.ItemDataRole.FontRole:
            return self._font(event, index)
        return self.column_data(event, index.column(), role)

    def _font(self, event: StageEventRecord, index: Index) -> QFont | None:
        recorded = event.id == RECORDED_WITH_REVIEW and index.column() == self.COLUMN_NOTE
        latest = index.row() == len(self._rows) - 1
        if not (recorded or latest):
            return None
        font = QFont()
        font.setBold(latest)
        font.setItalic(recorded)
        return font


def _note(event: StageEventRecord) -> str:
    if event.id == RECORDED_WITH_REVIEW:
        if event.stage is Stage.NOT_STARTED:
            return _t("As the review records it; not started yet")
        return _t("As the review records it; no stage change recorded")
    return event.note or ""
