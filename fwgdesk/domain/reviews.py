"""Reviews: records, and the Mechanism's due dates.

The Mechanism's rules, as the focal points are told them:
* a focal point is designated within two weeks of the review's start;
* the self-assessment questionnaire is submitted within six months of the start;
* the reviewers give written feedback within six months of the questionnaire's submission.
A review starts when it first leaves ``not_started``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from fwgdesk.domain.enums import AssistanceStatus, AssistanceTopic, Stage

STAGE_ORDER: tuple[Stage, ...] = (
    Stage.NOT_STARTED,
    Stage.PRELIMINARY_CONSULTATION,
    Stage.SELF_ASSESSMENT,
    Stage.WRITTEN_FEEDBACK,
    Stage.LIST_OF_OBSERVATIONS,
    Stage.SUMMARY,
    Stage.COMPLETED,
)
FOCAL_POINT_DELAY = timedelta(weeks=2)
SAQ_MONTHS = 6
FEEDBACK_MONTHS = 6


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_stage(stage: Stage) -> Stage | None:
    """The stage after *stage* on the ladder (None at the end, or when suspended)."""
    if stage not in STAGE_ORDER or stage is Stage.COMPLETED:
        return None
    return STAGE_ORDER[STAGE_ORDER.index(stage) + 1]


@dataclass(frozen=True)
class StageEventRecord:
    id: int
    stage: Stage
    on: date
    note: str | None = None


@dataclass(frozen=True)
class AssistanceRecord:
    id: int
    external_id: str
    state_iso3: str
    topic: AssistanceTopic
    requested_on: date | None
    status: AssistanceStatus
    note: str | None = None
    version: int = 1


@dataclass(frozen=True)
class DueDate:
    what: str  # "focal_point", "self_assessment", "written_feedback"
    due_on: date
    met_on: date | None

    def overdue(self, today: date) -> bool:
        return self.met_on is None and today > self.due_on


@dataclass(frozen=True)
class ReviewRecord:
    id: int
    state_iso3: str
    review_group: int
    cluster: int
    stage: Stage
    stage_since: date | None
    suspended_reason: str | None
    reviewing_states: tuple[str, ...]
    working_languages: tuple[str, ...]
    language_agreement: bool | None
    saq_progress: float | None
    saq_submitted_on: date | None
    events: tuple[StageEventRecord, ...] = ()
    version: int = 1

    @property
    def started_on(self) -> date | None:
        started = [e.on for e in self.events if e.stage is not Stage.NOT_STARTED]
        if started:
            return min(started)
        if self.stage is not Stage.NOT_STARTED:
            return self.stage_since
        return None

    def reached_on(self, stage: Stage) -> date | None:
        """When the review first reached *stage* or a later one on the ladder."""
        later = STAGE_ORDER[STAGE_ORDER.index(stage) :]
        dates = [e.on for e in self.events if e.stage in later]
        return min(dates) if dates else None

    def due_dates(self, focal_point_since: date | None) -> list[DueDate]:
        """The Mechanism's deadlines for this review; *focal_point_since*: earliest active one."""
        start = self.started_on
        if start is None:
            return []
        dues = [
            DueDate("focal_point", start + FOCAL_POINT_DELAY, focal_point_since),
            DueDate("self_assessment", add_months(start, SAQ_MONTHS), self.saq_submitted_on),
        ]
        if self.saq_submitted_on is not None:
            dues.append(
                DueDate(
                    "written_feedback",
                    add_months(self.saq_submitted_on, FEEDBACK_MONTHS),
                    self.reached_on(Stage.WRITTEN_FEEDBACK),
                )
            )
        return dues
