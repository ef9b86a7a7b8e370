"""The stage changes an update makes without carrying them: recorded as it is applied.

An update may give a review's new stage (and its date) without a row in ``stage_events``
saying so. The stage and its history must agree (``fwgdesk.domain.rules``), so applying
it records the change: on the date the update gives, or the day its data describes, with
a note naming the update. A stage change the update carries itself is not recorded twice.
"""

from __future__ import annotations

from typing import Any

from fwgdesk.db.models import Review
from fwgdesk.db.stages import latest_change, record_stage_change
from fwgdesk.domain.enums import Stage
from fwgdesk.exchange.model import Update
from fwgdesk.exchange.preview import Preview
from fwgdesk.exchange.rule_checks import recorded_on

STAGE_FIELDS = frozenset({"stage", "stage_since"})


def update_note(update: Update) -> str:
    """The note of a stage change an update made: which update, from whom (data, not
    wording: it is stored as the note of the change)."""
    return f"{update.publisher} #{update.sequence} ({update.name})"


def _record(review: Review, update: Update, dated: bool) -> None:
    """*dated*: the update gave the stage's date (else the stage dates from the update)."""
    latest = latest_change(review)
    if not dated and (latest is None or latest.stage is not review.stage):
        review.stage_since = None
    current = (review.stage, review.stage_since)
    if latest is not None and current == (latest.stage, latest.on):
        return
    if latest is None and current == (Stage.NOT_STARTED, None):
        return
    on = review.stage_since or recorded_on(update)
    record_stage_change(review, review.stage, on, update_note(update))


def record_stage_changes(preview: Preview, reviews: dict[Any, Review], update: Update) -> None:
    """For each review whose stage or stage date the update set, the stage change."""
    for row in preview.rows:
        if row.table != "reviews" or row.kind not in ("added", "changed"):
            continue
        if row.kind == "changed" and not any(f.column in STAGE_FIELDS for f in row.fields):
            continue
        review = reviews.get(row.key)
        if review is not None:
            dated = any(f.column == "stage_since" for f in row.fields) or (
                row.kind == "changed" and "stage_since" in update_row_columns(update, row.key)
            )
            _record(review, update, dated)


def update_row_columns(update: Update, key: Any) -> set[str]:
    """The columns the update's row of the review *key* carries."""
    for row in update.rows("reviews"):
        if row.key == key:
            return set(row.values)
    return set()
