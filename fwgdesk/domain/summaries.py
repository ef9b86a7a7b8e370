"""One line a State for the States table: its review, focal points and deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fwgdesk.domain.records import StateRecord


@dataclass(frozen=True)
class StateSummary:
    state: StateRecord
    review_groups: tuple[int, ...]
    stages: tuple[str, ...]
    active_focal_points: int
    has_focal_point: bool
    overdue: tuple[str, ...]  # what is overdue: focal_point, self_assessment, written_feedback
    overdue_since: date | None = None  # the oldest of the missed due dates

    @property
    def iso3(self) -> str:
        return self.state.iso3
