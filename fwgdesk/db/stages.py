"""A review's stage and its history, changed together (the first rule of
``fwgdesk.domain.rules``): whoever changes a stage records the change with it."""

from __future__ import annotations

from datetime import date

from fwgdesk.db.models import Review, StageEvent
from fwgdesk.domain.enums import Stage


def _order(event: StageEvent) -> tuple[date, bool, int]:
    """Latest date last; on one day, the last recorded (an unsaved one after all saved)."""
    return (event.on, event.id is None, event.id or 0)


def latest_change(review: Review) -> StageEvent | None:
    events = [e for e in review.stage_events if e.on is not None]
    return max(events, key=_order) if events else None


def record_stage_change(review: Review, stage: Stage, on: date, note: str | None) -> StageEvent:
    """Move *review* to *stage* on *on*, with the stage change that says so."""
    event = StageEvent(stage=stage, on=on, note=note)
    review.stage_events.append(event)
    review.stage = stage
    review.stage_since = on
    return event


def stage_from_history(review: Review) -> None:
    """Put *review* at the stage of its latest stage change (not started, undated, when it
    has none): after a change was taken out of its history."""
    latest = latest_change(review)
    if latest is None:
        review.stage, review.stage_since = Stage.NOT_STARTED, None
    else:
        review.stage, review.stage_since = latest.stage, latest.on
