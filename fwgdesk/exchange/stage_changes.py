"""The stage changes an update makes without carrying them: recorded as it is applied.

An update may give a review's new stage (and its date) without a row in ``stage_events``
saying so. The stage and its history must agree (``fwgdesk.domain.rules``), so applying
it records the change: on the date the update gives, or the day its data describes, with
a note naming the update. A stage change the update carries itself is not recorded twice.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session, object_session

from fwgdesk.db.audit import bulk_insert_entries
from fwgdesk.db.bulk import insert_rows
from fwgdesk.db.models import Review, StageEvent
from fwgdesk.db.stages import latest_change
from fwgdesk.db.types import utcnow
from fwgdesk.domain.enums import Stage
from fwgdesk.exchange.model import Update
from fwgdesk.exchange.preview import Preview
from fwgdesk.exchange.rule_checks import recorded_on

STAGE_FIELDS = frozenset({"stage", "stage_since"})


def update_note(update: Update) -> str:
    """The note of a stage change an update made: which update, from whom (data, not
    wording: it is stored as the note of the change)."""
    return f"{update.publisher} #{update.sequence} ({update.name})"


def _due(review: Review, update: Update, dated: bool) -> date | None:
    """The date of the stage change the update makes to *review*, or None when its stage
    already follows its history. *dated*: the update gave the stage's date (else the
    stage dates from the update)."""
    latest = latest_change(review)
    if not dated and (latest is None or latest.stage is not review.stage):
        review.stage_since = None
    current = (review.stage, review.stage_since)
    if latest is not None and current == (latest.stage, latest.on):
        return None
    if latest is None and current == (Stage.NOT_STARTED, None):
        return None
    review.stage_since = review.stage_since or recorded_on(update)
    return review.stage_since


def _insert(session: Session, changes: list[tuple[Review, date]], note: str) -> None:
    """The stage changes, in one statement, with their audit entries (as the unit of work
    would write them, which would take a statement each)."""
    session.flush()  # the new reviews' ids
    now = utcnow()
    rows: list[dict[str, Any]] = []
    audited: list[tuple[str, str | None, dict[str, Any]]] = []
    for review, on in changes:
        values = {"review_id": review.id, "stage": review.stage, "on": on, "note": note}
        rows.append({**values, "version": 1, "created_at": now, "updated_at": now})
        key = f"{review.audit_key()}/{review.stage.value}/{on.isoformat()}"
        audited.append((key, review.state_iso3, {"id": None, **values}))
    insert_rows(session.connection(), cast(Table, StageEvent.__table__), rows)
    bulk_insert_entries(session, "stage_events", audited)


def insert_stage_changes(changes: list[tuple[Review, date]], update: Update) -> None:
    """Record *changes* (from :func:`stage_changes_due`), audited, in one statement."""
    if changes:
        _insert(object_session_of(changes[0][0]), changes, update_note(update))


def stage_changes_due(
    preview: Preview, reviews: dict[Any, Review], update: Update
) -> list[tuple[Review, date]]:
    """The stage changes the update's reviews call for, each review's stage date set to
    its change's (called before the reviews are written, a new review is inserted with
    its date rather than updated after)."""
    changes: list[tuple[Review, date]] = []
    for row in preview.rows:
        if row.table != "reviews" or row.kind not in ("added", "changed"):
            continue
        if row.kind == "changed" and not any(f.column in STAGE_FIELDS for f in row.fields):
            continue
        review = reviews.get(row.key)
        if review is None:
            continue
        dated = any(f.column == "stage_since" for f in row.fields) or (
            row.kind == "changed" and "stage_since" in update_row_columns(update, row.key)
        )
        on = _due(review, update, dated)
        if on is not None:
            changes.append((review, on))
    return changes


def object_session_of(review: Review) -> Session:
    session = object_session(review)
    assert session is not None  # the reviews are those of the import's session
    return session


def update_row_columns(update: Update, key: Any) -> set[str]:
    """The columns the update's row of the review *key* carries."""
    for row in update.rows("reviews"):
        if row.key == key:
            return set(row.values)
    return set()
